/**
 * The sandbox playing an older Excel: `?excelApi=1.13&sharedRuntime=0` is what an officer on
 * Excel 2021 gets (no notes, ribbon in its own runtime); `?excelApi=1.18` also writes notes.
 */
import assert from 'assert';
import { waitFor, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

const WORKBOOK = 'examples/suizhou-2025.xlsx';

async function openAt(driver: SandboxDriver, query: string): Promise<void> {
  await driver.page.goto(`${driver.baseUrl}?file=${encodeURIComponent(WORKBOOK)}&${query}`);
  await driver.page.waitForFunction(() => typeof window.sandbox === 'object');
  await driver.page.evaluate(() => window.sandbox.ready);
  await driver.idle();
}

/** The first listed error, once the check has listed something. */
async function firstError(driver: SandboxDriver) {
  return waitFor('检查结果已列出', async () =>
    (await driver.issues()).find((issue) => issue.severity === 'error'),
  );
}

async function paneMessage(driver: SandboxDriver, text: string): Promise<void> {
  await driver.page.locator('aside[aria-label="任务窗格"]').getByText(text).first().waitFor();
}

export const levelSpecs: BrowserSpec[] = [
  {
    name: '沙盒 ?excelApi=1.13&sharedRuntime=0：检查、列出、高亮、清除，不写批注也不说写了批注',
    async run(driver) {
      await openAt(driver, 'excelApi=1.13&sharedRuntime=0');
      await driver.page.getByText('模拟 Excel（ExcelApi 1.13，无共享运行时）').waitFor();
      const issue = await firstError(driver);

      const resultsTab = driver.page
        .getByRole('navigation', { name: '工作表' })
        .getByRole('button', { name: '检查结果', exact: true });
      await driver.clickButton('高亮错误');
      await paneMessage(driver, '问题列在新加的工作表“检查结果”');
      assert.ok(await driver.getFill(issue.sheet, issue.cell), '高亮后应有底色');
      assert.equal(await driver.getNote(issue.sheet, issue.cell), null, '此版本不应写批注');
      await resultsTab.waitFor();

      await driver.clickButton('清除高亮');
      await paneMessage(driver, '工作表“检查结果”已删除');
      assert.equal(await driver.getFill(issue.sheet, issue.cell), null);
      await resultsTab.waitFor({ state: 'detached' });

      // The ribbon runs in its own runtime here; the pane learns of its marks from the workbook.
      await driver.page.evaluate(() => window.sandbox.pressRibbon('highlightErrors'));
      await waitFor('任务窗格看到功能区的高亮', async () =>
        (await driver.page.evaluate(() => window.sandbox.state().highlighted)) ? true : undefined,
      );
    },
  },
  {
    name: '沙盒 ?excelApi=1.18：高亮时写批注',
    async run(driver) {
      await openAt(driver, 'excelApi=1.18');
      const issue = await firstError(driver);
      await driver.clickButton('高亮错误');
      await paneMessage(driver, '批注写明了问题');
      assert.match((await driver.getNote(issue.sheet, issue.cell)) ?? '', /./);
    },
  },
];

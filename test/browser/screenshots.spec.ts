/**
 * Screenshots of the task pane's three views (and the whole sandbox) for docs/screenshots,
 * taken on examples/suizhou-2025.xlsx. Each view is checked for its controls before the shot.
 */
import fs from 'fs';
import path from 'path';
import { ROOT, waitFor, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

const OUTPUT_DIR = path.join(ROOT, 'docs', 'screenshots');

/** The narrowest a task pane usually is in Excel (the sandbox gives it 360 px). */
const NARROW_PANE_PX = 320;

/** The pane at its narrowest, checked for content wider than the pane (cut off), then shot. */
async function shootPane(driver: SandboxDriver, name: string): Promise<void> {
  const pane = driver.page.locator('aside[aria-label="任务窗格"]');
  await pane.evaluate((element, width) => {
    (element as HTMLElement).style.width = `${width}px`;
  }, NARROW_PANE_PX);
  // Anything wider than the pane would make the pane scroll sideways or spill out of it.
  const overflowing = await pane.evaluate((element) =>
    [element, ...element.querySelectorAll('header, main, [role="tablist"]')]
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => node.tagName.toLowerCase()),
  );
  if (overflowing.length > 0) {
    throw new Error(`任务窗格 ${NARROW_PANE_PX} px 宽时内容超出：${overflowing.join('、')}`);
  }
  await pane.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), animations: 'disabled' });
}

export const screenshotSpecs: BrowserSpec[] = [
  {
    name: '任务窗格三个视图的截图（docs/screenshots）',
    async run(driver) {
      fs.mkdirSync(OUTPUT_DIR, { recursive: true });
      await driver.open('examples/suizhou-2025.xlsx');
      await waitFor('检查结果已列出', async () =>
        (await driver.issues()).length > 0 ? true : undefined,
      );
      for (const label of ['检查', '高亮错误', '清除高亮']) {
        await driver.page.getByRole('button', { name: label, exact: true }).waitFor();
      }
      await shootPane(driver, 'pane-findings');
      await driver.page.screenshot({
        path: path.join(OUTPUT_DIR, 'sandbox.png'),
        animations: 'disabled',
      });

      await driver.openPaneView('生成');
      for (const label of ['生成项目表', '生成部门表', '生成部门申报包', '添加项目']) {
        await driver.page.getByRole('button', { name: label, exact: true }).waitFor();
      }
      await shootPane(driver, 'pane-generate');
      await driver.page
        .getByRole('button', { name: '添加项目', exact: true })
        .scrollIntoViewIfNeeded();
      await shootPane(driver, 'pane-add-project');

      await driver.openPaneView('配置');
      // The view scrolls in the same <main> as 生成, which was scrolled down for the last shot.
      await driver.page.locator('aside main').evaluate((main) => main.scrollTo(0, 0));
      await driver.page.getByRole('button', { name: '导入配置文件…', exact: true }).waitFor();
      await shootPane(driver, 'pane-profile');
    },
  },
];

/**
 * Screenshots of the task pane's three views (and the whole sandbox) for docs/screenshots,
 * taken on examples/suizhou-2025.xlsx. Each view is checked for its controls before the shot.
 */
import fs from 'fs';
import path from 'path';
import { ROOT, waitFor, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

const OUTPUT_DIR = path.join(ROOT, 'docs', 'screenshots');

async function shootPane(driver: SandboxDriver, name: string): Promise<void> {
  await driver.page
    .locator('aside[aria-label="任务窗格"]')
    .screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), animations: 'disabled' });
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
      for (const label of ['生成项目表', '生成部门表', '生成部门申报包']) {
        await driver.page.getByRole('button', { name: label, exact: true }).waitFor();
      }
      await shootPane(driver, 'pane-generate');

      await driver.openPaneView('配置');
      await driver.page.getByRole('button', { name: '导入配置文件…', exact: true }).waitFor();
      await shootPane(driver, 'pane-profile');
    },
  },
];

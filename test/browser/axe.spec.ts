/**
 * Accessibility: axe-core run in the page on the task pane (findings listed, the generate view),
 * the sandbox page around it, and check.html (empty, then with a file's findings). A serious or
 * critical violation fails the spec, named with the elements axe found it on.
 */
import fs from 'fs';
import path from 'path';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT, waitFor, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];
/**
 * Fluent's keyboard navigation (Tabster) puts empty <i data-tabster-dummy> elements, focusable
 * and aria-hidden, at the edges of the page and of arrow-key groups (the tab lists): focus that
 * reaches one is moved on at once, so no one reads it, and hiding it from screen readers is its
 * point. Tabster's maintainers and Accessibility Insights treat axe's aria-hidden-focus on them
 * as a false positive; it is set aside for those elements alone, any other element still fails.
 */
const TABSTER_DUMMY = '[data-tabster-dummy]';
const PANE = 'aside[aria-label="任务窗格"]';
const SUIZHOU = 'examples/suizhou-2025.xlsx';

/** Runs axe on `selector` (the whole page when absent); throws on a serious or critical violation. */
async function expectAccessible(page: Page, what: string, selector?: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: AXE_SOURCE });
  // Colours are judged at rest: a button's colour transition half run reads as low contrast.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // Run in the page with element references, to tell Tabster's elements apart; returned without them.
  const results = await page.evaluate(
    ([include, dummy]) => {
      type Run = (context: unknown, options: { elementRef: boolean }) => Promise<AxeResults>;
      const { axe } = window as unknown as { axe: { run: Run } };
      return axe.run(include ?? document, { elementRef: true }).then((found) => ({
        violations: found.violations.map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          nodes: nodes
            .filter(
              (node) =>
                id !== 'aria-hidden-focus' ||
                !(node.element instanceof Element && node.element.matches(dummy)),
            )
            .map(({ target, failureSummary }) => ({ target, failureSummary })),
        })),
      }));
    },
    [selector ?? null, TABSTER_DUMMY] as const,
  );
  const failing = results.violations.filter(
    (violation) =>
      violation.impact && FAILING_IMPACTS.includes(violation.impact) && violation.nodes.length > 0,
  );
  if (failing.length === 0) return;
  const lines = failing.map(
    (violation) =>
      `${violation.id}（${violation.impact}）：${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `      ${node.target.join(' ')}：${node.failureSummary ?? ''}`)
        .join('\n'),
  );
  throw new Error(`${what}有 ${failing.length} 项严重的无障碍问题：\n    ${lines.join('\n    ')}`);
}

async function openSandboxWithFindings(driver: SandboxDriver): Promise<void> {
  await driver.open(SUIZHOU);
  await waitFor('检查结果已列出', async () =>
    (await driver.issues()).length > 0 ? true : undefined,
  );
  await driver.page.locator('button[data-rule][data-cell]').first().waitFor();
}

export const axeSpecs: BrowserSpec[] = [
  {
    name: '无障碍（axe）：沙盒页面与任务窗格的检查结果、生成视图没有严重问题',
    async run(driver) {
      await openSandboxWithFindings(driver);
      await expectAccessible(driver.page, '任务窗格（检查结果）', PANE);
      await driver.page.locator('button[data-rule][data-cell]').first().click();
      await driver.idle();
      await expectAccessible(driver.page, '沙盒页面');
      await driver.openPaneView('生成');
      await driver.page.getByRole('button', { name: '生成项目表', exact: true }).waitFor();
      await expectAccessible(driver.page, '任务窗格（生成）', PANE);
      await driver.openPaneView('配置');
      await driver.page.getByRole('button', { name: '导入配置文件…', exact: true }).waitFor();
      await expectAccessible(driver.page, '任务窗格（配置）', PANE);
    },
  },
  {
    name: '无障碍（axe）：check.html 空白时与列出一个文件的问题后没有严重问题',
    async run(driver) {
      const { page } = driver;
      await page.goto(new URL('check.html', driver.baseUrl).href, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => typeof window.checker === 'object');
      await expectAccessible(page, 'check.html（空白）');
      await page.locator('input[type="file"]').setInputFiles(path.join(ROOT, SUIZHOU));
      await page.evaluate(() => window.checker.ready);
      await page.locator('button[data-rule][data-cell]').first().click();
      await page.locator('td[data-target]').waitFor();
      await expectAccessible(page, 'check.html（随州 2025 的问题）');
      await page.getByRole('tab', { name: '生成模板' }).click();
      await page.getByRole('textbox', { name: '年度' }).waitFor();
      await expectAccessible(page, 'check.html（生成模板）');
    },
  },
];

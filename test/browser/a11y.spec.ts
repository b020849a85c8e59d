/**
 * axe-core on the task pane (sandbox.html, with findings listed) and on check.html: no serious or
 * critical violation, so a person on a screen reader or keyboard can use them all day.
 */
import assert from 'assert';
import path from 'path';
import type { Page } from 'playwright-core';
import type { BrowserSpec } from './spec';

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical violations axe finds on the page as it is now. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id}（${violation.help}）：${violation.nodes
          .map((node) => node.target.join(' '))
          .join('，')}`,
    )
    .join('\n');
}

export const a11ySpecs: BrowserSpec[] = [
  {
    name: 'axe：任务窗格列出问题时没有严重的无障碍问题',
    async run(driver) {
      await driver.open(path.posix.join('examples', 'suizhou-2025.xlsx'));
      await driver.page.locator('button[data-rule][data-cell]').first().waitFor();
      const violations = await seriousViolations(driver.page);
      assert.deepEqual(violations, [], describeViolations(violations));
    },
  },
  {
    name: 'axe：check.html 没有严重的无障碍问题',
    async run(driver) {
      await driver.page.goto(new URL('check.html', driver.baseUrl).href, {
        waitUntil: 'networkidle',
      });
      await driver.page.waitForFunction(() => typeof window.checker === 'object');
      const violations = await seriousViolations(driver.page);
      assert.deepEqual(violations, [], describeViolations(violations));
    },
  },
];

/**
 * The sandbox on examples/suizhou-2025.xlsx (seed 000: the department form and 8 project forms).
 */
import assert from 'node:assert/strict';
import { fromA1, SEVERITY_FILL } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/sandbox/fakeExcel';
import { waitFor, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

const WORKBOOK = 'examples/suizhou-2025.xlsx';
const DEPARTMENT = '部门整体';
const PROJECT = '12345热线';
/** The most the live check may take to clear a fixed finding (docs/SANDBOX.md, the task's brief). */
const LIVE_CHECK_BUDGET_MS = 1000;

function sameRow(a: string, b: string): boolean {
  return fromA1(a)?.row === fromA1(b)?.row;
}

/** The C−D finding of the 基本支出 row: 270.98 − 260.34 written as −10.64. */
async function basicExpenseChange(driver: SandboxDriver) {
  const labels = await driver.findCells(DEPARTMENT, '基本支出');
  assert.equal(labels.length, 1, `“基本支出”应只出现一次，实际：${labels.join(', ')}`);
  return waitFor('基本支出行的 budget.change', async () =>
    (await driver.issues()).find(
      (issue) =>
        issue.rule === 'budget.change' &&
        issue.sheet === DEPARTMENT &&
        sameRow(issue.cell, labels[0]),
    ),
  );
}

/** Fill and note of every cell of every sheet, keyed "sheet!A1"; cells with neither are left out. */
function marks(workbook: WorkbookSnapshot): Map<string, string> {
  const result = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (cell.fill !== undefined || cell.note !== undefined) {
        result.set(
          `${sheet.name}!${address}`,
          JSON.stringify({ fill: cell.fill ?? null, note: cell.note ?? null }),
        );
      }
    }
  }
  return result;
}

export const suizhouSpecs: BrowserSpec[] = [
  {
    name: '随州 2025：基本支出行的 C−D 错误被列出、可定位、可高亮，改正后一秒内消失',
    async run(driver) {
      await driver.open(WORKBOOK);
      const finding = await basicExpenseChange(driver);
      assert.equal(finding.severity, 'error');
      assert.equal(finding.suggestion, '10.64');

      const listed = driver.page.locator(
        `button[data-rule="budget.change"][data-cell="${DEPARTMENT}!${finding.cell}"]`,
      );
      await listed.waitFor({ state: 'visible' });
      await listed.click();
      await waitFor('选中该单元格', async () => {
        const selection = (await driver.snapshot()).selection;
        return selection?.sheet === DEPARTMENT && selection.address === finding.cell
          ? true
          : undefined;
      });

      await driver.clickButton('高亮错误');
      await waitFor('单元格填充为错误颜色', async () =>
        (await driver.getFill(DEPARTMENT, finding.cell))?.toUpperCase() ===
        SEVERITY_FILL.error.toUpperCase()
          ? true
          : undefined,
      );
      assert.match((await driver.getNote(DEPARTMENT, finding.cell)) ?? '', /./, '高亮后应有批注');

      await driver.typeInGrid(DEPARTMENT, finding.cell, finding.suggestion ?? '');
      await driver.waitForIssue(
        { rule: 'budget.change', sheet: DEPARTMENT, cell: finding.cell },
        false,
        LIVE_CHECK_BUDGET_MS,
      );
      assert.equal(await driver.getValue(DEPARTMENT, finding.cell), 10.64);
      await listed.waitFor({ state: 'detached' });
    },
  },
  {
    // Seed 000's 合署办公 form has no 年度资金总额, so the projects' total cannot be compared
    // with 项目支出 (budget.projects-unknown). Cross-form liveness by the form year.
    name: '随州 2025：合署办公无金额时提示无法核对项目支出；改动一张项目表的年度后出现年度不一致，改回后消失',
    async run(driver) {
      await driver.open(WORKBOOK);
      await basicExpenseChange(driver); // the first check is done
      const [projectsLabel] = await driver.findCells(DEPARTMENT, '项目支出');
      const unknown = await driver.waitForIssue(
        { rule: 'budget.projects-unknown', sheet: DEPARTMENT },
        true,
      );
      assert.ok(
        sameRow(unknown.cell, projectsLabel),
        `应指向部门表的项目支出行，实际 ${unknown.cell}`,
      );
      assert.match(unknown.message, /合署办公/);

      const [yearLine] = await driver.findCells(PROJECT, '（2025年度）');
      assert.ok(yearLine, `${PROJECT} 表中找不到“（2025 年度）”`);
      const original = await driver.getValue(PROJECT, yearLine);
      const yearMismatch = { rule: 'form.year-mismatch', sheet: PROJECT, cell: yearLine };
      await driver.waitForIssue(yearMismatch, false);

      await driver.setValue(PROJECT, yearLine, '（2024 年度）');
      await driver.waitForIssue(yearMismatch, true);
      await driver.page
        .locator(`button[data-rule="form.year-mismatch"][data-cell="${PROJECT}!${yearLine}"]`)
        .waitFor();

      await driver.setValue(PROJECT, yearLine, original);
      await driver.waitForIssue(yearMismatch, false);
    },
  },
  {
    // Seed 000 prints no funding on 合署办公 (its text says 14 万元): once the budget officer
    // types it in, the eight projects add up to 项目支出 219 (docs/rules.md: "8 projects = 219").
    name: '随州 2025：合署办公补填年度资金总额后项目合计与项目支出相符；改动一个项目的资金出现 budget.projects-total，改回后消失',
    async run(driver) {
      await driver.open(WORKBOOK);
      await basicExpenseChange(driver); // the first check is done
      const unknown = { rule: 'budget.projects-unknown', sheet: DEPARTMENT };
      await driver.waitForIssue(unknown, true);

      // The form ends at row 13: the missing line goes below it.
      await driver.setValue('合署办公', 'A14', '年度资金总额（万元）');
      await driver.setValue('合署办公', 'B14', 14);
      await driver.waitForIssue(unknown, false);
      const projectsTotal = { rule: 'budget.projects-total', sheet: DEPARTMENT };
      await driver.waitForIssue(projectsTotal, false);

      const [label] = await driver.findCells(PROJECT, '年度资金总额（万元）');
      assert.ok(label, `${PROJECT} 表中找不到“年度资金总额（万元）”`);
      const fundingCell = await driver.cellRightOf(PROJECT, label);
      const original = await driver.getValue(PROJECT, fundingCell);
      assert.equal(typeof original, 'number');
      await driver.setValue(PROJECT, fundingCell, (original as number) + 10);
      const mismatch = await driver.waitForIssue(projectsTotal, true, LIVE_CHECK_BUDGET_MS);
      const [projectsLabel] = await driver.findCells(DEPARTMENT, '项目支出');
      assert.ok(
        sameRow(mismatch.cell, projectsLabel),
        `应指向部门表的项目支出行，实际 ${mismatch.cell}`,
      );
      assert.match(mismatch.message, /219/);
      assert.match(mismatch.message, /229/);
      await driver.page
        .locator(
          `button[data-rule="budget.projects-total"][data-cell="${DEPARTMENT}!${mismatch.cell}"]`,
        )
        .waitFor();

      await driver.setValue(PROJECT, fundingCell, original);
      await driver.waitForIssue(projectsTotal, false, LIVE_CHECK_BUDGET_MS);
    },
  },
  {
    name: '随州 2025：功能区的高亮错误、清除高亮与任务窗格共用一个控制器',
    async run(driver) {
      await driver.open(WORKBOOK);
      const finding = await basicExpenseChange(driver);
      const originalFill = await driver.getFill(DEPARTMENT, finding.cell);

      await driver.page.evaluate(() => window.sandbox.pressRibbon('highlightErrors'));
      assert.equal(await driver.page.evaluate(() => window.sandbox.state().highlighted), true);
      assert.equal(
        (await driver.getFill(DEPARTMENT, finding.cell))?.toUpperCase(),
        SEVERITY_FILL.error.toUpperCase(),
      );
      const message = await driver.page.evaluate(() => window.sandbox.state().message);
      assert.ok(message, '高亮后任务窗格应显示结果');
      // The message bar; the live region repeats it for screen readers.
      await driver.page
        .locator('.fui-MessageBarBody')
        .getByText(message.text, { exact: true })
        .waitFor();

      await driver.page.evaluate(() => window.sandbox.pressRibbon('clearHighlights'));
      assert.equal(await driver.page.evaluate(() => window.sandbox.state().highlighted), false);
      assert.equal(await driver.getFill(DEPARTMENT, finding.cell), originalFill);
    },
  },
  {
    name: '随州 2025：清除高亮后每个单元格的底色和批注都恢复原样',
    async run(driver) {
      await driver.open(WORKBOOK);
      const finding = await basicExpenseChange(driver);

      // Give the finding's cell a fill and a note of its own first, as a person's workbook may
      // have: clearing must bring back these, not just remove the marks.
      const workbook = await driver.snapshot();
      const department = workbook.sheets.find((sheet) => sheet.name === DEPARTMENT);
      assert.ok(department);
      const cell = department.cells[finding.cell];
      cell.fill = '#FFF2CC';
      cell.note = '财务科：请核对';
      await driver.page.route('**/fixtures/suizhou-marked.json', (route) =>
        route.fulfill({ json: workbook }),
      );
      await driver.page.evaluate(() => window.sandbox.loadWorkbook('fixtures/suizhou-marked.json'));
      await driver.idle();
      await basicExpenseChange(driver);
      const original = marks(await driver.snapshot());

      await driver.clickButton('高亮错误');
      await waitFor('高亮完成', async () =>
        (await driver.page.evaluate(() => window.sandbox.state().highlighted)) ? true : undefined,
      );
      await driver.idle();
      const highlighted = marks(await driver.snapshot());
      const errors = (await driver.issues()).filter((issue) => issue.severity === 'error');
      assert.ok(errors.length > 0);
      for (const error of errors) {
        const mark = JSON.parse(highlighted.get(`${error.sheet}!${error.cell}`) ?? '{}') as {
          fill?: string;
          note?: string;
        };
        assert.equal(
          mark.fill?.toUpperCase(),
          SEVERITY_FILL.error.toUpperCase(),
          `${error.sheet}!${error.cell} 未高亮`,
        );
        assert.ok(mark.note, `${error.sheet}!${error.cell} 没有批注`);
      }
      assert.notEqual(
        highlighted.get(`${DEPARTMENT}!${finding.cell}`),
        original.get(`${DEPARTMENT}!${finding.cell}`),
      );

      await driver.clickButton('清除高亮');
      await waitFor('清除完成', async () =>
        (await driver.page.evaluate(() => window.sandbox.state().highlighted)) ? undefined : true,
      );
      await driver.idle();
      const restored = marks(await driver.snapshot());
      assert.deepEqual([...restored].sort(), [...original].sort());
    },
  },
  {
    name: '随州 2025：≧ 的“采用建议”改为 ≥，问题消失；“撤销”恢复 ≧',
    async run(driver) {
      await driver.open(WORKBOOK);
      const finding = await driver.waitForIssue(
        { rule: 'operator.nonstandard', sheet: PROJECT },
        true,
      );
      const cell = finding.cell;
      assert.equal(await driver.getValue(PROJECT, cell), '≧');
      await driver.page.locator(`button[data-apply-fix="${PROJECT}!${cell}"]`).click();
      await waitFor('单元格改为 ≥', async () =>
        (await driver.getValue(PROJECT, cell)) === '≥' ? true : undefined,
      );
      await driver.waitForIssue({ rule: 'operator.nonstandard', sheet: PROJECT, cell }, false);
      await driver.clickButton('撤销');
      await waitFor('单元格恢复 ≧', async () =>
        (await driver.getValue(PROJECT, cell)) === '≧' ? true : undefined,
      );
      await driver.waitForIssue({ rule: 'operator.nonstandard', sheet: PROJECT, cell }, true);
    },
  },
];

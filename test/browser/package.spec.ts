/**
 * Generating in a blank workbook through the 生成 view, then filling the forms in the grid.
 * The simulated Excel does not calculate formulas, so the specs type the amounts a person
 * would see (Excel would compute the totals) instead of relying on the template's formulas.
 */
import assert from 'node:assert/strict';
import { fromA1, toA1 } from '../../src/engine';
import { waitFor, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

const PROJECTS = [
  { name: '城区道路维修', funding: 35 },
  { name: '社区养老服务补贴', funding: 120.5 },
];
const PROJECTS_TOTAL = 155.5;
const BASIC_EXPENSE = 100;

interface DepartmentCells {
  sheet: string;
  basic: string;
  projects: string;
  expenseTotal: string;
}

/** Generates a package of PROJECTS through the pane and waits for its forms. */
async function generatePackage(driver: SandboxDriver): Promise<void> {
  await driver.open(null);
  await driver.openPaneView('生成');
  await driver.page.getByRole('textbox', { name: '部门名称' }).fill('随州市示例局');
  await driver.page
    .getByRole('textbox', { name: /项目清单/ })
    .fill(PROJECTS.map((project) => `${project.name}：${project.funding}`).join('\n'));
  await driver.clickButton('生成部门申报包');
  await waitFor('生成 1 张部门表和 2 张项目表', async () => {
    const kinds = (await driver.page.evaluate(() => window.sandbox.state().forms)).map(
      (form) => form.kind,
    );
    return kinds.sort().join() === 'department,project,project' ? true : undefined;
  });
}

/** The department form's 基本支出, 项目支出 and expense 合计 cells in the form year's column (C). */
async function departmentCells(driver: SandboxDriver): Promise<DepartmentCells> {
  for (const sheet of await driver.sheets()) {
    const [basic] = await driver.findCells(sheet, '基本支出');
    const [projects] = await driver.findCells(sheet, '项目支出');
    const [yearHeader] = await driver.findCells(sheet, /预算金额（C）$/);
    if (!basic || !projects || !yearHeader) continue;
    const column = fromA1(yearHeader)?.col ?? -1;
    const projectsRow = fromA1(projects)?.row ?? -1;
    const [totalRow] = (await driver.findCells(sheet, '合计'))
      .map((address) => fromA1(address)?.row ?? -1)
      .filter((row) => row > projectsRow)
      .sort((a, b) => a - b);
    assert.ok(totalRow !== undefined, '“项目支出”下面没有“合计”行');
    return {
      sheet,
      basic: toA1(fromA1(basic)?.row ?? -1, column),
      projects: toA1(projectsRow, column),
      expenseTotal: toA1(totalRow, column),
    };
  }
  throw new Error('生成的工作簿中没有带“基本支出”“项目支出”“预算金额（C）”的部门表');
}

/** Types the department's expense figures into the grid, as the person filling the form would. */
async function fillExpenses(driver: SandboxDriver, cells: DepartmentCells): Promise<void> {
  await driver.typeInGrid(cells.sheet, cells.basic, String(BASIC_EXPENSE));
  await driver.typeInGrid(cells.sheet, cells.projects, String(PROJECTS_TOTAL));
  await driver.typeInGrid(cells.sheet, cells.expenseTotal, String(BASIC_EXPENSE + PROJECTS_TOTAL));
  assert.equal(
    await driver.getValue(cells.sheet, cells.expenseTotal),
    BASIC_EXPENSE + PROJECTS_TOTAL,
  );
}

export const packageSpecs: BrowserSpec[] = [
  {
    name: '生成部门申报包，在表格里填错支出合计后出现问题，改正后消失',
    async run(driver) {
      await generatePackage(driver);
      const cells = await departmentCells(driver);
      await fillExpenses(driver, cells);
      const expenseSum = {
        rule: 'budget.expense-sum',
        sheet: cells.sheet,
        cell: cells.expenseTotal,
      };
      await driver.waitForIssue(expenseSum, false);

      await driver.typeInGrid(cells.sheet, cells.expenseTotal, '250');
      const finding = await driver.waitForIssue(expenseSum, true);
      assert.equal(finding.severity, 'error');
      assert.equal(finding.suggestion, String(BASIC_EXPENSE + PROJECTS_TOTAL));
      await driver.openPaneView('检查结果');
      const listed = driver.page.locator(
        `button[data-rule="budget.expense-sum"][data-cell="${cells.sheet}!${cells.expenseTotal}"]`,
      );
      await listed.waitFor({ state: 'visible' });

      await driver.typeInGrid(
        cells.sheet,
        cells.expenseTotal,
        String(BASIC_EXPENSE + PROJECTS_TOTAL),
      );
      await driver.waitForIssue(expenseSum, false);
      await listed.waitFor({ state: 'detached' });
    },
  },
  {
    name: '部门申报包：改动一个项目的年度资金总额，部门表出现 budget.projects-total，改回后消失',
    async run(driver) {
      await generatePackage(driver);
      const cells = await departmentCells(driver);
      await fillExpenses(driver, cells);
      const projectsTotal = {
        rule: 'budget.projects-total',
        sheet: cells.sheet,
        cell: cells.projects,
      };
      await driver.waitForIssue(projectsTotal, false);

      const project = PROJECTS[0];
      const sheet = (await driver.sheets()).find((name) => name.includes(project.name));
      assert.ok(sheet, `没有“${project.name}”的项目表`);
      const [label] = await driver.findCells(sheet, /^年度资金总额/);
      assert.ok(label, `${sheet} 表中找不到“年度资金总额”`);
      const funding = await driver.cellRightOf(sheet, label);
      await driver.typeInGrid(sheet, funding, String(project.funding));
      await driver.waitForIssue(projectsTotal, false);

      await driver.typeInGrid(sheet, funding, String(project.funding + 10));
      const finding = await driver.waitForIssue(projectsTotal, true);
      assert.match(finding.message, /155\.5/);
      assert.match(finding.message, /165\.5/);

      await driver.typeInGrid(sheet, funding, String(project.funding));
      await driver.waitForIssue(projectsTotal, false);
    },
  },
  {
    name: '生成项目表、生成部门表按钮各添加一张表',
    async run(driver) {
      await driver.open(null);
      await driver.openPaneView('生成');
      await driver.clickButton('生成项目表');
      await driver.clickButton('生成部门表');
      await waitFor('项目表和部门表各一张', async () => {
        const kinds = (await driver.page.evaluate(() => window.sandbox.state().forms))
          .map((form) => form.kind)
          .sort();
        return kinds.join() === 'department,project' ? true : undefined;
      });
    },
  },
  {
    name: '项目清单或配置文件有误时给出中文提示，不生成、不导入',
    async run(driver) {
      await driver.open(null);
      const sheetsBefore = await driver.sheets();
      await driver.openPaneView('生成');
      await driver.page.getByRole('textbox', { name: /项目清单/ }).fill('城区道路维修：三十五');
      await driver.clickButton('生成部门申报包');
      await driver.page.getByText('第 1 行“城区道路维修：三十五”的金额“三十五”不是数字').waitFor();
      assert.deepEqual(await driver.sheets(), sheetsBefore);

      await driver.openPaneView('配置');
      await driver.page.locator('input[type="file"]').setInputFiles({
        name: 'bureau.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{ "id": "bureau", "form": "project", "hierarchy": "产出指标" }'),
      });
      await driver.page.getByText('配置文件 bureau.json 有误，未导入').waitFor();
      const reasons = await driver.page
        .getByRole('list', { name: '配置文件的错误' })
        .getByRole('listitem')
        .allInnerTexts();
      assert.ok(
        reasons.some((reason) => /hierarchy|指标|层级/.test(reason)),
        `应说明哪里有误：${reasons.join(' / ')}`,
      );
      const embedded = (await driver.page.evaluate(() => window.sandbox.state().profiles)).filter(
        (profile) => profile.source === 'embedded',
      );
      assert.deepEqual(embedded, []);
    },
  },
];

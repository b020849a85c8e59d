/**
 * Generating in a blank workbook through the 生成 view, then filling the forms in the grid.
 * Generated sheets are protected: the totals are locked formulas (the simulated Excel
 * recalculates them), the amounts a person enters are unlocked.
 */
import assert from 'node:assert/strict';
import { fromA1, toA1 } from '../../src/engine';
import { waitFor, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

const PROJECTS = [
  { name: '城区道路维修', funding: 35 },
  { name: '社区养老服务补贴', funding: 120.5 },
];
const BASIC_EXPENSE = 100;
const EXPENSE_TOTAL = 255.5; // 基本支出 100 + the projects' 155.5

interface DepartmentCells {
  sheet: string;
  appropriation: string;
  basic: string;
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

/** The department form's 财政拨款, 基本支出 and expense 合计 cells in the form year's column (C). */
async function departmentCells(driver: SandboxDriver): Promise<DepartmentCells> {
  for (const sheet of await driver.sheets()) {
    const [appropriation] = await driver.findCells(sheet, '财政拨款');
    const [basic] = await driver.findCells(sheet, '基本支出');
    const [projects] = await driver.findCells(sheet, '项目支出');
    const [yearHeader] = await driver.findCells(sheet, /预算金额（C）$/);
    if (!appropriation || !basic || !projects || !yearHeader) continue;
    const column = fromA1(yearHeader)?.col ?? -1;
    const projectsRow = fromA1(projects)?.row ?? -1;
    const [totalRow] = (await driver.findCells(sheet, '合计'))
      .map((address) => fromA1(address)?.row ?? -1)
      .filter((row) => row > projectsRow)
      .sort((a, b) => a - b);
    assert.ok(totalRow !== undefined, '“项目支出”下面没有“合计”行');
    const inColumn = (label: string) => toA1(fromA1(label)?.row ?? -1, column);
    return {
      sheet,
      appropriation: inColumn(appropriation),
      basic: inColumn(basic),
      expenseTotal: toA1(totalRow, column),
    };
  }
  throw new Error('生成的工作簿中没有带“财政拨款”“基本支出”“项目支出”“预算金额（C）”的部门表');
}

export const packageSpecs: BrowserSpec[] = [
  {
    name: '生成部门申报包，在表格里把收入填错后出现收支不平衡，改正后消失；受保护的合计拒绝输入',
    async run(driver) {
      await generatePackage(driver);
      const cells = await departmentCells(driver);
      const balance = { rule: 'budget.balance', sheet: cells.sheet, cell: cells.expenseTotal };

      await driver.typeInGrid(cells.sheet, cells.basic, String(BASIC_EXPENSE));
      await driver.typeInGrid(cells.sheet, cells.appropriation, String(EXPENSE_TOTAL));
      await waitFor('支出合计按公式算出', async () =>
        (await driver.getValue(cells.sheet, cells.expenseTotal)) === EXPENSE_TOTAL
          ? true
          : undefined,
      );
      await driver.waitForIssue(balance, false);

      await driver.typeInGrid(cells.sheet, cells.appropriation, '250');
      const finding = await driver.waitForIssue(balance, true);
      assert.equal(finding.severity, 'error');
      assert.match(finding.message, /255\.5/);
      assert.match(finding.message, /250/);
      await driver.openPaneView('检查结果');
      const listed = driver.page.locator(
        `button[data-rule="budget.balance"][data-cell="${cells.sheet}!${cells.expenseTotal}"]`,
      );
      await listed.waitFor({ state: 'visible' });

      await driver.typeInGrid(cells.sheet, cells.appropriation, String(EXPENSE_TOTAL));
      await driver.waitForIssue(balance, false);
      await listed.waitFor({ state: 'detached' });

      await driver.typeInGrid(cells.sheet, cells.expenseTotal, '1');
      await driver.page.getByText(`无法修改 ${cells.sheet}!${cells.expenseTotal}`).waitFor();
      assert.equal(await driver.getValue(cells.sheet, cells.expenseTotal), EXPENSE_TOTAL);
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
      await driver.page
        .getByText('第 1 项“城区道路维修：三十五”的金额“三十五”不是大于 0 的数字', { exact: false })
        .first()
        .waitFor();
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
  {
    name: '向申报包添加项目：以项目命名的新表，部门表的支出合计加上它；同名时不生成并说明',
    async run(driver) {
      await generatePackage(driver);
      const cells = await departmentCells(driver);
      await driver.openPaneView('生成');
      await driver.page.getByRole('textbox', { name: '新项目名称' }).fill('便民寄递服务');
      await driver.page.getByRole('textbox', { name: '年度资金总额（万元）' }).fill('20');
      await driver.clickButton('添加项目');
      await waitFor('新项目表“便民寄递服务”', async () =>
        (await driver.sheets()).includes('便民寄递服务') ? true : undefined,
      );
      // 城区道路维修 35 + 社区养老服务补贴 120.5 + 20, 基本支出 still blank.
      await waitFor('部门表的支出合计加上新项目', async () =>
        (await driver.getValue(cells.sheet, cells.expenseTotal)) === 175.5 ? true : undefined,
      );
      await driver.idle();
      await driver.page.getByText('部门表“').first().waitFor();

      const sheets = await driver.sheets();
      await driver.page.getByRole('textbox', { name: '新项目名称' }).fill('城区道路维修');
      await driver.clickButton('添加项目');
      await driver.page.getByText('已有名为“城区道路维修”的工作表').first().waitFor();
      assert.deepEqual(await driver.sheets(), sheets);
    },
  },
  {
    name: '推荐指标按钮：已填写的指标行也列出其二级的推荐，采用后填入该二级下的空行',
    async run(driver) {
      await generatePackage(driver);
      const sheet = PROJECTS[0].name;
      const [level2] = await driver.findCells(sheet, '数量指标');
      const [level3Header] = await driver.findCells(sheet, '三级指标');
      const row = fromA1(level2)!.row;
      const level3 = toA1(row, fromA1(level3Header)!.col);
      await driver.typeInGrid(sheet, level3, '维修道路长度');
      await driver.page.locator(`td[data-cell="${level3}"]`).click();
      await driver.idle();
      await driver.openPaneView('检查结果');
      await driver.clickButton('推荐指标');
      const panel = driver.page.getByRole('region', { name: '推荐指标' });
      await panel.waitFor();
      const adopt = panel.getByRole('button', { name: /^采用 / }).first();
      const name = ((await adopt.getAttribute('aria-label')) ?? '').replace(/^采用 /, '');
      await adopt.click();
      const next = toA1(row + 1, fromA1(level3Header)!.col);
      await waitFor(`推荐指标填入 ${next}`, async () =>
        (await driver.getValue(sheet, next)) === name ? true : undefined,
      );
      assert.equal(await driver.getValue(sheet, level3), '维修道路长度');
    },
  },
];

/** 添加项目 in the simulated Excel: a project form named after itself, joining the department's 项目支出. */
import type { AddinController } from '../../src/addin/controller';
import type { Finding } from '../../src/engine';
import type { FakeExcel } from '../../src/sandbox/fakeExcel';
import { DEPARTMENT_TITLE, LISTS_SHEET } from '../../src/template';
import { checkedOnce } from './liveExcel';
import { cellHolding, PACKAGE_REQUEST, packageSnapshot } from './workbooks';

let excel: FakeExcel;
let controller: AddinController;

afterEach(() => controller.stop());

/** The errors the pane lists (blank forms guide instead), as comparable keys. */
function listedErrors(): string[] {
  return controller
    .getState()
    .listed.filter((finding: Finding) => finding.severity === 'error')
    .map((finding) => `${finding.rule}@${finding.sheet}!${finding.cell}`)
    .sort();
}

function departmentFormulas(sheet: string): string[] {
  const cells = excel.snapshot().sheets.find((candidate) => candidate.name === sheet)?.cells ?? {};
  return Object.values(cells).flatMap((cell) => (cell.formula ? [cell.formula] : []));
}

async function generatedPackage(): Promise<void> {
  ({ excel, controller } = await checkedOnce());
  await controller.generate(PACKAGE_REQUEST);
}

describe('a project added to a generated package', () => {
  it('gets a sheet named after it, joins the 项目支出 formula, and adds no error', async () => {
    await generatedPackage();
    const errorsBefore = listedErrors();
    const sheetsBefore = excel.sheets();
    await controller.addProject({ year: 2026, name: '便民寄递', funding: '20' });

    const state = controller.getState();
    expect(state.message?.kind).toBe('success');
    expect(excel.sheets()).toEqual([...sheetsBefore, '便民寄递']);
    const added = state.forms.find((form) => form.sheet === '便民寄递');
    expect(added).toMatchObject({ kind: 'project', year: 2026, profile: 'mof-2021' });
    const book = excel.snapshot();
    expect(book.sheets.find((sheet) => sheet.name === '便民寄递')?.cells).toHaveProperty(
      cellHolding(book, '便民寄递', '便民寄递'),
    );
    const sum = departmentFormulas(DEPARTMENT_TITLE).find((formula) =>
      formula.includes("'项目A'!"),
    );
    expect(sum).toMatch(/'项目A'!\$B\$\d+\+'项目B'!\$B\$\d+\+'便民寄递'!\$B\$\d+$/);
    // 35 + 12.5 + 20, as the department sheet now adds it up.
    const department = book.sheets.find((sheet) => sheet.name === DEPARTMENT_TITLE)!;
    expect(Object.values(department.cells).find((cell) => cell.formula === sum)?.value).toBe(67.5);
    expect(department.protected).toBe(true);
    expect(excel.sheets().filter((name) => name.startsWith(LISTS_SHEET))).toEqual([LISTS_SHEET]);
    expect(listedErrors()).toEqual(errorsBefore);
    expect(state.findings.filter((finding) => finding.rule.startsWith('budget.projects'))).toEqual(
      [],
    );
  });

  it.each([
    { name: '项目A', says: '已有名为“项目A”的工作表' },
    { name: '  ', says: '请填写项目名称' },
    { name: '项目C', funding: '二十', says: '不是不小于 0 的数字' },
  ])('refuses “$name” with a message and writes nothing', async ({ name, funding, says }) => {
    await generatedPackage();
    const before = excel.snapshot();
    await controller.addProject({ year: 2026, name, funding: funding ?? '' });
    expect(controller.getState().message).toMatchObject({ kind: 'error' });
    expect(controller.getState().message?.text).toContain(says);
    expect(excel.snapshot()).toEqual(before);
  });
});

describe('a project added to a workbook without a 项目支出 formula', () => {
  it('leaves a 项目支出 the officer typed as it was, and says so', async () => {
    const book = await packageSnapshot();
    ({ excel, controller } = await checkedOnce(book));
    const typed = departmentFormulas('部门整体');
    await controller.addProject({ year: 2025, name: '城区道路养护', funding: '44' });
    expect(excel.sheets()).toContain('城区道路养护');
    expect(departmentFormulas('部门整体')).toEqual(typed);
    expect(controller.getState().message).toMatchObject({ kind: 'info' });
    expect(controller.getState().message?.text).toContain('手工填写');
  });

  it('adds the sheet alone where there is no department form', async () => {
    ({ excel, controller } = await checkedOnce());
    await controller.addProject({ year: 2026, name: '城区道路养护', funding: '' });
    expect(controller.getState().forms.map((form) => [form.sheet, form.kind])).toEqual([
      ['城区道路养护', 'project'],
    ]);
    expect(controller.getState().message?.text).toContain('没有找到部门表的项目支出');
  });
});

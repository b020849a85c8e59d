/** .xlsx → the simulated workbook: what a person's file holds comes across, Excel's way. */
import ExcelJS from 'exceljs';
import { builtinProfile, checkWorkbook, type Profile } from '../../src/engine';
import { readAllGrids } from '../../src/addin/host/grids';
import { createFakeExcel } from '../../src/sandbox/fakeExcel';
import { snapshotFromXlsx } from '../../src/sandbox/snapshotFromXlsx';
import { describeTemplate, LISTS_SHEET, PROFILE_SHEET } from '../../src/template';
import { writeTemplate } from '../../src/xlsx/writeTemplate';
import { readXlsx } from '../../src/xlsx/readXlsx';

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

it('keeps fills, notes, formats, locks, merges (top-left value only) and formula results', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('部门整体');
  sheet.getCell('A1').value = '部门整体支出绩效目标申报表';
  sheet.mergeCells('A1:H1');
  sheet.getCell('C12').value = 489.98;
  sheet.getCell('C12').numFmt = '0.00';
  sheet.getCell('C12').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getCell('C12').note = '与财政局核对过';
  sheet.getCell('D12').protection = { locked: false };
  sheet.getCell('E12').value = { formula: 'C12-D12', result: -47.36 };
  workbook.addWorksheet('备用', { state: 'veryHidden' }).getCell('A1').value = 'x';

  const snapshot = await snapshotFromXlsx(await bytes(workbook));
  const [form, spare] = snapshot.sheets;
  expect(form.merges).toEqual(['A1:H1']);
  expect(form.cells.A1).toEqual({ value: '部门整体支出绩效目标申报表' });
  expect(form.cells.B1).toBeUndefined();
  expect(form.cells.C12).toEqual({
    value: 489.98,
    numberFormat: '0.00',
    fill: '#FFFF00',
    note: '与财政局核对过',
  });
  expect(form.cells.D12).toEqual({ value: null, locked: false });
  expect(form.cells.E12).toEqual({ value: -47.36, formula: '=C12-D12' });
  expect(spare.visibility).toBe('VeryHidden');
});

it('takes a generated template across: validations, names, protection, hidden sheets; checked alike', async () => {
  const profile = builtinProfile('mof-2021') as Profile;
  const layout = describeTemplate({
    kind: 'project',
    year: 2026,
    profile,
    project: { name: '城区道路维修', funding: null },
  });
  const file = await bytes(await writeTemplate(layout));
  const snapshot = await snapshotFromXlsx(file);

  const form = snapshot.sheets[0];
  expect(form.protected).toBe(true);
  expect(
    form.validations.some((rule) => rule.type === 'list' && rule.source.startsWith('=INDIRECT(')),
  ).toBe(true);
  expect(form.validations).toContainEqual(
    expect.objectContaining({ type: 'decimal', source: '0', operator: 'GreaterThanOrEqualTo' }),
  );
  expect(snapshot.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
    [form.name, 'Visible'],
    [LISTS_SHEET, 'VeryHidden'],
    [PROFILE_SHEET, 'VeryHidden'],
  ]);
  expect(snapshot.names?.map((item) => item.name).sort()).toEqual(
    layout.definedNames.map((item) => item.name).sort(),
  );

  const excel = createFakeExcel(snapshot);
  const { grids } = await excel.run((context) => readAllGrids(context));
  expect(checkWorkbook({ sheets: grids })).toEqual(checkWorkbook(await readXlsx(file)));
});

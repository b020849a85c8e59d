/** Excel.WorksheetCollection and Worksheet: sheets by name or id, added, renamed, hidden, deleted. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book, SHEET } from './workbook';

test('finds a sheet by name in any case or by id, and lists them in tab order', async () => {
  const excel = createFakeExcel(book());
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name,items/id,items/position');
    await context.sync();
    const [first] = sheets.items;
    const byId = context.workbook.worksheets.getItem(first.id).load('name');
    const byName = context.workbook.worksheets.getItem('_PERF_FORMS_PROFILE').load('position');
    await context.sync();
    expect(sheets.items.map((sheet) => [sheet.name, sheet.position])).toEqual([
      [SHEET, 0],
      ['_perf_forms_profile', 1],
    ]);
    expect([byId.name, byName.position]).toEqual([SHEET, 1]);
  });
});

test('adds, renames and hides sheets; keeps gridlines off once turned off', async () => {
  const excel = createFakeExcel(book());
  await excel.run(async (context) => {
    const added = context.workbook.worksheets.add('项目A');
    added.name = '政务公开工作经费';
    added.showGridlines = false;
    context.workbook.worksheets.getItem(SHEET).visibility = 'Hidden';
    await context.sync();
  });
  const sheets = excel.snapshot().sheets;
  expect(sheets.map((sheet) => [sheet.name, sheet.visibility, sheet.showGridlines])).toEqual([
    [SHEET, 'Hidden', undefined],
    ['_perf_forms_profile', 'VeryHidden', undefined],
    ['政务公开工作经费', 'Visible', false],
  ]);
});

test.each([
  ['a sheet name Excel refuses', '项目/2026', 'InvalidArgument'],
  ['a name taken in another case', SHEET.toLowerCase(), 'ItemAlreadyExists'],
])('refuses to add %s', async (_, name, code) => {
  const excel = createFakeExcel(book());
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code });
});

test('refuses to delete the last visible sheet, and to find a missing one', async () => {
  const excel = createFakeExcel(book());
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperation' });
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem('项目表').load('name');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
  expect(excel.sheets()).toEqual([SHEET, '_perf_forms_profile']);
});

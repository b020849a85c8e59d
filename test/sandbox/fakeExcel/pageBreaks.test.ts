/** Excel.PageBreakCollection: manual horizontal breaks, each before the row of the cell given. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book, SHEET } from './workbook';

test('adds breaks by address or range, lists them in row order once each, and removes them', async () => {
  const excel = createFakeExcel(book());
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const breaks = sheet.horizontalPageBreaks;
    expect(() => breaks.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    breaks.add('A40');
    breaks.add(sheet.getRange('C24:D30'));
    breaks.add('$A$40');
    breaks.load('items');
    await context.sync();
    expect(breaks.items.map((item) => [item.rowIndex, item.columnIndex])).toEqual([
      [23, 2],
      [39, 0],
    ]);
  });
  expect(excel.snapshot().sheets[0].rowBreaks).toEqual([
    { rowIndex: 23, columnIndex: 2 },
    { rowIndex: 39, columnIndex: 0 },
  ]);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).horizontalPageBreaks.removePageBreaks();
    await context.sync();
  });
  expect(excel.snapshot().sheets[0].rowBreaks).toBeUndefined();
});

test.each([
  ['before the first row', 'A1'],
  ['at an address that is not one', 'A0'],
])('refuses a break %s with InvalidArgument', async (_, address) => {
  const excel = createFakeExcel(book());
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).horizontalPageBreaks.add(address);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  expect(excel.snapshot().sheets[0].rowBreaks).toBeUndefined();
});

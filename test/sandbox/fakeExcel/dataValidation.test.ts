/** Excel.DataValidation: one rule per range, replacing what overlapped, read back as Excel reports it. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book, SHEET } from './workbook';

test('sets a list and a number rule, reads them back, and clears one', async () => {
  const excel = createFakeExcel(book());
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('A20:A25').dataValidation.rule = {
      list: { inCellDropDown: true, source: '=列表_部门一级指标' },
    };
    sheet.getRange('C12:C14').dataValidation.rule = {
      decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' },
    };
    const list = sheet.getRange('A21').dataValidation.load('rule');
    const amount = sheet.getRange('C13').dataValidation.load('rule');
    await context.sync();
    expect(list.rule).toEqual({ list: { inCellDropDown: true, source: '=列表_部门一级指标' } });
    expect(amount.rule).toEqual({ decimal: { formula1: '0', operator: 'GreaterThanOrEqualTo' } });
    sheet.getRange('C12:C14').dataValidation.clear();
    await context.sync();
  });
  expect(excel.snapshot().sheets[0].validations).toEqual([
    { range: 'A20:A25', type: 'list', source: '=列表_部门一级指标' },
  ]);
});

test('refuses a list without a source', async () => {
  const excel = createFakeExcel(book());
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('A20').dataValidation.rule = {
        list: { inCellDropDown: true, source: '' },
      };
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

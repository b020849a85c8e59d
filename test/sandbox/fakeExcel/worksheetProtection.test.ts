/** Excel.WorksheetProtection: a protected sheet refuses what its options do not allow. */
import { FakeOfficeError, createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book } from './workbook';

describe('WorksheetProtection', () => {
  it('refuses formats on a protected sheet until it is unprotected, and locked cells to typing', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem('部门整体')
        .protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRange('C12').format.fill.color =
          '#FFC7CE';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(() => excel.setValue('部门整体', 'C12', 1)).toThrow(FakeOfficeError);
    excel.setValue('部门整体', 'D12', 530); // unlocked input cell
    expect(excel.getValue('部门整体', 'D12')).toBe(530);
  });
});

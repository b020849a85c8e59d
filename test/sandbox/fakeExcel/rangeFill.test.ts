/** Excel.RangeAreas and RangeFill: several areas painted and cleared at once. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book } from './workbook';

describe('RangeAreas and RangeFill', () => {
  it('paints and clears RangeAreas, and refuses over-long address strings like Excel', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('部门整体');
      sheet.getRanges('C12, D12:D14').format.fill.color = '#ffeb9c';
      sheet.getRanges('B3').format.fill.clear();
      await context.sync();
    });
    expect(excel.getFill('部门整体', 'D13')).toBe('#FFEB9C');
    expect(excel.getFill('部门整体', 'B3')).toBeNull();
    const tooLong = Array.from({ length: 60 }, (_, index) => `C${index + 100}`).join(',');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRanges(tooLong).format.fill.color =
          '#FFC7CE';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

/** Excel.Range: values as Excel shows them, 2-D writes, the used range, merged areas. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book } from './workbook';

describe('Range', () => {
  it('reports empty cells as "" in values, as Excel does', async () => {
    const excel = createFakeExcel(book());
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('部门整体')
        .getRange('B12:C12')
        .load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([['', 489.98]]);
  });

  it('ignores null entries of a 2-D write and clears with ""', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('部门整体').getRange('C12:D12').values = [[null, '']];
      await context.sync();
    });
    expect(excel.getValue('部门整体', 'C12')).toBe(489.98);
    expect(excel.getValue('部门整体', 'D12')).toBeNull();
  });

  it('rejects a write whose shape does not match the range', async () => {
    const excel = createFakeExcel(book());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRange('C12:D12').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reads the used range (values only) and the merged areas', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('部门整体');
      const used = sheet
        .getUsedRangeOrNullObject(true)
        .load('rowIndex,columnIndex,rowCount,columnCount');
      const merged = sheet.getRange().getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
        0, 0, 12, 4,
      ]);
      expect(merged.address).toBe("'部门整体'!A1:H1");
    });
  });

  it('reads cell properties as Office shapes them: address, fill and the protection flag', async () => {
    const excel = createFakeExcel(book());
    const properties = await excel.run(async (context) => {
      const result = context.workbook.worksheets
        .getItem('部门整体')
        .getRange('B3:D3')
        .getCellProperties({ address: true, format: { fill: { color: true }, protection: true } });
      expect(() => result.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      return result.value;
    });
    expect(properties[0].map((cell) => [cell.address, cell.format?.fill?.color])).toEqual([
      ["'部门整体'!B3", '#FFFF00'],
      ["'部门整体'!C3", '#FFFFFF'],
      ["'部门整体'!D3", '#FFFFFF'],
    ]);
    expect(properties[0].map((cell) => cell.format?.protection?.locked)).toEqual([
      true,
      true,
      true,
    ]);
  });
});

/** The batch (context.ts): writes and loads queued, applied at sync, counted, stopped at the first failure, as Office does. */
import { FakeOfficeError, createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book } from './workbook';

describe('batching', () => {
  it('applies queued writes only at sync', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('部门整体').getRange('C13').values = [[270.98]];
      expect(excel.getValue('部门整体', 'C13')).toBeNull();
      await context.sync();
      expect(excel.getValue('部门整体', 'C13')).toBe(270.98);
    });
  });

  it('makes loaded values readable only after the sync, like PropertyNotLoaded', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('部门整体').getRange('C12:D12');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values,address');
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([[489.98, 537.34]]);
      expect(range.address).toBe("'部门整体'!C12:D12");
      // Loaded properties only: numberFormat was not asked for.
      expect(() => range.numberFormat).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
    });
  });

  it('gives a null object for a missing item, readable after sync', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('项目表');
      const present = context.workbook.worksheets.getItemOrNullObject('部门整体');
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('fails the sync on a missing item and keeps the operations queued before it', async () => {
    const excel = createFakeExcel(book());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRange('E12').values = [[-47.36]];
        context.workbook.worksheets.getItem('不存在').getRange('A1').values = [['x']];
        context.workbook.worksheets.getItem('部门整体').getRange('F12').values = [['never']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(excel.getValue('部门整体', 'E12')).toBe(-47.36);
    expect(excel.getValue('部门整体', 'F12')).toBeNull();
  });

  it('counts every sync and every queued call, and flushes what is left when the batch ends', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('部门整体'); // 1 call
      sheet.getRange('C14').values = [[219]]; // 2 calls: getRange, values
      sheet.getRange('C15').format.fill.color = '#FFC7CE'; // 2 calls: getRange, color
      await context.sync();
      sheet.getRange('C16').values = [[277]]; // 2 calls, synced by run itself
    });
    expect(excel.syncCount()).toBe(2);
    expect(excel.apiCallCount()).toBe(7);
    expect(excel.getValue('部门整体', 'C16')).toBe(277);
    excel.resetCounters();
    expect([excel.syncCount(), excel.apiCallCount()]).toEqual([0, 0]);
  });
});

/** Office events: worksheets.onChanged and onSelectionChanged, fired as Excel fires them. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book } from './workbook';

describe('events', () => {
  it('fires onChanged when a person types, and tells the add-in its own writes apart', async () => {
    const excel = createFakeExcel(book());
    const changes: {
      address: string;
      worksheetId: string;
      changeType: string;
      triggerSource: string;
    }[] = [];
    const sheetId = await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => void changes.push(event));
      const sheet = context.workbook.worksheets.getItem('部门整体').load('id');
      await context.sync();
      return sheet.id;
    });
    excel.setValue('部门整体', 'C13', 270.98);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('部门整体').getRange('C14:C15').values = [[219], [0]];
      await context.sync();
    });
    await Promise.resolve();
    expect(changes).toEqual([
      expect.objectContaining({
        address: 'C13',
        worksheetId: sheetId,
        changeType: 'RangeEdited',
        triggerSource: 'Unknown',
      }),
      expect.objectContaining({
        address: 'C14:C15',
        worksheetId: sheetId,
        triggerSource: 'ThisLocalAddin',
      }),
    ]);
  });

  it('fires nothing for a drop-down pick on builds that fire nothing, but the selection move fires', async () => {
    const excel = createFakeExcel(book());
    const seen: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => void seen.push('changed'));
      context.workbook.worksheets.onSelectionChanged.add(
        async (event) => void seen.push(`selected ${event.address}`),
      );
      await context.sync();
    });
    excel.setValue('部门整体', 'A20', '产出指标', { fireChanged: false });
    excel.select('部门整体', 'B20');
    await Promise.resolve();
    expect(seen).toEqual(['selected B20']);
    expect(excel.getValue('部门整体', 'A20')).toBe('产出指标');
  });
});

/** The workbook saved as a snapshot and reopened. */
import { createFakeExcel, type WorkbookSnapshot } from '../../../src/sandbox/fakeExcel';
import { book } from './workbook';

describe('save and reopen', () => {
  it('round-trips the workbook through a snapshot, sheet ids and hidden sheets included', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add('_perf_forms_marks');
      added.visibility = 'VeryHidden';
      added.getRange('A1').values = [['~{"version":1,"marks":[]}']];
      context.workbook.worksheets.getItem('部门整体').getRange('C12').format.fill.color = '#FFC7CE';
      await context.sync();
    });
    const saved = JSON.parse(JSON.stringify(excel.snapshot())) as WorkbookSnapshot;
    const reopened = createFakeExcel(saved);
    expect(reopened.sheets()).toEqual(['部门整体', '_perf_forms_profile', '_perf_forms_marks']);
    expect(reopened.getFill('部门整体', 'C12')).toBe('#FFC7CE');
    expect(reopened.getNote('部门整体', 'B3')).toBe('汇总部门');
    expect(reopened.snapshot()).toEqual(saved);
    const ids = async (fake: typeof excel) =>
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/id');
        await context.sync();
        return sheets.items.map((sheet) => sheet.id);
      });
    expect(await ids(reopened)).toEqual(await ids(excel));
  });
});

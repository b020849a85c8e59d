/** Excel.NoteCollection and Note. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book } from './workbook';

describe('notes', () => {
  it('adds, reads, changes and deletes notes', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('部门整体').notes;
      notes.add('C12', '收入合计');
      const existing = notes.getItemOrNullObject('B3').load('content');
      const none = notes.getItemOrNullObject('D12').load('content');
      await context.sync();
      expect(existing.content).toBe('汇总部门');
      expect(none.isNullObject).toBe(true);
      notes.getItem('B3').delete();
      notes.getItem('C12').content = '改过的批注';
      await context.sync();
    });
    expect(excel.getNote('部门整体', 'B3')).toBeNull();
    expect(excel.getNote('部门整体', 'C12')).toBe('改过的批注');
  });
});

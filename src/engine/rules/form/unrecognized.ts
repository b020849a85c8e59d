/** form.unrecognized: a sheet with content that holds neither form (listed, not checked). */
import { createRule } from '../rule';

export const unrecognized = createRule({
  id: 'form.unrecognized',
  meta: {
    severity: 'info',
    name: '未识别的工作表',
    description: '工作表既不像项目支出表，也不像部门整体支出表（列出，不检查）',
    messages: {
      unrecognized:
        '工作表“{sheet}”中没有找到绩效目标申报表（标题应含“项目支出绩效目标”或“整体支出绩效目标”），未检查',
    },
  },
  book(book, _report, reportSheet) {
    for (const sheet of book.unrecognizedSheets)
      reportSheet(sheet, { at: { row: 0, col: 0 }, messageId: 'unrecognized', data: { sheet } });
  },
});

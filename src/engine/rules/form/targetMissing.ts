/** form.target-missing: the annual target (年度绩效目标 / 年度整体绩效总目标) is empty or absent. */
import { targetField } from '../../model';
import { createRule } from '../rule';

export const targetMissing = createRule({
  id: 'form.target-missing',
  meta: {
    severity: 'error',
    name: '年度目标未填',
    description: '年度绩效目标（年度整体绩效总目标）未填写',
    messages: {
      empty: '{label}未填写',
      absent: '表中找不到“{label}”栏，无法确认年度目标',
      absentBeforeTable:
        '表中找不到“{label}”栏，无法确认年度目标：请在第 {row} 行的绩效指标表前补上这一栏并填写',
    },
  },
  form(form, report) {
    const { label, field } = targetField(form.form);
    if (field && field.value.text !== '') return;
    if (field) {
      report({ at: field.value, messageId: 'empty', data: { label } });
      return;
    }
    // A table the reader could not read (form.unplaced) may hold it as a column (年度目标).
    if (form.form.unplaced) return;
    // Every layout prints the target before (or left of) the indicator table: point where it belongs.
    const table = form.form.tables[0];
    if (!table) {
      report({ at: form.form.title, messageId: 'absent', data: { label } });
      return;
    }
    report({
      at: { row: table.headerRow, col: form.form.title.col },
      messageId: 'absentBeforeTable',
      data: { label, row: table.headerRow + 1 },
    });
  },
});

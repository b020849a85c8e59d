/** value.placeholder: a value left as the template's placeholder (≥**%, xx). */
import { cellOf, rowRule } from '../rule';

export const placeholder = rowRule({
  id: 'value.placeholder',
  meta: {
    severity: 'error',
    name: '指标值是占位符',
    description: '指标值仍是模板占位符（如 ≥**%、xx）',
    messages: { placeholder: '指标值“{value}”是模板占位符，请填入实际目标值' },
  },
  checkRow(row) {
    if (row.value.kind !== 'placeholder') return;
    return { at: cellOf(row, 'value'), messageId: 'placeholder', data: { value: row.value.text } };
  },
});

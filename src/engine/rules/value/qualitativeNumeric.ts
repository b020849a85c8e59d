/** value.qualitative-numeric: 定性 with a plain number. */
import { cellOf, rowRule } from '../rule';

export const qualitativeNumeric = rowRule({
  id: 'value.qualitative-numeric',
  meta: {
    severity: 'warning',
    name: '定性指标填了数字',
    description: '计算符号为“定性”，指标值却是一个数字',
    messages: { numeric: '指标值“{value}”是数字，计算符号却是“定性”；应改为 ≥ ≤ = 等定量符号' },
  },
  checkRow(row) {
    if (row.operator?.operator !== '定性' || row.value.kind !== 'number') return;
    return { at: cellOf(row, 'operator'), messageId: 'numeric', data: { value: row.value.text } };
  },
});

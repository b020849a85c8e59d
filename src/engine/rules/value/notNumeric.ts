/** value.not-numeric: words after a quantitative operator. */
import { cellOf, rowRule } from '../rule';

export const valueNotNumeric = rowRule({
  id: 'value.not-numeric',
  meta: {
    severity: 'error',
    name: '定量指标值不是数字',
    description: '定量的计算符号（≥ ≤ = > <）后的指标值不是数字',
    messages: {
      words:
        '三级指标“{level3}”计算符号为“{operator}”，指标值“{value}”却不是数字；定量指标请填数字，描述性目标请把计算符号改为“定性”',
    },
  },
  checkRow(row) {
    if (!row.operator || row.operator.operator === '定性' || row.value.kind !== 'text') return;
    return {
      at: cellOf(row, 'value'),
      messageId: 'words',
      data: { level3: row.source.level3, operator: row.operator.operator, value: row.value.text },
    };
  },
});

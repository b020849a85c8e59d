/** cost.operator: an amount of cost written as a floor (≥, >) rather than a ceiling. */
import { cellOf, rowRule } from '../rule';

export const costOperator = rowRule({
  id: 'cost.operator',
  meta: {
    severity: 'warning',
    name: '成本指标应为上限',
    description: '成本指标使用了 ≥ 或 >（成本通常是上限，应为 ≤ 或 <）',
    messages: {
      floor: '成本指标“{level3}”的计算符号是“{operator}”，成本通常是上限，应为“≤”',
    },
    fix: '≤',
  },
  checkRow(row) {
    const operator = row.operator?.operator;
    // A rate (预算支出执行率 ≥90%) is rightly a floor; an amount is a ceiling.
    if (!row.levels.isCost || (operator !== '≥' && operator !== '>') || row.unit === '%') return;
    return {
      at: cellOf(row, 'operator'),
      messageId: 'floor',
      data: { level3: row.source.level3, operator },
      suggestion: '≤',
    };
  },
});

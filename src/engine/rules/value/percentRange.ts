/** value.percent-range: a percentage below 0 or above 100. */
import type Decimal from 'decimal.js';
import { cellOf, rowRule } from '../rule';

const HUNDRED = 100;

/**
 * Below 0 or above 100. decimal.js copies its argument on every comparison: the sign and the
 * exponent (e < 2: under 100 in size) settle most percentages without one.
 */
function outsidePercentRange(number: Decimal): boolean {
  if (number.isNeg()) return !number.isZero();
  return !(number.e < 2) && number.gt(HUNDRED); // e is NaN for ±Infinity and NaN: compare those
}

export const percentRange = rowRule({
  id: 'value.percent-range',
  meta: {
    severity: 'error',
    name: '百分比超出范围',
    description: '百分比小于 0 或大于 100',
    messages: { outside: '三级指标“{level3}”的百分比 {percent}% 不在 0 到 100 之间' },
  },
  checkRow(row) {
    if (row.value.kind !== 'number' || row.unit !== '%') return;
    if (!outsidePercentRange(row.value.number)) return;
    return {
      at: cellOf(row, 'value'),
      messageId: 'outside',
      data: { level3: row.source.level3, percent: row.value.number.toFixed() },
    };
  },
});

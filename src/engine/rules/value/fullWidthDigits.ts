/** value.full-width-digits: a value typed with full-width digits (９５％), read as half-width ones. */
import { halfWidthDigits } from '../../fixes';
import { isQuantitative } from '../../parse/values';
import { cellOf, rowRule } from '../rule';

export const fullWidthDigits = rowRule({
  id: 'value.full-width-digits',
  meta: {
    severity: 'info',
    name: '指标值用了全角数字',
    description: '指标值中的数字是全角的（如 ９５），已按半角数字读取',
    messages: {
      fullWidth: '指标值“{value}”用了全角数字，已按半角读取，建议改为“{fixed}”',
    },
    fix: '数字改为半角后的原文',
    fixable: '把指标值中的全角数字改为半角数字，其余文字不变',
  },
  checkRow(row) {
    if (!isQuantitative(row.value)) return;
    const fix = halfWidthDigits(row.source.value);
    if (!fix) return;
    return {
      at: cellOf(row, 'value'),
      messageId: 'fullWidth',
      data: { value: fix.oldValue, fixed: fix.newValue },
      suggestion: fix.newValue,
      fix,
    };
  },
});

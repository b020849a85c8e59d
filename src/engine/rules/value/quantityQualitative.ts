/** value.quantity-qualitative: a 数量 row whose target cannot be counted. */
import { cellOf, rowRule } from '../rule';

export const quantityQualitative = rowRule({
  id: 'value.quantity-qualitative',
  meta: {
    severity: 'warning',
    name: '数量指标是定性的',
    description: '数量指标是定性的（数量应当可以计数）',
    messages: {
      qualitative:
        '数量指标“{level3}”的指标值“{value}”是定性的，数量指标应填可计数的目标（如“≥ 2 次”）',
    },
  },
  checkRow(row) {
    const { value } = row;
    if (!row.filled || !row.levels.isQuantity || row.quantitative || value.kind === 'empty') return;
    return {
      at: cellOf(row, 'operator'),
      messageId: 'qualitative',
      data: { level3: row.source.level3, value: value.kind === 'placeholder' ? '' : value.text },
    };
  },
});

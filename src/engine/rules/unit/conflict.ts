/** unit.conflict: the value carries one unit and the unit column another. */
import { cellOf, rowRule } from '../rule';

export const conflict = rowRule({
  id: 'unit.conflict',
  meta: {
    severity: 'error',
    name: '计量单位不一致',
    description: '指标值中的单位与计量单位列不一致',
    messages: {
      conflict: '指标值“{value}”带的单位“{valueUnit}”与计量单位列的“{columnUnit}”不一致',
    },
    fix: '指标值中带的单位',
  },
  checkRow(row) {
    const { value } = row;
    if (!row.source.unit || value.kind !== 'number' || value.unit === null) return;
    if (value.unit === row.unit) return;
    return {
      at: cellOf(row, 'unit'),
      messageId: 'conflict',
      // The unit column is filled, so the unit in force is its reading.
      data: { value: value.text, valueUnit: value.unit, columnUnit: String(row.unit) },
      suggestion: value.unit,
    };
  },
});

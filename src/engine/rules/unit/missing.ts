/** unit.missing: a number with no unit, in the unit column or inside the value. */
import { cellOf, rowRule } from '../rule';

export const unitMissing = rowRule({
  id: 'unit.missing',
  meta: {
    severity: 'error',
    name: '缺少计量单位',
    description: '定量的指标值没有计量单位（单位列和指标值中都没有）',
    messages: { missing: '三级指标“{level3}”的指标值 {value} 没有计量单位' },
  },
  checkRow(row) {
    if (!row.filled || row.value.kind !== 'number' || row.unit !== null) return;
    if (row.operator?.operator === '定性') return;
    return {
      at: cellOf(row, 'unit'),
      messageId: 'missing',
      data: { level3: row.source.level3, value: row.value.text },
    };
  },
});

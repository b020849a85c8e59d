/** unit.qualitative: 定性 with a unit. */
import { cellOf, rowRule } from '../rule';

export const unitQualitative = rowRule({
  id: 'unit.qualitative',
  meta: {
    severity: 'warning',
    name: '定性指标填了单位',
    description: '定性指标填了计量单位',
    messages: { qualitative: '定性指标“{level3}”不应填计量单位（表中为“{unit}”）' },
  },
  checkRow(row) {
    const column = row.source.unit;
    if (row.operator?.operator !== '定性' || !column) return;
    return {
      at: cellOf(row, 'unit'),
      messageId: 'qualitative',
      data: { level3: row.source.level3, unit: column },
    };
  },
});

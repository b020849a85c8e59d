/** cost.unit-not-money: a 成本 row measured in neither money nor a rate. */
import { unitKind } from '../../parse/units';
import { cellOf, rowRule } from '../rule';

export const unitNotMoney = rowRule({
  id: 'cost.unit-not-money',
  meta: {
    severity: 'error',
    name: '成本指标单位不是金额',
    description: '成本指标的定量值单位既不是金额也不是百分比',
    messages: {
      notMoney:
        '成本指标“{level3}”的指标值“{value}”单位是“{unit}”，成本应以金额（元、万元）或比率（%）计量',
    },
  },
  checkRow(row, form) {
    if (!row.levels.isCost || row.value.kind !== 'number' || row.unit === null) return;
    const kind = unitKind(row.unit, form.profile.extraUnits);
    if (kind === 'money' || kind === 'percent') return;
    return {
      at: cellOf(row, 'unit'),
      messageId: 'notMoney',
      data: { level3: row.source.level3, value: row.value.text, unit: row.unit },
    };
  },
});

/** cost.exceeds-budget: an annual cost above the project's funding. */
import { convertMoney } from '../../parse/amounts';
import { isMoneyUnit } from '../../parse/units';
import { fmt } from '../budget/amounts';
import { cellOf, createRule } from '../rule';

export const exceedsBudget = createRule({
  id: 'cost.exceeds-budget',
  meta: {
    severity: 'error',
    name: '成本超过项目资金',
    description: '成本指标的金额超过项目的年度资金总额',
    messages: {
      exceeds:
        '成本指标“{level3}”为 {cost} {moneyUnit}，超过项目年度资金总额 {funding} {moneyUnit}',
    },
  },
  project(form, report) {
    const { funding } = form;
    if (funding === null || funding.isZero()) return;
    const limit = funding.plus(form.tolerance); // one sum per form, not a difference per row
    for (const row of form.rows) {
      const { value, unit } = row;
      if (!row.levels.isCost || row.table.longTerm || value.kind !== 'number') continue;
      if (!unit || !isMoneyUnit(unit)) continue;
      const cost = convertMoney(value.number, unit, form.moneyUnit);
      if (!cost.gt(limit)) continue;
      report({
        at: cellOf(row, 'value'),
        messageId: 'exceeds',
        data: {
          level3: row.source.level3,
          cost: fmt(cost),
          funding: fmt(funding),
          moneyUnit: form.moneyUnit,
        },
      });
    }
  },
});

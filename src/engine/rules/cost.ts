/** 成本指标 rows: money (or a rate), within the project's funding, and a ceiling not a floor. */
import { convertMoney } from '../parse/amounts';
import { isMoneyUnit, unitKind } from '../parse/units';
import { fmt } from './amounts';
import { cellOf, defineRules } from './types';

export const costRules = defineRules([
  {
    id: 'cost.unit-not-money',
    severity: 'error',
    description: '成本指标的定量值单位既不是金额也不是百分比',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (!row.levels.isCost || row.value.kind !== 'number' || row.unit === null) continue;
        const kind = unitKind(row.unit, form.profile.extraUnits);
        if (kind === 'money' || kind === 'percent') continue;
        report(
          cellOf(row, 'unit'),
          `成本指标“${row.source.level3}”的指标值“${row.value.text}”单位是“${row.unit}”，成本应以金额（元、万元）或比率（%）计量`,
        );
      }
    },
  },
  {
    id: 'cost.exceeds-budget',
    severity: 'error',
    description: '成本指标的金额超过项目的年度资金总额',
    checkForm(form, report) {
      const { funding } = form;
      if (funding === null || funding.isZero()) return;
      const limit = funding.plus(form.tolerance); // one sum per form, not a difference per row
      for (const row of form.rows) {
        if (
          !row.levels.isCost ||
          row.table.longTerm ||
          row.value.kind !== 'number' ||
          !row.unit ||
          !isMoneyUnit(row.unit)
        )
          continue;
        const cost = convertMoney(row.value.number, row.unit, form.moneyUnit);
        if (cost.gt(limit)) {
          report(
            cellOf(row, 'value'),
            `成本指标“${row.source.level3}”为 ${fmt(cost)} ${form.moneyUnit}，超过项目年度资金总额 ${fmt(funding)} ${form.moneyUnit}`,
          );
        }
      }
    },
  },
  {
    id: 'cost.operator',
    severity: 'warning',
    description: '成本指标使用了 ≥ 或 >（成本通常是上限，应为 ≤ 或 <）',
    checkForm(form, report) {
      for (const row of form.rows) {
        const op = row.operator?.operator;
        // A rate (预算支出执行率 ≥90%) is rightly a floor; an amount is a ceiling.
        if (!row.levels.isCost || (op !== '≥' && op !== '>') || row.unit === '%') continue;
        report(
          cellOf(row, 'operator'),
          `成本指标“${row.source.level3}”的计算符号是“${op}”，成本通常是上限，应为“≤”`,
          '≤',
        );
      }
    },
  },
]);

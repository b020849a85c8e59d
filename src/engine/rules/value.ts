/** 指标值: present, numeric where the operator asks for a number, no placeholders, sane percentages. */
import type Decimal from 'decimal.js';
import { cellOf, defineRules, type AnalyzedRow } from './types';

const HUNDRED = 100;

/**
 * Below 0 or above 100. decimal.js copies its argument on every comparison: the sign and the
 * exponent (e < 2: under 100 in size) settle most percentages without one.
 */
function outsidePercentRange(number: Decimal): boolean {
  if (number.isNeg()) return !number.isZero();
  return !(number.e < 2) && number.gt(HUNDRED); // e is NaN for ±Infinity and NaN: compare those
}

function describeOperator(row: AnalyzedRow): string {
  return row.operator ? `计算符号为“${row.operator.operator}”` : '';
}

export const valueRules = defineRules([
  {
    id: 'value.missing',
    severity: 'error',
    description: '三级指标没有填写指标值（标“不适用”的行除外）',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (row.filled && row.value.kind === 'empty') {
          report(cellOf(row, 'value'), `三级指标“${row.source.level3}”没有填写指标值`);
        }
      }
    },
  },
  {
    id: 'value.not-numeric',
    severity: 'error',
    description: '定量的计算符号（≥ ≤ = > <）后的指标值不是数字',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (!row.operator || row.operator.operator === '定性' || row.value.kind !== 'text')
          continue;
        report(
          cellOf(row, 'value'),
          `三级指标“${row.source.level3}”${describeOperator(row)}，指标值“${row.value.text}”却不是数字；定量指标请填数字，描述性目标请把计算符号改为“定性”`,
        );
      }
    },
  },
  {
    id: 'value.placeholder',
    severity: 'error',
    description: '指标值仍是模板占位符（如 ≥**%、xx）',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (row.value.kind === 'placeholder') {
          report(cellOf(row, 'value'), `指标值“${row.value.text}”是模板占位符，请填入实际目标值`);
        }
      }
    },
  },
  {
    id: 'value.qualitative-numeric',
    severity: 'warning',
    description: '计算符号为“定性”，指标值却是一个数字',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (row.operator?.operator !== '定性' || row.value.kind !== 'number') continue;
        report(
          cellOf(row, 'operator'),
          `指标值“${row.value.text}”是数字，计算符号却是“定性”；应改为 ≥ ≤ = 等定量符号`,
        );
      }
    },
  },
  {
    id: 'value.quantity-qualitative',
    severity: 'warning',
    description: '数量指标是定性的（数量应当可以计数）',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (!row.filled || !row.levels.isQuantity || row.quantitative || row.value.kind === 'empty')
          continue;
        report(
          cellOf(row, 'operator'),
          `数量指标“${row.source.level3}”的指标值“${row.value.kind === 'placeholder' ? '' : row.value.text}”是定性的，数量指标应填可计数的目标（如“≥ 2 次”）`,
        );
      }
    },
  },
  {
    id: 'value.percent-range',
    severity: 'error',
    description: '百分比小于 0 或大于 100',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (row.value.kind !== 'number' || row.unit !== '%') continue;
        if (outsidePercentRange(row.value.number)) {
          report(
            cellOf(row, 'value'),
            `三级指标“${row.source.level3}”的百分比 ${row.value.number.toFixed()}% 不在 0 到 100 之间`,
          );
        }
      }
    },
  },
]);

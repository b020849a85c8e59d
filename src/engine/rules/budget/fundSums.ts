/** budget.income-sum and budget.expense-sum: the parts of the fund table against their total, in C and in D. */
import Decimal from 'decimal.js';
import type { FundRowKey } from '../../model';
import { createRule } from '../rule';
import { agrees, amountIn, fmt, isBlankCell, sumIn } from './amounts';
import { COLUMN_NAMES, COLUMNS, FUND_ROW_NAMES } from './fundTable';

function fundSumRule(spec: {
  id: string;
  name: string;
  description: string;
  fix: string;
  parts: FundRowKey[];
  total: FundRowKey;
}) {
  const { parts, total } = spec;
  return createRule({
    id: spec.id,
    meta: {
      severity: 'error',
      name: spec.name,
      description: spec.description,
      messages: { wrongSum: '{column}列{total}应为 {sum}（{terms}），表中为 {written}' },
      fix: spec.fix,
    },
    department(form, report) {
      const rows = form.form.funds?.rows;
      const totalRow = rows?.[total];
      if (!rows || !totalRow) return;
      for (const column of COLUMNS) {
        const totalCell = totalRow[column];
        if (!totalCell) continue;
        const partCells = parts.map((key) => rows[key]?.[column]);
        if (partCells.every(isBlankCell) && isBlankCell(totalCell)) continue;
        const sum = sumIn(form, partCells);
        const written = amountIn(form, totalCell);
        if (sum === null || written === null || agrees(form, sum, written)) continue;
        const terms = parts.map(
          (key, i) =>
            `${FUND_ROW_NAMES[key]} ${fmt(amountIn(form, partCells[i]) ?? new Decimal(0))}`,
        );
        report({
          at: totalCell,
          messageId: 'wrongSum',
          data: {
            column: COLUMN_NAMES[column],
            total: FUND_ROW_NAMES[total],
            sum: fmt(sum),
            terms: terms.join(' + '),
            written: fmt(written),
          },
          suggestion: fmt(sum),
        });
      }
    },
  });
}

export const incomeSum = fundSumRule({
  id: 'budget.income-sum',
  name: '收入合计错误',
  description: '部门表：收入构成各项之和 ≠ 收入合计（本年或上年列）',
  fix: '收入各项之和',
  parts: ['income.fiscal', 'income.other'],
  total: 'income.total',
});

export const expenseSum = fundSumRule({
  id: 'budget.expense-sum',
  name: '支出合计错误',
  description: '部门表：基本支出 + 项目支出 ≠ 支出合计（本年或上年列）',
  fix: '支出各项之和',
  parts: ['expense.basic', 'expense.project'],
  total: 'expense.total',
});

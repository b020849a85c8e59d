/** budget.balance: 收入合计 against 支出合计, in C and in D. */
import { createRule } from '../rule';
import { agrees, amountIn, fmt } from './amounts';
import { COLUMN_NAMES, COLUMNS } from './fundTable';

export const balance = createRule({
  id: 'budget.balance',
  meta: {
    severity: 'error',
    name: '收支不平衡',
    description: '部门表：收入合计 ≠ 支出合计',
    messages: {
      unbalanced: '{column}列支出合计 {expense} 与收入合计 {income} 不相等（相差 {difference}）',
    },
    fix: '收入合计',
  },
  department(form, report) {
    const rows = form.form.funds?.rows;
    if (!rows?.['income.total'] || !rows['expense.total']) return;
    for (const column of COLUMNS) {
      const income = amountIn(form, rows['income.total'][column]);
      const expenseCell = rows['expense.total'][column];
      const expense = amountIn(form, expenseCell);
      if (!expenseCell || income === null || expense === null || agrees(form, income, expense))
        continue;
      report({
        at: expenseCell,
        messageId: 'unbalanced',
        data: {
          column: COLUMN_NAMES[column],
          expense: fmt(expense),
          income: fmt(income),
          difference: fmt(expense.minus(income)),
        },
        suggestion: fmt(income),
      });
    }
  },
});

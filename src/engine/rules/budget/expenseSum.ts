/** budget.expense-sum: 基本支出 + 项目支出 against 支出合计, in C and in D. */
import { createRule } from '../rule';
import { checkFundSum, FUND_SUM_MESSAGE } from './fundTable';

export const expenseSum = createRule({
  id: 'budget.expense-sum',
  meta: {
    severity: 'error',
    name: '支出合计错误',
    description: '部门表：基本支出 + 项目支出 ≠ 支出合计（本年或上年列）',
    messages: { wrongSum: FUND_SUM_MESSAGE },
    fix: '支出各项之和',
  },
  department(form, report) {
    checkFundSum(form, report, ['expense.basic', 'expense.project'], 'expense.total');
  },
});

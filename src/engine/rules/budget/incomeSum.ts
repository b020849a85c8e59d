/** budget.income-sum: the income rows against 收入合计, in C and in D. */
import { createRule } from '../rule';
import { checkFundSum, FUND_SUM_MESSAGE } from './fundTable';

export const incomeSum = createRule({
  id: 'budget.income-sum',
  meta: {
    severity: 'error',
    name: '收入合计错误',
    description: '部门表：收入构成各项之和 ≠ 收入合计（本年或上年列）',
    messages: { wrongSum: FUND_SUM_MESSAGE },
    fix: '收入各项之和',
  },
  department(form, report) {
    checkFundSum(form, report, ['income.fiscal', 'income.other'], 'income.total');
  },
});

/** budget.projects-total: a department's 项目支出 (C) against its year's project forms in the workbook. */
import Decimal from 'decimal.js';
import type { AnalyzedForm } from '../../analyze';
import { createRule } from '../rule';
import { agrees, fmt } from './amounts';
import { projectExpense, projectsOfYear } from './fundTable';

/** The projects' funding added up; null where one has none (budget.projects-unknown says so). */
function totalFunding(projects: AnalyzedForm[]): Decimal | null {
  let sum = new Decimal(0);
  for (const { funding } of projects) {
    if (funding === null) return null;
    sum = sum.plus(funding);
  }
  return sum;
}

export const projectsTotal = createRule({
  id: 'budget.projects-total',
  meta: {
    severity: 'error',
    name: '项目支出与项目表不符',
    description: '部门表的项目支出（C）≠ 同一工作簿中本年度各项目表的年度资金总额之和',
    messages: {
      differs:
        '项目支出（C）为 {expense} {moneyUnit}，本工作簿 {projects} 个项目表的年度资金总额合计 {sum} {moneyUnit}，相差 {difference} {moneyUnit}',
    },
    fix: '各项目表年度资金总额之和',
  },
  book(book, report) {
    for (const form of book.forms) {
      const expense = projectExpense(form);
      if (!expense) continue;
      const projects = projectsOfYear(book, form.form.year);
      if (projects.length === 0) continue;
      const sum = totalFunding(projects);
      if (sum === null || agrees(form, sum, expense.amount)) continue;
      report(form, {
        at: expense.cell,
        messageId: 'differs',
        data: {
          expense: fmt(expense.amount),
          projects: projects.length,
          sum: fmt(sum),
          difference: fmt(expense.amount.minus(sum)),
          moneyUnit: form.moneyUnit,
        },
        suggestion: fmt(sum),
      });
    }
  },
});

/** budget.projects-unknown: project forms without a funding amount, so 项目支出 (C) cannot be checked. */
import type { AnalyzedForm } from '../../analyze';
import { formName } from '../../model';
import { createRule } from '../rule';
import { fmt } from './amounts';
import { projectExpense, projectsOfYear } from './fundTable';

/** Forms named by project name and sheet: several forms may share a sheet. */
function formList(forms: AnalyzedForm[]): string {
  return forms
    .map((f) => {
      const name = formName(f.form);
      return name === '' ? `工作表“${f.form.sheet}”` : `“${name}”（工作表“${f.form.sheet}”）`;
    })
    .join('、');
}

export const projectsUnknown = createRule({
  id: 'budget.projects-unknown',
  meta: {
    severity: 'info',
    name: '项目资金无法核对',
    description: '工作簿中有项目表没有年度资金总额，无法核对部门的项目支出',
    messages: {
      unknown:
        '项目表 {forms} 没有年度资金总额，无法核对项目支出（C）{expense} {moneyUnit}是否等于各项目资金之和',
    },
  },
  book(book, report) {
    for (const form of book.forms) {
      const expense = projectExpense(form);
      if (!expense) continue;
      const unknown = projectsOfYear(book, form.form.year).filter((p) => p.funding === null);
      if (unknown.length === 0) continue;
      report(form, {
        at: expense.cell,
        messageId: 'unknown',
        data: { forms: formList(unknown), expense: fmt(expense.amount), moneyUnit: form.moneyUnit },
      });
    }
  },
});

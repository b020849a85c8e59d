/** form.header-missing: the project name and a printed funding field, or the department name. */
import type { AnalyzedForm } from '../../analyze';
import type { CellPos } from '../../model';
import { createRule } from '../rule';

/** Where to point when a field's label is absent altogether: the form's title. */
function fieldCell(form: AnalyzedForm, field: { value: CellPos } | undefined): CellPos {
  return field?.value ?? form.form.title;
}

export const headerMissing = createRule({
  id: 'form.header-missing',
  meta: {
    severity: 'error',
    name: '表头必填项未填',
    description: '必填的表头字段为空：项目名称、年度资金总额（表中有该字段时），部门名称',
    messages: {
      projectName: '项目名称未填写',
      funding: '{label}未填写：请填入本项目的年度资金总额（{moneyUnit}）',
      departmentName: '部门名称未填写',
    },
  },
  project(form, report) {
    const name = form.form.fields['项目名称'];
    // A table the reader could not read (form.unplaced) may list it as a column (项目名称).
    const absentUnread = !name && form.form.unplaced !== undefined;
    if ((!name || name.value.text === '') && !absentUnread)
      report({ at: fieldCell(form, name), messageId: 'projectName' });
    const funding = form.form.fields['年度资金总额'];
    if (funding && funding.value.text === '') {
      report({
        at: funding.value,
        messageId: 'funding',
        data: { label: funding.label.text, moneyUnit: form.moneyUnit },
      });
    }
  },
  department(form, report) {
    const name = form.form.fields['部门名称'];
    if (!name || name.value.text === '')
      report({ at: fieldCell(form, name), messageId: 'departmentName' });
  },
});

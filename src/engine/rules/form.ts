/** Form structure: required header fields, the annual target, printed years, unknown sheets. */
import type { CellPos, DepartmentForm, ProjectForm } from '../model';
import { defineRules, type AnalyzedForm } from './types';

/** Where to point when a field's label is absent altogether: the form's title. */
function fieldCell(form: AnalyzedForm, field: { value: CellPos } | undefined): CellPos {
  return field?.value ?? form.form.title;
}

function fundingField(form: ProjectForm) {
  return form.fields['年度资金总额'];
}

/** The year of the package: the department form's, else the most common one. */
function packageYear(forms: AnalyzedForm[]): number | null {
  const department = forms.find((f) => f.form.kind === 'department' && f.form.year !== null);
  if (department) return department.form.year;
  const counts = new Map<number, number>();
  for (const f of forms)
    if (f.form.year !== null) counts.set(f.form.year, (counts.get(f.form.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts)
    if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

/** The printed text with its year corrected, as printed otherwise ("2024年项目支出绩效目标批复" stays a title). */
function withYear(text: string, printed: number, wanted: number, fallback: string): string {
  return text.includes(String(printed)) ? text.replace(String(printed), String(wanted)) : fallback;
}

export const formRules = defineRules([
  {
    id: 'form.header-missing',
    severity: 'error',
    description: '必填的表头字段为空：项目名称、年度资金总额（表中有该字段时），部门名称',
    checkForm(form, report) {
      if (form.form.kind === 'project') {
        const project = form.form as ProjectForm;
        const name = project.fields['项目名称'];
        if (!name || name.value.text === '') report(fieldCell(form, name), '项目名称未填写');
        const funding = fundingField(project);
        if (funding && funding.value.text === '') {
          report(
            funding.value,
            `${funding.label.text}未填写：请填入本项目的年度资金总额（${form.moneyUnit}）`,
          );
        }
      } else {
        const department = form.form as DepartmentForm;
        const name = department.fields['部门名称'];
        if (!name || name.value.text === '') report(fieldCell(form, name), '部门名称未填写');
      }
    },
  },
  {
    id: 'form.target-missing',
    severity: 'error',
    description: '年度绩效目标（年度整体绩效总目标）未填写',
    checkForm(form, report) {
      const field =
        form.form.kind === 'project'
          ? (form.form as ProjectForm).fields['年度绩效目标']
          : (form.form as DepartmentForm).fields['年度整体绩效总目标'];
      if (field && field.value.text !== '') return;
      const label = form.form.kind === 'project' ? '年度绩效目标' : '年度整体绩效总目标';
      if (field) {
        report(field.value, `${label}未填写`);
        return;
      }
      // Every layout prints the target before (or left of) the indicator table: point where it belongs.
      const table = form.form.tables[0];
      if (!table) {
        report(form.form.title, `表中找不到“${label}”栏，无法确认年度目标`);
        return;
      }
      report(
        { row: table.headerRow, col: form.form.title.col },
        `表中找不到“${label}”栏，无法确认年度目标：请在第 ${table.headerRow + 1} 行的绩效指标表前补上这一栏并填写`,
      );
    },
  },
  {
    id: 'form.year-mismatch',
    severity: 'error',
    description:
      '表上印的年度与表的年度不一致：同一工作簿中各表年度不同，或部门资金表的列标题年份不是本年（C）与上年（D）',
    checkBook(book, report) {
      const year = packageYear(book.forms);
      for (const form of book.forms) {
        const formYear = form.form.year;
        if (year !== null && formYear !== null && formYear !== year && form.form.yearCell) {
          report(
            form,
            form.form.yearCell,
            `本表年度为 ${formYear} 年度，与同一工作簿中其他表的 ${year} 年度不一致`,
            withYear(form.form.yearCell.text, formYear, year, `（${year}年度）`),
          );
        }
        if (form.form.kind !== 'department' || formYear === null) continue;
        const funds = (form.form as DepartmentForm).funds;
        if (!funds) continue;
        const headers = [
          { header: funds.currentHeader, expected: formYear, role: '本年（C）', letter: 'C' },
          { header: funds.priorHeader, expected: formYear - 1, role: '上年（D）', letter: 'D' },
        ];
        for (const { header, expected, role, letter } of headers) {
          if (!header || header.year === null || header.year === expected) continue;
          report(
            form,
            header,
            `${formYear} 年度的表中，${role}列标题写的是 ${header.year} 年，应为 ${expected} 年`,
            withYear(header.text, header.year, expected, `${expected}年预算金额（${letter}）`),
          );
        }
      }
    },
  },
  {
    id: 'form.unrecognized',
    severity: 'info',
    description: '工作表既不像项目支出表，也不像部门整体支出表（列出，不检查）',
    checkBook(book, _report, reportSheet) {
      for (const sheet of book.unrecognizedSheets) {
        reportSheet(
          sheet,
          { row: 0, col: 0 },
          `工作表“${sheet}”中没有找到绩效目标申报表（标题应含“项目支出绩效目标”或“整体支出绩效目标”），未检查`,
        );
      }
    },
  },
]);

/** form.year-mismatch: a form's year against its workbook's, and a department's column years. */
import { isDepartmentForm, type AnalyzedForm } from '../../analyze';
import { createRule } from '../rule';

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

export const yearMismatch = createRule({
  id: 'form.year-mismatch',
  meta: {
    severity: 'error',
    name: '年度不一致',
    description:
      '表上印的年度与表的年度不一致：同一工作簿中各表年度不同，或部门资金表的列标题年份不是本年（C）与上年（D）',
    messages: {
      formYear: '本表年度为 {formYear} 年度，与同一工作簿中其他表的 {year} 年度不一致',
      columnYear: '{formYear} 年度的表中，{column}列标题写的是 {written} 年，应为 {expected} 年',
    },
    fix: '年份改正后的原文',
  },
  book(book, report) {
    const year = packageYear(book.forms);
    for (const form of book.forms) {
      const formYear = form.form.year;
      if (year !== null && formYear !== null && formYear !== year && form.form.yearCell) {
        report(form, {
          at: form.form.yearCell,
          messageId: 'formYear',
          data: { formYear, year },
          suggestion: withYear(form.form.yearCell.text, formYear, year, `（${year}年度）`),
        });
      }
      if (!isDepartmentForm(form) || formYear === null) continue;
      const funds = form.form.funds;
      if (!funds) continue;
      const headers = [
        { header: funds.currentHeader, expected: formYear, column: '本年（C）', letter: 'C' },
        { header: funds.priorHeader, expected: formYear - 1, column: '上年（D）', letter: 'D' },
      ];
      for (const { header, expected, column, letter } of headers) {
        if (!header || header.year === null || header.year === expected) continue;
        report(form, {
          at: header,
          messageId: 'columnYear',
          data: { formYear, column, written: header.year, expected },
          suggestion: withYear(
            header.text,
            header.year,
            expected,
            `${expected}年预算金额（${letter}）`,
          ),
        });
      }
    }
  },
});

/** budget.prior-year: a department's 上年 (D) column against its own form of the year before. */
import { isDepartmentForm, type AnalyzedDepartmentForm, type BookView } from '../../analyze';
import type { FundRow } from '../../model';
import { nameKey } from '../../text';
import { createRule } from '../rule';
import { agrees, amountIn, fmt, isBlankCell } from './amounts';
import { FUND_ROW_NAMES } from './fundTable';

function departmentName(form: AnalyzedDepartmentForm): string {
  return nameKey(form.form.fields['部门名称']?.value.text ?? '');
}

interface DatedDepartment {
  form: AnalyzedDepartmentForm;
  year: number;
}

/** Department forms of one run that are the same department, a year apart. */
function sameDepartmentPairs(
  books: BookView[],
): { later: DatedDepartment; earlier: DatedDepartment }[] {
  const departments = books.flatMap((book) =>
    book.forms.filter(isDepartmentForm).flatMap((form): DatedDepartment[] => {
      const year = form.form.year;
      return year === null ? [] : [{ form, year }];
    }),
  );
  // Looked up by year and name, never compared pairwise: a bureau's run holds thousands of forms.
  const byYear = new Map<number, DatedDepartment[]>();
  const byYearAndName = new Map<string, DatedDepartment[]>();
  const push = <K>(map: Map<K, DatedDepartment[]>, key: K, dated: DatedDepartment) => {
    const list = map.get(key);
    if (list) list.push(dated);
    else map.set(key, [dated]);
  };
  const names = new Map(departments.map((dated) => [dated, departmentName(dated.form)]));
  for (const dated of departments) {
    push(byYear, dated.year, dated);
    const name = names.get(dated) as string;
    if (name !== '') push(byYearAndName, `${dated.year}\u0000${name}`, dated);
  }
  const onePerYear = [...byYear.values()].every((forms) => forms.length === 1);
  const pairs: { later: DatedDepartment; earlier: DatedDepartment }[] = [];
  for (const later of departments) {
    const name = names.get(later) as string;
    const earlier = onePerYear
      ? byYear.get(later.year - 1)
      : name === ''
        ? undefined
        : byYearAndName.get(`${later.year - 1}\u0000${name}`);
    for (const candidate of earlier ?? []) pairs.push({ later, earlier: candidate });
  }
  return pairs;
}

export const priorYear = createRule({
  id: 'budget.prior-year',
  meta: {
    severity: 'warning',
    name: '上年数与上年表不符',
    description: '同一部门相邻两年的表：本年表的上年（D）列 ≠ 上年表的本年（C）列',
    messages: {
      differs: '{row}的上年（D）为 {prior}，而 {year} 年度的表（{where}）中本年（C）为 {then}',
    },
    fix: '上年表中的本年（C）数',
  },
  runKinds: ['department'],
  run(books, report) {
    for (const pair of sameDepartmentPairs(books)) {
      const later = pair.later.form;
      const earlier = pair.earlier.form;
      const earlierRows = earlier.form.funds?.rows ?? {};
      const laterRows: FundRow[] = Object.values(later.form.funds?.rows ?? {});
      for (const row of laterRows) {
        const earlierCell = earlierRows[row.key]?.current;
        if (!row.prior || !earlierCell || isBlankCell(earlierCell)) continue;
        const prior = amountIn(later, row.prior);
        const then = amountIn(earlier, earlierCell);
        if (prior === null || then === null || agrees(later, prior, then)) continue;
        const where =
          earlier.book === later.book
            ? `工作表“${earlier.form.sheet}”`
            : `${earlier.bookLabel} 的工作表“${earlier.form.sheet}”`;
        report(later, {
          at: row.prior,
          messageId: 'differs',
          data: {
            row: FUND_ROW_NAMES[row.key],
            prior: fmt(prior),
            year: pair.earlier.year,
            where,
            then: fmt(then),
          },
          suggestion: fmt(then),
        });
      }
    }
  },
});

/** The fund table of a department form as the budget rules name and sum it. */
import type Decimal from 'decimal.js';
import type { AnalyzedForm, BookView } from '../../analyze';
import type { CellText, FundRowKey } from '../../model';
import { amountIn } from './amounts';

export const FUND_ROW_NAMES: Record<FundRowKey, string> = {
  'income.fiscal': '财政拨款',
  'income.other': '其他资金',
  'income.total': '收入合计',
  'expense.basic': '基本支出',
  'expense.project': '项目支出',
  'expense.total': '支出合计',
};

type Column = 'current' | 'prior';
export const COLUMNS: readonly Column[] = ['current', 'prior'];
export const COLUMN_NAMES: Record<Column, string> = { current: '本年（C）', prior: '上年（D）' };

/** The 项目支出 (C) cell of a department form and its amount. */
export function projectExpense(form: AnalyzedForm): { cell: CellText; amount: Decimal } | null {
  if (form.form.kind !== 'department') return null;
  const cell = form.form.funds?.rows['expense.project']?.current;
  if (!cell) return null;
  const amount = amountIn(form, cell);
  return amount === null ? null : { cell, amount };
}

/** The project forms of a workbook for a department form's year (forms of no year count). */
export function projectsOfYear(book: BookView, year: number | null): AnalyzedForm[] {
  return book.forms.filter(
    (f) =>
      f.form.kind === 'project' && (year === null || f.form.year === null || f.form.year === year),
  );
}

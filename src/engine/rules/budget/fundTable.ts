/** The fund table of a department form as the budget rules name and sum it. */
import Decimal from 'decimal.js';
import type { AnalyzedDepartmentForm, AnalyzedForm, BookView } from '../../analyze';
import type { CellText, FundRowKey } from '../../model';
import type { Report, ReportOnForm } from '../rule';
import { agrees, amountIn, fmt, isBlankCell, sumIn } from './amounts';

export const FUND_ROW_NAMES: Record<FundRowKey, string> = {
  'income.fiscal': '财政拨款',
  'income.other': '其他资金',
  'income.total': '收入合计',
  'expense.basic': '基本支出',
  'expense.project': '项目支出',
  'expense.total': '支出合计',
};

export type Column = 'current' | 'prior';
export const COLUMNS: readonly Column[] = ['current', 'prior'];
export const COLUMN_NAMES: Record<Column, string> = { current: '本年（C）', prior: '上年（D）' };

/** The message of a fund-table sum that does not add up (budget.income-sum, budget.expense-sum). */
export const FUND_SUM_MESSAGE = '{column}列{total}应为 {sum}（{terms}），表中为 {written}';

/** Checks parts against a total in each column of the fund table. */
export function checkFundSum(
  form: AnalyzedDepartmentForm,
  report: ReportOnForm<Report<{ wrongSum: typeof FUND_SUM_MESSAGE }>>,
  parts: FundRowKey[],
  total: FundRowKey,
): void {
  const rows = form.form.funds?.rows;
  const totalRow = rows?.[total];
  if (!rows || !totalRow) return;
  for (const column of COLUMNS) {
    const totalCell = totalRow[column];
    if (!totalCell) continue;
    const partCells = parts.map((key) => rows[key]?.[column]);
    if (partCells.every(isBlankCell) && isBlankCell(totalCell)) continue;
    const sum = sumIn(form, partCells);
    const written = amountIn(form, totalCell);
    if (sum === null || written === null || agrees(form, sum, written)) continue;
    const terms = parts.map(
      (key, i) => `${FUND_ROW_NAMES[key]} ${fmt(amountIn(form, partCells[i]) ?? new Decimal(0))}`,
    );
    report({
      at: totalCell,
      messageId: 'wrongSum',
      data: {
        column: COLUMN_NAMES[column],
        total: FUND_ROW_NAMES[total],
        sum: fmt(sum),
        terms: terms.join(' + '),
        written: fmt(written),
      },
      suggestion: fmt(sum),
    });
  }
}

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

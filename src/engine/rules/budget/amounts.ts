/** Amount cells as the budget rules read them: blank is 0, text is not a number. */
import Decimal from 'decimal.js';
import type { AnalyzedForm } from '../../analyze';
import type { CellText } from '../../model';
import { formatAmount, readAmount, readHeadCount, type AmountReading } from '../../parse/amounts';

/** The amount in the form's money unit; 0 for a blank or absent cell; null when it is no number. */
export function amountIn(form: AnalyzedForm, cell: CellText | null | undefined): Decimal | null {
  return cell ? figure(readAmount(cell.raw, form.moneyUnit)) : new Decimal(0);
}

/** A head count of the staff block ("15人" included); 0 for blank; null when it is no number. */
export function headCountIn(cell: CellText): Decimal | null {
  return figure(readHeadCount(cell.raw));
}

function figure(reading: AmountReading): Decimal | null {
  if (reading.kind === 'not-numeric') return null;
  return reading.kind === 'blank' ? new Decimal(0) : reading.value;
}

/** Equal within the profile's rounding tolerance. */
export function agrees(form: AnalyzedForm, a: Decimal, b: Decimal): boolean {
  return a.minus(b).abs().lte(form.tolerance);
}

export const fmt = formatAmount;

/** Sums amount cells; null if any of them is no number (budget.not-numeric reports it). */
export function sumIn(form: AnalyzedForm, cells: (CellText | null | undefined)[]): Decimal | null {
  let total = new Decimal(0);
  for (const cell of cells) {
    const value = amountIn(form, cell);
    if (value === null) return null;
    total = total.plus(value);
  }
  return total;
}

export function isBlankCell(cell: CellText | null | undefined): boolean {
  return !cell || cell.text === '';
}

/** Money amounts in fund tables and funding fields, in decimal arithmetic. */
import Decimal from 'decimal.js';
import type { CellValue } from '../grid';
import type { MoneyUnit } from '../profiles/types';
import { cellText, toHalfWidth } from '../text';
import { isMoneyUnit, normalizeUnit, YUAN_PER_UNIT } from './units';

export type AmountReading =
  { kind: 'blank' } | { kind: 'amount'; value: Decimal } | { kind: 'not-numeric'; text: string };

const AMOUNT =
  /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*(万元|千元|亿元|元|万|亿|千)?$/;

export function convertMoney(value: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  if (from === to) return value;
  return value.mul(YUAN_PER_UNIT[from]).div(YUAN_PER_UNIT[to]);
}

/**
 * Reads an amount cell in the form's money unit: 266, "266万" (266 万元), "2,000,000.00元".
 * A blank cell is blank (counted as 0 in sums, rules.md); anything else not a number is reported.
 */
export function readAmount(raw: CellValue, formUnit: MoneyUnit): AmountReading {
  if (typeof raw === 'number') return { kind: 'amount', value: new Decimal(raw) };
  const text = cellText(raw);
  if (text === '') return { kind: 'blank' };
  const match = matchAmount(text);
  if (!match) return { kind: 'not-numeric', text };
  const value = new Decimal(match[1].replace(/,/g, ''));
  const unit = match[2] ? normalizeUnit(match[2]) : formUnit;
  return { kind: 'amount', value: isMoneyUnit(unit) ? convertMoney(value, unit, formUnit) : value };
}

/** A note in brackets after an amount explains it: "854万(农田建设400万元,…)" is 854 万元. */
const TRAILING_NOTE = /\([^()]*\)$/;

function matchAmount(text: string): RegExpExecArray | null {
  const compact = toHalfWidth(text).replace(/\s+/g, '');
  return AMOUNT.exec(compact) ?? AMOUNT.exec(compact.replace(TRAILING_NOTE, ''));
}

/** False where readAmount finds no number: the check alone, no Decimal built. */
export function isAmountOrBlank(raw: CellValue): boolean {
  if (typeof raw === 'number') return true;
  const text = cellText(raw);
  return text === '' || matchAmount(text) !== null;
}

const HEAD_COUNT = /^(\d+(?:\.\d+)?)(人|名)?$/;

/** A head count of the staff block: 15, "15人", "4 名" (people are counted, not priced). */
export function readHeadCount(raw: CellValue): AmountReading {
  if (typeof raw === 'number') return { kind: 'amount', value: new Decimal(raw) };
  const text = cellText(raw);
  if (text === '') return { kind: 'blank' };
  const match = HEAD_COUNT.exec(toHalfWidth(text).replace(/\s+/g, ''));
  return match ? { kind: 'amount', value: new Decimal(match[1]) } : { kind: 'not-numeric', text };
}

/** Plain figure for messages: 10.64, -58, 489.98 (no exponent, no trailing zeros). */
export function formatAmount(value: Decimal): string {
  return value.toDecimalPlaces(6).toFixed();
}

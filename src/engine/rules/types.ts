/** What a rule is and what it sees: ESLint-like units over the analysed forms. */
import type Decimal from 'decimal.js';
import type { Severity } from '../findings';
import {
  rowCell,
  type CellPos,
  type FormModel,
  type IndicatorRow,
  type IndicatorTable,
  type RowCellRole,
} from '../model';
import type { RowLevels } from '../hierarchy';
import type { OperatorReading } from '../parse/operators';
import type { ParsedValue } from '../parse/values';
import type { MoneyUnit, Profile } from '../profiles/types';

/** One indicator row with everything the rules ask of it worked out once. */
export interface AnalyzedRow {
  source: IndicatorRow;
  table: IndicatorTable;
  levels: RowLevels;
  /** The 计算符号 cell's reading: null where it is unknown, empty or there is no such column. */
  operatorCellReading: OperatorReading | null;
  /** The operator in force: the column's, or the one inside the value. */
  operator: OperatorReading | null;
  value: ParsedValue;
  /** The unit in force (unit column, else inside the value), normalised. */
  unit: string | null;
  /** Has a 三级 name and is not marked 不适用. */
  filled: boolean;
  quantitative: boolean;
}

export interface AnalyzedForm {
  form: FormModel;
  profile: Profile;
  /** 'embedded', 'forced' (--profile) or 'best-fit'. */
  profileSource: 'embedded' | 'forced' | 'best-fit';
  moneyUnit: MoneyUnit;
  /** The profile's rounding tolerance in the form's money unit. */
  tolerance: Decimal;
  /**
   * A project's 年度资金总额 in the form's money unit; null where the form has no such field,
   * leaves it blank or writes no number there (and for a department form).
   */
  funding: Decimal | null;
  rows: AnalyzedRow[];
  /** The rows of each indicator table that has any, in table order (rules judge tables apart). */
  rowsByTable: Map<IndicatorTable, AnalyzedRow[]>;
  /** Index of the book (file) of the run this form belongs to. */
  book: number;
  /** The file or workbook label, for messages that compare books. */
  bookLabel: string;
}

export interface BookView {
  index: number;
  label: string;
  forms: AnalyzedForm[];
  /** Sheets with content that hold no form. */
  unrecognizedSheets: string[];
}

export type Report = (at: CellPos, message: string, suggestion?: string) => void;
export type ReportOn = (
  form: AnalyzedForm,
  at: CellPos,
  message: string,
  suggestion?: string,
) => void;
export type ReportOnSheet = (sheet: string, at: CellPos, message: string) => void;

export interface Rule {
  id: string;
  severity: Severity;
  /** What the rule checks, in Chinese (listed by `perf-forms rules` and the pane). */
  description: string;
  checkForm?(form: AnalyzedForm, report: Report): void;
  checkBook?(book: BookView, report: ReportOn, reportSheet: ReportOnSheet): void;
  checkRun?(books: BookView[], report: ReportOn): void;
}

/**
 * Where a finding about a row's cell points. 计算符号: the filled operator cell, else the value
 * cell (the operator was written inside the value, or not at all); 单位: the unit cell, else the
 * value cell where the table has no unit column.
 */
export function cellOf(row: AnalyzedRow, role: RowCellRole): CellPos {
  if (role === 'operator' && !row.source.operator) role = 'value';
  return rowCell(row.table, row.source, role);
}

export function defineRules(rules: Rule[]): Rule[] {
  return rules;
}

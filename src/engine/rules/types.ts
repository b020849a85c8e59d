/** What a rule is and what it sees: ESLint-like units over the analysed forms. */
import type Decimal from 'decimal.js';
import type { Severity } from '../findings';
import type { CellPos, CellText, FormModel, IndicatorRow, IndicatorTable } from '../model';
import type { OperatorReading } from '../parse/operators';
import type { ParsedValue } from '../parse/values';
import type { Level1Node, MoneyUnit, Profile } from '../profiles/types';

/** One indicator row with everything the rules ask of it worked out once. */
export interface AnalyzedRow {
  source: IndicatorRow;
  table: IndicatorTable;
  level1: Level1Node | null;
  /** The profile's 二级 places that match the written 二级 name. */
  level2Places: { parent: Level1Node; name: string }[];
  /** The operator cell where it is filled: null where it is empty or there is no column. */
  operatorCell: CellText | null;
  /** That cell's reading: null where it is unknown (or there is no such cell). */
  operatorCellReading: OperatorReading | null;
  /** The operator in force: the column's, or the one inside the value. */
  operator: OperatorReading | null;
  value: ParsedValue;
  /** The unit in force (unit column, else inside the value), normalised. */
  unit: string | null;
  /** Where a unit finding points: the unit cell, or the value cell where there is no unit column. */
  unitCell: CellText;
  /** Has a 三级 name and is not marked 不适用. */
  filled: boolean;
  quantitative: boolean;
  isCost: boolean;
}

export interface AnalyzedForm {
  form: FormModel;
  profile: Profile;
  /** 'embedded', 'forced' (--profile) or 'best-fit'. */
  profileSource: 'embedded' | 'forced' | 'best-fit';
  moneyUnit: MoneyUnit;
  /** The profile's rounding tolerance in the form's money unit. */
  tolerance: Decimal;
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

export function defineRules(rules: Rule[]): Rule[] {
  return rules;
}

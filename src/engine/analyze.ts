/** Works out, once per form, what every rule asks of its indicator rows. */
import Decimal from 'decimal.js';
import { hierarchyOf, type HierarchyIndex, type RowLevels } from './hierarchy';
import type { DepartmentForm, FormModel, IndicatorRow, IndicatorTable, ProjectForm } from './model';
import { convertMoney, readAmount } from './parse/amounts';
import { readOperator, type OperatorReading } from './parse/operators';
import { normalizeUnit, unitInName } from './parse/units';
import { isQuantitative, parseValue, type ParsedValue } from './parse/values';
import type { MoneyUnit, Profile } from './profiles/types';

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

/** A form with its profile and rows analysed; `F` narrows it to one kind. */
export interface AnalyzedForm<F extends FormModel = FormModel> {
  form: F;
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

export type AnalyzedProjectForm = AnalyzedForm<ProjectForm>;
export type AnalyzedDepartmentForm = AnalyzedForm<DepartmentForm>;

export function isProjectForm(form: AnalyzedForm): form is AnalyzedProjectForm {
  return form.form.kind === 'project';
}

export function isDepartmentForm(form: AnalyzedForm): form is AnalyzedDepartmentForm {
  return form.form.kind === 'department';
}

/** The analysed forms of one workbook, as the book and run hooks of the rules see them. */
export interface BookView {
  index: number;
  label: string;
  forms: AnalyzedForm[];
  /** Sheets with content that hold no form. */
  unrecognizedSheets: string[];
}

const NOT_APPLICABLE_NAMES = new Set(['不适用', '无']);

function analyzeRow(
  row: IndicatorRow,
  table: IndicatorTable,
  hierarchy: HierarchyIndex,
  /** The row above: where it names the same 一级/二级, their reading is taken from it. */
  previous?: AnalyzedRow,
): AnalyzedRow {
  const value = parseValue(row.valueRaw);
  const operatorCellReading = row.operator ? readOperator(row.operator) : null;
  const operator = row.operator ? operatorCellReading : value.inline;
  const columnUnit = row.unit ? normalizeUnit(row.unit) : null;
  const sameLevels =
    previous !== undefined &&
    previous.source.level1.text === row.level1.text &&
    previous.source.level2.text === row.level2.text;
  const notApplicable = value.kind === 'not-applicable' || NOT_APPLICABLE_NAMES.has(row.level3);
  // A deadline is measurable even where the form calls it 定性 (时效 rows often do).
  const quantitative =
    value.kind === 'deadline' ||
    (operator ? operator.operator !== '定性' && value.kind !== 'text' : isQuantitative(value));
  return {
    source: row,
    table,
    levels: sameLevels ? previous.levels : hierarchy.levels(row.level1.text, row.level2.text),
    operatorCellReading,
    operator,
    value,
    // Some places write the unit into the name ("发放人数（人）") and leave the value bare.
    unit: columnUnit ?? value.unit ?? (value.kind === 'number' ? unitInName(row.level3) : null),
    filled: row.level3 !== '' && !notApplicable,
    quantitative,
  };
}

export function analyzeForm(
  form: FormModel,
  profile: Profile,
  profileSource: AnalyzedForm['profileSource'],
  book: number,
  bookLabel: string,
): AnalyzedForm {
  const moneyUnit = form.moneyUnit ?? profile.moneyUnit;
  const rows: AnalyzedRow[] = [];
  const rowsByTable = new Map<IndicatorTable, AnalyzedRow[]>();
  const hierarchy = hierarchyOf(profile);
  let previous: AnalyzedRow | undefined;
  for (const table of form.tables) {
    const first = rows.length;
    for (const row of table.rows)
      rows.push((previous = analyzeRow(row, table, hierarchy, previous)));
    if (rows.length > first) rowsByTable.set(table, rows.slice(first));
  }
  return {
    form,
    profile,
    profileSource,
    moneyUnit,
    tolerance: toleranceOf(profile, moneyUnit),
    funding: form.kind === 'project' ? fundingOf(form, moneyUnit) : null,
    rows,
    rowsByTable,
    book,
    bookLabel,
  };
}

/**
 * Each profile's tolerance by money unit: the forms of a package share a few, and a Decimal is
 * immutable, so one serves them all.
 */
const tolerances = new WeakMap<Profile, Partial<Record<MoneyUnit, Decimal>>>();

function toleranceOf(profile: Profile, unit: MoneyUnit): Decimal {
  let byUnit = tolerances.get(profile);
  if (!byUnit) tolerances.set(profile, (byUnit = {}));
  return (byUnit[unit] ??= convertMoney(new Decimal(profile.tolerance), profile.moneyUnit, unit));
}

function fundingOf(form: ProjectForm, moneyUnit: MoneyUnit): Decimal | null {
  const cell = form.fields['年度资金总额']?.value;
  if (!cell || cell.text === '') return null;
  const reading = readAmount(cell.raw, moneyUnit);
  return reading.kind === 'amount' ? reading.value : null;
}

/**
 * How badly each profile fits a form: the hierarchy findings it would make (unknown 一级/二级,
 * misplaced 二级, a required 一级 with no row), one count per profile. The rows are walked once
 * for all the profiles.
 */
export function hierarchyMisfits(form: FormModel, profiles: readonly Profile[]): number[] {
  const misfits = profiles.map(() => 0);
  const hierarchies = profiles.map(hierarchyOf);
  const present = profiles.map(() => new Set<string>());
  for (const table of form.tables) {
    const rows = table.rows;
    // Rows under one merged or inherited 一级/二级 repeat its names: judge each run of them once.
    for (let start = 0; start < rows.length;) {
      const { level1, level2 } = rows[start];
      let end = start + 1;
      // The rows of one cell share its object: no text compared.
      while (end < rows.length && rows[end].level1 === level1 && rows[end].level2 === level2) end++;
      for (let i = 0; i < profiles.length; i++) {
        const levels = hierarchies[i].levels(level1.text, level2.text);
        misfits[i] += (end - start) * levels.misfits;
        if (levels.level1) present[i].add(levels.level1.name);
      }
      start = end;
    }
  }
  const levelled = form.tables.some((table) => table.levels);
  for (let i = 0; i < profiles.length; i++) {
    if (!levelled) continue;
    for (const required of profiles[i].requiredLevel1) if (!present[i].has(required)) misfits[i]++;
  }
  return misfits;
}

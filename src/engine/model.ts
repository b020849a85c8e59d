/**
 * The form model: what the reader makes of a sheet, in the terms of the printed forms.
 * Values stay as the cells hold them (raw); the rules parse them, so that a rule can
 * report exactly what was written.
 */
import type { CellValue } from './grid';
import type { FormKind, MoneyUnit } from './profiles/types';

/** A cell of the sheet the form is on, zero-based. */
export interface CellPos {
  row: number;
  col: number;
}

/** A cell with its content: the raw value and its text, trimmed. */
export interface CellText extends CellPos {
  raw: CellValue;
  text: string;
}

/** A labelled header field: the label cell and the value cell beside or below it. */
export interface HeaderField {
  label: CellText;
  value: CellText;
}

export type ProjectFieldKey =
  | '项目名称'
  | '项目编码'
  | '主管部门'
  | '实施单位'
  | '项目类型'
  | '资金性质'
  | '年度资金总额'
  | '财政拨款'
  | '其他资金'
  | '立项依据'
  | '中期绩效目标'
  | '年度绩效目标'
  | '填报人'
  | '联系电话'
  | '填报日期';

export type DepartmentFieldKey =
  '部门名称' | '主管部门' | '填报人' | '联系电话' | '部门职能概述' | '年度整体绩效总目标';

/** The cells of an indicator row that are the row's own (一级/二级 may be shared with rows above). */
export type RowCellRole = 'level3' | 'operator' | 'value' | 'unit';

/**
 * One 三级 indicator row. 一级/二级 are inherited from the nearest filled cell above. The row's
 * own cells are kept as their texts, not as cell objects: a package has thousands of rows and
 * the rules read texts; where a cell is, `rowCell` works out when a finding needs it.
 */
export interface IndicatorRow {
  row: number;
  level1: CellText;
  level2: CellText;
  /** What the 三级 cell shows, trimmed ('' where blank). */
  level3: string;
  /** The 计算符号 text; null where the table has no such column (the operator is inside the value). */
  operator: string | null;
  /**
   * The 指标值 text, and the value behind it for the value grammar: a number stays a number;
   * null where the cell shows nothing; the owner's value where the cell lies in a merged area.
   */
  value: string;
  valueRaw: CellValue;
  /** The 计量单位 text; null where the table has no such column. */
  unit: string | null;
  /**
   * The owner cell of each of the row's cells that lies in a merged area started elsewhere
   * (above, or to the left); null for the common row whose cells are all its own.
   */
  mergedFrom: Partial<Record<RowCellRole, CellPos>> | null;
}

/** The columns of an indicator table's own cells; null where the table has no such column. */
export interface IndicatorColumns {
  level3: number;
  operator: number | null;
  value: number;
  unit: number | null;
}

export interface IndicatorTable {
  /** The caption above the table where there is one (长期绩效目标表, 年度绩效指标…). */
  caption: string | null;
  /** True for a 长期/中期 table: its targets span years, so annual budget rules skip it. */
  longTerm: boolean;
  headerRow: number;
  /**
   * False for a flat list of indicators without 一级/二级 columns (some places print their
   * tables so): its hierarchy cannot be judged, only its rows.
   */
  levels: boolean;
  /** The columns the table spans, from its header's first label to its last. */
  firstCol: number;
  lastCol: number;
  columns: IndicatorColumns;
  rows: IndicatorRow[];
}

/**
 * Where a row's 三级/计算符号/指标值/单位 cell is: the owner of the merged area it lies in, or the
 * cell itself. A table without a 计算符号 or 单位 column has the value cell answer for it.
 */
export function rowCell(table: IndicatorTable, row: IndicatorRow, role: RowCellRole): CellPos {
  const merged = row.mergedFrom?.[role];
  if (merged) return merged;
  const col = table.columns[role];
  return col === null ? rowCell(table, row, 'value') : { row: row.row, col };
}

export interface FormBase {
  sheet: string;
  /** The title cell (项目支出绩效目标申报表…). */
  title: CellText;
  year: number | null;
  /** The cell that printed the year (the （YYYY年度） line or the title). */
  yearCell: CellText | null;
  /** The money unit the form states ("金额单位：万元", "（万元）"), else the profile's. */
  moneyUnit: MoneyUnit | null;
  tables: IndicatorTable[];
  /** First and last row of the form on its sheet. */
  top: number;
  bottom: number;
  /**
   * Rows that look like the head of an indicator table (two or more column labels: 三级指标,
   * 指标值 …) but head none the reader could read, one cell each: what lies under them is not
   * read, so no rule may count it as missing. Absent where there are none.
   */
  unplaced?: CellText[];
}

export interface ProjectForm extends FormBase {
  kind: 'project';
  fields: Partial<Record<ProjectFieldKey, HeaderField>>;
}

export type FundRowKey =
  | 'income.fiscal'
  | 'income.other'
  | 'income.total'
  | 'expense.basic'
  | 'expense.project'
  | 'expense.total';

export interface FundRow {
  key: FundRowKey;
  label: CellText;
  /** 本年 (C), 上年 (D) and the change (C−D). */
  current: CellText | null;
  prior: CellText | null;
  change: CellText | null;
}

export interface FundTable {
  /** Column headers as printed, with the year each names (null when it names none). */
  currentHeader: CellText & { year: number | null };
  priorHeader: (CellText & { year: number | null }) | null;
  changeHeader: CellText | null;
  rows: Partial<Record<FundRowKey, FundRow>>;
}

export interface StaffBlock {
  total: CellText;
  onRoll: CellText; // 在职在编人员（A）
  offRoll: CellText; // 在职无编人员（B）
}

export interface TaskRow {
  name: CellText;
  total: CellText | null;
  fiscal: CellText | null;
  other: CellText | null;
}

export interface TaskTable {
  rows: TaskRow[];
  /** The 金额合计 row, if the table has one. */
  sum: TaskRow | null;
}

export interface DepartmentForm extends FormBase {
  kind: 'department';
  fields: Partial<Record<DepartmentFieldKey, HeaderField>>;
  funds: FundTable | null;
  staff: StaffBlock | null;
  tasks: TaskTable | null;
}

export type FormModel = ProjectForm | DepartmentForm;

export function formName(form: FormModel): string {
  const field = form.kind === 'project' ? form.fields['项目名称'] : form.fields['部门名称'];
  return field?.value.text ?? '';
}

/** The annual target of a form: its label as the form kind prints it, and the field where there is one. */
export function targetField(form: FormModel): { label: string; field: HeaderField | undefined } {
  return form.kind === 'project'
    ? { label: '年度绩效目标', field: form.fields['年度绩效目标'] }
    : { label: '年度整体绩效总目标', field: form.fields['年度整体绩效总目标'] };
}

export type { FormKind };

/** What a report calls each kind of form (the CLI's table, the reviewer summary). */
export const FORM_KIND_LABEL: Record<FormKind, string> = {
  project: '项目支出',
  department: '部门整体',
};

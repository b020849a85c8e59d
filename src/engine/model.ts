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

/** One 三级 indicator row. 一级/二级 are inherited from the nearest filled cell above. */
export interface IndicatorRow {
  row: number;
  level1: CellText;
  level2: CellText;
  level3: CellText;
  /** Null where the table has no 计算符号 column (the operator is inside the value). */
  operator: CellText | null;
  value: CellText;
  /** Null where the table has no 计量单位 column. */
  unit: CellText | null;
}

export interface IndicatorTable {
  /** The caption above the table where there is one (长期绩效目标表, 年度绩效指标…). */
  caption: string | null;
  /** True for a 长期/中期 table: its targets span years, so annual budget rules skip it. */
  longTerm: boolean;
  headerRow: number;
  rows: IndicatorRow[];
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

export type { FormKind };

/** The labels of forms.md: any of them names the field or column. Matched after squash(). */
import type { DepartmentFieldKey, ProjectFieldKey } from '../model';
import type { MoneyUnit } from '../profiles/types';
import { memoizeShortText, squash } from '../text';

export const PROJECT_FIELD_LABELS: Record<ProjectFieldKey, readonly string[]> = {
  项目名称: ['项目名称'],
  项目编码: ['项目编码', '项目代码'],
  主管部门: ['主管部门', '部门名称', '单位名称'],
  实施单位: ['实施单位', '项目单位'],
  项目类型: ['项目类型'],
  资金性质: ['资金性质'],
  年度资金总额: ['年度资金总额', '项目预算', '项目资金', '预算金额', '预算数'],
  财政拨款: ['财政拨款', '其中:财政拨款'],
  其他资金: ['其他资金', '其中:其他资金'],
  立项依据: ['立项依据'],
  中期绩效目标: ['中期绩效目标', '长期绩效目标', '长期绩效目标1'],
  年度绩效目标: ['年度绩效目标', '年度绩效目标1', '年度目标'],
  填报人: ['填报人'],
  联系电话: ['联系电话'],
  填报日期: ['填报日期'],
};

export const DEPARTMENT_FIELD_LABELS: Record<DepartmentFieldKey, readonly string[]> = {
  部门名称: ['部门名称', '部门(单位)名称', '汇总部门名称', '单位名称'],
  主管部门: ['主管部门'],
  填报人: ['填报人'],
  联系电话: ['联系电话'],
  部门职能概述: ['部门职能概述'],
  年度整体绩效总目标: ['年度整体绩效总目标', '年度总体目标', '年度整体绩效目标'],
};

export type IndicatorColumn =
  | 'goal'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'operator'
  | 'value'
  | 'unit'
  | 'basis'
  | 'explanation'
  | 'remark';

export const INDICATOR_COLUMN_LABELS: Record<IndicatorColumn, readonly string[]> = {
  goal: ['目标名称'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标'],
  operator: ['计算符号', '符号'],
  value: ['指标值', '目标值', '年初目标值'],
  unit: ['计量单位', '单位'],
  basis: ['指标值确定依据(计划标准、行业标准、历史标准、预算支出标准或其他标准)', '指标值确定依据'],
  explanation: ['指标值说明(选填)', '指标值说明'],
  remark: ['备注(选填)', '备注'],
};

/** Rows that end an indicator table: the footer of the form. */
const FOOTER_LABELS = [
  '填报人',
  '联系电话',
  '填报日期',
  '审核人',
  '单位负责人',
  '财务负责人',
  '填表人',
  '备注:',
  '说明:',
  '注:',
];
const FOOTER = new RegExp(`^(${FOOTER_LABELS.join('|')})`);

/** Longer than any label of forms.md, even spaced out: such a cell holds prose or a value. */
const MAX_LABEL_LENGTH = 60;
/** Titles are short; longer text that mentions a form is prose. */
const MAX_TITLE_LENGTH = 80;
const NO_LABEL = { label: '', unit: null };

/** Builds a squashed-label → key lookup. */
function labelLookup<K extends string>(labels: Record<K, readonly string[]>): Map<string, K> {
  const lookup = new Map<string, K>();
  for (const [key, names] of Object.entries(labels) as [K, readonly string[]][]) {
    for (const name of names) if (!lookup.has(squash(name))) lookup.set(squash(name), key);
  }
  return lookup;
}

/**
 * The first characters of labels, with 其 (其中：): a cell starting with none of them names
 * none of the labels (once squashed it starts with the same character, or an ASCII one),
 * so it needs no squash and no lookup. A flag per UTF-16 code: the reader asks of every text cell.
 */
function labelInitials(labels: Iterable<string>): Uint8Array {
  const initials = new Uint8Array(0x10000);
  initials['其'.charCodeAt(0)] = 1;
  for (const label of labels) initials[label.charCodeAt(0)] = 1;
  return initials;
}

/**
 * A label as printed may carry a money unit ("年度资金总额（万元）"), a "其中：" prefix or
 * a trailing colon: returns the bare label and the unit it states.
 */
export const splitLabel = memoizeShortText(
  (text: string): { label: string; unit: MoneyUnit | null } => {
    if (text.length > MAX_LABEL_LENGTH) return NO_LABEL; // prose, not a label: skip the squash
    let label = squash(text);
    let unit: MoneyUnit | null = null;
    const unitMatch = /\((元|千元|万元|亿元)\)$/.exec(label);
    if (unitMatch) {
      unit = unitMatch[1] as MoneyUnit;
      label = label.slice(0, -unitMatch[0].length);
    }
    return { label: label.replace(/^其中:/, '').replace(/:$/, ''), unit };
  },
);

/** Every form title names 绩效目标, spaced out or not ("项 目 支 出 绩 效 目 标 申 报 表"). */
const MAY_BE_TITLE = /绩\s*效\s*目\s*标/;

/** Form titles: 项目支出绩效目标申报表 / 批复 / 表, 部门（单位）整体支出绩效目标申报表 / 表. */
function titleKind(text: string): 'project' | 'department' | null {
  // Longer text that mentions a form is prose; a title names 绩效目标.
  if (text.length > MAX_TITLE_LENGTH || !MAY_BE_TITLE.test(text)) return null;
  const compact = squash(text);
  if (compact.length > 40) return null; // prose that mentions a form, not a title
  if (/项目支出绩效目标(申报表|批复表|批复|表)(\(\d{4}年度?\))?$/.test(compact)) return 'project';
  if (/整体支出绩效目标(申报表|批复表|批复|表)(\(\d{4}年度?\))?$/.test(compact))
    return 'department';
  return null;
}

export const PROJECT_LOOKUP = labelLookup(PROJECT_FIELD_LABELS);
export const DEPARTMENT_LOOKUP = labelLookup(DEPARTMENT_FIELD_LABELS);
export const COLUMN_LOOKUP = labelLookup(INDICATOR_COLUMN_LABELS);

/** What a cell's text is as a label: everything the reader asks of a label cell. */
export interface LabelReading {
  /** The cell's trimmed text. */
  text: string;
  /** The text squashed for matching; '' for a text too long to be a label (or only colons). */
  squashed: string;
  /** The bare label and the money unit it states (splitLabel). */
  label: string;
  unit: MoneyUnit | null;
  /** The indicator column it names, if any. */
  column: IndicatorColumn | undefined;
  /** True for a footer label (填报人, 审核人, 备注：…) at the start of the text. */
  footer: boolean;
  /** The kind of form it is the title of, if it is one. */
  title: 'project' | 'department' | null;
}

/** Worked out once per text: the same labels head every form of a package. */
export const readLabel = memoizeShortText((text: string): LabelReading => {
  const squashed = text.length <= MAX_LABEL_LENGTH ? squash(text) : '';
  const { label, unit } = splitLabel(text);
  return {
    text,
    squashed,
    label,
    unit,
    column: COLUMN_LOOKUP.get(squashed),
    footer: FOOTER.test(squashed),
    title: titleKind(text),
  };
});

const LABEL_INITIALS = labelInitials([
  ...PROJECT_LOOKUP.keys(),
  ...DEPARTMENT_LOOKUP.keys(),
  ...COLUMN_LOOKUP.keys(),
  ...FOOTER_LABELS,
]);

const JI = '绩'.charCodeAt(0);
const YUAN = '元'.charCodeAt(0);
/** "（元）" is the shortest text stating a money unit; a bare "万元" is a unit cell's value. */
const MIN_MONEY_UNIT_LENGTH = 3;

/**
 * True for a cell's trimmed text that may be a form title (it names 绩效目标, so it holds 绩),
 * a field or column label, a footer, or a money unit (it names 元); false for most values,
 * 效益指标 and 万元 among them. The reader asks this of every text cell: one pass over the
 * characters answers it.
 */
export function mayBeLabel(text: string): boolean {
  const length = text.length;
  if (length > MAX_TITLE_LENGTH) return false;
  const short = length <= MAX_LABEL_LENGTH;
  if (short && LABEL_INITIALS[text.charCodeAt(0)] === 1) return true;
  const moneyUnit = short && length >= MIN_MONEY_UNIT_LENGTH;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === JI || (code === YUAN && moneyUnit)) return true;
  }
  return false;
}

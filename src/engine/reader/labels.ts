/** The labels of docs/FORMS.md: any of them names the field or column. Matched after squash(). */
import type { DepartmentFieldKey, ProjectFieldKey } from '../model';
import type { MoneyUnit } from '../profiles/types';
import { memoizeShortText, squash } from '../text';

export const PROJECT_FIELD_LABELS: Record<ProjectFieldKey, readonly string[]> = {
  项目名称: ['项目名称', '项目全称', '专项(项目)名称', '专项名称', '资金名称', '专项资金名称'],
  项目编码: ['项目编码', '项目代码', '项目编号'],
  主管部门: [
    '主管部门',
    '部门名称',
    '单位名称',
    '主管部门及代码',
    '主管单位',
    '预算部门',
    '部门(单位)名称',
  ],
  实施单位: ['实施单位', '项目单位', '项目实施单位', '预算单位', '项目承担单位'],
  项目类型: ['项目类型', '项目类别', '项目属性'],
  资金性质: ['资金性质'],
  年度资金总额: [
    '年度资金总额',
    '项目预算',
    '项目资金',
    '预算金额',
    '预算数',
    '资金总额',
    '年度预算',
    '年度预算数',
    '年度资金',
    '项目总额',
    '项目金额',
    '资金金额',
    '预算资金',
    '当年预算',
  ],
  财政拨款: ['财政拨款', '财政资金', '财政拨款资金', '一般公共预算拨款', '本级财政资金'],
  其他资金: ['其他资金', '其他来源资金', '其它资金'],
  立项依据: ['立项依据'],
  中期绩效目标: ['中期绩效目标', '长期绩效目标', '长期绩效目标1', '中期目标', '长期目标'],
  年度绩效目标: [
    '年度绩效目标',
    '年度绩效目标1',
    '年度目标',
    '绩效目标',
    '年度总体目标',
    // Where a form prints one target only, it is the year's.
    '总体目标',
    '总体绩效目标',
    '项目年度绩效目标',
    '当年绩效目标',
  ],
  填报人: ['填报人', '填表人'],
  联系电话: ['联系电话'],
  填报日期: ['填报日期', '填表日期'],
};

export const DEPARTMENT_FIELD_LABELS: Record<DepartmentFieldKey, readonly string[]> = {
  部门名称: [
    '部门名称',
    '部门(单位)名称',
    '汇总部门名称',
    '单位名称',
    '预算部门',
    '预算单位',
    '部门(单位)',
    '单位(部门)名称',
  ],
  主管部门: ['主管部门'],
  填报人: ['填报人', '填表人'],
  联系电话: ['联系电话'],
  部门职能概述: ['部门职能概述', '部门职能', '部门职责', '职能职责', '主要职能', '部门主要职能'],
  年度整体绩效总目标: [
    '年度整体绩效总目标',
    '年度总体目标',
    '年度整体绩效目标',
    '年度绩效目标',
    '整体绩效目标',
    '部门整体绩效目标',
    '年度目标',
    '部门年度目标',
    '总体绩效目标',
  ],
};

export type IndicatorColumn =
  | 'goal'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'operator'
  | 'nature'
  | 'value'
  | 'unit'
  | 'basis'
  | 'explanation'
  | 'remark';

/**
 * Column labels as the seed forms print them, the first of each as the templates print it;
 * other wordings are matched by their shape.
 */
export const INDICATOR_COLUMN_LABELS: Record<IndicatorColumn, readonly string[]> = {
  goal: ['目标名称'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标'],
  operator: ['计算符号', '符号'],
  nature: ['指标性质'],
  value: ['指标值', '目标值', '年初目标值'],
  unit: ['计量单位', '单位'],
  basis: [
    '指标值确定依据（计划标准、行业标准、历史标准、预算支出标准或其他标准）',
    '指标值确定依据',
  ],
  explanation: ['指标值说明（选填）', '指标值说明'],
  remark: ['备注（选填）', '备注'],
};

/**
 * Column labels by their shape, for the wordings of other places (指标名称, 年度指标值,
 * 指标值(年度), 度量单位, 指标性质 …); tried in order on a bare label, after the lists.
 */
const INDICATOR_COLUMN_SHAPES: readonly [IndicatorColumn, RegExp][] = [
  ['level1', /^一级(指标)?(名称)?$/],
  ['level2', /^二级(指标)?(名称)?$/],
  ['level3', /^(三级(指标)?(名称|内容)?|(绩效)?指标(名称|内容)?|具体(绩效)?指标)$/],
  ['basis', /依据|确定方法|取值说明/],
  ['explanation', /说明|解释|计算公式/],
  ['nature', /^(指标值?(性质|属性|类型)|定量\/?定性|定性\/?定量)$/],
  [
    'value',
    /^(\d{4}年度?|年度|中期|长期|全年|预期|本年|当年|绩效)?(绩效)?(指标)?(指标|目标)值|^(预期|计划|标准)值$|^(\d{4}年度?|本年|当年|年度)?(预期|计划)(\d{4}年度?)?实现值$/,
  ],
  ['operator', /^((计算|运算|比较|指标值?)符号?|运算符|比较符|指标(值)?方向)$/],
  ['unit', /^(计量|度量|指标|计算)单位$/],
];

/** Rows that end an indicator table: the footer of the form, review opinions, signatures and seals. */
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
  '审核意见',
  '部门审核意见',
  '主管部门审核意见',
  '财政部门审核意见',
  '财政审核意见',
  '审批意见',
  '批复意见',
  '单位(盖章)',
  '填报单位(盖章)',
  '负责人',
  '经办人',
];
/** Footers by their shape: "主管部门（盖章）", "财政局意见", "XX审核意见". */
const FOOTER = new RegExp(
  `^(${FOOTER_LABELS.join('|')})|^[^,。;]{0,12}(审核|审批|批复)意见|盖章\\)?$|^签(字|章)`,
);

/** Longer than any label of docs/FORMS.md, even spaced out: such a cell holds prose or a value. */
const MAX_LABEL_LENGTH = 60;
/** Titles are short; longer text that mentions a form is prose. */
const MAX_TITLE_LENGTH = 80;
const NO_LABEL = { label: '', unit: null, unqualified: '' };

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
 * What may stand before a label: a required-field mark ("*项目名称", "★指标值") or list numbering
 * ("一、", "1.", "(一)").
 */
const LABEL_PREFIX =
  /^(?:[*★☆※]+|[一二三四五六七八九十]+、|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,2}\))/;
/** A trailing qualifier in brackets: "指标值(年度)", "项目名称(全称)", "三级指标(指标内容)". */
const TRAILING_QUALIFIER = /\([^()]{1,12}\)$/;

/**
 * A label as printed may carry a required-field mark or numbering, a money unit
 * ("年度资金总额（万元）"), a "其中：" prefix or a trailing colon: returns the bare label, the unit
 * it states, and the label without a trailing qualifier in brackets ('' where it has none).
 */
export const splitLabel = memoizeShortText(
  (text: string): { label: string; unit: MoneyUnit | null; unqualified: string } => {
    if (text.length > MAX_LABEL_LENGTH) return NO_LABEL; // prose, not a label: skip the squash
    let label = squash(text).replace(LABEL_PREFIX, '');
    let unit: MoneyUnit | null = null;
    const unitMatch = /\((元|千元|万元|亿元)\)$/.exec(label);
    if (unitMatch) {
      unit = unitMatch[1] as MoneyUnit;
      label = label.slice(0, -unitMatch[0].length);
    }
    label = label.replace(/^其中:?/, '').replace(/:$/, '');
    const qualifier = TRAILING_QUALIFIER.exec(label);
    return { label, unit, unqualified: qualifier ? label.slice(0, qualifier.index) : '' };
  },
);

/** Every form title names 绩效目标, spaced out or not ("项 目 支 出 绩 效 目 标 申 报 表"). */
const MAY_BE_TITLE = /绩\s*效\s*目\s*标/;
/** "附件2：", "附表3-1" before a title. */
const ATTACHMENT_PREFIX = /^附(件|表)[\d\-一二三四五六七八九十]*[:.、]?/;
/** A title ends by naming the form: …绩效目标(申报|批复|审核)表, …绩效目标批复, optionally a year. */
const TITLE_END =
  /绩效目标(申报|批复|审核|审批|申请|设置)?(表|书)(\(\d{4}年度?\)?|\([^()]{1,12}\))?$|绩效目标批复$/;
/** A table's caption names its period only: 长期绩效目标表, 年度绩效目标表 head tables, not forms. */
const CAPTION = /^(长期|中期|年度|本年度|当年|实施期)(绩效)?目标表$/;
/** Prose mentions forms too; titles carry no sentence punctuation. */
const SENTENCE_PUNCTUATION = /[,。;!?]/;

/**
 * Form titles of every place: 项目支出绩效目标申报表, 2023年度XX专项资金绩效目标表, 项目绩效目标批复表,
 * 部门（单位）整体支出绩效目标申报表, XX局部门整体绩效目标表. 整体 makes a department form, and so
 * does a 部门/单位 绩效目标表 that names no project or fund; any other title a project form.
 */
function titleKind(text: string): 'project' | 'department' | null {
  if (text.length > MAX_TITLE_LENGTH || !MAY_BE_TITLE.test(text)) return null;
  const compact = squash(text).replace(ATTACHMENT_PREFIX, '');
  if (compact.length > 50 || SENTENCE_PUNCTUATION.test(compact) || !TITLE_END.test(compact))
    return null;
  if (CAPTION.test(compact)) return null;
  if (/整体/.test(compact)) return 'department';
  if (/(部门|单位)(预算)?绩效目标/.test(compact) && !/项目|资金|专项/.test(compact))
    return 'department';
  return 'project';
}

/** The indicator column a bare label names: the seed wordings, else the shape of other places'. */
function indicatorColumnOf(label: string, unqualified: string): IndicatorColumn | undefined {
  const listed = COLUMN_LOOKUP.get(label) ?? COLUMN_LOOKUP.get(unqualified);
  if (listed || label === '') return listed;
  for (const candidate of unqualified === '' ? [label] : [label, unqualified]) {
    for (const [column, shape] of INDICATOR_COLUMN_SHAPES) if (shape.test(candidate)) return column;
  }
  return undefined;
}

/**
 * Header labels by their shape, for the wordings of other places (项目支出名称, 年度本级预算金额,
 * 实施期绩效目标, 本年度绩效目标 …); tried after the lists.
 */
/** A label of a money total: 项目预算资金, 年度预算资金总额, 中期预算资金总额, 2024年预算数 … */
const MONEY_TOTAL = /(预算金额|资金总额|预算总额|预算(申报)?数|预算资金|资金合计|年度预算)$/;
/** Money totals that are not the year's own (上级, 中期, 累计 …). */
const NOT_THE_YEARS = /上级|其他|其它|财政|中期|以前|累计|上年|去年/;

const PROJECT_FIELD_SHAPES: readonly [ProjectFieldKey, RegExp][] = [
  ['项目名称', /^(二级)?(项目|专项)(支出)?(名称|全称)$/],
  ['年度资金总额', new RegExp(`^(?!.*(${NOT_THE_YEARS.source})).*${MONEY_TOTAL.source}`)],
  ['财政拨款', /^(本级)?财政(拨款|资金)(资金)?(数|额|金额)$/],
  ['主管部门', /^(项目|业务)?主管(部门|单位)(名称)?$/],
  ['中期绩效目标', /^(实施期|中期|长期|项目期)(总体|绩效)*目标/],
  ['年度绩效目标', /^(本年度|当年|年度|本年)(主要|总体|绩效)*目标|^(总体|绩效)+目标(总体)?描述$/],
];
const DEPARTMENT_FIELD_SHAPES: readonly [DepartmentFieldKey, RegExp][] = [
  ['部门名称', /^(部门|单位)(\(单位\)|\(部门\))?(名称|全称)$/],
  ['部门职能概述', /^(部门|单位)?(主要)?(职能|职责)+(概述|概况|简介)?$/],
  ['年度整体绩效总目标', /^(本年度|当年|年度|本年)(整体|总体|绩效|总)*目标/],
];

/** Looks a header label up in the lists, then by its shape. */
function fieldLookup<K extends string>(
  lists: Record<K, readonly string[]>,
  shapes: readonly [K, RegExp][],
): (label: string) => K | undefined {
  const listed = labelLookup(lists);
  return memoizeShortText((label: string) => {
    const known = listed.get(label);
    if (known || label === '') return known;
    return shapes.find(([, shape]) => shape.test(label))?.[0];
  });
}

export const PROJECT_LOOKUP = fieldLookup(PROJECT_FIELD_LABELS, PROJECT_FIELD_SHAPES);
export const DEPARTMENT_LOOKUP = fieldLookup(DEPARTMENT_FIELD_LABELS, DEPARTMENT_FIELD_SHAPES);

/**
 * True for a label naming a money total of the project, the year's or another (中期预算资金总额):
 * a row 项目预算资金 | 中期预算资金总额 … | 年度预算资金总额 25 prints the parts of the first.
 */
export function namesMoneyTotal(text: string): boolean {
  const { label } = splitLabel(text);
  return MONEY_TOTAL.test(label) || PROJECT_LOOKUP(label) === '年度资金总额';
}
/** Every listed header label, for telling a label from a value. */
export const FIELD_LABELS: ReadonlySet<string> = new Set([
  ...labelLookup(PROJECT_FIELD_LABELS).keys(),
  ...labelLookup(DEPARTMENT_FIELD_LABELS).keys(),
]);
export const COLUMN_LOOKUP = labelLookup(INDICATOR_COLUMN_LABELS);

/** What a cell's text is as a label: everything the reader asks of a label cell. */
export interface LabelReading {
  /** The cell's trimmed text. */
  text: string;
  /** The text squashed for matching; '' for a text too long to be a label (or only colons). */
  squashed: string;
  /** The bare label, the money unit it states and the label without its qualifier (splitLabel). */
  label: string;
  unit: MoneyUnit | null;
  unqualified: string;
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
  const { label, unit, unqualified } = splitLabel(text);
  return {
    text,
    squashed,
    label,
    unit,
    unqualified,
    column: indicatorColumnOf(label, unqualified),
    footer: FOOTER.test(squashed),
    title: titleKind(text),
  };
});

/** How labels matched by their shape start, and the marks and numbering that may precede a label. */
const SHAPE_INITIALS = '一二三具年中长全预本当计运比定度标签业*★☆※(（1234567890';

const LABEL_INITIALS = labelInitials([
  ...FIELD_LABELS,
  ...COLUMN_LOOKUP.keys(),
  ...FOOTER_LABELS,
  ...SHAPE_INITIALS,
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

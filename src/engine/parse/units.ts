/** The unit catalog of docs/FORMS.md. */
import type { MoneyUnit } from '../profiles/types';
import { memoizeShortText } from '../text';

export type UnitKind = 'money' | 'percent' | 'count' | 'time' | 'measure' | 'score';

const CATALOG: Record<UnitKind, readonly string[]> = {
  money: ['元', '千元', '万元', '亿元'],
  percent: ['%'],
  count: [
    '个',
    '项',
    '次',
    '人',
    '人次',
    '名',
    '件',
    '条',
    '台',
    '套',
    '家',
    '户',
    '份',
    '场',
    '期',
    '批',
    '张',
    '篇',
    '册',
    '所',
    '座',
    '辆',
    '处',
    '类',
    '本',
    '场次',
    '家次',
    '户次',
    '个数',
    '万人',
    '万人次',
    '位',
    '间',
    '栋',
    '株',
    '棵',
    '头',
    '只',
    '块',
    '宗',
    '例',
    '起',
    '部',
    '门',
    '节',
    '课时',
    '学时',
    '班',
    '届',
    '车次',
    '辆次',
    '架次',
    '人日',
    '万册',
    '万件',
  ],
  time: ['天', '日', '工作日', '个工作日', '小时', '分钟', '周', '月', '个月', '季度', '年', '秒'],
  measure: [
    '吨',
    '万吨',
    '度',
    '千瓦时',
    '平方米',
    '万平方米',
    '平方公里',
    '公里',
    '千米',
    '米',
    '立方米',
    '万立方米',
    '亩',
    '万亩',
    '公顷',
    '千克',
    '个百分点',
  ],
  score: ['分'],
};

const KIND_OF_UNIT = new Map<string, UnitKind>();
for (const [kind, units] of Object.entries(CATALOG) as [UnitKind, readonly string[]][]) {
  for (const unit of units) KIND_OF_UNIT.set(unit, kind);
}

/** Every catalog unit, longest first, for the value grammar's unit suffix. */
export const CATALOG_UNITS: readonly string[] = [...KIND_OF_UNIT.keys()].sort(
  (a, b) => b.length - a.length,
);

/** "％" → "%", "万" → "万元" (a bare 万 after a number means 万元: "266万"), "㎡" → "平方米". */
export const normalizeUnit = memoizeShortText((unit) => {
  const trimmed = unit
    .replace(/[\s\u3000]+/g, '')
    .replace('％', '%')
    .replace('㎡', '平方米');
  if (trimmed === '万' || trimmed === '亿' || trimmed === '千') return `${trimmed}元`;
  return trimmed;
});

/** Other spellings of catalog units, for a suggestion: 百分比 → %. */
const STANDARD_SPELLING: Record<string, string> = {
  百分比: '%',
  百分率: '%',
  百分点: '个百分点',
  平米: '平方米',
  公斤: '千克',
  km: '公里',
  KM: '公里',
  m: '米',
  M: '米',
  人数: '人',
  次数: '次',
};

/** The catalog unit a nonstandard spelling stands for, if one does. */
export function standardUnit(unit: string): string | null {
  return STANDARD_SPELLING[normalizeUnit(unit)] ?? null;
}

/**
 * A unit's kind. A rate is measured in its numerator's kind: "元/亩" and "万元/人" are amounts of
 * money (unit costs), "次/年" a count.
 */
export function unitKind(unit: string, extraUnits: readonly string[] = []): UnitKind | null {
  const normalized = normalizeUnit(unit);
  const kind = KIND_OF_UNIT.get(normalized);
  if (kind) return kind;
  if (extraUnits.includes(normalized)) return 'count';
  const rate = /^([^/]+)\/([^/]{1,6})$/.exec(normalized);
  return rate ? (KIND_OF_UNIT.get(rate[1]) ?? null) : null;
}

/** A unit written at the end of an indicator's name: "发放人数（人）", "完成率(%)". */
export function unitInName(name: string): string | null {
  const match = /[(（]\s*([^()（）]{1,6}?)\s*[)）]$/.exec(name);
  return match && unitKind(match[1]) ? normalizeUnit(match[1]) : null;
}

/** One of the four money units (a unit cost such as 元/亩 is money, but no money unit). */
export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return KIND_OF_UNIT.get(normalizeUnit(unit)) === 'money';
}

/** How many 元 one unit of a money unit is: 万元 → 10000. */
export const YUAN_PER_UNIT: Record<MoneyUnit, number> = {
  元: 1,
  千元: 1000,
  万元: 10000,
  亿元: 100000000,
};

/** All catalog units in catalog order, for drop-down lists. */
export function catalogUnitList(): string[] {
  return Object.values(CATALOG).flat();
}

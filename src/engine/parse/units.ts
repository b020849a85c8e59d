/** The unit catalog of forms.md. */
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
  ],
  time: ['天', '日', '工作日', '小时', '分钟', '周', '月', '个月', '季度', '年'],
  measure: ['吨', '度', '千瓦时', '平方米', '公里', '米', '立方米', '亩', '公顷'],
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

/** "％" → "%", "万" → "万元" (a bare 万 after a number means 万元: "266万"). */
export const normalizeUnit = memoizeShortText((unit) => {
  const trimmed = unit.replace(/[\s\u3000]+/g, '').replace('％', '%');
  if (trimmed === '万' || trimmed === '亿' || trimmed === '千') return `${trimmed}元`;
  return trimmed;
});

export function unitKind(unit: string, extraUnits: readonly string[] = []): UnitKind | null {
  const normalized = normalizeUnit(unit);
  return KIND_OF_UNIT.get(normalized) ?? (extraUnits.includes(normalized) ? 'count' : null);
}

export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return unitKind(unit) === 'money';
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

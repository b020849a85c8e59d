/**
 * A bureau's own recommended 三级 indicators, per 二级 (the profile's `indicators` field). The
 * entry shape is shared with the built-in library (src/engine/indicators/library.ts).
 */
import { z } from 'zod';
import { profileField } from './field';
import { MAX_LEVEL3_LENGTH } from '../hierarchy';
import { CANONICAL_OPERATORS, type Operator } from '../parse/operators';
import { unitKind } from '../parse/units';

/** One recommended 三级 indicator: what fills a row's 三级, 计算符号 and 计量单位 cells. */
export const indicatorEntrySchema = z
  .object({
    name: z.string().trim().min(1).max(MAX_LEVEL3_LENGTH).meta({ title: '三级指标名称' }),
    operator: z.enum(CANONICAL_OPERATORS as [Operator, ...Operator[]]).meta({ title: '计算符号' }),
    /** '' for a 定性 indicator, whose value is a word. */
    unit: z.string().trim().meta({ title: '计量单位' }),
    note: z.string().trim().default('').meta({ title: '指标值怎样确定' }),
  })
  .strict();

export type IndicatorEntry = z.output<typeof indicatorEntrySchema>;

export const indicatorsField = profileField(
  z.record(z.string().trim().min(1), z.array(indicatorEntrySchema)).optional(),
  {
    title: '推荐三级指标',
    description:
      '本单位推荐的三级指标，按二级指标名称分组：每项写明名称、计算符号（≥ ≤ = > < 定性）、计量单位（定性指标留空）和指标值怎样确定；填表时排在内置指标库之前。',
  },
);

/**
 * The unit rules of one entry: a 定性 indicator has no unit, any other a unit of the catalog, a
 * rate of one (元/亩), or one of the profile's extra units. Null where it is right.
 */
export function entryUnitError(
  entry: IndicatorEntry,
  extraUnits: readonly string[],
): string | null {
  if (entry.operator === '定性')
    return entry.unit === '' ? null : `定性指标不填计量单位（写的是“${entry.unit}”）`;
  if (entry.unit === '') return '定量指标须填计量单位';
  return unitKind(entry.unit, extraUnits) ? null : `计量单位“${entry.unit}”不是认识的单位`;
}

/** The cross-field errors of the `indicators` field: its 二级 are the hierarchy's, its units known. */
export function indicatorListErrors(profile: {
  hierarchy: readonly { level2: readonly string[] }[];
  extraUnits: readonly string[];
  indicators?: Record<string, IndicatorEntry[]>;
}): string[] {
  const errors: string[] = [];
  const level2Names = new Set(profile.hierarchy.flatMap((node) => node.level2));
  for (const [level2, entries] of Object.entries(profile.indicators ?? {})) {
    const field = `字段 indicators.${level2}（推荐三级指标）`;
    if (!level2Names.has(level2))
      errors.push(`${field}：“${level2}”不是 hierarchy（指标体系）中的二级指标`);
    entries.forEach((entry, index) => {
      const unitError = entryUnitError(entry, profile.extraUnits);
      if (unitError) errors.push(`${field}[${index}]“${entry.name}”：${unitError}`);
    });
  }
  return errors;
}

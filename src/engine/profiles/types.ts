import type { Severity } from '../findings';

export type FormKind = 'project' | 'department';

export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

export interface Level1Node {
  name: string;
  level2: string[];
}

/**
 * A profile: the indicator hierarchy and settings a finance bureau checks forms against.
 * Every setting is filled in (defaults applied) once it has been validated.
 */
export interface Profile {
  id: string;
  name: string;
  form: FormKind;
  hierarchy: Level1Node[];
  /** 一级 names that must have at least one filled 三级 row. */
  requiredLevel1: string[];
  /** Minimum filled 三级 rows under each 一级 that appears (hierarchy.min-level3). */
  minLevel3PerLevel1: number;
  /** Minimum share (0..1) of quantitative rows among filled 产出 rows. */
  quantifiedShare: number;
  moneyUnit: MoneyUnit;
  /** Rounding tolerance in the money unit, as a decimal string ("0.01"). */
  tolerance: string;
  /** Units accepted besides the catalog of forms.md. */
  extraUnits: string[];
  /** Severity overrides by rule id. */
  severity: Record<string, Severity>;
  /** Template setting: blank 三级 rows laid out under each 二级. */
  level3RowsPerLevel2: number;
}

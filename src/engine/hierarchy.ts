/** Matching indicator names against a profile's 一级 → 二级 tree. Short and long names are one. */
import type { Level1Node, Profile } from './profiles/types';
import { memoizeShortText, squash } from './text';

/** 三级 names longer than this are refused by budget systems (hierarchy.name-too-long). */
export const MAX_LEVEL3_LENGTH = 100;

/**
 * 产出 = 产出指标, 社会效益 = 社会效益指标, 时效指标（工期指标） = 时效指标, 成本指标（0-20）分 =
 * 成本指标: compare names without the trailing 指标, without what brackets add and without the
 * score a scored form prints after them.
 */
export const indicatorKey = memoizeShortText((name) =>
  squash(name)
    .replace(/(\([\d.~\-—]+\)|\d+(\.\d+)?)分$/, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/指标$/, ''),
);

/** A written name this long that ends a profile's name is that name shortened at the front. */
const MIN_TAIL_LENGTH = 6;

/**
 * Exact match first; else the profile names that the written name is a short form of: their
 * start (产出 = 产出指标), or, for a longer name, their end where only one fits (服务对象满意度指标
 * = 社会公众或服务对象满意度指标).
 */
function pick<T>(candidates: T[], keyOf: (item: T) => string, name: string): T[] {
  const key = indicatorKey(name);
  if (key === '') return [];
  const exact = candidates.filter((item) => keyOf(item) === key);
  if (exact.length > 0) return exact;
  if (key.length < 2) return [];
  const heads = candidates.filter((item) => keyOf(item).startsWith(key));
  if (heads.length > 0 || key.length < MIN_TAIL_LENGTH) return heads;
  const tails = candidates.filter((item) => keyOf(item).endsWith(key));
  return tails.length === 1 ? tails : [];
}

export interface Level2Match {
  parent: Level1Node;
  name: string;
}

/**
 * What a row's written 一级/二级 names are in a profile. One object for every pair of names: a
 * package has thousands of rows under a few dozen such pairs.
 */
export interface RowLevels {
  /** The 一级 written; where none is, the one 一级 the written 二级 has in the profile. */
  level1: Level1Node | null;
  /** The profile's 二级 places that match the written 二级 name. */
  level2Places: Level2Match[];
  /**
   * The families of the names (the profile's where they match, else as written): a 成本 row
   * (成本指标 as 一级 or 二级), one under 产出指标, one under a 数量 二级.
   */
  isCost: boolean;
  isOutput: boolean;
  isQuantity: boolean;
  /** A 二级 the profile knows, written under a known 一级 that is not its own. */
  misplaced: boolean;
  /** The hierarchy findings the names make (unknown 一级/二级, misplaced 二级): 0 to 2. */
  misfits: number;
}

/**
 * A profile's answers for written 一级/二级 names, each pair worked out once: forms repeat the
 * same few names on every row. Got once per form (`hierarchyOf`), then asked per run of rows.
 */
export class HierarchyIndex {
  private readonly levelsByNames = new Map<string, Map<string, RowLevels>>();
  /** Every 二级 of the profile under its 一级. */
  private readonly level2Places: Level2Match[];
  /** The bureau's words for the hierarchy's names (profile aliases), by their key. */
  private readonly standardNames = new Map<string, string>();

  constructor(private readonly profile: Profile) {
    this.level2Places = profile.hierarchy.flatMap((parent) =>
      parent.level2.map((level2) => ({ parent, name: level2 })),
    );
    for (const [name, words] of Object.entries(profile.aliases?.indicators ?? {}))
      for (const word of words) this.standardNames.set(indicatorKey(word), name);
  }

  /** The hierarchy's name for a written one: its alias's name, else the name as written. */
  private standard(name: string): string {
    return this.standardNames.get(indicatorKey(name)) ?? name;
  }

  levels(level1Name: string, level2Name: string): RowLevels {
    let byLevel2 = this.levelsByNames.get(level1Name);
    if (!byLevel2) this.levelsByNames.set(level1Name, (byLevel2 = new Map()));
    let levels = byLevel2.get(level2Name);
    if (!levels) {
      const places = pick(
        this.level2Places,
        (match) => indicatorKey(match.name),
        this.standard(level2Name),
      );
      const level1s =
        level1Name === ''
          ? [...new Set(places.map((place) => place.parent))] // a 二级 printed without its 一级
          : pick(
              this.profile.hierarchy,
              (node) => indicatorKey(node.name),
              this.standard(level1Name),
            );
      const level1 = level1s.length === 1 ? level1s[0] : null; // exactly one must fit
      const level1Family = level1?.name ?? level1Name;
      const level2Family = places[0]?.name ?? level2Name;
      const misplaced =
        level1 !== null && places.length > 0 && !places.some((place) => place.parent === level1);
      const unknownLevel1 = level1Name !== '' && !level1;
      // No 二级 written is no finding; one the profile does not know is.
      const unknownLevel2 = level2Name !== '' && places.length === 0;
      levels = {
        level1,
        level2Places: places,
        // 成本指标 is a 一级 in mof-2021 and a 二级 of 产出 in older profiles.
        isCost: isFamily(level1Family, '成本') || isFamily(level2Family, '成本'),
        isOutput: isFamily(level1Family, '产出'),
        isQuantity: isFamily(level2Family, '数量'),
        misplaced,
        misfits: Number(unknownLevel1) + Number(unknownLevel2) + Number(misplaced),
      };
      byLevel2.set(level2Name, levels);
    }
    return levels;
  }
}

const indexes = new WeakMap<Profile, HierarchyIndex>();

export function hierarchyOf(profile: Profile): HierarchyIndex {
  let index = indexes.get(profile);
  if (!index) indexes.set(profile, (index = new HierarchyIndex(profile)));
  return index;
}

/** True when a name is of the family a stem names: 产出指标 / 产出, 成本指标 / 成本. */
function isFamily(name: string, stem: '产出' | '成本' | '数量'): boolean {
  return indicatorKey(name).startsWith(stem);
}

/**
 * True for a name that is a 二级 in one of the profiles and a 一级 in none (数量指标, 社会效益指标;
 * not 成本指标, a 一级 in mof-2021): a column of such names holds the 二级, whatever its label.
 */
export function isLevel2Only(name: string, profiles: readonly Profile[]): boolean {
  const isLevel1 = profiles.some(
    (profile) => pick(profile.hierarchy, (node) => indicatorKey(node.name), name).length > 0,
  );
  return (
    !isLevel1 &&
    profiles.some((profile) => hierarchyOf(profile).levels('', name).level2Places.length > 0)
  );
}

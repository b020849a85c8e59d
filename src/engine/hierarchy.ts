/** Matching indicator names against a profile's 一级 → 二级 tree. Short and long names are one. */
import type { Level1Node, Profile } from './profiles/types';
import { memoizeShortText, squash } from './text';

/** 三级 names longer than this are refused by budget systems (hierarchy.name-too-long). */
export const MAX_LEVEL3_LENGTH = 100;

/** 产出 = 产出指标, 社会效益 = 社会效益指标: compare names without the trailing 指标. */
export const indicatorKey = memoizeShortText((name) => squash(name).replace(/指标$/, ''));

/** Exact match first; else the one profile name that the written name is a short form of. */
function pick<T>(candidates: T[], keyOf: (item: T) => string, name: string): T[] {
  const key = indicatorKey(name);
  if (key === '') return [];
  const exact = candidates.filter((item) => keyOf(item) === key);
  if (exact.length > 0) return exact;
  if (key.length < 2) return [];
  return candidates.filter((item) => keyOf(item).startsWith(key));
}

export interface Level2Match {
  parent: Level1Node;
  name: string;
}

/**
 * A profile's answers for written 一级/二级 names, each worked out once: forms repeat the same
 * few names on every row. Got once per form (`hierarchyOf`), then asked per row.
 */
export class HierarchyIndex {
  private readonly level1Answers = new Map<string, Level1Node | null>();
  private readonly level2Answers = new Map<string, Level2Match[]>();

  constructor(readonly profile: Profile) {}

  /** The 一级 node a written name is, where exactly one fits. */
  level1(name: string): Level1Node | null {
    let answer = this.level1Answers.get(name);
    if (answer === undefined) {
      const matches = pick(this.profile.hierarchy, (node) => indicatorKey(node.name), name);
      this.level1Answers.set(name, (answer = matches.length === 1 ? matches[0] : null));
    }
    return answer;
  }

  /** Every place a 二级 name fits in the profile (normally one). */
  level2(name: string): Level2Match[] {
    let answer = this.level2Answers.get(name);
    if (answer === undefined) {
      const all: Level2Match[] = this.profile.hierarchy.flatMap((parent) =>
        parent.level2.map((level2) => ({ parent, name: level2 })),
      );
      this.level2Answers.set(name, (answer = pick(all, (match) => indicatorKey(match.name), name)));
    }
    return answer;
  }
}

const indexes = new WeakMap<Profile, HierarchyIndex>();

export function hierarchyOf(profile: Profile): HierarchyIndex {
  let index = indexes.get(profile);
  if (!index) indexes.set(profile, (index = new HierarchyIndex(profile)));
  return index;
}

/** True when a 一级 is of the family a stem names: 产出指标 / 产出, 成本指标 / 成本. */
export function isFamily(
  name: string | null | undefined,
  stem: '产出' | '效益' | '成本' | '满意度' | '数量',
): boolean {
  return name !== null && name !== undefined && indicatorKey(name).startsWith(stem);
}

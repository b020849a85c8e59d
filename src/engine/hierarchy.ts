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

/** A written 一级 name in a profile: its node where exactly one fits, and its family. */
interface Level1Answer {
  node: Level1Node | null;
  /** Of the 成本 / 产出 family (the node's name where it matches, else the name as written). */
  isCost: boolean;
  isOutput: boolean;
}

/** A written 二级 name in a profile: every place it fits (normally one), and its family. */
interface Level2Answer {
  places: Level2Match[];
  /** Of the 成本 / 数量 family (the first place's name where it fits, else as written). */
  isCost: boolean;
  isQuantity: boolean;
}

/**
 * A profile's answers for written 一级/二级 names, each worked out once: forms repeat the same
 * few names on every row. Got once per form (`hierarchyOf`), then asked per run of rows.
 */
export class HierarchyIndex {
  private readonly level1Answers = new Map<string, Level1Answer>();
  private readonly level2Answers = new Map<string, Level2Answer>();

  constructor(private readonly profile: Profile) {}

  level1(name: string): Level1Answer {
    let answer = this.level1Answers.get(name);
    if (answer === undefined) {
      const matches = pick(this.profile.hierarchy, (node) => indicatorKey(node.name), name);
      const node = matches.length === 1 ? matches[0] : null;
      const family = node?.name ?? name;
      answer = { node, isCost: isFamily(family, '成本'), isOutput: isFamily(family, '产出') };
      this.level1Answers.set(name, answer);
    }
    return answer;
  }

  level2(name: string): Level2Answer {
    let answer = this.level2Answers.get(name);
    if (answer === undefined) {
      const all: Level2Match[] = this.profile.hierarchy.flatMap((parent) =>
        parent.level2.map((level2) => ({ parent, name: level2 })),
      );
      const places = pick(all, (match) => indicatorKey(match.name), name);
      const family = places[0]?.name ?? name;
      answer = { places, isCost: isFamily(family, '成本'), isQuantity: isFamily(family, '数量') };
      this.level2Answers.set(name, answer);
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

/** True when a name is of the family a stem names: 产出指标 / 产出, 成本指标 / 成本. */
function isFamily(name: string, stem: '产出' | '成本' | '数量'): boolean {
  return indicatorKey(name).startsWith(stem);
}

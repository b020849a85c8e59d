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

/** Per profile, the answers already worked out: forms repeat the same few names on every row. */
const level1Cache = new WeakMap<Profile, Map<string, Level1Node | null>>();
const level2Cache = new WeakMap<Profile, Map<string, Level2Match[]>>();

/** One profile's answers (looked up in place, no closure per call: rules ask on every row). */
function answersOf<T>(cache: WeakMap<Profile, Map<string, T>>, profile: Profile): Map<string, T> {
  let answers = cache.get(profile);
  if (!answers) cache.set(profile, (answers = new Map()));
  return answers;
}

export function findLevel1(profile: Profile, name: string): Level1Node | null {
  const answers = answersOf(level1Cache, profile);
  let answer = answers.get(name);
  if (answer === undefined) {
    const matches = pick(profile.hierarchy, (node) => indicatorKey(node.name), name);
    answers.set(name, (answer = matches.length === 1 ? matches[0] : null));
  }
  return answer;
}

export interface Level2Match {
  parent: Level1Node;
  name: string;
}

/** Every place a 二级 name fits in the profile (normally one). */
export function findLevel2(profile: Profile, name: string): Level2Match[] {
  const answers = answersOf(level2Cache, profile);
  let answer = answers.get(name);
  if (answer === undefined) {
    const all: Level2Match[] = profile.hierarchy.flatMap((parent) =>
      parent.level2.map((level2) => ({ parent, name: level2 })),
    );
    answers.set(name, (answer = pick(all, (match) => indicatorKey(match.name), name)));
  }
  return answer;
}

/** True when a 一级 is of the family a stem names: 产出指标 / 产出, 成本指标 / 成本. */
export function isFamily(
  name: string | null | undefined,
  stem: '产出' | '效益' | '成本' | '满意度' | '数量',
): boolean {
  return name !== null && name !== undefined && indicatorKey(name).startsWith(stem);
}

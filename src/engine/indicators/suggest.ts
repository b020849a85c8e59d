/** Suggested 三级 indicators for a 二级: the bureau's own list (its profile) first, then the library. */
import { hierarchyOf, indicatorKey } from '../hierarchy';
import type { IndicatorEntry } from '../profiles/indicators';
import type { Profile } from '../profiles/types';
import { squash } from '../text';
import {
  INDICATOR_LIBRARY,
  INDICATOR_SOURCES,
  LIBRARY_LEVEL2,
  type IndicatorSource,
  type LibraryLevel2,
  type SourceId,
} from './library';

export interface IndicatorSuggestion extends IndicatorEntry {
  /** 'profile': the bureau's list; 'builtin': the library. */
  origin: 'profile' | 'builtin';
  /** The library's sector; absent for a common (共性) indicator and for the bureau's own. */
  sector?: string;
  /** The published form a library entry was drawn from. */
  source?: IndicatorSource & { id: SourceId; printed?: string };
}

const COST_KINDS: readonly LibraryLevel2[] = ['经济成本指标', '社会成本指标', '生态环境成本指标'];

/**
 * The library's 二级 that a hierarchy's 二级 name stands for: 数量 = 数量指标; a plain 成本指标
 * (a 二级 of 产出 in older hierarchies) takes every kind of cost; every 满意度 二级 (社会公众或服务对象
 * 满意度指标, 其他满意度) takes the 服务对象满意度指标 entries.
 */
export function libraryLevel2Of(level2Name: string): readonly LibraryLevel2[] {
  const key = indicatorKey(level2Name);
  if (key === '') return [];
  if (key === '成本') return COST_KINDS;
  if (key.includes('满意度')) return ['服务对象满意度指标'];
  return LIBRARY_LEVEL2.filter((name) => indicatorKey(name) === key);
}

/** The bureau's entries for a 二级, its name matched as the hierarchy matches names (产出 = 产出指标). */
function profileEntries(profile: Profile, level2Name: string): IndicatorEntry[] {
  const key = indicatorKey(level2Name);
  return Object.entries(profile.indicators ?? {})
    .filter(([name]) => indicatorKey(name) === key)
    .flatMap(([, entries]) => entries);
}

/** The suggestions for a 二级 of a profile's hierarchy: the bureau's first, no name twice. */
export function indicatorSuggestions(profile: Profile, level2Name: string): IndicatorSuggestion[] {
  const own: IndicatorSuggestion[] = profileEntries(profile, level2Name).map((entry) => ({
    ...entry,
    origin: 'profile',
  }));
  const level2s = libraryLevel2Of(level2Name);
  const builtin: IndicatorSuggestion[] = INDICATOR_LIBRARY.filter((entry) =>
    level2s.includes(entry.level2),
  ).map(({ name, operator, unit, note, sector, source, printed }) => ({
    name,
    operator,
    unit,
    note,
    origin: 'builtin',
    ...(sector === undefined ? {} : { sector }),
    source: { id: source, ...INDICATOR_SOURCES[source], ...(printed ? { printed } : {}) },
  }));
  const seen = new Set<string>();
  return [...own, ...builtin].filter((suggestion) => {
    const key = squash(suggestion.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The profile's 二级 a written name stands for, matched as the checker matches a form's names
 * (数量 = 数量指标, 服务对象满意度 = 社会公众或服务对象满意度指标); null where none or several do.
 */
export function findLevel2(profile: Profile, name: string): string | null {
  const names = new Set(
    hierarchyOf(profile)
      .levels('', name)
      .level2Places.map((p) => p.name),
  );
  return names.size === 1 ? [...names][0] : null;
}

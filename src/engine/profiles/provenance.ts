/**
 * Where a form's rules came from, and profiles a workbook carries that pass for a built-in one:
 * a copy of a built-in profile with its severities lowered would let a workbook switch off its
 * own checking while the report still named the built-in id.
 */
import { SEVERITY_LABEL, type Severity } from '../findings';
import type { AnalyzedForm } from '../analyze';
import { RULES } from '../rules/registry';
import { createRule } from '../rules/rule';
import { BUILTIN_PROFILES, builtinProfile } from './builtins';
import { profileSchemaModule, validateProfile } from './profileJson';
import type { ProfileField } from './schema';
import type { Profile } from './types';

/** embedded: carried by the workbook; builtin: one of BUILTIN_PROFILES; file: given with --profile. */
export type ProfileOrigin = 'embedded' | 'builtin' | 'file';

export const PROFILE_ORIGIN_LABEL: Record<ProfileOrigin, string> = {
  embedded: '工作簿内嵌',
  builtin: '内置',
  file: '配置文件',
};

/** JSON with object keys sorted: the same profile gives the same text however it was built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Fingerprints by profile: a package's forms share a few profiles, and the pane re-checks often. */
const fingerprints = new WeakMap<Profile, string>();

/** Eight hex digits (FNV-1a of the canonical JSON): enough to tell two profiles apart at a glance. */
export function profileFingerprint(profile: Profile): string {
  const known = fingerprints.get(profile);
  if (known !== undefined) return known;
  let hash = 0x811c9dc5;
  const text = canonicalJson(profile);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const fingerprint = (hash >>> 0).toString(16).padStart(8, '0');
  fingerprints.set(profile, fingerprint);
  return fingerprint;
}

/** The origin of the profile a form is checked with, from how check.ts chose it. */
export function profileOrigin(form: AnalyzedForm): ProfileOrigin {
  // A built-in object itself: chosen by fit, given by id, or put in place of a modified copy.
  if (BUILTIN_PROFILES.includes(form.profile)) return 'builtin';
  return form.profileSource === 'embedded' ? 'embedded' : 'file';
}

/**
 * Settings other than severities, by their field names (schema.ts): asked for only where a
 * profile other than a built-in one is met, so a check by the built-ins never loads the schema.
 */
function comparedFields(): ProfileField[] {
  return (Object.keys(profileSchemaModule().profileShape) as ProfileField[]).filter(
    (key) => key !== 'id' && key !== 'severity',
  );
}

function profileFieldTitle(field: ProfileField): string {
  return profileSchemaModule().profileFieldTitle(field);
}

/** A setting's value in a message; long ones (the hierarchy) are only said to differ. */
function shortValue(value: unknown): string | null {
  const text = JSON.stringify(value);
  return text.length <= 40 ? text : null;
}

/** What `carried` changes against `builtin`, in Chinese; empty when they are the same. */
export function changesFromBuiltin(carried: Profile, builtin: Profile): string[] {
  const changes: string[] = [];
  for (const rule of RULES) {
    const was = builtin.severity[rule.id] ?? rule.meta.severity;
    const now = carried.severity[rule.id] ?? rule.meta.severity;
    if (was !== now)
      changes.push(`规则 ${rule.id} 的级别由“${SEVERITY_LABEL[was]}”改为“${SEVERITY_LABEL[now]}”`);
  }
  for (const key of comparedFields()) {
    if (canonicalJson(carried[key]) === canonicalJson(builtin[key])) continue;
    const was = shortValue(builtin[key]);
    const now = shortValue(carried[key]);
    changes.push(
      was !== null && now !== null
        ? `${profileFieldTitle(key)}由 ${was} 改为 ${now}`
        : `${profileFieldTitle(key)}与内置的不同`,
    );
  }
  return changes;
}

/**
 * Not a rule of the registry: profiles cannot lower its severity, and it runs before the
 * profile is chosen. Its findings sit on the title of each form that would have used the copy.
 */
export const MODIFIED_BUILTIN_RULE = createRule({
  id: 'profile.modified-builtin',
  meta: {
    severity: 'error',
    name: '内置配置被改动',
    description: '工作簿内嵌的配置自称内置配置，内容却与内置的不同',
    messages: {
      modified:
        '工作簿内嵌的配置自称内置配置 {id}，内容却与内置的不同（{changes}），本表已改按内置的 {id} 检查；如确需不同的规则，请给配置另起编号',
    },
  },
});

/**
 * The profile to check with in place of one the workbook carries: a copy claiming a built-in
 * id yet differing from it is replaced by the built-in itself, and its changes are returned.
 */
export function vetEmbeddedProfile(carried: Profile): { profile: Profile; changes: string[] } {
  const builtin = builtinProfile(carried.id);
  if (!builtin) return { profile: carried, changes: [] };
  const changes = changesFromBuiltin(carried, builtin);
  return changes.length === 0 ? { profile: carried, changes } : { profile: builtin, changes };
}

/** The settings a profile gives other values than a profile leaving them out would have. */
const ownSettingsByProfile = new WeakMap<Profile, ProfileField[]>();

function ownSettings(profile: Profile): ProfileField[] {
  const known = ownSettingsByProfile.get(profile);
  if (known) return known;
  const { id, name, form, hierarchy } = profile;
  const bare = validateProfile({ id, name, form, hierarchy });
  const own = bare.ok
    ? comparedFields().filter(
        (key) => canonicalJson(profile[key]) !== canonicalJson(bare.profile[key]),
      )
    : [];
  ownSettingsByProfile.set(profile, own);
  return own;
}

/**
 * Why a finding is as it is when a bureau's profile (not a built-in) decided it: its severity
 * for the rule, or a setting the rule follows; in Chinese, naming the profile. Undefined when
 * the finding would be the same under the defaults.
 */
export function profileBasis(
  profile: Profile,
  ruleId: string,
  ruleSeverity: Severity,
): string | undefined {
  if (BUILTIN_PROFILES.includes(profile)) return undefined;
  const reasons: string[] = [];
  for (const key of ownSettings(profile)) {
    if (!profileSchemaModule().profileFieldRules(key).includes(ruleId)) continue;
    const value = shortValue(profile[key]);
    reasons.push(value === null ? profileFieldTitle(key) : `${profileFieldTitle(key)} ${value}`);
  }
  const severity = profile.severity[ruleId];
  if (severity !== undefined && severity !== ruleSeverity)
    reasons.push(`级别为“${SEVERITY_LABEL[severity]}”（默认为“${SEVERITY_LABEL[ruleSeverity]}”）`);
  return reasons.length === 0 ? undefined : `按“${profile.name}”配置要求：${reasons.join('，')}`;
}

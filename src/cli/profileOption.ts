/** --profile ID|FILE: a built-in id, or a bureau's JSON file validated with the engine. */
import { existsSync, readFileSync } from 'fs';
import { BUILTIN_PROFILES, builtinProfile, parseProfileJson, type Profile } from '../engine';
import { UsageError } from './args';

export function resolveProfile(value: string | undefined): Profile | undefined {
  if (value === undefined) return undefined;
  const builtin = builtinProfile(value);
  if (builtin) return builtin;
  if (!existsSync(value)) {
    const ids = BUILTIN_PROFILES.map((p) => p.id).join('、');
    throw new UsageError(`找不到配置“${value}”：既不是内置配置（${ids}），也不是存在的文件`);
  }
  const result = parseProfileJson(readFileSync(value, 'utf8'));
  if (!result.ok) {
    throw new UsageError(`配置文件 ${value} 有误：\n  ${result.errors.join('\n  ')}`);
  }
  return result.profile;
}

/** --profile ID|FILE: a built-in id, or a bureau's JSON file validated with the engine. */
import { readFileSync, statSync } from 'fs';
import { BUILTIN_PROFILES, builtinProfile, loadProfileBytes, type Profile } from '../engine';
import { UsageError } from './args';

/** A bureau's profile is a few kilobytes; anything far larger is not one. */
const PROFILE_MAX_BYTES = 1024 * 1024;

/** The file's bytes, or a Chinese UsageError saying why it cannot be a profile. */
export function readProfileFile(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new UsageError(`配置 ${path} 是一个文件夹，不是配置文件；请给出其中的 .json 文件`);
    if (!stat.isFile())
      throw new UsageError(`配置 ${path} 不是普通文件（设备、管道或套接字），不能作为配置文件`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const ids = BUILTIN_PROFILES.map((p) => p.id).join('、');
    throw new UsageError(`找不到配置“${path}”：既不是内置配置（${ids}），也不是存在的文件`);
  }
  if (size > PROFILE_MAX_BYTES)
    throw new UsageError(`配置文件 ${path} 有 ${size} 字节，太大了，不像是配置文件（上限 1 MB）`);
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`没有权限读取配置文件 ${path}`);
    throw new UsageError(`无法读取配置文件 ${path}：${(error as Error).message}`);
  }
}

export function resolveProfile(value: string | undefined): Profile | undefined {
  if (value === undefined) return undefined;
  const builtin = builtinProfile(value);
  if (builtin) return builtin;
  const result = loadProfileBytes(readProfileFile(value));
  if (!result.ok) {
    throw new UsageError(`配置文件 ${value} 有误：\n  ${result.errors.join('\n  ')}`);
  }
  return result.profile;
}

const KIND_NAME = { project: '项目支出表', department: '部门整体表' } as const;

/**
 * --profile A[,B]: one profile, or one per form kind ("mof-2015,hubei-department"), so a
 * reviewer can pin the rules of a whole package; two for one kind are refused.
 */
export function resolveProfiles(value: string | undefined): Profile[] {
  if (value === undefined) return [];
  const profiles = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => resolveProfile(part) as Profile);
  for (const kind of ['project', 'department'] as const) {
    const same = profiles.filter((profile) => profile.form === kind);
    if (same.length > 1)
      throw new UsageError(
        `--profile 为${KIND_NAME[kind]}给了 ${same.length} 个配置（${same.map((p) => p.id).join('、')}）；每类表只能指定一个`,
      );
  }
  return profiles;
}

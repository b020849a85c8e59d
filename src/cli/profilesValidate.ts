/** `perf-forms profiles validate FILE…`: each profile file's problems, or 通过. */
import type { Command } from 'commander';
import { loadProfileBytes } from '../engine';
import { UsageError, type Io } from './args';
import { printable } from './format';
import { readProfileFile } from './profileOption';
import { runAction, type CliContext } from './program';

export interface ProfilesValidateOptions {
  files: string[];
}

/** The problems of one file: unreadable, not UTF-8, not JSON, or its fields; empty when it passes. */
function problemsOf(file: string): string[] {
  let bytes: Uint8Array;
  try {
    bytes = readProfileFile(file);
  } catch (error) {
    if (error instanceof UsageError) return [error.message];
    throw error;
  }
  const result = loadProfileBytes(bytes);
  return result.ok ? [] : result.errors;
}

/** Exit 0 when every file passes, 1 when any has a problem. */
export function profilesValidate({ files }: ProfilesValidateOptions, io: Io): number {
  if (files.length === 0) throw new UsageError('请给出要检查的配置文件（.json）');
  let failed = 0;
  for (const file of files) {
    const problems = problemsOf(file);
    if (problems.length === 0) {
      io.stdout(printable(`${file}：通过\n`));
      continue;
    }
    failed++;
    io.stdout(printable(`${file}：${problems.length} 个问题\n`));
    for (const problem of problems) io.stdout(printable(`  ${problem}\n`));
  }
  if (files.length > 1)
    io.stdout(`共 ${files.length} 个配置文件：通过 ${files.length - failed}，有问题 ${failed}\n`);
  return failed === 0 ? 0 : 1;
}

export function registerProfilesValidate(profiles: Command, context: CliContext): void {
  const command: Command = profiles
    .command('validate')
    .description(
      '检查配置文件：一次列出所有问题（编码、JSON 语法、各字段）；全部通过退出码 0，否则 1',
    )
    .argument('<配置文件...>', '配置文件（.json，UTF-8）')
    .action((files: string[]) =>
      runAction(command, context, () => profilesValidate({ files }, context.io)),
    );
}

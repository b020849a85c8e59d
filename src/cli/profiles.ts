/** `perf-forms profiles`: the built-in profiles and the 一级 → 二级 indicators of each. */
import type { Command } from 'commander';
import { BUILTIN_PROFILES } from '../engine';
import type { Io } from './args';
import { runAction, type CliContext } from './program';

export function listProfiles(io: Io): number {
  for (const profile of BUILTIN_PROFILES) {
    const kind = profile.form === 'project' ? '项目支出表' : '部门整体表';
    io.stdout(`${profile.id}\t${kind}\t${profile.name}\n`);
    for (const node of profile.hierarchy)
      io.stdout(`    ${node.name} → ${node.level2.join('、')}\n`);
  }
  return 0;
}

export function registerProfiles(program: Command, context: CliContext): Command {
  const command: Command = program
    .command('profiles')
    .description('列出内置配置（指标体系）：编号、表的类型、名称，以及一级、二级指标')
    .action(() => runAction(command, context, () => listProfiles(context.io)));
  return command;
}

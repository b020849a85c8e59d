/** `perf-forms`: check, annotate, fix, generate, profiles, rules, indicators (docs/CLI.md). */
import { registerAnnotate } from './annotate';
import { processIo, type Io } from './args';
import { registerCheck } from './check';
import { registerFix } from './fix';
import { printable } from './format';
import { registerGenerate } from './generate';
import { registerIndicators } from './indicators';
import { prepareNodeRuntime } from './nodeRuntime';
import { registerProfiles } from './profiles';
import { registerProfilesValidate } from './profilesValidate';
import { commanderExit, createProgram, type CliContext } from './program';
import { registerRules } from './rules';

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  prepareNodeRuntime();
  let code = 0;
  const context: CliContext = { io, exit: (status) => (code = status) };
  const program = createProgram(io);
  registerCheck(program, context);
  registerAnnotate(program, context);
  registerFix(program, context);
  registerGenerate(program, context);
  registerProfilesValidate(registerProfiles(program, context), context);
  registerRules(program, context);
  registerIndicators(program, context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    const status = commanderExit(error);
    if (status !== null) return status;
    // A bug of ours: say so plainly, without a stack trace for the user.
    io.stderr(
      printable(
        `perf-forms 内部错误：${(error as Error).message ?? String(error)}\n请把此信息和文件报告给开发者。\n`,
      ),
    );
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

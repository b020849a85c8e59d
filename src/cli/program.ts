/**
 * The command line's parser (commander) speaking Chinese: help, usage errors and exit codes.
 * Each command lives in its own module and registers itself on the program (registerX).
 */
import { Command, CommanderError, Help, type Option } from 'commander';
import { readFileSync } from 'fs';
import { join } from 'path';
import { displayWidth } from '../engine';
import { UsageError, type Io } from './args';
import { printable } from './format';

/** What a command's action needs: where to write, and where to leave its exit status. */
export interface CliContext {
  io: Io;
  exit: (code: number) => void;
}

/** The help's headings, in Chinese (commander names them in English). */
const HEADINGS: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
};

/** Help in Chinese: headings, "[选项]", and columns measured in display width (汉字 are two). */
class ChineseHelp extends Help {
  override styleTitle(title: string): string {
    return HEADINGS[title] ?? title;
  }

  override displayWidth(text: string): number {
    return displayWidth(text);
  }

  override commandUsage(command: Command): string {
    return `${commandPath(command)} ${command.usage()}`;
  }

  override subcommandTerm(command: Command): string {
    return [command.name(), ...command.registeredArguments.map(argumentText)].join(' ');
  }

  /**
   * Unwrapped: commander wraps at spaces, which Chinese text has few of, so lines broke at odd
   * places; the terminal wraps them instead.
   */
  override boxWrap(text: string): string {
    return text;
  }

  /** The description only: commander would add "(default: …)" in English. */
  override optionDescription(option: Option): string {
    return option.description;
  }
}

/** "perf-forms check": the command's name after its parents'. */
function commandPath(command: Command): string {
  return command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name();
}

function argumentText(argument: { name(): string; required: boolean; variadic: boolean }): string {
  const name = argument.name() + (argument.variadic ? '...' : '');
  return argument.required ? `<${name}>` : `[${name}]`;
}

/**
 * commander's usage errors, said in Chinese (it words them in English), each with the way to
 * the command's help; every usage error exits 2.
 */
export class ChineseCommand extends Command {
  override createCommand(name?: string): ChineseCommand {
    return new ChineseCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new ChineseHelp(), this.configureHelp());
  }

  /** The usage shown in help: the arguments, and [选项] where the command takes options. */
  override usage(): string;
  override usage(text: string): this;
  override usage(text?: string): string | this {
    if (text !== undefined) return super.usage(text);
    const options = this.options.length > 0 ? ['[选项]'] : [];
    const commands = this.commands.length > 0 ? ['<命令>'] : [];
    return [...options, ...commands, ...this.registeredArguments.map(argumentText)].join(' ');
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    const hint = `用“${commandPath(this)} --help”查看用法`;
    return super.error(`${message}\n${hint}`, { code: options?.code, exitCode: 2 });
  }

  // commander's own usage errors (its methods, overridden for their wording).
  unknownOption(flag: string): never {
    return this.error(`不认识的选项：${flag}`, { code: 'commander.unknownOption' });
  }

  unknownCommand(): never {
    return this.error(`不认识的命令：${this.args[0]}`, { code: 'commander.unknownCommand' });
  }

  missingArgument(name: string): never {
    return this.error(`缺少参数：${name}`, { code: 'commander.missingArgument' });
  }

  optionMissingArgument(option: Option): never {
    return this.error(`选项 ${option.long ?? option.short} 需要一个值`, {
      code: 'commander.optionMissingArgument',
    });
  }

  missingMandatoryOptionValue(option: Option): never {
    return this.error(`缺少 ${option.short ?? option.long}：${option.description}`, {
      code: 'commander.missingMandatoryOptionValue',
    });
  }

  _excessArguments(received: string[]): never {
    const extra = received.slice(this.registeredArguments.length);
    return this.error(`多余的参数：${extra.join(' ')}`, { code: 'commander.excessArguments' });
  }
}

function version(): string {
  // package.json is two folders up from both src/cli and dist/cli.
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  return String(manifest.version);
}

/**
 * The program without commands: help and --version in Chinese, output to `io`, no exit of the
 * process (main returns the status). Commands added after this inherit all of it.
 */
export function createProgram(io: Io): ChineseCommand {
  return new ChineseCommand('perf-forms')
    .description('绩效目标申报表（项目支出、部门整体支出）的检查、标注与生成')
    .helpOption('-h, --help', '显示帮助')
    .version(version(), '-V, --version', '显示版本号')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (text) => io.stdout(printable(text)),
      writeErr: (text) => io.stderr(printable(text)),
    })
    .exitOverride();
}

/**
 * Runs a command's work and keeps its exit status; a UsageError the work throws (a bad value
 * of an option) is reported as commander's own are: in Chinese, with the way to help, exit 2.
 */
export function runAction(
  command: Command,
  context: CliContext,
  work: () => Promise<number> | number,
): Promise<void> {
  return Promise.resolve()
    .then(work)
    .then(context.exit, (error: unknown) => {
      if (error instanceof UsageError) command.error(error.message);
      throw error;
    });
}

/** The exit status of a parse that commander ended early: help and version 0, else 2. */
export function commanderExit(error: unknown): number | null {
  if (!(error instanceof CommanderError)) return null;
  return error.exitCode === 0 ? 0 : 2;
}

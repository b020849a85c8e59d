/** `perf-forms check`: reads files and folders, checks them as one run, prints the report. */
import type { Command } from 'commander';
import { UsageError, type Io } from './args';
import { expandInputs } from './files';
import { jsonPieces, printable, toText } from './format';
import { resolveProfiles } from './profileOption';
import { runAction, type CliContext } from './program';
import { checkFiles, exitCode } from './runCheck';
import { OutputFileError } from '../xlsx/outputFile';

export interface CheckOptions {
  inputs: string[];
  /** --profile as given: ID or FILE, one per form kind, comma separated. */
  profile?: string;
  ignoreEmbedded: boolean;
  format: 'text' | 'json';
  /** --summary: a reviewer summary (.xlsx, or .csv) written beside the report. */
  summary?: string;
  /** --force: the summary may replace an existing file. */
  force: boolean;
}

/** Progress on a terminal where there are several files; cleared when done. */
export async function withProgress<T>(
  count: number,
  io: Io,
  work: (onDone: (done: number) => void) => Promise<T>,
): Promise<T> {
  const progress = io.interactive && count > 1;
  const result = await work((done) => {
    if (progress) io.stderr(`\r已读取 ${done}/${count}\x1b[K`);
  });
  if (progress) io.stderr('\r\x1b[K');
  return result;
}

/** The workbook files an inputs list names; a usage error where there are none. */
export function inputFiles(inputs: string[]): string[] {
  const files = expandInputs(inputs);
  if (files.length === 0) throw new UsageError(`在 ${inputs.join('、')} 中没有找到工作簿文件`);
  return files;
}

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const profiles = resolveProfiles(options.profile);
  const files = inputFiles(options.inputs);
  const { summary, force } = options;
  try {
    // The summary's writer (and src/summary) is loaded for --summary only.
    const writer = summary === undefined ? null : await import('./summary');
    // Refused before the work: a summary that would replace a file, or one of the checked files.
    if (writer && summary !== undefined) writer.checkSummaryPath(summary, force, files);
    const choice = { profiles, ignoreEmbedded: options.ignoreEmbedded };
    const reports = await withProgress(files.length, io, (onDone) =>
      checkFiles(files, choice, onDone),
    );
    if (options.format === 'json') {
      for (const piece of jsonPieces(reports)) io.stdout(piece);
      io.stdout('\n');
    } else io.stdout(toText(reports));
    if (writer && summary !== undefined) {
      const written = await writer.writeSummary(reports, {
        path: summary,
        force,
        inputs: options.inputs,
        checkedAt: new Date(),
      });
      io.stderr(printable(`已写出检查汇总：${written.join('、')}\n`));
    }
    return exitCode(reports);
  } catch (error) {
    if (!(error instanceof OutputFileError)) throw error;
    io.stderr(printable(`${error.message}\n`));
    return 2;
  }
}

export const PROFILE_OPTION_HELP =
  '配置：内置配置编号或配置文件（JSON）；每类表一个，用逗号分开，如 mof-2021,hubei-department';
export const IGNORE_EMBEDDED_HELP = '不用工作簿中保存的配置，只用内置配置或 --profile 给出的配置';

export function registerCheck(program: Command, context: CliContext): void {
  const command: Command = program
    .command('check')
    .description(
      '检查工作簿中的绩效目标申报表，列出问题；退出码 0 无错误，1 有错误，2 用法或文件有误',
    )
    .argument('<文件或文件夹...>', '.xlsx、.xls、.et、.ods 文件，或文件夹（含子文件夹）')
    .option('--profile <编号或文件>', PROFILE_OPTION_HELP)
    .option('--ignore-embedded', IGNORE_EMBEDDED_HELP)
    .option('--format <格式>', '输出格式：text（表格，默认）或 json', 'text')
    .option(
      '--summary <文件>',
      '另写一份审核汇总：.xlsx（汇总、问题清单两张工作表，可打印）或 .csv（汇总.csv 与 汇总-问题清单.csv）',
    )
    .option('--force', '汇总文件已存在时替换它')
    .action(
      (
        inputs: string[],
        options: {
          profile?: string;
          ignoreEmbedded?: boolean;
          format: string;
          summary?: string;
          force?: boolean;
        },
      ) =>
        runAction(command, context, () => {
          const { format } = options;
          if (format !== 'text' && format !== 'json')
            throw new UsageError(`--format 只能是 text 或 json，而不是“${format}”`);
          return check(
            {
              inputs,
              profile: options.profile,
              ignoreEmbedded: Boolean(options.ignoreEmbedded),
              format,
              summary: options.summary,
              force: Boolean(options.force),
            },
            context.io,
          );
        }),
    );
}

/**
 * `perf-forms annotate`: an annotated copy of each workbook (problems marked, a 检查结果 sheet).
 * One file to one file (-o OUT.xlsx), or files and folders to a folder (-o OUTDIR), names kept
 * and subfolders mirrored. Inputs are never written; outputs are replaced only with --force.
 */
import type { Command } from 'commander';
import { mkdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, resolve, sep } from 'path';
import { checkOutputPath, OutputFileError, writeOutputFile } from '../xlsx/outputFile';
import { UsageError, type Io } from './args';
import { IGNORE_EMBEDDED_HELP, PROFILE_OPTION_HELP, withProgress } from './check';
import { listInputs } from './files';
import { printable } from './format';
import { resolveProfiles } from './profileOption';
import { runAction, type CliContext } from './program';
import {
  checkLoaded,
  exitCode,
  loadFile,
  openWorkbook,
  summarize,
  type FileReport,
  type LoadedFile,
} from './runCheck';

export interface AnnotateOptions {
  inputs: string[];
  /** A .xlsx file for one input file; otherwise a folder, made where missing. */
  output: string;
  profile?: string;
  ignoreEmbedded: boolean;
  force: boolean;
}

interface Target {
  input: string;
  output: string;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Which copy each input gets; usage errors for a plan that cannot be carried out. */
export function planCopies(inputs: string[], output: string): Target[] {
  const toFolder = inputs.length > 1 || isDirectory(inputs[0]) || isDirectory(output);
  if (!toFolder) return [{ input: inputs[0], output }];
  if (exists(output) && !isDirectory(output))
    throw new UsageError(`-o ${output} 是文件：标注多个文件或文件夹时，-o 应为文件夹`);
  // A second run must not take the first run's copies for inputs.
  const outputFolder = resolve(output) + sep;
  const files = listInputs(inputs).filter((file) => !resolve(file.path).startsWith(outputFolder));
  if (files.length === 0) throw new UsageError(`在 ${inputs.join('、')} 中没有找到工作簿文件`);
  const byOutput = new Map<string, string>();
  return files.map((file) => {
    const target = join(output, file.relative);
    const earlier = byOutput.get(target);
    if (earlier !== undefined)
      throw new UsageError(
        `${earlier} 和 ${file.path} 的副本都会写成 ${target}：请分开标注，或给出它们所在的文件夹`,
      );
    byOutput.set(target, file.path);
    return { input: file.path, output: target };
  });
}

export async function annotate(options: AnnotateOptions, io: Io): Promise<number> {
  const profiles = resolveProfiles(options.profile);
  const targets = planCopies(options.inputs, options.output);
  const { force } = options;
  // Said before any work; each write checks again, for a file created or linked meanwhile.
  const refused: string[] = [];
  for (const { input, output } of targets) {
    try {
      checkOutputPath(output, { force, input });
    } catch (error) {
      if (!(error instanceof OutputFileError)) throw error;
      refused.push(error.message);
    }
  }
  if (refused.length > 0) {
    io.stderr(printable(`${refused.join('\n')}\n未写出任何副本\n`));
    return 2;
  }
  // The workbooks are kept for the copies, so they are read here, one after another.
  const loaded = await withProgress(targets.length, io, async (onDone) => {
    const files: LoadedFile[] = [];
    for (const { input } of targets) {
      files.push(await loadFile(input, profiles));
      onDone(files.length);
    }
    return files;
  });
  const reports = checkLoaded(loaded, { profiles, ignoreEmbedded: options.ignoreEmbedded });
  // The writing modules (exceljs) are loaded only by the commands that write.
  const { annotatedCopy, lostNotice } = await import('../xlsx/annotatedCopy');
  let failed = false;
  let written = 0;
  for (const [index, { input, output }] of targets.entries()) {
    const report = reports[index];
    const opened = await openWorkbook(loaded[index]);
    if ('error' in opened) {
      io.stderr(
        printable(report.error ? `无法读取 ${input}：${report.error}\n` : `${opened.error}\n`),
      );
      failed = true;
      continue;
    }
    try {
      if (targets.length > 1 || output !== options.output)
        mkdirSync(dirname(output), { recursive: true });
      const copy = await annotatedCopy(opened.workbook, report.issues, readFileSync(input));
      await writeOutputFile(output, copy.bytes, { force, input });
      written++;
      io.stdout(printable(`${wroteLine(output, report)}，见工作表“${copy.resultsSheet}”\n`));
      const lost = lostNotice(copy, output, input);
      if (lost) io.stderr(printable(`${lost}\n`));
    } catch (error) {
      if (!(error instanceof OutputFileError)) throw error;
      io.stderr(printable(`${error.message}\n`));
      failed = true;
    }
  }
  if (targets.length > 1) {
    const s = summarize(reports);
    io.stdout(
      `共 ${s.files} 个文件，写出 ${written} 个标注副本到 ${printable(options.output)}：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}\n`,
    );
  }
  return failed ? 2 : exitCode(reports);
}

function wroteLine(output: string, report: FileReport): string {
  const { errors } = summarize([report]);
  return `已写出 ${output}：标出 ${report.issues.length} 个问题（错误 ${errors}）`;
}

export function registerAnnotate(program: Command, context: CliContext): void {
  const command: Command = program
    .command('annotate')
    .description(
      '写出标注副本：问题单元格标色并加批注，另加“检查结果”工作表；原文件不改动。退出码同 check',
    )
    .argument('<文件或文件夹...>', '要标注的 .xlsx 文件，或文件夹（含子文件夹）')
    .requiredOption(
      '-o, --output <文件或文件夹>',
      '一个文件时为输出的 .xlsx 文件；多个文件或文件夹时为输出文件夹（保留文件名和子文件夹）',
    )
    .option('--profile <编号或文件>', PROFILE_OPTION_HELP)
    .option('--ignore-embedded', IGNORE_EMBEDDED_HELP)
    .option('--force', '覆盖已存在的输出文件')
    .action(
      (
        inputs: string[],
        flags: { output: string; profile?: string; ignoreEmbedded?: boolean; force?: boolean },
      ) =>
        runAction(command, context, () =>
          annotate(
            {
              inputs,
              output: flags.output,
              profile: flags.profile,
              ignoreEmbedded: Boolean(flags.ignoreEmbedded),
              force: Boolean(flags.force),
            },
            context.io,
          ),
        ),
    );
}

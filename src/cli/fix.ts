/**
 * `perf-forms fix IN -o OUT`: the findings' safe fixes (notation only: ≧ → ≥, 定义 → 定性,
 * 百分比 → %, ９５ → 95) written into a copy of IN. IN is never written; OUT is replaced only with
 * --force. Sums and other arithmetic are never fixed: which cell is wrong is the officer's call.
 */
import type { Command } from 'commander';
import { readFileSync } from 'fs';
import { fixesOf, planFixes, SKIP_REASON_LABEL, type CellEdit, type CellFix } from '../engine';
import { OutputFileError, checkOutputPath, writeOutputFile } from '../xlsx/outputFile';
import type { Io } from './args';
import { IGNORE_EMBEDDED_HELP, PROFILE_OPTION_HELP } from './check';
import { printable } from './format';
import { resolveProfiles } from './profileOption';
import { runAction, type CliContext } from './program';
import { checkLoaded, loadFile, openWorkbook } from './runCheck';

export interface FixOptions {
  input: string;
  output: string;
  /** Replace an existing OUT. */
  force: boolean;
  /** --profile: the profiles the forms are checked with (as `check`). */
  profile?: string;
  ignoreEmbedded: boolean;
}

type RuleFix = CellFix & { ruleName: string };

function editLine(edit: CellEdit<RuleFix>): string {
  const rules = [...new Set(edit.fixes.map((fix) => fix.ruleName))].join('、');
  return `  工作表“${edit.sheet}” ${edit.cell}：${edit.oldValue} → ${edit.newValue}（${rules}）\n`;
}

/** Writes OUT and says what changed; 0 when written (or nothing to fix), 2 when it could not be. */
export async function fixCommand(options: FixOptions, io: Io): Promise<number> {
  const { input, output } = options;
  const target = { force: options.force, input };
  try {
    // Said before the work; the write checks again, for a file created or linked meanwhile.
    checkOutputPath(output, target);
    const profiles = resolveProfiles(options.profile);
    const loaded = await loadFile(input, profiles);
    const opened = await openWorkbook(loaded);
    if ('error' in opened) {
      const why =
        loaded.format && loaded.format !== 'xlsx'
          ? `修正副本只能写成 .xlsx，而 ${input} 不是 .xlsx 工作簿：请先在 Excel 或 WPS 中“另存为” .xlsx 再修正（check 可直接检查它）`
          : loaded.error
            ? `无法读取 ${input}：${loaded.error}`
            : opened.error;
      io.stderr(printable(`${why}\n`));
      return 2;
    }
    const { workbook } = opened;
    const [report] = checkLoaded([loaded], {
      profiles,
      ignoreEmbedded: options.ignoreEmbedded,
    });
    const fixes = fixesOf(report.issues);
    if (fixes.length === 0) {
      io.stdout(
        printable(
          `${input} 中没有可自动修正的问题（${report.issues.length} 个问题需要人工处理），未写出文件\n`,
        ),
      );
      return 0;
    }
    const { plainValue } = await import('../xlsx/readXlsx');
    // What each cell holds in the workbook to be written: a formula is not text to rewrite.
    const plan = planFixes(fixes, (sheet, cell) => {
      const value = workbook.getWorksheet(sheet)?.getCell(cell).value;
      if (value === undefined) return null;
      const formula =
        typeof value === 'object' &&
        value !== null &&
        ('formula' in value || 'sharedFormula' in value);
      return formula ? null : plainValue(value);
    });
    for (const edit of plan.edits)
      workbook.getWorksheet(edit.sheet)!.getCell(edit.cell).value = edit.newValue;
    const { restoreFromOriginal } = await import('../xlsx/restoreFromOriginal');
    const { lostInCopy } = await import('../xlsx/packageContents');
    const original = readFileSync(input);
    const bytes = restoreFromOriginal(original, Buffer.from(await workbook.xlsx.writeBuffer()));
    await writeOutputFile(output, bytes, target);

    const left = report.issues.length - plan.edits.reduce((n, edit) => n + edit.fixes.length, 0);
    let text = `已写出 ${output}：修正 ${plan.edits.length} 个单元格（原文件 ${input} 未改动）\n`;
    text += plan.edits.map(editLine).join('');
    if (plan.skipped.length > 0) {
      text += `未修正 ${plan.skipped.length} 处：\n`;
      for (const { fix, reason } of plan.skipped)
        text += `  工作表“${fix.sheet}” ${fix.cell}：${SKIP_REASON_LABEL[reason]}（${fix.ruleName}）\n`;
    }
    text += `其余 ${left} 个问题不能自动修正（如金额合计，应改哪个单元格由填报人判断），请用 check 或 annotate 查看\n`;
    io.stdout(printable(text));
    const lost = lostInCopy(original, bytes);
    if (lost.length > 0)
      io.stderr(
        printable(
          `注意：副本 ${output} 缺少原文件中的 ${lost.join('、')}（本工具写副本时无法保留）；原文件 ${input} 未改动，仍保有这些内容\n`,
        ),
      );
    return 0;
  } catch (error) {
    if (!(error instanceof OutputFileError)) throw error;
    io.stderr(printable(`${error.message}\n`));
    return 2;
  }
}

export function registerFix(program: Command, context: CliContext): void {
  const command: Command = program
    .command('fix')
    .description(
      '把只改写法的问题（≧→≥、定义→定性、百分比→%、全角数字）改正后写入副本，逐条列出；金额合计等不自动修正；原文件不改动',
    )
    .argument('<文件>', '要修正的 .xlsx 文件')
    .requiredOption('-o, --output <文件>', '输出的 .xlsx 文件')
    .option('--profile <编号或文件>', PROFILE_OPTION_HELP)
    .option('--ignore-embedded', IGNORE_EMBEDDED_HELP)
    .option('--force', '覆盖已存在的输出文件')
    .action(
      (
        input: string,
        flags: { output: string; profile?: string; ignoreEmbedded?: boolean; force?: boolean },
      ) =>
        runAction(command, context, () =>
          fixCommand(
            {
              input,
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

/**
 * `perf-forms check --summary FILE`: the reviewer summary (src/summary) written beside the
 * report, as .xlsx (汇总 and 问题清单 sheets) or as two CSV files (FILE and FILE-问题清单.csv).
 */
import { dirname, extname, relative, resolve, sep } from 'path';
import { fileLink, reviewSummary, toCsv, type ReportedFile } from '../summary';
import { checkOutputPath, writeOutputFile } from '../xlsx/outputFile';
import { UsageError } from './args';

export interface SummaryOptions {
  /** The file named after --summary (.xlsx or .csv). */
  path: string;
  force: boolean;
  /** The files and folders named to check, for the title block. */
  inputs: string[];
  checkedAt: Date;
}

/** The files a summary path stands for: the workbook, or the two CSV tables. */
export function summaryFiles(path: string): { overview: string; issues: string | null } {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return { overview: path, issues: null };
  if (extension === '.csv')
    return { overview: path, issues: `${path.slice(0, -extension.length)}-问题清单.csv` };
  throw new UsageError(`--summary 的文件名须以 .xlsx 或 .csv 结尾，而不是“${path}”`);
}

/**
 * Refuses the summary's files before the check runs: an existing file without --force, a link,
 * a folder, or one of the files being checked (under any name).
 */
export function checkSummaryPath(path: string, force: boolean, checked: readonly string[]): void {
  const { overview, issues } = summaryFiles(path);
  for (const output of issues ? [overview, issues] : [overview]) {
    checkOutputPath(output, { force });
    for (const input of checked) checkOutputPath(output, { force, input });
  }
}

/** A checked file's link from the summary's folder. */
export function relativeLink(summaryPath: string, file: string): string {
  return fileLink(
    relative(dirname(resolve(summaryPath)), resolve(file))
      .split(sep)
      .join('/'),
  );
}

/** Writes the summary; returns the files written. */
export async function writeSummary(
  reports: readonly ReportedFile[],
  options: SummaryOptions,
): Promise<string[]> {
  const summary = reviewSummary({
    reports,
    inputs: options.inputs,
    checkedAt: options.checkedAt,
    linkTo: (file) => relativeLink(options.path, file),
  });
  const { overview, issues } = summaryFiles(options.path);
  const target = { force: options.force };
  if (issues) {
    await writeOutputFile(overview, Buffer.from(toCsv(summary.overview)), target);
    await writeOutputFile(issues, Buffer.from(toCsv(summary.issues)), target);
    return [overview, issues];
  }
  // exceljs is loaded only to write a workbook.
  const { summaryWorkbook } = await import('../xlsx/summaryWorkbook');
  const bytes = await summaryWorkbook(summary).xlsx.writeBuffer();
  await writeOutputFile(overview, Buffer.from(bytes), target);
  return [overview];
}

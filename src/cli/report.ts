/**
 * The check of files already in memory, and its report: pure TypeScript (no Node), so the web
 * page (src/web/check) reports exactly what `perf-forms check` does.
 */
import {
  checkReadings,
  countBySeverity,
  readWorkbook,
  type BookReading,
  type Finding,
  type FormSummary,
  type Profile,
  type WorkbookGrid,
} from '../engine';
import {
  ReadLimitError,
  readSpreadsheet,
  UnreadableWorkbookError,
  type WorkbookFormat,
} from '../formats';

export interface FileReport {
  file: string;
  error: string | null;
  forms: FormSummary[];
  issues: Finding[];
  /** Problems with the profile the workbook carries (shown, not fatal). */
  notices: string[];
}

export interface LoadedFile {
  file: string;
  /** null where the file could not be read. */
  format: WorkbookFormat | null;
  reading: BookReading | null;
  /** Sheets the reading could not read, or damage it read past (findings of their own). */
  readingFindings: Finding[];
  error: string | null;
}

export function unreadableFile(file: string, error: string): LoadedFile {
  return { file, format: null, reading: null, readingFindings: [], error };
}

/** Why a file's bytes could not be read, in the reader's own words where it has them. */
export function readingError(error: unknown): string {
  if (error instanceof UnreadableWorkbookError || error instanceof ReadLimitError)
    return error.message;
  return `无法读取：${(error as Error).message ?? String(error)}`;
}

/**
 * Reads a file's bytes to check them; the grids come along for a caller that shows the sheets
 * (the web page's preview); the CLI keeps only the reading.
 */
export async function loadBytes(
  file: string,
  data: Uint8Array,
): Promise<{ loaded: LoadedFile; book: WorkbookGrid | null }> {
  try {
    const { format, book, findings } = await readSpreadsheet(data);
    return {
      loaded: { file, format, reading: readWorkbook(book), readingFindings: findings, error: null },
      book,
    };
  } catch (error) {
    return { loaded: unreadableFile(file, readingError(error)), book: null };
  }
}

const FORMAT_NAMES: Record<WorkbookFormat, string> = {
  xlsx: 'Excel 工作簿（.xlsx）',
  xls: 'Excel 97–2003 或 WPS（.xls/.et）',
  ods: 'OpenDocument（.ods）',
};

/** Why an annotated copy cannot be written over a file of this format (only .xlsx can). */
export function annotateNeedsXlsx(file: string, format: Exclude<WorkbookFormat, 'xlsx'>): string {
  return `标注副本只能在 .xlsx 工作簿上写出，而 ${file} 是 ${FORMAT_NAMES[format]} 文件：请先在 Excel 或 WPS 中“另存为” .xlsx 再标注`;
}

/** Checks loaded files together; unreadable ones keep their error and no findings. */
export function checkLoaded(loaded: LoadedFile[], profiles: readonly Profile[]): FileReport[] {
  const readable = loaded.filter((item) => item.reading !== null);
  const results = checkReadings(
    readable.map((item) => item.reading as BookReading),
    { profiles, labels: readable.map((item) => item.file) },
  );
  let next = 0; // results are in the order of the readable files
  return loaded.map((item) => {
    if (!item.reading)
      return { file: item.file, error: item.error, forms: [], issues: [], notices: [] };
    const result = results[next++];
    return {
      file: item.file,
      error: null,
      forms: result.forms,
      issues: item.readingFindings.length
        ? [...item.readingFindings, ...result.findings]
        : result.findings,
      notices: item.reading.profileErrors,
    };
  });
}

export interface Summary {
  files: number;
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(reports: FileReport[]): Summary {
  const counts = countBySeverity(reports.flatMap((report) => report.issues));
  return {
    files: reports.length,
    forms: reports.reduce((total, report) => total + report.forms.length, 0),
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  };
}

/** 0: no error finding; 1: at least one; 2: a file could not be read. */
export function exitCode(reports: FileReport[]): number {
  if (reports.some((report) => report.error !== null)) return 2;
  return summarize(reports).errors > 0 ? 1 : 0;
}

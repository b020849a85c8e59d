/**
 * The check of files already in memory, and its report: pure TypeScript (no Node), so the web
 * page (src/web/check) reports exactly what `perf-forms check` does.
 */
import {
  checkAcrossBooks,
  checkBookAlone,
  countBySeverity,
  readWorkbook,
  type BookAlone,
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
 * (the web page's preview); the CLI keeps only the reading. The chosen profiles' label aliases
 * are read as labels (the workbook's own profiles' are always).
 */
export async function loadBytes(
  file: string,
  data: Uint8Array,
  profiles: readonly Profile[] = [],
): Promise<{ loaded: LoadedFile; book: WorkbookGrid | null }> {
  try {
    const { format, book, findings } = await readSpreadsheet(data);
    const reading = readWorkbook(book, { profiles });
    return {
      loaded: { file, format, reading, readingFindings: findings, error: null },
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

/** How a run checks each file: the profiles given with --profile, and --ignore-embedded. */
export interface CheckChoice {
  profiles: readonly Profile[];
  ignoreEmbedded: boolean;
}

/** A file read and checked alone, waiting for the cross-file rules (checkAcross). */
export interface FileAlone {
  file: string;
  error: string | null;
  readingFindings: Finding[];
  notices: string[];
  /** null where the file could not be read. */
  alone: BookAlone | null;
}

/**
 * --ignore-embedded: the profiles a workbook carries are not used, so a reviewer checks every
 * form by the built-in profiles or the one given with --profile.
 */
function withoutEmbeddedProfiles(reading: BookReading): BookReading {
  return { ...reading, embeddedProfiles: [], profileErrors: [] };
}

/** A loaded file checked by every rule but the cross-file ones (in a pool thread of `check`). */
export function checkAlone(loaded: LoadedFile, choice: CheckChoice): FileAlone {
  const { file, error, readingFindings } = loaded;
  if (!loaded.reading) return { file, error, readingFindings, notices: [], alone: null };
  const reading = choice.ignoreEmbedded ? withoutEmbeddedProfiles(loaded.reading) : loaded.reading;
  return {
    file,
    error: null,
    readingFindings,
    notices: reading.profileErrors,
    alone: checkBookAlone(reading, { profiles: choice.profiles, labels: [file] }),
  };
}

/** The cross-file rules over files checked alone; unreadable ones keep their error and no findings. */
export function checkAcross(files: FileAlone[], profiles: readonly Profile[]): FileReport[] {
  const readable = files.filter((item) => item.alone !== null);
  const results = checkAcrossBooks(
    readable.map((item) => item.alone as BookAlone),
    { profiles, labels: readable.map((item) => item.file) },
  );
  let next = 0; // results are in the order of the readable files
  return files.map((item) => {
    if (!item.alone)
      return { file: item.file, error: item.error, forms: [], issues: [], notices: [] };
    const result = results[next++];
    return {
      file: item.file,
      error: null,
      forms: result.forms,
      issues: item.readingFindings.length
        ? [...item.readingFindings, ...result.findings]
        : result.findings,
      notices: item.notices,
    };
  });
}

/** Checks loaded files together; unreadable ones keep their error and no findings. */
export function checkLoaded(loaded: LoadedFile[], choice: CheckChoice): FileReport[] {
  return checkAcross(
    loaded.map((item) => checkAlone(item, choice)),
    choice.profiles,
  );
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

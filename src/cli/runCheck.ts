/** Reads and checks a set of workbook files as one run (cross-file rules see all of them). */
import type ExcelJS from 'exceljs';
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import {
  checkReadings,
  countBySeverity,
  readWorkbook,
  type BookReading,
  type Finding,
  type FormSummary,
  type Profile,
} from '../engine';
import {
  ReadLimitError,
  readSpreadsheet,
  UnreadableWorkbookError,
  type WorkbookFormat,
} from '../formats';
import { readInputFile } from './files';

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

function readError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件：${file}`;
  if (code === 'EISDIR') return `${file} 是文件夹，不是工作簿文件`;
  if (code === 'EACCES') return `没有权限读取：${file}`;
  if (error instanceof UnreadableWorkbookError || error instanceof ReadLimitError)
    return error.message;
  return `无法读取：${(error as Error).message ?? String(error)}`;
}

/** Reads a file to check it: only the reading is kept (a folder may hold hundreds of files). */
export async function loadFile(file: string): Promise<LoadedFile> {
  try {
    const { format, book, findings } = await readSpreadsheet(readInputFile(file));
    return { file, format, reading: readWorkbook(book), readingFindings: findings, error: null };
  } catch (error) {
    return {
      file,
      format: null,
      reading: null,
      readingFindings: [],
      error: readError(file, error),
    };
  }
}

const FORMAT_NAMES: Record<WorkbookFormat, string> = {
  xlsx: 'Excel 工作簿（.xlsx）',
  xls: 'Excel 97–2003 或 WPS（.xls/.et）',
  ods: 'OpenDocument（.ods）',
};

/**
 * Reads a file and, where it is an .xlsx, its exceljs workbook too, for a caller that writes a
 * copy of it (annotate). The check reads the file as `check` does; exceljs only opens a file
 * that reading has already bounded.
 */
export async function loadFileWithWorkbook(
  file: string,
): Promise<{ loaded: LoadedFile; workbook: ExcelJS.Workbook | null }> {
  const loaded = await loadFile(file);
  if (!loaded.reading) return { loaded, workbook: null };
  if (loaded.format !== 'xlsx') {
    const error = `标注副本只能在 .xlsx 工作簿上写出，而 ${file} 是 ${FORMAT_NAMES[loaded.format!]} 文件：请先在 Excel 或 WPS 中“另存为” .xlsx 再标注（check 可直接检查它）`;
    return { loaded: { ...loaded, reading: null, error }, workbook: null };
  }
  try {
    // exceljs is loaded only to write: a check never needs it.
    const { loadWorkbook } = await import('../xlsx/readXlsx');
    return { loaded, workbook: await loadWorkbook(readInputFile(file)) };
  } catch (error) {
    return { loaded: { ...loaded, reading: null, error: readError(file, error) }, workbook: null };
  }
}

/** Below this many files, starting a pool costs more than it saves. */
const POOL_MIN_FILES = 8;

/** The compiled pool thread beside this module; absent when run from the TypeScript sources. */
function readWorkerScript(): string | null {
  const script = join(__dirname, 'readWorker.js');
  return existsSync(script) ? script : null;
}

/**
 * Reads files on every core: the main thread and a pool thread per other core take the next
 * file from one queue, in order of the list; `onLoaded` hears of each one finished. The checking
 * runs afterwards, once, on all readings: cross-file rules compare them.
 */
export async function loadFiles(
  files: string[],
  onLoaded: (done: number) => void = () => undefined,
): Promise<LoadedFile[]> {
  const loaded = new Array<LoadedFile>(files.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, file: LoadedFile) => {
    loaded[index] = file;
    onLoaded(++done);
  };
  const workers = availableParallelism() - 1;
  const script = files.length >= POOL_MIN_FILES && workers > 0 ? readWorkerScript() : null;
  const pool = script
    ? new (await import('piscina')).Piscina<string, LoadedFile>({
        filename: script,
        minThreads: workers,
        maxThreads: workers,
      })
    : null;
  /** One pool thread's share: a file at a time, the next one once it is done. */
  const feed = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++)
      finish(index, await pool!.run(files[index], { name: 'loadFile' }));
  };
  try {
    const fed = pool ? Array.from({ length: workers }, feed) : [];
    for (let index = next++; index < files.length; index = next++) {
      finish(index, await loadFile(files[index]));
      // Lets the pool's finished files come in, so its threads are fed again meanwhile.
      if (pool) await new Promise(setImmediate);
    }
    await Promise.all(fed);
    return loaded;
  } finally {
    await pool?.destroy();
  }
}

/** Checks loaded files together; unreadable ones keep their error and no findings. */
export function checkLoaded(loaded: LoadedFile[], profile: Profile | undefined): FileReport[] {
  const readable = loaded.filter((item) => item.reading !== null);
  const results = checkReadings(
    readable.map((item) => item.reading as BookReading),
    { profile, labels: readable.map((item) => item.file) },
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

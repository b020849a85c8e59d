/** Reads and checks a set of .xlsx files as one run (cross-file rules see all of them). */
import { readFileSync } from 'fs';
import type ExcelJS from 'exceljs';
import {
  checkReadings,
  countBySeverity,
  readWorkbook,
  type BookReading,
  type Finding,
  type FormSummary,
  type Profile,
} from '../engine';
import { loadWorkbook, UnreadableWorkbookError, workbookToGrid } from '../xlsx/readXlsx';

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
  reading: BookReading | null;
  error: string | null;
}

function readError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件：${file}`;
  if (code === 'EISDIR') return `${file} 是文件夹，不是 .xlsx 文件`;
  if (code === 'EACCES') return `没有权限读取：${file}`;
  if (error instanceof UnreadableWorkbookError) return error.message;
  return `无法读取：${(error as Error).message ?? String(error)}`;
}

/** Reads a file, keeping its exceljs workbook for a caller that writes a copy of it (annotate). */
export async function loadFileWithWorkbook(
  file: string,
): Promise<{ loaded: LoadedFile; workbook: ExcelJS.Workbook | null }> {
  try {
    const workbook = await loadWorkbook(readFileSync(file));
    return {
      workbook,
      loaded: { file, reading: readWorkbook(workbookToGrid(workbook)), error: null },
    };
  } catch (error) {
    return { workbook: null, loaded: { file, reading: null, error: readError(file, error) } };
  }
}

/** Reads a file to check it: only the reading is kept (a folder may hold hundreds of files). */
export async function loadFile(file: string): Promise<LoadedFile> {
  return (await loadFileWithWorkbook(file)).loaded;
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
      issues: result.findings,
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

/**
 * One run of the page: the picked files read and checked together, as `perf-forms check` checks
 * the files it is given (cross-file rules see them all), and what the page downloads from it.
 */
import type { Finding, WorkbookGrid } from '../../engine';
import { annotateNeedsXlsx, checkLoaded, loadBytes, type FileReport } from '../../cli/report';
import type { WorkbookFormat } from '../../formats';
import { fileLink, reviewSummary } from '../../summary';
import { annotateWorkbook } from '../../xlsx/annotate';
import { loadWorkbook } from '../../xlsx/readXlsx';
import { summaryWorkbook } from '../../xlsx/summaryWorkbook';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file of the run: its report, and what the preview and the annotated copy need. */
export interface CheckedFile {
  report: FileReport;
  /** null where the file could not be read. */
  format: WorkbookFormat | null;
  book: WorkbookGrid | null;
  bytes: Uint8Array;
}

/** A finding as the CLI's JSON lists it, with the file it is in. */
export type FileIssue = Finding & { file: string };

export async function checkFiles(files: PickedFile[]): Promise<CheckedFile[]> {
  const read = await Promise.all(files.map((file) => loadBytes(file.name, file.bytes)));
  // No --profile, as `perf-forms check` without one: the workbook's own, else the best fit.
  const reports = checkLoaded(
    read.map(({ loaded }) => loaded),
    { profiles: [], ignoreEmbedded: false },
  );
  return reports.map((report, i) => ({
    report,
    format: read[i].loaded.format,
    book: read[i].book,
    bytes: files[i].bytes,
  }));
}

export function fileIssues(files: CheckedFile[]): FileIssue[] {
  return files.flatMap(({ report }) =>
    report.issues.map((issue) => ({ ...issue, file: report.file })),
  );
}

/** Why a file that was read gets no annotated copy (only an .xlsx can), or null. */
export function annotateRefusal({ report, format }: CheckedFile): string | null {
  return format === 'xls' || format === 'ods' ? annotateNeedsXlsx(report.file, format) : null;
}

/**
 * The annotated copy `perf-forms annotate` writes (fills, notes, 检查结果 sheet) over a copy of
 * the picked bytes, marked with this run's findings for the file.
 */
export async function annotatedCopy(file: CheckedFile): Promise<ArrayBuffer> {
  const workbook = await loadWorkbook(file.bytes.slice());
  annotateWorkbook(workbook, file.report.issues);
  return workbook.xlsx.writeBuffer();
}

/** A picked file's bytes; FileReader, as File.arrayBuffer needs Chromium 76. */
export function readPicked(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The reviewer summary `perf-forms check --summary` writes, for the picked files; each file's
 * link is its bare name, which opens it when the summary is saved beside the files.
 */
export async function summaryCopy(files: CheckedFile[], checkedAt: Date): Promise<ArrayBuffer> {
  const summary = reviewSummary({
    reports: files.map((file) => file.report),
    inputs: files.map((file) => file.report.file),
    checkedAt,
    linkTo: fileLink,
  });
  return summaryWorkbook(summary).xlsx.writeBuffer();
}

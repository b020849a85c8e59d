/**
 * The annotated copy the CLI and the web page write: exceljs's output with what it left out of the
 * original put back. No Node here.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../engine';
import { annotateWorkbook } from './annotate';
import { lostInCopy } from './packageContents';
import { restoreFromOriginal } from './restoreFromOriginal';

export interface AnnotatedCopy {
  bytes: Uint8Array<ArrayBuffer>;
  resultsSheet: string;
  /** What the original package has that the copy lacks even after restoreFromOriginal. */
  lost: string[];
}

/**
 * Annotates the workbook read from `original` and returns the copy's bytes: exceljs's output
 * with what it left out of the original put back (restoreFromOriginal), compared with it.
 */
export async function annotatedCopy(
  workbook: ExcelJS.Workbook,
  findings: Finding[],
  original: Uint8Array,
): Promise<AnnotatedCopy> {
  const resultsSheet = annotateWorkbook(workbook, findings);
  const bytes = restoreFromOriginal(original, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { bytes, resultsSheet, lost: lostInCopy(original, bytes) };
}

/** What the copy `output` of `input` lacks, said to the person who asked for it; null if nothing. */
export function lostNotice(copy: AnnotatedCopy, output: string, input: string): string | null {
  return copy.lost.length > 0
    ? `注意：副本 ${output} 缺少原文件中的 ${copy.lost.join('、')}（本工具写副本时无法保留）；原文件 ${input} 未改动，仍保有这些内容`
    : null;
}

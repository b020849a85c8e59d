/** The annotated copy the CLI writes: exceljs's output with what it left out of the original put back. */
import type ExcelJS from 'exceljs';
import type { Finding } from '../engine';
import { annotateWorkbook } from './annotate';
import { lostInCopy } from './packageContents';
import { restoreFromOriginal } from './restoreFromOriginal';

export interface AnnotatedCopy {
  bytes: Buffer;
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
  const bytes = restoreFromOriginal(original, Buffer.from(await workbook.xlsx.writeBuffer()));
  return { bytes, resultsSheet, lost: lostInCopy(original, bytes) };
}

/**
 * Annotating a workbook: findings' cells filled by severity with a note, and a 检查结果 sheet
 * laid out as the reviewer summary's 问题清单 (src/summary).
 * No Node here: the web page annotates in the browser; annotatedCopy.ts makes the CLI's file.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../engine';
import { findingColumns, findingTable, RESULTS_SHEET } from '../summary';
import { freeSheetName } from '../template/sheetNames';
import { markFindingCells } from './markCells';
import { addTableSheet } from './tableSheet';

export { RESULTS_SHEET } from '../summary';

/** The header of the results sheet earlier versions wrote: recognised, so that it is replaced too. */
const EARLIER_RESULTS_HEADERS = ['级别', '工作表', '单元格', '规则', '说明', '建议'];

/** A results sheet an earlier annotate wrote (its header row is ours): replaced, not piled up. */
function isEarlierResults(sheet: ExcelJS.Worksheet): boolean {
  const current = findingColumns(false).map((column) => column.header);
  return [current, EARLIER_RESULTS_HEADERS].some((headers) =>
    headers.every((header, i) => sheet.getRow(1).getCell(i + 1).value === header),
  );
}

/** Marks every finding in the workbook; returns the name of the results sheet it added. */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: Finding[]): string {
  markFindingCells(workbook, findings);

  const earlier = workbook.getWorksheet(RESULTS_SHEET);
  if (earlier && isEarlierResults(earlier)) workbook.removeWorksheet(earlier.id);
  const name = freeSheetName(
    RESULTS_SHEET,
    (candidate) => workbook.getWorksheet(candidate) !== undefined,
    (copy) => `(${copy})`,
  );
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  addTableSheet(workbook, findingTable(RESULTS_SHEET, findings, sheets), name);
  return name;
}

/**
 * Annotating a workbook: findings' cells filled by severity with a note, and a 检查结果 sheet.
 * No Node here: the web page annotates in the browser; annotatedCopy.ts makes the CLI's file.
 */
import type ExcelJS from 'exceljs';
import { SEVERITY_FILL, SEVERITY_LABEL, type Finding } from '../engine';
import { freeSheetName } from '../template/sheetNames';
import { argb, markFindingCells } from './markCells';

export const RESULTS_SHEET = '检查结果';

const RESULTS_COLUMNS = [
  { header: '级别', key: 'severity', width: 8 },
  { header: '工作表', key: 'sheet', width: 24 },
  { header: '单元格', key: 'cell', width: 10 },
  { header: '规则', key: 'rule', width: 28 },
  { header: '说明', key: 'message', width: 80 },
  { header: '建议', key: 'suggestion', width: 20 },
];

/** A results sheet an earlier annotate wrote (its header row is ours): replaced, not piled up. */
function isEarlierResults(sheet: ExcelJS.Worksheet): boolean {
  return RESULTS_COLUMNS.every(
    (column, i) => sheet.getRow(1).getCell(i + 1).value === column.header,
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
  const results = workbook.addWorksheet(name);
  results.columns = RESULTS_COLUMNS.map((column) => ({ ...column }));
  results.getRow(1).font = { bold: true };
  for (const finding of findings) {
    const row = results.addRow({
      severity: SEVERITY_LABEL[finding.severity],
      sheet: finding.sheet,
      cell: {
        text: finding.cell,
        hyperlink: `#'${finding.sheet.replace(/'/g, "''")}'!${finding.cell}`,
      },
      rule: finding.rule,
      message: finding.message,
      suggestion: finding.suggestion ?? '',
    });
    row.getCell('severity').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: argb(SEVERITY_FILL[finding.severity]) },
    };
    row.getCell('cell').font = { color: { argb: 'FF0563C1' }, underline: true };
    row.getCell('message').alignment = { wrapText: true, vertical: 'top' };
  }
  if (findings.length === 0) results.addRow({ message: '未发现问题' });
  results.views = [{ state: 'frozen', ySplit: 1 }];
  return name;
}

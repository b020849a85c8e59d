/**
 * The list of findings, one row each: the summary's 问题清单 sheet, the annotated copy's 检查结果
 * sheet and the add-in's. One layout; the 文件 column only where the rows come from many files.
 */
import { SEVERITY_LABEL, type Finding } from '../engine';
import {
  tableRow,
  type SheetTable,
  type TableCell,
  type TableColumn,
  type TableRow,
} from './table';

/** The name of the sheet listing a workbook's findings inside it (annotated copy, add-in without notes). */
export const RESULTS_SHEET = '检查结果';

/** The 文件 and 工作表 columns, the same in 问题清单 and 汇总. */
export const FILE_COLUMN: TableColumn = { header: '文件', width: 26, wrap: true, align: 'left' };
export const SHEET_COLUMN: TableColumn = { header: '工作表', width: 16, wrap: true, align: 'left' };

const FINDING_COLUMNS: TableColumn[] = [
  SHEET_COLUMN,
  { header: '单元格', width: 8, wrap: false, align: 'center' },
  { header: '规则名称', width: 20, wrap: true, align: 'left' },
  { header: '严重程度', width: 9, wrap: false, align: 'center' },
  { header: '说明', width: 60, wrap: true, align: 'left' },
  { header: '建议', width: 16, wrap: true, align: 'left' },
];

/** The columns, with 文件 first where the rows come from many files. */
export function findingColumns(withFile: boolean): TableColumn[] {
  return withFile ? [FILE_COLUMN, ...FINDING_COLUMNS] : FINDING_COLUMNS;
}

/**
 * Findings in reading order: sheet by sheet (in `sheets`' order, the workbook's; a sheet not
 * there in the order the findings first name it), then row, then column.
 */
export function inReadingOrder(findings: readonly Finding[], sheets: readonly string[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const sheet of [...sheets, ...findings.map((finding) => finding.sheet)])
    if (!sheetOrder.has(sheet)) sheetOrder.set(sheet, sheetOrder.size);
  // Array.prototype.sort is stable: findings on one cell keep the engine's order.
  return [...findings].sort(
    (a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.row - b.row || a.col - b.col,
  );
}

/** A link to a cell of the workbook the sheet is in. */
export function cellLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * The rows of findings of one workbook whose sheets are `sheets`, in order. With `file`, each
 * row names it (and links to it where `file.link` is given); without, the list is in that
 * workbook and each cell links to its cell.
 */
export function findingRows(
  findings: readonly Finding[],
  sheets: readonly string[],
  file?: { name: string; link: string | null },
): TableRow[] {
  const columns = findingColumns(file !== undefined);
  const offset = file ? 1 : 0;
  const severityColumn = offset + 3;
  return inReadingOrder(findings, sheets).map((finding) => {
    const cells: TableCell[] = [
      finding.sheet,
      file || !finding.cell
        ? finding.cell
        : { text: finding.cell, link: cellLink(finding.sheet, finding.cell) },
      finding.ruleName,
      SEVERITY_LABEL[finding.severity],
      finding.message,
      finding.suggestion ?? '',
    ];
    if (file) cells.unshift(file.link ? { text: file.name, link: file.link } : file.name);
    return tableRow(columns, cells, [{ column: severityColumn, severity: finding.severity }]);
  });
}

/** The sheet that lists the findings of a workbook with these sheets (an annotated copy's, the add-in's). */
export function findingTable(
  name: string,
  findings: readonly Finding[],
  sheets: readonly string[],
): SheetTable {
  const columns = findingColumns(false);
  const rows = findingRows(findings, sheets);
  if (rows.length === 0) rows.push(tableRow(columns, ['', '', '', '', '未发现问题', '']));
  return {
    name,
    title: [],
    columns,
    rows,
    totals: null,
    pageHeader: name,
    orientation: 'landscape',
  };
}

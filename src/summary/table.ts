/**
 * A report sheet as plain data: a title block, a header row, rows and a totals row, with the
 * widths, wrapping and print setup a reviewer needs. Every host writes the same description
 * (exceljs for files in src/xlsx, CSV here, Office.js in the add-in), so they never drift apart.
 */
import type { Severity } from '../engine';
import { linesNeeded, rowHeightFor } from '../template/measure';

/** A cell's value; `link` is a hyperlink target (a relative file path, or "#'sheet'!A1"). */
export type TableCell = string | number | { text: string; link: string };

export interface TableColumn {
  header: string;
  /** Excel character units (a CJK character takes two). */
  width: number;
  /** Long text: wrapped, top-left aligned. */
  wrap: boolean;
  align: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: TableCell[];
  /** Points, enough for the wrapped cells' text at the body font size. */
  height: number;
  /** Cells coloured by a severity (its highlight fill), by column index. */
  fills: { column: number; severity: Severity }[];
}

export interface SheetTable {
  name: string;
  /** Lines above the header row (what was checked, when, by which rules). */
  title: string[];
  columns: TableColumn[];
  rows: TableRow[];
  /** A last, bold row; null where the sheet has none. */
  totals: TableCell[] | null;
  /** Shown in the printed page's header. */
  pageHeader: string;
  orientation: 'portrait' | 'landscape';
}

/** Every report sheet's font and header-row fill, whoever writes it. */
export const TABLE_FONT = '宋体';
export const TABLE_HEADER_FILL = '#D9D9D9';

export function cellText(cell: TableCell): string {
  return typeof cell === 'object' ? cell.text : String(cell);
}

/** A row whose height fits the text of its wrapped columns. */
export function tableRow(
  columns: readonly TableColumn[],
  cells: TableCell[],
  fills: TableRow['fills'] = [],
): TableRow {
  const lines = Math.max(
    1,
    ...columns.map((column, i) =>
      column.wrap ? linesNeeded(cellText(cells[i] ?? ''), column.width) : 1,
    ),
  );
  return { cells, height: rowHeightFor(lines), fills };
}

/** The 1-based row the header is on: the title block, then a blank line, above it. */
export function headerRowNumber(table: Pick<SheetTable, 'title'>): number {
  return table.title.length === 0 ? 1 : table.title.length + 2;
}

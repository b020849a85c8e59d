/** Indicator tables: found by their header row (一级指标 … 三级指标 … 指标值), read row by row. */
import type { CellText, IndicatorRow, IndicatorTable } from '../model';
import { squash } from '../text';
import { COLUMN_LOOKUP, MAX_LABEL_LENGTH, type IndicatorColumn } from './labels';
import type { LabelCells } from './labelCells';
import type { SheetView } from './sheetView';

export interface TableHeader {
  row: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  firstCol: number;
  lastCol: number;
}

/** A row is a table header when it names 三级指标, a value column, and 一级 or 二级. */
/** Label cells start..end (exclusive) are one row's. */
export function readTableHeader(
  labels: LabelCells,
  start: number,
  end: number,
): TableHeader | null {
  let columns: Partial<Record<IndicatorColumn, number>> | null = null;
  for (let i = start; i < end; i++) {
    const text = labels.texts[i];
    if (text.length > MAX_LABEL_LENGTH) continue;
    const column = COLUMN_LOOKUP.get(squash(text));
    if (!column) continue;
    columns ??= {}; // most rows name no column: nothing built for them
    if (columns[column] === undefined) columns[column] = labels.cols[i];
  }
  if (!columns) return null;
  if (columns.level3 === undefined || columns.value === undefined) return null;
  if (columns.level1 === undefined && columns.level2 === undefined) return null;
  const cols = Object.values(columns) as number[];
  return {
    row: labels.rows[start],
    columns,
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
  };
}

const isCaption = (text: string) => text.length <= 20 && /表$|指标$/.test(squash(text));
const isSideCaption = (text: string) => /指标$|目标表$/.test(squash(text));

function captionAbove(view: SheetView, header: TableHeader, top: number): string | null {
  for (let row = header.row - 1; row >= Math.max(top, header.row - 2); row--) {
    const caption = view.findCell(row, isCaption);
    if (caption) return caption.text;
  }
  // 000 and 003 print the caption (年度绩效指标) left of the header row, merged down the table.
  return view.findCell(header.row, isSideCaption, 0, header.firstCol - 1)?.text ?? null;
}

/**
 * Reads the rows of one table, from below its header to `end` (exclusive) or the first footer
 * row. A blank or merged 一级/二级 cell belongs to the nearest filled cell above it (rules.md).
 */
export function readIndicatorTable(
  view: SheetView,
  header: TableHeader,
  end: number,
  footerRows: readonly number[],
  formTop: number,
): { table: IndicatorTable; lastRow: number } {
  const { columns } = header;
  const caption = captionAbove(view, header, formTop);
  const rows: IndicatorRow[] = [];
  let level1: CellText | null = null;
  let level2: CellText | null = null;
  const headerBottom = view.area(header.row, columns.level3 as number).bottom;
  let lastRow = headerBottom;
  const footer = footerRows.find((row) => row > headerBottom);
  if (footer !== undefined && footer < end) end = footer;
  let longTerm = caption !== null && /长期|中期/.test(caption);
  // Each column's cell is looked up once per row; a filled cell is the one the row keeps.
  const filled = (row: number, col: number | undefined, known?: CellText | null) =>
    col === undefined ? null : view.filledCell(row, col, known);
  const isOwn = (cell: CellText | null, row: number, col: number | undefined) =>
    cell !== null && cell.row === row && cell.col === col;

  for (let row = headerBottom + 1; row < end; row++) {
    const level1Cell = filled(row, columns.level1, level1);
    const level2Cell = filled(row, columns.level2, level2);
    const level3 = filled(row, columns.level3);
    const operator = filled(row, columns.operator);
    const value = filled(row, columns.value);
    const unit = filled(row, columns.unit);
    // A row counts when a cell of its own (not one merged down from above) is filled.
    const counts =
      isOwn(level1Cell, row, columns.level1) ||
      isOwn(level2Cell, row, columns.level2) ||
      isOwn(level3, row, columns.level3) ||
      isOwn(operator, row, columns.operator) ||
      isOwn(value, row, columns.value) ||
      isOwn(unit, row, columns.unit);
    if (!counts) continue;
    lastRow = row;
    if (columns.goal !== undefined && /长期|中期/.test(view.text(row, columns.goal)))
      longTerm = true;

    // A blank 一级/二级 cell inherits: nothing to build for it.
    if (level1Cell) {
      if (level1Cell.row === row || level1 === null || level1Cell.row !== level1.row) level2 = null;
      level1 = level1Cell;
    }
    if (level2Cell) level2 = level2Cell;
    rows.push({
      row,
      level1: level1 ?? cellOrBlank(view, row, columns.level1, header),
      level2: level2 ?? cellOrBlank(view, row, columns.level2, header),
      level3: level3 ?? cellOrBlank(view, row, columns.level3, header),
      operator:
        operator ?? (columns.operator === undefined ? null : view.cell(row, columns.operator)),
      value: value ?? cellOrBlank(view, row, columns.value, header),
      unit: unit ?? (columns.unit === undefined ? null : view.cell(row, columns.unit)),
    });
  }
  return { table: { caption, longTerm, headerRow: header.row, rows }, lastRow };
}

function cellOrBlank(
  view: SheetView,
  row: number,
  col: number | undefined,
  header: TableHeader,
): CellText {
  return col === undefined
    ? { row, col: header.firstCol, raw: null, text: '' }
    : view.cell(row, col);
}

/** Indicator tables: found by their header row (一级指标 … 三级指标 … 指标值), read row by row. */
import { cellAt, type CellRange, type CellValue } from '../grid';
import type {
  CellPos,
  CellText,
  IndicatorColumns,
  IndicatorRow,
  IndicatorTable,
  RowCellRole,
} from '../model';
import { isLevel2Only } from '../hierarchy';
import { BUILTIN_PROFILES } from '../profiles/builtins';
import { cellText, squash } from '../text';
import { PROJECT_LOOKUP, readLabel, type IndicatorColumn } from './labels';
import type { LabelCells } from './labelCells';
import type { SheetView } from './sheetView';

/** Header fields a table may hold as columns, one value per project: a department's flat list of projects. */
export type ListedField =
  | '项目名称'
  | '项目编码'
  | '实施单位'
  | '年度资金总额'
  | '财政拨款'
  | '其他资金'
  | '中期绩效目标'
  | '年度绩效目标';
const LISTED_FIELDS: ReadonlySet<string> = new Set<ListedField>([
  '项目名称',
  '项目编码',
  '实施单位',
  '年度资金总额',
  '财政拨款',
  '其他资金',
  '中期绩效目标',
  '年度绩效目标',
]);

export interface TableHeader {
  /** The header's first and last rows (a header may be printed over two or three rows). */
  row: number;
  bottom: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  /** Columns of header fields, where the table lists several projects (项目名称, 项目金额 …). */
  fields: Partial<Record<ListedField, number>>;
  /** True where its labels say the table is for the long term ("三级指标（长期）", "中期指标值"). */
  longTerm: boolean;
  firstCol: number;
  lastCol: number;
}

/** A header cell spans at most this many rows below its own; a longer one is a vertical group label. */
const MAX_HEADER_DEPTH = 2;

/** A label cell of a header row, with the rows its merged area covers. */
interface HeaderCell {
  column: IndicatorColumn | ListedField;
  text: string;
  row: number;
  col: number;
  bottom: number;
}

/**
 * The indicator table headers of a sheet. A header names a 三级-like column, a value-like column
 * and 一级 or 二级; its labels may sit on one row or be merged down from a row above (two-row
 * headers). A row naming a column twice holds two tables side by side (中期 and 年度), each
 * read as its own. A label merged far down the table is a vertical group label, no column.
 */
export function findTableHeaders(view: SheetView, labels: LabelCells): TableHeader[] {
  const headers: TableHeader[] = [];
  const open: HeaderCell[] = []; // header cells of earlier rows still covering the current one
  const cells: HeaderCell[] = []; // the current row's, with those still open
  for (let start = 0; start < labels.rows.length;) {
    const row = labels.rows[start];
    let end = start + 1;
    while (end < labels.rows.length && labels.rows[end] === row) end++;
    let stillOpen = 0;
    for (const cell of open) if (cell.bottom >= row) open[stillOpen++] = cell;
    open.length = stillOpen;
    cells.length = 0;
    cells.push(...open);
    for (let i = start; i < end; i++) {
      const reading = labels.readings[i];
      const field = reading.column ? undefined : PROJECT_LOOKUP(reading.label);
      const column =
        reading.column === 'nature' && namesIndicators(view, row, labels.cols[i])
          ? 'level1' // 指标类型 holding 产出指标 / 效益指标 names the 一级
          : (reading.column ??
            (field && LISTED_FIELDS.has(field) ? (field as ListedField) : undefined));
      if (!column) continue;
      const col = labels.cols[i];
      const bottom = view.area(row, col).bottom;
      if (bottom - row > MAX_HEADER_DEPTH) continue;
      const cell = { column, text: reading.text, row, col, bottom };
      cells.push(cell);
      if (bottom > row) open.push(cell);
    }
    start = end;
    if (cells.length < 3) continue;
    cells.sort((a, b) => a.col - b.col);
    for (const header of splitSideBySide(cells, view)) {
      if (header.columns.value === undefined && !findPlaceColumn(view, header)) continue;
      pickValueColumn(view, header);
      const overlaps = headers.some(
        (known) =>
          known.bottom >= header.row &&
          known.firstCol <= header.lastCol &&
          header.firstCol <= known.lastCol,
      );
      if (!overlaps) headers.push(header);
    }
  }
  return headers;
}

/** True where the first filled cell below a header cell names an indicator (产出指标), not 定量/定性. */
function namesIndicators(view: SheetView, row: number, col: number): boolean {
  const below = view.area(row, col).bottom;
  for (let r = below + 1; r <= below + 3; r++) {
    const text = view.text(r, col);
    if (text !== '') return /指标$/.test(text);
  }
  return false;
}

/**
 * A table with one value column per place or recipient (笏石街道办 | 埭头镇) names no value column:
 * the first column right of its labels whose header cell is filled holds the values.
 */
function findPlaceColumn(view: SheetView, header: TableHeader): boolean {
  const [first] = view.filledCells(header.row, header.lastCol + 1);
  // A column label there (二级指标（年度）of a table beside) is no place: the table is not read.
  if (!first || readLabel(first.text).column !== undefined) return false;
  header.columns.value = first.col;
  header.lastCol = view.area(first.row, first.col).right;
  return true;
}

/** A sub-column that holds the target, not last year's figure: 预期2022年实现值, 年度目标值, 计划值. */
const TARGET_SUBCOLUMN = /预期|目标|计划|指标值|本年|当年|年度/;
const PAST_SUBCOLUMN = /实际|完成|上年|去年|历史/;

/**
 * A 指标值 label merged over several sub-columns (2021年实际实现值 | 预期2022年实现值, or one per
 * place): the value is the sub-column that names the target, else the last that names no past
 * figure (a blank sub-label among named ones included); the header then ends below the sub-labels.
 */
function pickValueColumn(view: SheetView, header: TableHeader): void {
  const col = header.columns.value as number;
  const area = view.area(header.row, col);
  if (area.right === area.left) return;
  const subRow = area.bottom + 1;
  let target = -1;
  let lastNotPast = -1;
  let blank = false;
  let past = false;
  for (let c = area.left; c <= area.right; c++) {
    // A value merged across the columns below: no sub-columns, a wide value column.
    if (!view.isOwner(subRow, c)) return;
    const text = view.ownText(subRow, c);
    blank ||= text === '';
    if (PAST_SUBCOLUMN.test(text)) past = true;
    else lastNotPast = c;
    if (TARGET_SUBCOLUMN.test(text) && !PAST_SUBCOLUMN.test(text)) target = c;
  }
  // A blank below is a sub-label left out only beside one that names a target or a past figure.
  if (blank && target < 0 && !past) return;
  header.columns.value = target >= 0 ? target : lastNotPast >= 0 ? lastNotPast : area.right;
  header.bottom = Math.max(header.bottom, subRow);
}

/** Cells of one header row, left to right, as one table per run that names no column twice. */
function splitSideBySide(cells: readonly HeaderCell[], view: SheetView): TableHeader[] {
  const headers: TableHeader[] = [];
  let group: HeaderCell[] = [];
  const close = () => {
    const header = tableHeader(group, view);
    if (header) headers.push(header);
    group = [];
  };
  for (const cell of cells) {
    if (group.some((known) => known.column === cell.column)) close();
    group.push(cell);
  }
  close();
  // Halves that share one 一级 column (一级 | 二级 三级 值 (长期) | 二级 三级 值 (年度)): the right
  // half's rows belong to the 一级 printed on the left.
  for (let i = 1; i < headers.length; i++) {
    const { columns } = headers[i];
    if (columns.level1 === undefined && columns.level2 !== undefined)
      columns.level1 = headers[i - 1].columns.level1;
  }
  return headers;
}

function tableHeader(cells: readonly HeaderCell[], view: SheetView): TableHeader | null {
  const columns: Partial<Record<IndicatorColumn, number>> = {};
  const fields: Partial<Record<ListedField, number>> = {};
  for (const cell of cells) {
    if (LISTED_FIELDS.has(cell.column)) fields[cell.column as ListedField] = cell.col;
    else columns[cell.column as IndicatorColumn] = cell.col;
  }
  const bottom = Math.max(...cells.map((cell) => cell.bottom));
  if (columns.level3 === undefined && holdsLevel2(view, bottom, columns)) {
    // The levels are printed one column to the left (鄂州: 一级指标 | 二级指标 | … | 当年预期实现值
    // over 数量指标 | 办公大楼日常维修维护次数): the 一级 is the one the hierarchy gives the 二级.
    columns.level3 = columns.level2;
    columns.level2 = columns.level1;
    delete columns.level1;
  }
  const levels = columns.level1 !== undefined || columns.level2 !== undefined;
  // Without a value column, a table with levels may give one value column per place (read later).
  if (columns.level3 === undefined || (columns.value === undefined && !levels)) return null;
  // Without 一级/二级, a flat list is a table where it names how rows are measured too.
  const measures = [columns.operator, columns.nature, columns.unit].filter(
    (col) => col !== undefined,
  );
  if (!levels && measures.length < 2) return null;
  return {
    row: Math.min(...cells.map((cell) => cell.row)),
    bottom,
    columns,
    fields,
    longTerm: cells.some((cell) => /长期|中期/.test(cell.text)),
    firstCol: cells[0].col,
    lastCol: cells[cells.length - 1].col,
  };
}

/**
 * True for a header with 一级, 二级 and value columns whose 一级 column holds 二级 names (数量指标),
 * judged by its first filled cell below the header.
 */
function holdsLevel2(
  view: SheetView,
  headerBottom: number,
  columns: Partial<Record<IndicatorColumn, number>>,
): boolean {
  const { level1, level2, value } = columns;
  if (level1 === undefined || level2 === undefined || value === undefined) return false;
  for (let row = headerBottom + 1; row < view.rowCount; row++) {
    const text = view.ownText(row, level1);
    if (text !== '') return isLevel2Only(text, BUILTIN_PROFILES);
  }
  return false;
}

/** A caption names a table (…表, …指标) or the period it is for (中期目标, 年度绩效指标). */
const isCaption = (text: string) =>
  text.length <= 20 &&
  /表$|指标$|^(中期|长期|年度|当年|本年度?)(滚动)?(绩效)?(目标|指标)/.test(squash(text));
const isSideCaption = (text: string) => /指标$|目标表$/.test(squash(text));

/** The caption over a table: a short text in the two rows above it, over the table's columns. */
function captionAbove(view: SheetView, header: TableHeader, top: number): string | null {
  for (let row = header.row - 1; row >= Math.max(top, header.row - 2); row--) {
    for (const cell of view.filledCells(row)) {
      const area = view.area(cell.row, cell.col);
      if (area.right < header.firstCol || area.left > header.lastCol) continue;
      if (isCaption(cell.text)) return cell.text;
    }
  }
  // 000 and 003 print the caption (年度绩效指标) left of the header row, merged down the table.
  return view.findCell(header.row, isSideCaption, 0, header.firstCol - 1)?.text ?? null;
}

/**
 * A row's own cells (三级, 计算符号, 指标值, 单位): what each shows and where it comes from. One
 * merge lookup per cell, and an object only for a cell inside a merged area started elsewhere.
 */
class RowCells {
  /** The row being read. */
  row = 0;
  /** Whether a cell of the row's own, not merged from elsewhere, is filled. */
  ownFilled = false;
  mergedFrom: Partial<Record<RowCellRole, CellPos>> | null = null;

  constructor(private readonly view: SheetView) {}

  startRow(row: number): void {
    this.row = row;
    this.ownFilled = false;
    this.mergedFrom = null;
  }

  /** The text the cell at `col` shows: its own, or the owner's of the merged area it lies in. */
  text(col: number, role: RowCellRole): string {
    const { row, view } = this;
    const merge = view.mergeAt(row, col);
    if (merge && (merge.top !== row || merge.left !== col)) {
      (this.mergedFrom ??= {})[role] = { row: merge.top, col: merge.left };
      return cellText(cellAt(view.grid, merge.top, merge.left));
    }
    const raw = cellAt(view.grid, row, col);
    if (raw === null || raw === '') return '';
    const text = cellText(raw);
    if (text !== '') this.ownFilled = true;
    return text;
  }

  /** The value behind a cell `text` read, as the sheet holds it. */
  raw(col: number, role: RowCellRole): CellValue {
    const owner = this.mergedFrom?.[role];
    const { grid } = this.view;
    return owner ? cellAt(grid, owner.row, owner.col) : cellAt(grid, this.row, col);
  }
}

/**
 * Reads the rows of one table, from below its header to `end` (exclusive) or the first footer
 * row. A blank or merged 一级/二级 cell belongs to the nearest filled cell above it (docs/rules.md).
 */
export function readIndicatorTable(
  view: SheetView,
  header: TableHeader,
  end: number,
  footerRows: readonly number[],
  formTop: number,
): { table: IndicatorTable; lastRow: number } {
  const { columns: headerColumns } = header;
  // A 指标性质 column stands for the operator where there is none: it holds 定性, or 定量 (the
  // operator is then inside the value), or an operator itself.
  const natureOnly = headerColumns.operator === undefined && headerColumns.nature !== undefined;
  const columns: IndicatorColumns = {
    level3: headerColumns.level3 as number, // a header names 三级 and a value column
    operator: headerColumns.operator ?? headerColumns.nature ?? null,
    value: headerColumns.value as number,
    unit: headerColumns.unit ?? null,
  };
  const caption = captionAbove(view, header, formTop);
  const rows: IndicatorRow[] = [];
  let level1: CellText | null = null;
  let level2: CellText | null = null;
  const headerBottom = header.bottom;
  let lastRow = headerBottom;
  const footer = footerRows.find((row) => row > headerBottom);
  if (footer !== undefined && footer < end) end = footer;
  let longTerm = header.longTerm || (caption !== null && /长期|中期/.test(caption));
  let goalOwner: CellRange | undefined;
  // 一级/二级 cells are looked up once per row; a filled one is the cell the rows below keep.
  const filled = (row: number, col: number | undefined, known: CellText | null) =>
    col === undefined ? null : view.filledCell(row, col, known);
  const isOwn = (cell: CellText | null, row: number, col: number | undefined) =>
    cell !== null && cell.row === row && cell.col === col;
  const cells = new RowCells(view);

  for (let row = headerBottom + 1; row < end; row++) {
    const level1Cell = filled(row, headerColumns.level1, level1);
    const level2Cell = filled(row, headerColumns.level2, level2);
    cells.startRow(row);
    const level3 = cells.text(columns.level3, 'level3');
    let operator = columns.operator === null ? null : cells.text(columns.operator, 'operator');
    if (natureOnly && operator)
      operator = /定性/.test(operator) ? '定性' : /定量/.test(operator) ? '' : operator;
    const value = cells.text(columns.value, 'value');
    const valueRaw = value === '' ? null : cells.raw(columns.value, 'value');
    const unit = columns.unit === null ? null : cells.text(columns.unit, 'unit');
    // A row counts when a cell of its own (not one merged down from above) is filled.
    const counts =
      cells.ownFilled ||
      isOwn(level1Cell, row, headerColumns.level1) ||
      isOwn(level2Cell, row, headerColumns.level2);
    if (!counts) continue;
    lastRow = row;
    if (headerColumns.goal !== undefined && !longTerm) {
      // The rows under one merged 目标 cell share its text: it is read once.
      const merge = view.mergeAt(row, headerColumns.goal);
      if (!merge || merge !== goalOwner)
        longTerm = /长期|中期/.test(view.text(row, headerColumns.goal));
      goalOwner = merge;
    }

    // A blank 一级/二级 cell inherits: nothing to build for it.
    if (level1Cell) {
      if (level1Cell.row === row || level1 === null || level1Cell.row !== level1.row) level2 = null;
      level1 = level1Cell;
    }
    if (level2Cell) level2 = level2Cell;
    rows.push({
      row,
      level1: level1 ?? blankCell(view, row, headerColumns.level1, header),
      level2: level2 ?? blankCell(view, row, headerColumns.level2, header),
      level3,
      operator,
      value,
      valueRaw,
      unit,
      mergedFrom: cells.mergedFrom,
    });
  }
  const { firstCol, lastCol } = header;
  return {
    table: {
      caption,
      longTerm,
      headerRow: header.row,
      levels: headerColumns.level1 !== undefined || headerColumns.level2 !== undefined,
      firstCol,
      lastCol,
      columns,
      rows,
    },
    lastRow,
  };
}

/** A blank 一级/二级 cell, or the table's first column where it has no such column. */
function blankCell(
  view: SheetView,
  row: number,
  col: number | undefined,
  header: TableHeader,
): CellText {
  return col === undefined
    ? { row, col: header.firstCol, raw: null, text: '' }
    : view.cell(row, col);
}

/**
 * Addresses and cell-by-cell reads and writes over the model, shared by the range objects: where
 * a range lives, how Excel parses its address, and how a 2-D write lands on the cells.
 */
import { parseRange, rangeToA1, type CellRange, type CellValue } from '../../engine';
import type { CellData, SheetModel } from './book';
import { FakeOfficeError } from './errors';

/** Where a range lives: one rectangle on one sheet. */
export interface RangeTarget {
  sheet: SheetModel;
  area: CellRange;
}

/** Where a range or RangeAreas lives: one or more rectangles on one sheet. */
export interface Cells {
  sheet: SheetModel;
  areas: CellRange[];
}

/** The longest address string getRanges accepts here; Excel rejects long ones too (about 255 characters). */
export const MAX_RANGES_ADDRESS_LENGTH = 255;

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: 1048575, right: 16383 };

/** What Excel reports as the fill of a cell without one. */
export const NO_FILL_COLOR = '#FFFFFF';

export function cellsOf(target: RangeTarget | null): Cells | null {
  return target && { sheet: target.sheet, areas: [target.area] };
}

export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

export function parseAddress(address: string): CellRange {
  const range = parseRange(stripSheet(address).replace(/\$/g, ''));
  // Row 0 ("A0") is no row of Excel's.
  if (!range || range.top < 0 || range.left < 0)
    throw new FakeOfficeError('InvalidArgument', `区域地址“${address}”无效。`);
  return range;
}

export function parseAreas(address: string): CellRange[] {
  if (address.length > MAX_RANGES_ADDRESS_LENGTH) {
    throw new FakeOfficeError('InvalidArgument', `区域地址过长（${address.length} 个字符）。`);
  }
  return address.split(',').map((part) => parseAddress(part.trim()));
}

export function forEachCell(area: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) visit(row, col);
}

export function mapCells<V>(area: CellRange, read: (row: number, col: number) => V): V[][] {
  const rows: V[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: V[] = [];
    for (let col = area.left; col <= area.right; col++) line.push(read(row, col));
    rows.push(line);
  }
  return rows;
}

/**
 * Writes a 2-D array cell by cell (it must match the range, as in Excel; a null entry leaves its
 * cell alone) or one value to every cell.
 */
export function eachCell(
  area: CellRange,
  data: unknown,
  write: (row: number, col: number, value: unknown) => void,
): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(data)) {
    forEachCell(area, (row, col) => write(row, col, data));
    return;
  }
  if (data.length !== rows || data.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `数据的行列数与区域 ${rangeToA1(area)}（${rows} 行 × ${cols} 列）不一致。`,
    );
  }
  forEachCell(area, (row, col) => {
    const value = (data as unknown[][])[row - area.top][col - area.left];
    if (value !== null) write(row, col, value);
  });
}

/** What Excel's `values` shows: the value, or "" for an empty cell. */
export function displayValue(cell: CellData | undefined): CellValue {
  return cell?.value ?? '';
}

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  throw new FakeOfficeError('InvalidArgument', `单元格的值无效：${String(value)}`);
}

/**
 * Cells to the address strings `worksheet.getRanges()` takes, so that painting thousands of
 * cells is a handful of calls. Excel rejects long address strings (about 255 characters), so
 * the cells are packed into column runs ("C5:C9") and split into several strings.
 */
import { extendRange, fromA1, rangeToA1, type CellRange } from '../../engine';

/** Kept under the length Excel accepts for one getRanges() address. */
export const MAX_ADDRESS_LENGTH = 250;

/** Packs cells (A1) into rectangles: vertical runs of consecutive rows in one column. */
export function packCells(cells: Iterable<string>): CellRange[] {
  const byColumn = new Map<number, Set<number>>();
  for (const cell of cells) {
    const pos = fromA1(cell);
    if (!pos) continue;
    const rows = byColumn.get(pos.col) ?? new Set<number>();
    rows.add(pos.row);
    byColumn.set(pos.col, rows);
  }
  const ranges: CellRange[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...(byColumn.get(col) ?? [])].sort((a, b) => a - b);
    let start = rows[0];
    let previous = rows[0];
    for (const row of rows.slice(1)) {
      if (row === previous + 1) {
        previous = row;
        continue;
      }
      ranges.push({ top: start, left: col, bottom: previous, right: col });
      start = previous = row;
    }
    ranges.push({ top: start, left: col, bottom: previous, right: col });
  }
  return ranges;
}

/** Cells as comma-separated address strings of packed runs, each at most MAX_ADDRESS_LENGTH characters. */
export function addressChunks(cells: Iterable<string>): string[] {
  return joinAddresses(packCells(cells).map(rangeToA1));
}

/** Addresses ("A1", "B2:D4") joined with commas into strings of at most MAX_ADDRESS_LENGTH characters. */
export function joinAddresses(addresses: Iterable<string>): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > MAX_ADDRESS_LENGTH) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** The smallest rectangle holding all the cells, or null for none. */
export function boundingRange(cells: Iterable<string>): CellRange | null {
  let bounds: CellRange | null = null;
  for (const cell of cells) {
    const pos = fromA1(cell);
    if (!pos) continue;
    bounds = extendRange(bounds, pos.row, pos.col);
  }
  return bounds;
}

/**
 * The grid: what every host hands to the engine. A sheet's cell values and merged areas,
 * nothing else, so the reader and the rules never touch Excel or a file.
 */

/** A cell as the reader sees it: text, a number, or nothing. Formulas arrive as their result. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, zero-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet name, as the host shows it. */
  name: string;
  /** Row-major values, zero-based; rows may be ragged or shorter than the sheet. */
  rows: CellValue[][];
  /** Merged areas of the sheet. */
  merges: CellRange[];
  /** Hidden or very hidden sheets hold data (e.g. the embedded profile), not forms. */
  hidden?: boolean;
}

/** A workbook: its sheets in tab order. */
export interface WorkbookGrid {
  sheets: Grid[];
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const line = grid.rows[row];
  if (!line) return null;
  const value = line[col];
  return value === undefined ? null : value;
}

export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

export function colCount(grid: Grid): number {
  let max = 0;
  for (const line of grid.rows) if (line.length > max) max = line.length;
  return max;
}

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row/column to an A1 address. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** An A1 address ("F12", "$F$12") to zero-based row/column; null if it is not one. */
export function fromA1(address: string): { row: number; col: number } | null {
  const text = address.trim();
  return readA1(text, 0, text.length) ? { row: lastA1.row, col: lastA1.col } : null;
}

/** The cell readA1 read last (zero-based): its caller copies it out at once. */
const lastA1 = { row: 0, col: 0 };

/**
 * Reads text[from, to) as exactly an A1 address, as /^\$?([A-Za-z]{1,3})\$?(\d+)$/ would, into
 * lastA1; false where it is not one. By character codes, with no piece cut out: every merged
 * area of every sheet read comes through here, and a match per address was a tenth of what
 * reading a folder allocated.
 */
function readA1(text: string, from: number, to: number): boolean {
  let at = from < to && text.charCodeAt(from) === DOLLAR ? from + 1 : from;
  const lettersStart = at;
  while (at < to && isAsciiLetter(text.charCodeAt(at))) at++;
  if (at === lettersStart || at - lettersStart > 3) return false;
  const col = columnOfLetters(text, lettersStart, at);
  if (at < to && text.charCodeAt(at) === DOLLAR) at++;
  const digitsStart = at;
  let row = 0;
  while (at < to && isAsciiDigit(text.charCodeAt(at)))
    row = row * 10 + text.charCodeAt(at++) - 0x30;
  if (at !== to || at === digitsStart) return false;
  // Past 15 digits, summing could round unlike Number().
  lastA1.row = (to - digitsStart > 15 ? Number(text.slice(digitsStart, to)) : row) - 1;
  lastA1.col = col;
  return true;
}

const DOLLAR = 0x24;
export const isAsciiLetter = (code: number) => (code | 32) >= 0x61 && (code | 32) <= 0x7a;
export const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The zero-based column the letters in text[from, to) name (either case): "A" → 0, "aa" → 26. */
export function columnOfLetters(text: string, from: number, to: number): number {
  let col = 0;
  for (let at = from; at < to; at++) col = col * 26 + ((text.charCodeAt(at) | 32) - 96);
  return col - 1;
}

/** "A1:C3" or "A1" to a range. */
export function parseRange(address: string): CellRange | null {
  // The usual address is read in place; one with spaces around a part goes through fromA1.
  const colon = address.indexOf(':');
  if (readA1(address, 0, colon < 0 ? address.length : colon)) {
    const { row, col } = lastA1;
    const next = colon < 0 ? -1 : address.indexOf(':', colon + 1);
    if (colon < 0 || readA1(address, colon + 1, next < 0 ? address.length : next))
      return {
        top: Math.min(row, lastA1.row),
        left: Math.min(col, lastA1.col),
        bottom: Math.max(row, lastA1.row),
        right: Math.max(col, lastA1.col),
      };
  }
  const [start, end = start] = address.split(':');
  const a = fromA1(start);
  const b = fromA1(end);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The smallest range holding `range` (none yet: null) and the cell at row/column. */
export function extendRange(range: CellRange | null, row: number, col: number): CellRange {
  return range
    ? {
        top: Math.min(range.top, row),
        left: Math.min(range.left, col),
        bottom: Math.max(range.bottom, row),
        right: Math.max(range.right, col),
      }
    : { top: row, left: col, bottom: row, right: col };
}

export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Relative A1 addresses ("A12", "B2:D4") made absolute ("$A$12", "$B$2:$D$4"). */
export function absoluteA1(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

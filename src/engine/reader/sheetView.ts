/** A grid with its merges resolved: every cell knows the merged area it belongs to. */
import { cellAt, colCount, type CellRange, type CellValue, type Grid } from '../grid';
import type { CellPos, CellText } from '../model';
import { cellText } from '../text';

export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  /** Every cell of a merged area → that area; keyed row * colCount + col. */
  private readonly areaAt = new Map<number, CellRange>();
  private readonly filledByRow: CellText[][] = [];

  constructor(readonly grid: Grid) {
    this.rowCount = grid.rows.length;
    let width = colCount(grid);
    for (const merge of grid.merges) width = Math.max(width, merge.right + 1);
    this.colCount = width;
    for (const merge of grid.merges) {
      for (let row = merge.top; row <= merge.bottom; row++) {
        for (let col = merge.left; col <= merge.right; col++)
          this.areaAt.set(this.key(row, col), merge);
      }
    }
  }

  get name(): string {
    return this.grid.name;
  }

  private key(row: number, col: number): number {
    return row * this.colCount + col;
  }

  /** True for the cell that holds a value: a plain cell or the top-left of a merge. */
  isOwner(row: number, col: number): boolean {
    const merge = this.areaAt.get(this.key(row, col));
    return !merge || (merge.top === row && merge.left === col);
  }

  /** The merged area of a cell, or the cell alone. */
  area(row: number, col: number): CellRange {
    return this.areaAt.get(this.key(row, col)) ?? { top: row, left: col, bottom: row, right: col };
  }

  /** The cell holding the value shown at (row, col): the top-left of its merge. */
  owner(row: number, col: number): CellPos {
    const merge = this.areaAt.get(this.key(row, col));
    return merge ? { row: merge.top, col: merge.left } : { row, col };
  }

  raw(row: number, col: number): CellValue {
    const at = this.owner(row, col);
    return cellAt(this.grid, at.row, at.col);
  }

  /** The text shown at (row, col), merged cells included. */
  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  /** The text of the cell itself: empty for a covered cell of a merge. */
  ownText(row: number, col: number): string {
    return this.isOwner(row, col) ? cellText(cellAt(this.grid, row, col)) : '';
  }

  /** The owner cell of (row, col) with its content. */
  cell(row: number, col: number): CellText {
    const at = this.owner(row, col);
    const raw = cellAt(this.grid, at.row, at.col);
    return { row: at.row, col: at.col, raw, text: cellText(raw) };
  }

  /**
   * Visits the owner cells of a row that hold text (labels, titles, year lines are text),
   * left to right, stopping when `visit` returns true. Builds no cell objects: the reader
   * scans every row several times and keeps only what matches.
   */
  eachText(row: number, visit: (text: string, col: number) => boolean | void): void {
    const line = this.grid.rows[row];
    if (!line) return;
    for (let col = 0; col < line.length; col++) {
      const raw = line[col];
      if (typeof raw !== 'string') continue;
      const text = raw.trim();
      if (text === '' || (this.areaAt.size > 0 && !this.isOwner(row, col))) continue;
      if (visit(text, col) === true) return;
    }
  }

  /** Owner cells of a row that hold something, left to right (each row worked out once). */
  filledCells(row: number, fromCol = 0, toCol = Infinity): readonly CellText[] {
    let cells = this.filledByRow[row];
    if (!cells) this.filledByRow[row] = cells = this.collectFilled(row);
    if (fromCol === 0 && toCol === Infinity) return cells;
    return cells.filter((cell) => cell.col >= fromCol && cell.col <= toCol);
  }

  private collectFilled(row: number): CellText[] {
    const cells: CellText[] = [];
    const line = this.grid.rows[row];
    if (!line) return cells;
    for (let col = 0; col < line.length; col++) {
      const raw = line[col];
      if (raw === null || raw === undefined || raw === '' || !this.isOwner(row, col)) continue;
      const text = cellText(raw);
      if (text !== '') cells.push({ row, col, raw, text });
    }
    return cells;
  }
}

/** A grid with its merges resolved: every cell knows the merged area it belongs to. */
import { cellAt, colCount, type CellRange, type CellValue, type Grid } from '../grid';
import type { CellText } from '../model';
import type { Profile } from '../profiles/types';
import { cellText, squash } from '../text';

/** Squashed bureau word → the standard label it stands for (三级指标, 指标值, 项目名称 …). */
export type LabelAliases = ReadonlyMap<string, string>;

export const NO_LABEL_ALIASES: LabelAliases = new Map();

/** The label aliases of profiles, looked up by the squashed text of a cell. */
export function labelAliasesOf(profiles: readonly Profile[]): LabelAliases {
  const aliases = new Map<string, string>();
  for (const profile of profiles)
    for (const [label, words] of Object.entries(profile.aliases?.labels ?? {}))
      for (const word of words) aliases.set(squash(word), label);
  return aliases;
}

/** Up to this many merged areas, a lookup scans them all. */
const FEW_MERGES = 16;

/** Columns that fit the bit mask of merged columns (a 32-bit integer, sign bit unused). */
const MASKED_COLUMNS = 31;

export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  /**
   * The merged areas crossing each row, for a sheet with many of them; null where there are
   * few (a project form has a handful): scanning them all is cheaper than listing them per row.
   */
  private readonly mergesOfRow: (CellRange[] | undefined)[] | null = null;
  private readonly filledByRow: CellText[][] = [];
  /**
   * Per row of the grid, bit c set when a merged area covers column c there (c < MASKED_COLUMNS).
   * The reader asks about indicator cells on every row, and most of them are in no merged area
   * (the title's spans the columns, but only on its own row): one bit test answers for them.
   * Rows below the grid's (a merge may reach past them) are looked up in the merges.
   */
  private readonly mergedInRow: number[] = [];

  /**
   * @param labelAliases The bureau's words for labels (profile aliases), squashed, with the
   *   label the reader knows for each.
   */
  constructor(
    readonly grid: Grid,
    readonly labelAliases: LabelAliases = NO_LABEL_ALIASES,
  ) {
    this.rowCount = grid.rows.length;
    let width = colCount(grid);
    for (const merge of grid.merges) width = Math.max(width, merge.right + 1);
    this.colCount = width;
    // A plain array of small integers: a typed array costs more to create than a sheet's lookups.
    for (let row = 0; row < this.rowCount; row++) this.mergedInRow.push(0);
    for (const merge of grid.merges) {
      let bits = 0;
      for (let col = merge.left; col <= Math.min(merge.right, MASKED_COLUMNS - 1); col++)
        bits |= 1 << col;
      const bottom = Math.min(merge.bottom, this.rowCount - 1);
      for (let row = merge.top; row <= bottom; row++) this.mergedInRow[row] |= bits;
    }
    if (grid.merges.length > FEW_MERGES) {
      const mergesOfRow: (CellRange[] | undefined)[] = (this.mergesOfRow = []);
      for (const merge of grid.merges) {
        for (let row = merge.top; row <= merge.bottom; row++) (mergesOfRow[row] ??= []).push(merge);
      }
    }
  }

  get name(): string {
    return this.grid.name;
  }

  /** The merged area a cell belongs to; where areas overlap, the one listed last. */
  mergeAt(row: number, col: number): CellRange | undefined {
    const mask = this.mergedInRow[row];
    if (mask !== undefined && col >= 0 && col < MASKED_COLUMNS && (mask & (1 << col)) === 0)
      return undefined;
    const merges = this.mergesOfRow ? this.mergesOfRow[row] : this.grid.merges;
    if (!merges) return undefined;
    for (let i = merges.length - 1; i >= 0; i--) {
      const merge = merges[i];
      if (row >= merge.top && row <= merge.bottom && col >= merge.left && col <= merge.right)
        return merge;
    }
    return undefined;
  }

  /** True for the cell that holds a value: a plain cell or the top-left of a merge. */
  isOwner(row: number, col: number): boolean {
    const merge = this.mergeAt(row, col);
    return !merge || (merge.top === row && merge.left === col);
  }

  /** The merged area of a cell, or the cell alone. */
  area(row: number, col: number): CellRange {
    return this.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  raw(row: number, col: number): CellValue {
    const merge = this.mergeAt(row, col);
    return merge ? cellAt(this.grid, merge.top, merge.left) : cellAt(this.grid, row, col);
  }

  /** The text shown at (row, col), merged cells included. */
  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  /** The text of the cell itself: empty for a covered cell of a merge. */
  ownText(row: number, col: number): string {
    return this.isOwner(row, col) ? cellText(cellAt(this.grid, row, col)) : '';
  }

  /**
   * The owner cell of (row, col) with its content; `known` itself where it is that owner cell
   * (the rows under a merged or inherited cell ask for it again).
   */
  cell(row: number, col: number, known?: CellText | null): CellText {
    const merge = this.mergeAt(row, col);
    const ownerRow = merge ? merge.top : row;
    const ownerCol = merge ? merge.left : col;
    if (known && known.row === ownerRow && known.col === ownerCol) return known;
    const raw = cellAt(this.grid, ownerRow, ownerCol);
    return { row: ownerRow, col: ownerCol, raw, text: cellText(raw) };
  }

  /**
   * The owner cell of (row, col) where it shows something, else null: one merge lookup, and
   * nothing built for a blank cell or where `known` is that owner already.
   */
  filledCell(row: number, col: number, known?: CellText | null): CellText | null {
    const merge = this.mergeAt(row, col);
    const ownerRow = merge ? merge.top : row;
    const ownerCol = merge ? merge.left : col;
    if (known && known.row === ownerRow && known.col === ownerCol)
      return known.text === '' ? null : known;
    const raw = cellAt(this.grid, ownerRow, ownerCol);
    if (raw === null || raw === '') return null;
    const text = cellText(raw);
    return text === '' ? null : { row: ownerRow, col: ownerCol, raw, text };
  }

  /** The first owner cell of a row, left to right, whose text passes `test`; builds no other. */
  findCell(
    row: number,
    test: (text: string) => boolean,
    fromCol = 0,
    toCol = Infinity,
  ): CellText | null {
    const last = Math.min(this.rowLength(row) - 1, toCol);
    for (let col = fromCol; col <= last; col++) {
      const text = this.ownText(row, col);
      if (text !== '' && test(text)) return this.cell(row, col);
    }
    return null;
  }

  /** How many cells the grid holds for a row (rows are ragged). */
  rowLength(row: number): number {
    return this.grid.rows[row]?.length ?? 0;
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
    // forEach skips the holes of a sparse row.
    line.forEach((raw, col) => {
      if (raw === null || raw === undefined || raw === '' || !this.isOwner(row, col)) return;
      const text = cellText(raw);
      if (text !== '') cells.push({ row, col, raw, text });
    });
    return cells;
  }
}

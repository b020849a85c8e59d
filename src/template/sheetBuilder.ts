/**
 * Collects a sheet's cells, merges and validations in zero-based coordinates and turns them
 * into a SheetLayout, estimating row heights so that wrapped labels show whole.
 */
import { columnLetters, toA1, type FormKind } from '../engine';
import type {
  CellStyle,
  LayoutCell,
  LayoutValidation,
  PrintSetup,
  SheetLayout,
  SheetProtection,
  SheetVisibility,
  StyleKey,
} from './layout';
import { linesNeeded, rowHeightFor } from './measure';
import { STYLES } from './styles';

/** Excel's default row height in points; a row that needs no more is left at the default. */
const HOST_DEFAULT_ROW_HEIGHT = 15;

export interface Span {
  rows?: number;
  cols?: number;
}

export type CellContent = Omit<LayoutCell, 'address' | 'style' | 'locked'>;

interface PlacedCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
  cell: LayoutCell;
}

export class SheetBuilder {
  private readonly placed: PlacedCell[] = [];
  private readonly validations: LayoutValidation[] = [];
  private readonly minHeights = new Map<number, number>();

  constructor(
    readonly name: string,
    /** Column widths in character units, from column A. */
    readonly widths: readonly number[],
  ) {}

  /** Places a cell (merged over `span`) and returns its A1 address. */
  put(
    row: number,
    col: number,
    style: StyleKey,
    locked: boolean,
    content: CellContent = {},
    span: Span = {},
  ): string {
    const address = toA1(row, col);
    this.placed.push({
      row,
      col,
      rows: span.rows ?? 1,
      cols: span.cols ?? 1,
      cell: { address, ...content, style, locked },
    });
    return address;
  }

  label(
    row: number,
    col: number,
    text: string,
    span: Span = {},
    style: StyleKey = 'label',
  ): string {
    return this.put(row, col, style, true, { value: text }, span);
  }

  input(
    row: number,
    col: number,
    style: StyleKey,
    content: CellContent = {},
    span: Span = {},
  ): string {
    return this.put(row, col, style, false, content, span);
  }

  validate(validation: LayoutValidation): void {
    this.validations.push(validation);
  }

  /** Room for `lines` lines of text in a row (input areas for long text). */
  reserveLines(row: number, lines: number): void {
    this.raiseHeight(row, rowHeightFor(lines));
  }

  spanWidth(col: number, cols: number): number {
    return this.widths.slice(col, col + cols).reduce((sum, width) => sum + width, 0);
  }

  get totalWidth(): number {
    return this.spanWidth(0, this.widths.length);
  }

  get lastRow(): number {
    return Math.max(0, ...this.placed.map((placed) => placed.row + placed.rows - 1));
  }

  build(settings: {
    visibility: SheetVisibility;
    form: FormKind | null;
    print: PrintSetup | null;
    protection: SheetProtection | null;
    showGridLines: boolean;
  }): SheetLayout {
    this.fitWrappedText();
    // Rows left out keep the host's default height, which Excel grows as the person types.
    const rows = [...this.minHeights.entries()]
      .sort(([a], [b]) => a - b)
      .map(([row, height]) => ({ row: row + 1, height }));
    return {
      name: this.name,
      ...settings,
      cells: this.placed.map((placed) => placed.cell),
      merges: this.placed
        .filter((placed) => placed.rows > 1 || placed.cols > 1)
        .map(
          (placed) =>
            `${placed.cell.address}:${toA1(placed.row + placed.rows - 1, placed.col + placed.cols - 1)}`,
        ),
      columns: this.widths.map((width, col) => ({ column: columnLetters(col), width })),
      rows,
      validations: this.validations,
    };
  }

  /** Every wrapped text cell gets the rows it needs, shared out over the rows it spans. */
  private fitWrappedText(): void {
    for (const { row, col, rows, cols, cell } of this.placed) {
      const style: CellStyle = STYLES[cell.style];
      if (!style.wrap || typeof cell.value !== 'string') continue;
      const lines = linesNeeded(cell.value, this.spanWidth(col, cols), style.font.size);
      const perRow = Math.ceil(rowHeightFor(lines, style.font.size) / rows);
      if (perRow <= HOST_DEFAULT_ROW_HEIGHT) continue;
      for (let offset = 0; offset < rows; offset++) this.raiseHeight(row + offset, perRow);
    }
  }

  /** At least `points` high (a row keeps the largest height asked of it). */
  raiseHeight(row: number, points: number): void {
    this.minHeights.set(row, Math.max(points, this.minHeights.get(row) ?? 0));
  }
}

/**
 * The cells of a sheet that may be a title, a label, a footer or a money unit, in reading order.
 * One walk over the grid finds them; every later search looks through them, not the grid. Kept
 * as columns of positions and label readings (one reading per distinct text, shared): most are
 * values that only look like labels, and a cell object is built only for the ones a search keeps.
 */
import type { CellText } from '../model';
import { squash } from '../text';
import { mayBeLabel, readLabel, type LabelReading } from './labels';
import type { SheetView } from './sheetView';

/** Positions [start, end) in a LabelCells list. */
export interface LabelRange {
  start: number;
  end: number;
}

export class LabelCells {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  /** What each trimmed text is as a label (the text among it). */
  readonly readings: LabelReading[] = [];

  constructor(private readonly view: SheetView) {
    const { rows, cols, readings } = this;
    const lines = view.grid.rows;
    const aliases = view.labelAliases;
    for (let row = 0; row < lines.length; row++) {
      const line = lines[row];
      if (!line) continue;
      // forEach skips the holes of a sparse row: a cell far right costs its own visit only.
      line.forEach((raw, col) => {
        if (typeof raw !== 'string') return; // labels are text: numbers never are
        const text = raw.trim();
        // A bureau's word reads as the label it stands for, its text kept as printed.
        const standard = aliases.size > 0 ? aliases.get(squash(text)) : undefined;
        if (text === '' || !(standard ?? mayBeLabel(text)) || !view.isOwner(row, col)) return;
        rows.push(row);
        cols.push(col);
        readings.push(standard ? { ...readLabel(standard), text } : readLabel(text));
      });
    }
  }

  /** The cells of rows top..bottom. */
  inRows(top: number, bottom: number): LabelRange {
    const { rows } = this;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rows[middle] < top) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < rows.length && rows[end] <= bottom) end++;
    return { start: low, end };
  }

  cell(index: number): CellText {
    const row = this.rows[index];
    const col = this.cols[index];
    return { row, col, raw: this.view.grid.rows[row][col], text: this.readings[index].text };
  }
}

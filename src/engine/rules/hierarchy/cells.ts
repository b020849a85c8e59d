/** The written 一级/二级 cells of indicator rows: shared by the rows under one merged or inherited cell. */
import type { AnalyzedRow } from '../../analyze';
import type { CellPos, CellText } from '../../model';

/**
 * Each distinct written 一级/二级 cell once. The rows of one cell are consecutive (a merge, or
 * blank cells inheriting from the filled one above): a cell is new where it differs from the
 * previous row's.
 */
export function distinctCells(rows: AnalyzedRow[], pick: (row: AnalyzedRow) => CellText) {
  const distinct: AnalyzedRow[] = [];
  let previous: CellText | null = null;
  for (const row of rows) {
    const cell = pick(row);
    if (cell.text !== '' && !(previous && sameCell(previous, cell))) distinct.push(row);
    previous = cell;
  }
  return distinct;
}

export function sameCell(a: CellPos, b: CellPos): boolean {
  return a.row === b.row && a.col === b.col;
}

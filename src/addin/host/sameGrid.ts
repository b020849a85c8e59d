/** Whether two reads of a sheet hold the same values and merges (a selection move re-reads). */
import type { Grid } from '../../engine';

export function sameGrid(a: Grid, b: Grid): boolean {
  if (a.name !== b.name || a.hidden !== b.hidden) return false;
  if (a.merges.length !== b.merges.length || a.rows.length !== b.rows.length) return false;
  const sameMerges = a.merges.every((merge, index) => {
    const other = b.merges[index];
    return (
      merge.top === other.top &&
      merge.left === other.left &&
      merge.bottom === other.bottom &&
      merge.right === other.right
    );
  });
  if (!sameMerges) return false;
  return a.rows.every((row, index) => {
    const other = b.rows[index];
    const width = Math.max(row.length, other.length);
    for (let col = 0; col < width; col++)
      if ((row[col] ?? null) !== (other[col] ?? null)) return false;
    return true;
  });
}

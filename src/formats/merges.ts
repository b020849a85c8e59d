/** Merged areas as a repaired file has them: none overlapping another. */
import { rangeToA1, rangesOverlap, type CellRange } from '../engine/grid';

export interface DroppedMerge {
  range: CellRange;
  /** The kept area it overlapped. */
  keptOver: CellRange;
}

/**
 * The areas less each one that overlaps an area kept before it, taking them from the top row
 * down (on a tie, in their listed order). A sweep compares an area only with the kept areas
 * still open at its top row, so a sheet's merges cost about their number, not its square.
 */
export function dropOverlappingMerges(listed: CellRange[]): {
  merges: CellRange[];
  dropped: DroppedMerge[];
} {
  // Positions, not wrapper objects, and the open areas kept in one array: every sheet read
  // comes through here, most with nothing to drop.
  const byTop: number[] = [];
  for (let index = 0; index < listed.length; index++) byTop.push(index);
  // Most sheets list them from the top down already: the stable order is then the listed one.
  let sorted = true;
  for (let index = 1; sorted && index < listed.length; index++)
    sorted = listed[index - 1].top <= listed[index].top;
  if (!sorted) byTop.sort((a, b) => listed[a].top - listed[b].top || a - b);
  const dropped: DroppedMerge[] = [];
  const droppedAt = new Set<number>();
  const open: CellRange[] = [];
  for (const index of byTop) {
    const range = listed[index];
    let keptOver: CellRange | undefined;
    let stillOpen = 0;
    for (const other of open) {
      if (other.bottom < range.top) continue;
      open[stillOpen++] = other;
      if (!keptOver && rangesOverlap(other, range)) keptOver = other;
    }
    open.length = stillOpen;
    if (keptOver) {
      dropped.push({ range, keptOver });
      droppedAt.add(index);
    } else open.push(range);
  }
  const merges = droppedAt.size ? listed.filter((_, index) => !droppedAt.has(index)) : listed;
  return { merges, dropped };
}

export function overlapMessage({ range, keptOver }: DroppedMerge): string {
  return `合并区域 ${rangeToA1(range)} 与 ${rangeToA1(keptOver)} 重叠，已按未合并读取（Excel 修复文件时同样取消其一）`;
}

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
  const byTop = listed
    .map((range, index) => ({ range, index }))
    .sort((a, b) => a.range.top - b.range.top || a.index - b.index);
  const kept = new Set<number>();
  const dropped: DroppedMerge[] = [];
  let open: CellRange[] = [];
  for (const { range, index } of byTop) {
    open = open.filter((other) => other.bottom >= range.top);
    const keptOver = open.find((other) => rangesOverlap(other, range));
    if (keptOver) {
      dropped.push({ range, keptOver });
    } else {
      open.push(range);
      kept.add(index);
    }
  }
  return { merges: listed.filter((_, index) => kept.has(index)), dropped };
}

export function overlapMessage({ range, keptOver }: DroppedMerge): string {
  return `合并区域 ${rangeToA1(range)} 与 ${rangeToA1(keptOver)} 重叠，已按未合并读取（Excel 修复文件时同样取消其一）`;
}

/**
 * Where a printed form's pages end. The form prints at a scale that fits its width on the page
 * (computed here, not left to the host's fit-to-width: Excel and LibreOffice ignore manual page
 * breaks under fit-to-page). Rows are laid out page by page; a 一级 block that would be cut gets
 * a break before it, and one taller than a page is cut at a 二级 boundary with its 一级 label
 * repeated on the continuation, so that no page starts with a blank 一级.
 */
import { toA1 } from '../engine';
import type { LayoutCell, SheetLayout } from './layout';

/** A4 in points. */
const A4 = { long: 841.89, short: 595.28 };
const POINTS_PER_INCH = 72;
/**
 * Points per column character unit, cell padding included, as LibreOffice prints the forms (Excel
 * prints narrower, so a scale fitting LibreOffice fits Excel too).
 */
const POINTS_PER_CHAR = 8.4;
/** Row heights are estimates: plan pages as if they held a little less. */
const PAGE_SAFETY = 0.93;
/** Rows left at the host's default height. */
const DEFAULT_ROW_HEIGHT = 15;

/** One 一级 block of the indicator table: zero-based rows, and where each of its 二级 starts. */
export interface Level1Block {
  top: number;
  bottom: number;
  level2Tops: number[];
}

export interface PageMetrics {
  orientation: 'portrait' | 'landscape';
  margins: { left: number; right: number; top: number; bottom: number };
}

/** The print scale (percent) that fits the sheet's width on one page. */
export function printScale(sheet: SheetLayout, page: PageMetrics): number {
  const paperWidth = page.orientation === 'landscape' ? A4.long : A4.short;
  const printable = paperWidth - (page.margins.left + page.margins.right) * POINTS_PER_INCH;
  const width = sheet.columns.reduce((sum, column) => sum + column.width, 0) * POINTS_PER_CHAR;
  return Math.max(10, Math.min(100, Math.floor((printable / width) * 100)));
}

/**
 * The rows (zero-based) a manual page break goes before, and the 一级 merges to split there.
 * `repeatRow` is the table header row printed atop every page after the first.
 */
export function planPageBreaks(
  sheet: SheetLayout,
  page: PageMetrics,
  scale: number,
  lastRow: number,
  repeatRow: number,
  blocks: readonly Level1Block[],
): { breaks: number[]; splits: { block: Level1Block; at: number }[] } {
  const heights = new Map(sheet.rows.map(({ row, height }) => [row - 1, height]));
  const height = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  const span = (from: number, to: number) => {
    let sum = 0;
    for (let row = from; row <= to; row++) sum += height(row);
    return sum;
  };
  const paperHeight = page.orientation === 'landscape' ? A4.short : A4.long;
  const capacity =
    (((paperHeight - (page.margins.top + page.margins.bottom) * POINTS_PER_INCH) * 100) / scale) *
    PAGE_SAFETY;
  const continuation = capacity - height(repeatRow);
  const blockAt = new Map(blocks.map((block) => [block.top, block]));

  const breaks: number[] = [];
  const splits: { block: Level1Block; at: number }[] = [];
  let used = 0;
  const newPage = (row: number) => {
    breaks.push(row);
    used = height(repeatRow);
  };
  let row = 0;
  while (row <= lastRow) {
    const block = blockAt.get(row);
    if (block) {
      const whole = span(block.top, block.bottom);
      if (used + whole <= capacity) {
        used += whole;
        row = block.bottom + 1;
        continue;
      }
      if (whole <= continuation) {
        newPage(block.top);
        used += whole;
        row = block.bottom + 1;
        continue;
      }
      // Taller than a page: fill pages 二级 by 二级, the 一级 label repeated after each break.
      const groups = block.level2Tops.map((top, index) => ({
        top,
        bottom: (block.level2Tops[index + 1] ?? block.bottom + 1) - 1,
      }));
      let first = true;
      for (const group of groups) {
        const groupHeight = span(group.top, group.bottom);
        if (used + groupHeight > capacity && used > height(repeatRow)) {
          newPage(group.top);
          if (!first) splits.push({ block, at: group.top });
        }
        used += groupHeight;
        first = false;
      }
      row = block.bottom + 1;
      continue;
    }
    if (used + height(row) > capacity && row > 0) used = height(repeatRow);
    used += height(row);
    row++;
  }
  return { breaks, splits };
}

/** The 一级 merge of each split block cut at its breaks, the label written again below each cut. */
export function splitLevel1Merges(
  sheet: SheetLayout,
  splits: readonly { block: Level1Block; at: number }[],
  level1Col: number,
): SheetLayout {
  if (splits.length === 0) return sheet;
  let merges = sheet.merges;
  const cells: LayoutCell[] = [...sheet.cells];
  for (const block of new Set(splits.map((split) => split.block))) {
    const cuts = splits.filter((split) => split.block === block).map((split) => split.at);
    const label = sheet.cells.find((cell) => cell.address === toA1(block.top, level1Col));
    if (!label) continue;
    const whole = `${toA1(block.top, level1Col)}:${toA1(block.bottom, level1Col)}`;
    const tops = [block.top, ...cuts];
    const pieces = tops.map((top, index) => ({
      top,
      bottom: (tops[index + 1] ?? block.bottom + 1) - 1,
    }));
    merges = merges
      .filter((merge) => merge !== whole)
      .concat(
        pieces
          .filter((piece) => piece.bottom > piece.top)
          .map((piece) => `${toA1(piece.top, level1Col)}:${toA1(piece.bottom, level1Col)}`),
      );
    for (const cut of cuts) cells.push({ ...label, address: toA1(cut, level1Col) });
  }
  return { ...sheet, merges, cells };
}

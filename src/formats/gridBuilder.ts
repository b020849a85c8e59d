/** A sheet's grid built cell by cell under READ_LIMITS, the same for every format's reader. */
import type { Finding } from '../engine/findings';
import { toA1, type CellRange, type CellValue, type Grid } from '../engine/grid';
import { overCellLimit, READ_LIMITS, ReadLimitError } from './limits';
import { dropOverlappingMerges, overlapMessage } from './merges';
import { repaired } from './reading';

const count = (n: number) => n.toLocaleString('en-US');

/** A sheet past READ_LIMITS.sheetSpan: it is left out with a finding, the others are read. */
export class SheetTooWideError extends Error {}

export class GridBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly listedMerges: CellRange[] = [];
  private span = 0;

  /** `cells` counts the filled cells of the whole workbook, against READ_LIMITS.cells. */
  constructor(
    private readonly name: string,
    private readonly cells: { count: number },
  ) {}

  /** Sets a filled cell (row, col zero-based); a cell past a limit stops the reading. */
  set(row: number, col: number, value: CellValue): void {
    const { name } = this;
    if (row >= READ_LIMITS.rows || col >= READ_LIMITS.columns)
      throw new ReadLimitError(
        `工作表“${name}”第 ${count(row + 1)} 行第 ${count(col + 1)} 列有内容，超出 Excel 工作表的范围（${count(READ_LIMITS.rows)} 行 × ${count(READ_LIMITS.columns)} 列），文件已损坏`,
      );
    if (typeof value === 'string' && value.length > READ_LIMITS.cellText)
      throw new ReadLimitError(
        `工作表“${name}”的单元格 ${toA1(row, col)} 有 ${count(value.length)} 个字，超过单元格 ${count(READ_LIMITS.cellText)} 个字的上限，文件已损坏`,
      );
    if (++this.cells.count > READ_LIMITS.cells) throw overCellLimit();
    // Not filled up to the column: a sparse row costs its cells here, not its width.
    const line = (this.rows[row] ??= []);
    if (col >= line.length) {
      this.span += col + 1 - line.length;
      if (this.span > READ_LIMITS.sheetSpan)
        throw new SheetTooWideError(
          `各行从 A 列到最后一个有内容的单元格共超过 ${count(READ_LIMITS.sheetSpan)} 个单元格的上限（有内容的单元格离 A 列太远，如第 ${count(row + 1)} 行的 ${toA1(row, col)}）；请删除远处的内容后再检查`,
        );
    }
    line[col] = value;
  }

  merge(range: CellRange): void {
    if (this.listedMerges.length === READ_LIMITS.mergesPerSheet)
      throw new ReadLimitError(
        `工作表“${this.name}”的合并区域超过 ${count(READ_LIMITS.mergesPerSheet)} 个的读取上限，未检查`,
      );
    this.listedMerges.push(range);
  }

  /** The grid, with overlapping merged areas read past (a finding for each one left out). */
  finish(findings: Finding[]): Grid {
    const { name, rows } = this;
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const { merges, dropped } = dropOverlappingMerges(this.listedMerges);
    for (const drop of dropped)
      findings.push(repaired(name, drop.range.top, drop.range.left, overlapMessage(drop)));
    return { name, rows, merges };
  }
}

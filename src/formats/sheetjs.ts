/**
 * .xls (Excel 97–2003, and WPS .et, which is the same format) and .ods read with SheetJS, into
 * the same grid and under the same limits as the .xlsx reader.
 */
import { read, type CellObject, type WorkBook } from '@e965/xlsx';
import type { Finding } from '../engine/findings';
import type { CellValue, Grid } from '../engine/grid';
import { GridBuilder, SheetTooWideError } from './gridBuilder';
import { READ_LIMITS } from './limits';
import { sheetUnreadable, type WorkbookFormat, type WorkbookReading } from './reading';

function cellValue(cell: CellObject): CellValue {
  switch (cell.t) {
    case 'n':
    case 'b':
      return cell.v as number | boolean;
    case 's':
      return String(cell.v);
    case 'd':
      return (cell.v as Date).toISOString().slice(0, 10);
    case 'e':
      return cell.w ?? null;
    default:
      return null;
  }
}

function sheetGrid(
  workbook: WorkBook,
  index: number,
  cells: { count: number },
  findings: Finding[],
): Grid | null {
  const name = workbook.SheetNames[index];
  const sheet = workbook.Sheets[name];
  const grid = new GridBuilder(name, cells);
  try {
    const dense = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
    dense.forEach((line, row) =>
      line?.forEach((cell, col) => {
        const value = cell ? cellValue(cell) : null;
        if (value !== null) grid.set(row, col, value);
      }),
    );
  } catch (error) {
    if (!(error instanceof SheetTooWideError)) throw error;
    findings.push(sheetUnreadable(name, error.message));
    return null;
  }
  for (const { s, e } of sheet['!merges'] ?? [])
    grid.merge({ top: s.r, left: s.c, bottom: e.r, right: e.c });
  const result = grid.finish(findings);
  if (workbook.Workbook?.Sheets?.[index]?.Hidden) result.hidden = true;
  return result;
}

export function readWithSheetJs(data: Uint8Array, format: WorkbookFormat): WorkbookReading {
  const workbook = read(data, {
    type: 'array',
    dense: true,
    cellDates: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    sheetRows: READ_LIMITS.rows,
    UTC: true,
  });
  const cells = { count: 0 };
  const findings: Finding[] = [];
  const sheets: Grid[] = [];
  workbook.SheetNames.forEach((_, index) => {
    const grid = sheetGrid(workbook, index, cells, findings);
    if (grid) sheets.push(grid);
  });
  return { format, book: { sheets }, findings };
}

/** What reading a workbook file gives the checker, whatever its format. */
import { findingPlace, type Finding } from '../engine/findings';
import type { WorkbookGrid } from '../engine/grid';

/** What a file turned out to be, by its content: Excel 2007+, Excel 97–2003 (or WPS), OpenDocument. */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

export interface WorkbookReading {
  format: WorkbookFormat;
  book: WorkbookGrid;
  /**
   * What the reading could not take as it was, by sheet: a sheet it could not read
   * (file.sheet-unreadable, error) or damage it read past (file.repaired, info).
   */
  findings: Finding[];
}

/** What a budget officer can do with a file the reading cannot take. */
export const SAVE_AS_XLSX = '请在 Excel 或 WPS 中打开并“另存为” Excel 工作簿（.xlsx）后再检查';

/** A file that cannot be read at all; the message says why in words a budget officer can act on. */
export class UnreadableWorkbookError extends Error {}

export function sheetUnreadable(sheet: string, why: string): Finding {
  return {
    rule: 'file.sheet-unreadable',
    ruleName: '工作表无法读取',
    severity: 'error',
    sheet,
    ...findingPlace(0, 0),
    message: `工作表“${sheet}”无法读取，未检查：${why}`,
  };
}

/** A read past something in `sheet`, at the zero-based row and column it concerns. */
export function repaired(sheet: string, row: number, col: number, message: string): Finding {
  return {
    rule: 'file.repaired',
    ruleName: '文件已修复读取',
    severity: 'info',
    sheet,
    ...findingPlace(row, col),
    message,
  };
}

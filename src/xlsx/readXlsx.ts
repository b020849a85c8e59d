/**
 * The exceljs host for what writes .xlsx (annotated copies, the sandbox's snapshots): an exceljs
 * workbook and its sheets as engine grids. Checking reads files through src/formats instead.
 */
import ExcelJS from 'exceljs';
import {
  extendRange,
  parseRange,
  type CellRange,
  type CellValue,
  type Grid,
  type WorkbookGrid,
} from '../engine';
import { UnreadableWorkbookError } from '../formats';

/** exceljs cell values flattened to what the reader sees: formulas as results, rich text as text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null; // no cached result
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

export function worksheetToGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  // Merged areas by their top-left cell, grown from the cells they cover as the walk meets them
  // (exceljs's sheet.model would build a model of every cell again just to list them).
  const merges = new Map<string, CellRange>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged) {
        const master = cell.master.address;
        const known = merges.get(master) ?? parseRange(master);
        if (known) merges.set(master, extendRange(known, rowNumber - 1, colNumber - 1));
        // exceljs repeats a merged area's value in its covered cells; Excel shows them empty.
        if (cell.master !== cell) return;
      }
      line[colNumber - 1] = plainValue(cell.value);
    });
    // Not filled up to the last column: a sparse row costs its cells, not its width.
    rows[rowNumber - 1] = line;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return {
    name: sheet.name,
    rows,
    merges: [...merges.values()],
    hidden: sheet.state !== 'visible',
  };
}

export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(worksheetToGrid) };
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Why a file is no .xlsx, in words a budget officer can act on. */
function unreadableReason(data: Uint8Array, error: unknown): string {
  if (data.length === 0) return '文件是空的';
  if (OLE_SIGNATURE.every((byte, i) => data[i] === byte)) {
    return '这里需要 .xlsx 工作簿，而这是旧版 .xls、WPS .et 或设有打开密码的文件：请先在 Excel 或 WPS 中“另存为” .xlsx';
  }
  const message = String((error as Error)?.message ?? error);
  if (/zip|central directory|end of data/i.test(message))
    return '文件内容不是 .xlsx 工作簿（可能是改了扩展名的其他文件，或文件已损坏）';
  return `文件已损坏或不是 .xlsx 工作簿（${message.split('\n')[0]}）`;
}

/** Loads an .xlsx buffer; a file that is no .xlsx gets a Chinese message, not a stack trace. */
export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(unreadableReason(data, error));
  }
  return workbook;
}

export async function readXlsx(data: Uint8Array): Promise<WorkbookGrid> {
  return workbookToGrid(await loadWorkbook(data));
}

/**
 * Workbook → engine grids through Office.js, in a constant number of syncs: one to list the
 * sheets, one to load every sheet's values (used range, values only) and merged areas.
 * A changed sheet alone is re-read in one sync, because the event names its id.
 */
import { parseRange, type CellRange, type CellValue, type Grid } from '../../engine';
import { hostCapabilities, type HostCapabilities } from './capabilities';
import type * as ExcelApi from './excelApi';

export interface SheetInfo {
  id: string;
  name: string;
  hidden: boolean;
}

/** Queues the sheet list; call the result after the sync. */
export function queueSheetList(context: ExcelApi.RequestContext): () => SheetInfo[] {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  return () =>
    sheets.items.map((sheet) => ({
      id: sheet.id,
      name: sheet.name,
      hidden: sheet.visibility !== 'Visible',
    }));
}

/** A sheet as read: its grid, and the other sheets its formulas take values from. */
export interface SheetRead {
  grid: Grid;
  /** Sheet names referenced by formulas ('项目A'!$B$6): when they change, so may this sheet. */
  references: string[];
}

/**
 * Queues what a grid needs from one sheet (by name or id); call the result after the sync.
 * Merged areas are taken over the whole sheet (a merge may reach past the last value) where
 * the host reads them (ExcelApi 1.13). Elsewhere the grid has none and the reader infers them
 * from blank cells, as it does for any sheet: a merge's other cells read as blank, and a blank
 * 一级/二级 indicator cell continues the one above.
 */
export function queueGridRead(
  context: ExcelApi.RequestContext,
  key: string,
  capabilities: Pick<HostCapabilities, 'mergedAreas'>,
): (info: SheetInfo) => SheetRead {
  const sheet = context.workbook.worksheets.getItem(key);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values,formulas,rowIndex,columnIndex');
  const merged = capabilities.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
  merged?.load('address');
  return (info) => {
    const rows = used.isNullObject ? [] : placeRows(used.values, used.rowIndex, used.columnIndex);
    return {
      grid: {
        name: info.name,
        hidden: info.hidden,
        rows,
        merges: merged && !merged.isNullObject ? parseAreaList(merged.address) : [],
      },
      references: used.isNullObject ? [] : referencedSheets(used.formulas, info.name),
    };
  };
}

/** Every sheet's grid, hidden ones included (the engine skips them, and reads the profile sheet). */
export async function readAllGrids(
  context: ExcelApi.RequestContext,
  capabilities: Pick<HostCapabilities, 'mergedAreas'> = hostCapabilities(),
): Promise<{ sheets: SheetInfo[]; grids: Grid[]; reads: SheetRead[] }> {
  const listSheets = queueSheetList(context);
  await context.sync();
  const sheets = listSheets();
  const builders = sheets.map((info) => queueGridRead(context, info.id, capabilities));
  await context.sync();
  const reads = sheets.map((info, index) => builders[index](info));
  return { sheets, grids: reads.map((read) => read.grid), reads };
}

/** Sheet names in formulas: 'quoted name'! or plain!, other than the sheet's own. */
function referencedSheets(formulas: unknown[][], own: string): string[] {
  const names = new Set<string>();
  for (const line of formulas) {
    for (const formula of line) {
      if (typeof formula !== 'string' || !formula.startsWith('=')) continue;
      for (const match of formula.matchAll(/'((?:[^']|'')+)'!|([^\s'!(),+\-*/=&<>^:;"]+)!/g)) {
        const name = (match[1] ?? match[2]).replace(/''/g, "'");
        if (name !== own) names.add(name);
      }
    }
  }
  return [...names];
}

/** The used range's values placed at their sheet position, zero-based from A1; "" becomes null. */
function placeRows(values: unknown[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  const lead: CellValue[] = Array.from({ length: columnIndex }, () => null);
  for (const line of values) rows.push([...lead, ...line.map(toCellValue)]);
  return rows;
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return String(value);
}

/**
 * "Sheet1!A1:H1, Sheet1!A3:B4" (sheet names possibly quoted) → rectangles. Each area ends in
 * "!<cells>" before a comma or the end, so the sheet-name part can be skipped without parsing it.
 */
export function parseAreaList(address: string): CellRange[] {
  const areas: CellRange[] = [];
  for (const match of address.matchAll(
    /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g,
  )) {
    const range = parseRange(match[1].replace(/\$/g, ''));
    if (range) areas.push(range);
  }
  return areas;
}

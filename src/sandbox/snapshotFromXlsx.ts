/**
 * An .xlsx file as the simulated workbook's snapshot (node side, exceljs): values (formulas
 * with their cached results), solid fills, notes, number formats, unlocked cells, merges,
 * validations and defined names. What the sandbox does not model is left out.
 */
import type ExcelJS from 'exceljs';
import { loadWorkbook, plainValue } from '../xlsx/readXlsx';
import type {
  CellSnapshot,
  NamedItemSnapshot,
  SheetSnapshot,
  SheetVisibility,
  ValidationSnapshot,
  WorkbookSnapshot,
} from './fakeExcel/snapshot';

export async function snapshotFromXlsx(data: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = await loadWorkbook(data);
  return {
    sheets: workbook.worksheets.map(sheetSnapshot),
    names: definedNames(workbook),
    selection: null,
  };
}

const VISIBILITY: Record<string, SheetVisibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** More cells than any form has: a sheet beyond it is refused, not converted into gigabytes. */
const MAX_SNAPSHOT_CELLS = 200_000;

/**
 * exceljs's rows and cells as loaded, sparse arrays. Its walks either skip cells with only a
 * style (an unlocked input cell) or, with includeEmpty, create every row and cell up to the last
 * one: a million rows for one stray cell at the end of the sheet.
 */
interface LoadedSheet {
  _rows: (ExcelJS.Row | undefined)[];
}
interface LoadedRow {
  _cells: (ExcelJS.Cell | undefined)[];
}

function sheetSnapshot(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  let count = 0;
  for (const row of (sheet as unknown as LoadedSheet)._rows) {
    if (!row) continue;
    for (const cell of (row as unknown as LoadedRow)._cells) {
      if (!cell) continue;
      if (++count > MAX_SNAPSHOT_CELLS)
        throw new Error(`工作表“${sheet.name}”的单元格超过 ${MAX_SNAPSHOT_CELLS} 个，沙盒打不开`);
      // A merged cell other than the top-left repeats the master's value in exceljs: Excel has none.
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      const snapshot = cellSnapshot(cell);
      if (snapshot) cells[cell.address] = snapshot;
    }
  }
  const columnWidths: Record<string, number> = {};
  (sheet.columns ?? []).forEach((column) => {
    if (column.width && column.letter) columnWidths[column.letter] = column.width;
  });
  return {
    name: sheet.name,
    visibility: VISIBILITY[sheet.state] ?? 'Visible',
    cells,
    merges: [...(sheet.model.merges ?? [])],
    validations: validations(sheet),
    protected:
      Boolean(
        (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
      ) || undefined,
    columnWidths: Object.keys(columnWidths).length > 0 ? columnWidths : undefined,
  };
}

function cellSnapshot(cell: ExcelJS.Cell): CellSnapshot | null {
  const snapshot: CellSnapshot = { value: plainValue(cell.value) };
  if (cell.formula) snapshot.formula = `=${cell.formula}`;
  const fill = solidFill(cell.fill);
  if (fill) snapshot.fill = fill;
  const note = noteText(cell.note);
  if (note !== null) snapshot.note = note;
  if (cell.numFmt && cell.numFmt !== 'General') snapshot.numberFormat = cell.numFmt;
  if (cell.protection?.locked === false) snapshot.locked = false;
  const empty = snapshot.value === null && Object.keys(snapshot).length === 1;
  return empty ? null : snapshot;
}

/** "#RRGGBB" of a solid fill given as ARGB; theme and indexed colours are not resolved. */
function solidFill(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

function noteText(note: ExcelJS.Cell['note']): string | null {
  if (!note) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/** exceljs operators as Excel's API names them. */
const OPERATORS: Record<string, string> = {
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  between: 'Between',
  notBetween: 'NotBetween',
};

const RULE_TYPES: Partial<Record<string, ValidationSnapshot['type']>> = {
  list: 'list',
  decimal: 'decimal',
  whole: 'whole',
  textLength: 'textLength',
};

function validations(sheet: ExcelJS.Worksheet): ValidationSnapshot[] {
  const model = (
    sheet as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations?.model;
  if (!model) return [];
  const found: ValidationSnapshot[] = [];
  for (const [ranges, rule] of Object.entries(model)) {
    const type = RULE_TYPES[rule.type];
    if (!type || !rule.formulae?.length) continue;
    const formula = String(rule.formulae[0]);
    // A literal list is stored quoted ("a,b,c"); anything else is a formula (a name, INDIRECT…).
    const source =
      type !== 'list' ? formula : /^".*"$/.test(formula) ? formula.slice(1, -1) : `=${formula}`;
    const operator = type === 'list' ? undefined : OPERATORS[rule.operator ?? 'between'];
    for (const range of ranges
      .replace(/^range:/, '')
      .split(/\s+/)
      .filter(Boolean)) {
      found.push(operator ? { range, type, source, operator } : { range, type, source });
    }
  }
  return found;
}

function definedNames(workbook: ExcelJS.Workbook): NamedItemSnapshot[] {
  const model =
    (workbook.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ??
    [];
  return model.map((item) => ({ name: item.name, formula: `=${item.ranges.join(',')}` }));
}

/**
 * Helpers for the template tests: find cells of a layout by their labels (never by fixed
 * addresses), write and read back the .xlsx, and fill a template as a person would in Excel,
 * formulas recomputed.
 */
import * as path from 'path';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { fromA1, parseRange, toA1, type CellRange } from '../../src/engine/grid';
import { squash } from '../../src/engine/text';
import type { LayoutCell, SheetLayout, TemplateLayout } from '../../src/template';
import { writeTemplate, type WorksheetWithValidations } from '../../src/xlsx/writeTemplate';

/** The example of a bureau's own project profile (examples/profiles). */
export const CITY_PROFILE_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  'examples',
  'profiles',
  'example-city-project.json',
);

export function formSheet(
  layout: TemplateLayout,
  kind: 'project' | 'department',
  index = 0,
): SheetLayout {
  const sheet = layout.sheets.filter((candidate) => candidate.form === kind)[index];
  if (!sheet) throw new Error(`no ${kind} form #${index} in the layout`);
  return sheet;
}

/** The label cell showing `text` (white space ignored: long labels carry line breaks). */
export function labelCell(sheet: SheetLayout, text: string): LayoutCell {
  const cell = sheet.cells.find(
    (candidate) =>
      candidate.locked &&
      typeof candidate.value === 'string' &&
      squash(candidate.value) === squash(text),
  );
  if (!cell) throw new Error(`no label “${text}” on ${sheet.name}`);
  return cell;
}

/** The area a cell covers: its merge, or the cell alone. */
export function areaOf(sheet: SheetLayout, address: string): CellRange {
  const merge = sheet.merges.find((range) => range.startsWith(`${address}:`));
  return parseRange(merge ?? address) as CellRange;
}

function cellAt(sheet: SheetLayout, row: number, col: number): LayoutCell | undefined {
  const address = toA1(row, col);
  return sheet.cells.find((cell) => cell.address === address);
}

/** The input cell of a label: the unlocked cell right of it, else the one below. */
export function inputFor(sheet: SheetLayout, label: string): string {
  const area = areaOf(sheet, labelCell(sheet, label).address);
  const right = cellAt(sheet, area.top, area.right + 1);
  if (right && !right.locked) return right.address;
  const below = cellAt(sheet, area.bottom + 1, area.left);
  if (below && !below.locked) return below.address;
  throw new Error(`label “${label}” on ${sheet.name} has no input beside or below it`);
}

export interface IndicatorRowRef {
  /** Zero-based row. */
  row: number;
  level1: string;
  level2: string;
  /** A1 addresses of the row's cells by column header. */
  cells: Record<'一级指标' | '二级指标' | '三级指标' | '计算符号' | '指标值' | '计量单位', string>;
}

/** The indicator rows under the header row (the one labelled 三级指标), with their 一级/二级. */
export function indicatorRows(sheet: SheetLayout): IndicatorRowRef[] {
  const header = fromA1(labelCell(sheet, '三级指标').address)!.row;
  const columnOf = (text: string) => fromA1(labelCell(sheet, text).address)!.col;
  const columns = {
    一级指标: columnOf('一级指标'),
    二级指标: columnOf('二级指标'),
    三级指标: columnOf('三级指标'),
    计算符号: columnOf('计算符号'),
    指标值: columnOf('指标值'),
    计量单位: columnOf('计量单位'),
  };
  const footer = fromA1(labelCell(sheet, '填报人').address)!.row;
  const owner = (row: number, col: number): LayoutCell => {
    for (const cell of sheet.cells) {
      const area = areaOf(sheet, cell.address);
      if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right)
        return cell;
    }
    throw new Error(`no cell covers ${toA1(row, col)}`);
  };
  const rows: IndicatorRowRef[] = [];
  for (let row = header + 1; row < footer; row++) {
    const cells = Object.fromEntries(
      Object.entries(columns).map(([name, col]) => [name, owner(row, col).address]),
    ) as IndicatorRowRef['cells'];
    rows.push({
      row,
      level1: String(owner(row, columns.一级指标).value),
      level2: String(owner(row, columns.二级指标).value),
      cells,
    });
  }
  return rows;
}

/** Rows of one 二级 (under one 一级), in order. */
export function rowsOf(sheet: SheetLayout, level1: string, level2: string): IndicatorRowRef[] {
  return indicatorRows(sheet).filter((row) => row.level1 === level1 && row.level2 === level2);
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writeAndReload(layout: TemplateLayout): Promise<ExcelJS.Workbook> {
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load((await toBuffer(await writeTemplate(layout))) as unknown as ArrayBuffer);
  return reloaded;
}

export function validationsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (sheet as WorksheetWithValidations).dataValidations.model;
}

/** Cells a defined name refers to, read from the workbook. */
export function namedValues(workbook: ExcelJS.Workbook, name: string): string[] {
  const ranges = workbook.definedNames.model.find((defined) => defined.name === name)?.ranges ?? [];
  return ranges.flatMap((range) => {
    const [sheetPart, area] = range.split('!');
    const sheet = workbook.getWorksheet(sheetPart.replace(/^'|'$/g, ''));
    const cells = parseRange(area.replace(/\$/g, ''));
    if (!sheet || !cells) return [];
    const values: string[] = [];
    for (let row = cells.top; row <= cells.bottom; row++) {
      for (let col = cells.left; col <= cells.right; col++) {
        values.push(String(sheet.getCell(row + 1, col + 1).value));
      }
    }
    return values;
  });
}

/** What a person types: a value into an input cell (filling never touches a locked cell). */
export type Entries = Record<string, string | number | null>;

/**
 * Fills input cells of a written template and recomputes its formulas as Excel would
 * (a blank counts as 0, text in a sum gives #VALUE!).
 */
export function fill(
  workbook: ExcelJS.Workbook,
  layout: TemplateLayout,
  sheetName: string,
  entries: Entries,
): void {
  const sheetLayout = layout.sheets.find((sheet) => sheet.name === sheetName)!;
  const sheet = workbook.getWorksheet(sheetName)!;
  for (const [address, value] of Object.entries(entries)) {
    const cell = sheetLayout.cells.find((candidate) => candidate.address === address);
    if (!cell || cell.locked) throw new Error(`${sheetName}!${address} is not an input cell`);
    sheet.getCell(address).value = value;
  }
  recalculate(workbook, layout);
}

const TERM = /([+-]?)(?:'([^']+)'!)?\$?([A-Z]+)\$?(\d+)/g;

function recalculate(workbook: ExcelJS.Workbook, layout: TemplateLayout): void {
  const formulaAt = new Map<string, string>();
  for (const sheet of layout.sheets) {
    for (const cell of sheet.cells)
      if (cell.formula) formulaAt.set(`${sheet.name}!${cell.address}`, cell.formula);
  }
  const valueOf = (sheetName: string, address: string): Decimal => {
    const formula = formulaAt.get(`${sheetName}!${address}`);
    if (formula) {
      let sum = new Decimal(0);
      for (const [, sign, sheet, col, row] of formula.matchAll(TERM)) {
        const term = valueOf(sheet ?? sheetName, `${col}${row}`);
        sum = sign === '-' ? sum.minus(term) : sum.plus(term);
      }
      return sum;
    }
    const value = workbook.getWorksheet(sheetName)!.getCell(address).value;
    if (value === null || value === undefined || value === '') return new Decimal(0);
    return typeof value === 'number' ? new Decimal(value) : new Decimal(NaN);
  };
  for (const key of formulaAt.keys()) {
    const [sheetName, address] = key.split('!');
    const cell = workbook.getWorksheet(sheetName)!.getCell(address);
    const result = valueOf(sheetName, address);
    const formula = (cell.value as ExcelJS.CellFormulaValue).formula;
    cell.value = {
      formula,
      result: result.isNaN() ? { error: '#VALUE!' } : result.toNumber(),
    } as ExcelJS.CellFormulaValue;
  }
}

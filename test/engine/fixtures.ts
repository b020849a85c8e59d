/**
 * Test fixtures: the seed packages transcribed in examples/source/*.json, as the engine's grids,
 * and small edits that turn a published form into a case of one rule (or correct it).
 * Every loader returns a fresh copy, so a test may edit it freely.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  checkWorkbook,
  fromA1,
  parseRange,
  rangeToA1,
  toA1,
  type BookResult,
  type CellRange,
  type CellValue,
  type CheckOptions,
  type Finding,
  type Grid,
  type WorkbookGrid,
} from '../../src/engine';
import { squash } from '../../src/engine/text';

/** The transcribed seeds: 000 (Suizhou 2025), 001 (Suizhou 2024), 002 (Ezhou 2025), 003 (Yantian 2022). */
export type ExampleName = 'suizhou-2025' | 'suizhou-2024' | 'ezhou-2025' | 'yantian-2022';

interface ExampleSheet {
  name: string;
  rows: (string | number | null)[][];
  merges: string[];
}

const SOURCE_DIR = path.resolve(__dirname, '..', '..', 'examples', 'source');
const sources = new Map<ExampleName, ExampleSheet[]>();

function source(name: ExampleName): ExampleSheet[] {
  let sheets = sources.get(name);
  if (!sheets) {
    sheets = (
      JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, `${name}.json`), 'utf8')) as {
        sheets: ExampleSheet[];
      }
    ).sheets;
    sources.set(name, sheets);
  }
  return sheets;
}

function toRange(address: string): CellRange {
  const range = parseRange(address);
  if (!range) throw new Error(`not a range: ${address}`);
  return range;
}

/** A whole seed package as one workbook; `sheetNames` keeps only those sheets, in that order. */
export function loadExample(name: ExampleName, ...sheetNames: string[]): WorkbookGrid {
  const all = source(name);
  const picked =
    sheetNames.length === 0 ? all : sheetNames.map((sheetName) => findSheet(all, sheetName, name));
  return {
    sheets: picked.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows.map((row) => [...row]),
      merges: sheet.merges.map(toRange),
    })),
  };
}

function findSheet<T extends { name: string }>(sheets: T[], sheetName: string, where: string): T {
  const found = sheets.find((sheet) => sheet.name === sheetName);
  if (!found) throw new Error(`${where}: no sheet ${sheetName}`);
  return found;
}

export function sheetOf(book: WorkbookGrid, sheetName: string): Grid {
  return findSheet(book.sheets, sheetName, 'workbook');
}

function at(address: string): { row: number; col: number } {
  const pos = fromA1(address);
  if (!pos) throw new Error(`not an A1 address: ${address}`);
  return pos;
}

export function setCell(grid: Grid, address: string, value: CellValue): void {
  const { row, col } = at(address);
  while (grid.rows.length <= row) grid.rows.push([]);
  const line = grid.rows[row];
  while (line.length <= col) line.push(null);
  line[col] = value;
}

/** The cell whose text is the label, as printed ("年度资金总额" finds "年度资金总额（万元）"). */
export function findLabel(grid: Grid, label: string): string {
  const wanted = squash(label);
  for (let row = 0; row < grid.rows.length; row++) {
    for (let col = 0; col < grid.rows[row].length; col++) {
      const value = grid.rows[row][col];
      if (typeof value !== 'string') continue;
      const text = squash(value);
      if (text === wanted || text.startsWith(`${wanted}(`)) return toA1(row, col);
    }
  }
  throw new Error(`${grid.name}: no label ${label}`);
}

/** The address of the value cell right of a label (past the label's merged area). */
export function nextTo(grid: Grid, label: string): string {
  const { row, col } = at(findLabel(grid, label));
  const merge = grid.merges.find((m) => m.top === row && m.left === col);
  return toA1(row, (merge?.right ?? col) + 1);
}

/** Writes the value next to a label and returns the value cell's address. */
export function setNextTo(grid: Grid, label: string, value: CellValue): string {
  const address = nextTo(grid, label);
  setCell(grid, address, value);
  return address;
}

/** Inserts rows before the given row (1-based, as Excel shows it); merges move or grow as in Excel. */
export function insertRows(grid: Grid, before: number, rows: CellValue[][]): void {
  const index = before - 1;
  const count = rows.length;
  grid.rows.splice(index, 0, ...rows.map((row) => [...row]));
  grid.merges = grid.merges.map((m) => {
    if (m.top >= index) return { ...m, top: m.top + count, bottom: m.bottom + count };
    if (m.bottom >= index) return { ...m, bottom: m.bottom + count };
    return m;
  });
}

/** Deletes a row (1-based); merges across it shrink, merges below move up. */
export function deleteRow(grid: Grid, rowNumber: number): void {
  const index = rowNumber - 1;
  grid.rows.splice(index, 1);
  grid.merges = grid.merges
    .map((m) => {
      if (m.top > index) return { ...m, top: m.top - 1, bottom: m.bottom - 1 };
      if (m.bottom >= index) return { ...m, bottom: m.bottom - 1 };
      return m;
    })
    .filter((m) => m.bottom >= m.top && (m.bottom > m.top || m.right > m.left));
}

/** Replaces one merged area by another ("B14:B16" → "B14:B15"). */
export function remerge(grid: Grid, from: string, to: string | null): void {
  const index = grid.merges.findIndex((m) => rangeToA1(m) === from);
  if (index < 0) throw new Error(`${grid.name}: no merge ${from}`);
  grid.merges.splice(index, 1, ...(to === null ? [] : [toRange(to)]));
}

/** The same sheet moved down and right, as a form pasted elsewhere on a sheet. */
export function shifted(grid: Grid, down: number, right: number): Grid {
  const pad = (): CellValue[] => new Array<CellValue>(right).fill(null);
  return {
    ...grid,
    rows: [
      ...Array.from({ length: down }, () => [] as CellValue[]),
      ...grid.rows.map((row) => [...pad(), ...row]),
    ],
    merges: grid.merges.map((m) => ({
      top: m.top + down,
      bottom: m.bottom + down,
      left: m.left + right,
      right: m.right + right,
    })),
  };
}

/** A sheet of several forms stacked vertically, a blank row between them (as some units file them). */
export function stacked(name: string, grids: Grid[]): Grid {
  const sheet: Grid = { name, rows: [], merges: [] };
  for (const grid of grids) {
    if (sheet.rows.length > 0) sheet.rows.push([]);
    const offset = sheet.rows.length;
    sheet.rows.push(...grid.rows.map((row) => [...row]));
    sheet.merges.push(
      ...grid.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })),
    );
  }
  return sheet;
}

export function check(book: WorkbookGrid, options?: CheckOptions): BookResult {
  return checkWorkbook(book, options);
}

export function byRule(result: BookResult, rule: string, sheet?: string): Finding[] {
  return result.findings.filter(
    (f) => f.rule === rule && (sheet === undefined || f.sheet === sheet),
  );
}

export function errorsOf(result: BookResult, sheet?: string): Finding[] {
  return result.findings.filter(
    (f) => f.severity === 'error' && (sheet === undefined || f.sheet === sheet),
  );
}

/** The one finding of a rule (on a sheet); fails the test, listing what there is, when there are more or none. */
export function single(result: BookResult, rule: string, sheet?: string): Finding {
  const found = byRule(result, rule, sheet);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${rule}${sheet ? ` on ${sheet}` : ''}, got ${found.length}: ${JSON.stringify(found, null, 1)}`,
    );
  }
  return found[0];
}

/** `rule, sheet!cell` of each finding: compact to compare whole result lists. */
export function places(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

/** Every variant rules.md lists under operator.nonstandard, with the operator it reads as. */
export const OPERATOR_VARIANTS: [variant: string, operator: string][] = [
  ['≧', '≥'],
  ['≦', '≤'],
  ['>=', '≥'],
  ['<=', '≤'],
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
  ['等于', '='],
  ['大于等于', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['小于等于', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['大于', '>'],
  ['高于', '>'],
  ['小于', '<'],
  ['低于', '<'],
];

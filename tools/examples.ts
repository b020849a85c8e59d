/**
 * The example workbooks: examples/source/<name>.json (forms transcribed from the published seed
 * documents) laid out like the printed form in examples/<name>.xlsx: values, merges, column
 * widths, thin borders and wrapped text on the table, a bold title. Output is byte-for-byte
 * reproducible. `npm run examples` (scripts/build-examples.ts) writes them all.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { parseRange, type CellRange } from '../src/engine/grid';
import { displayWidth } from '../src/engine/text';

/** The project root: the nearest folder above with a package.json (also from compiled copies). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

export const EXAMPLES_DIR = path.join(projectRoot(), 'examples');
export const SOURCE_DIR = path.join(EXAMPLES_DIR, 'source');

const cellSchema = z.union([z.string(), z.number(), z.null()]);

export const exampleSheetSchema = z.object({
  name: z.string(),
  rows: z.array(z.array(cellSchema)),
  merges: z.array(z.string()),
  widths: z.array(z.number().positive()),
});

export const exampleSourceSchema = z.object({ sheets: z.array(exampleSheetSchema).min(1) });

export type ExampleCell = z.infer<typeof cellSchema>;
export type ExampleSheet = z.infer<typeof exampleSheetSchema>;
export type ExampleSource = z.infer<typeof exampleSourceSchema>;

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));
const FONT_NAME = '宋体';
const BODY_FONT_SIZE = 10;
const LINE_HEIGHT_POINTS = 13.5;
const THIN = { style: 'thin' } as const;
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Names of the JSON files in a folder, without .json, sorted. */
export function jsonNames(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** A folder's <name>.json, checked against its schema. */
export function readJson<T>(dir: string, name: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')));
}

/** Names of the examples, from examples/source/*.json, sorted. */
export function listExampleNames(): string[] {
  return jsonNames(SOURCE_DIR);
}

export function readExampleSource(name: string): ExampleSource {
  return readJson(SOURCE_DIR, name, exampleSourceSchema);
}

export function examplePath(name: string): string {
  return path.join(EXAMPLES_DIR, `${name}.xlsx`);
}

/** A sheet's merges ("B3:D5") as zero-based bounds. */
export function mergesOf(sheet: ExampleSheet): CellRange[] {
  return sheet.merges.map((range) => {
    const bounds = range.includes(':') ? parseRange(range) : null;
    if (!bounds) throw new Error(`${sheet.name}: 合并区域 ${range} 无法识别`);
    return bounds;
  });
}

function linesNeeded(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1);
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

function isBlankRow(sheet: ExampleSheet, row: number, merges: CellRange[]): boolean {
  return (
    sheet.rows[row].every((value) => value === null) &&
    !merges.some((m) => m.top <= row && row <= m.bottom)
  );
}

/** The rightmost column a row uses, through its values or the merges it crosses; -1 if none. */
function lastUsedColumn(sheet: ExampleSheet, row: number, merges: CellRange[]): number {
  let last = sheet.rows[row].reduce<number>((max, value, col) => (value === null ? max : col), -1);
  for (const m of merges) if (m.top <= row && row <= m.bottom) last = Math.max(last, m.right);
  return last;
}

/**
 * The table starts at the first row holding two values (a label and its value); rows above it are
 * the title lines. Consecutive non-blank rows form one bordered block as wide as its widest row.
 */
function styleSheet(worksheet: ExcelJS.Worksheet, sheet: ExampleSheet, merges: CellRange[]): void {
  const width = sheet.widths.length;
  const tableStart = sheet.rows.findIndex((row) => row.filter((v) => v !== null).length >= 2);
  const bodyFont = { name: FONT_NAME, size: BODY_FONT_SIZE };

  for (let row = 0; row < (tableStart < 0 ? sheet.rows.length : tableStart); row++) {
    const text = sheet.rows[row][0];
    const cell = worksheet.getCell(row + 1, 1);
    const spansSheet = merges.some((m) => m.top === row && m.left === 0 && m.right === width - 1);
    const isTitle = typeof text === 'string' && text.includes('绩效目标');
    cell.font = isTitle ? { name: FONT_NAME, size: 16, bold: true } : bodyFont;
    cell.alignment = { horizontal: spansSheet ? 'center' : 'left', vertical: 'middle' };
    if (isTitle) worksheet.getRow(row + 1).height = 28;
  }
  if (tableStart < 0) return;

  let blockStart = tableStart;
  for (let row = tableStart; row <= sheet.rows.length; row++) {
    if (row < sheet.rows.length && !isBlankRow(sheet, row, merges)) continue;
    let blockWidth = 0;
    for (let r = blockStart; r < row; r++)
      blockWidth = Math.max(blockWidth, lastUsedColumn(sheet, r, merges) + 1);
    for (let r = blockStart; r < row; r++) {
      const isCaption = merges.some(
        (m) => m.top === r && m.bottom === r && m.left === 0 && m.right === width - 1,
      );
      for (let col = 0; col < blockWidth; col++) {
        const cell = worksheet.getCell(r + 1, col + 1);
        cell.border = THIN_BORDER;
        cell.font = isCaption ? { ...bodyFont, bold: true } : bodyFont;
        cell.alignment = {
          vertical: 'middle',
          horizontal: isCaption ? 'center' : undefined,
          wrapText: true,
        };
      }
    }
    blockStart = row + 1;
  }

  setRowHeights(worksheet, sheet, merges, tableStart);
}

/** Excel does not grow rows for wrapped text in merged cells, so heights are estimated from the text. */
function setRowHeights(
  worksheet: ExcelJS.Worksheet,
  sheet: ExampleSheet,
  merges: CellRange[],
  tableStart: number,
): void {
  const linesPerRow = sheet.rows.map(() => 1);
  sheet.rows.forEach((values, row) => {
    if (row < tableStart) return;
    values.forEach((value, col) => {
      if (typeof value !== 'string') return;
      const area = merges.find((m) => m.top === row && m.left === col) ?? {
        top: row,
        left: col,
        bottom: row,
        right: col,
      };
      let areaWidth = 0;
      for (let c = area.left; c <= area.right; c++) areaWidth += sheet.widths[c];
      const rowsSpanned = area.bottom - area.top + 1;
      const perRow = Math.ceil(linesNeeded(value, areaWidth) / rowsSpanned);
      for (let r = area.top; r <= area.bottom; r++)
        linesPerRow[r] = Math.max(linesPerRow[r], perRow);
    });
  });
  linesPerRow.forEach((lines, row) => {
    if (lines > 1) worksheet.getRow(row + 1).height = lines * LINE_HEIGHT_POINTS;
  });
}

function addSheet(workbook: ExcelJS.Workbook, sheet: ExampleSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name);
  const merges = mergesOf(sheet);
  sheet.widths.forEach((width, col) => (worksheet.getColumn(col + 1).width = width));
  sheet.rows.forEach((values, row) =>
    values.forEach((value, col) => {
      if (value !== null) worksheet.getCell(row + 1, col + 1).value = value;
    }),
  );
  for (const range of sheet.merges) worksheet.mergeCells(range);
  styleSheet(worksheet, sheet, merges);
  const totalWidth = sheet.widths.reduce((sum, w) => sum + w, 0);
  worksheet.pageSetup = {
    paperSize: 9, // A4
    orientation: totalWidth > 100 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

export function buildExampleWorkbook(source: ExampleSource): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perf-forms';
  workbook.lastModifiedBy = 'perf-forms';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of source.sheets) addSheet(workbook, sheet);
  return workbook;
}

// MS-DOS date/time of FIXED_DATE (2025-01-01 00:00:00), as zip headers store it.
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** exceljs (through JSZip) stamps every zip entry with the current time; fixing it keeps reruns byte-identical. */
export function withFixedZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(END_OF_CENTRAL_DIRECTORY);
  const end = out.lastIndexOf(signature);
  if (end < 0) throw new Error('不是 zip 文件');
  const entryCount = out.readUInt16LE(end + 10);
  let entry = out.readUInt32LE(end + 16);
  for (let i = 0; i < entryCount; i++) {
    const local = out.readUInt32LE(entry + 42);
    if (
      out.readUInt32LE(entry) !== CENTRAL_DIRECTORY_ENTRY ||
      out.readUInt32LE(local) !== LOCAL_FILE_HEADER
    )
      throw new Error('zip 目录结构无法识别');
    out.writeUInt16LE(DOS_TIME, entry + 12);
    out.writeUInt16LE(DOS_DATE, entry + 14);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    entry +=
      46 +
      out.readUInt16LE(entry + 28) +
      out.readUInt16LE(entry + 30) +
      out.readUInt16LE(entry + 32);
  }
  return out;
}

export async function writeExample(name: string): Promise<string> {
  const workbook = buildExampleWorkbook(readExampleSource(name));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const target = examplePath(name);
  fs.writeFileSync(target, withFixedZipTimestamps(buffer));
  return target;
}

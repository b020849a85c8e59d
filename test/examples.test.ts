import * as fs from 'fs';
import ExcelJS from 'exceljs';
import {
  buildExampleWorkbook,
  examplePath,
  ExampleCell,
  ExampleSheet,
  ExampleSource,
  listExampleNames,
  mergesOf,
  readExampleSource,
  withFixedZipTimestamps,
} from '../tools/examples';
import { fromA1, rangesOverlap } from '../src/engine/grid';

const EXCEL_SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

/** A sheet's values as the source writes them: a merged cell's value only in its top-left cell. */
function readValues(
  worksheet: ExcelJS.Worksheet,
  rowCount: number,
  colCount: number,
): ExampleCell[][] {
  const rows: ExampleCell[][] = [];
  for (let row = 1; row <= rowCount; row++) {
    const line: ExampleCell[] = [];
    for (let col = 1; col <= colCount; col++) {
      const cell = worksheet.getCell(row, col);
      const coveredByMerge = cell.isMerged && cell.master.address !== cell.address;
      line.push(coveredByMerge ? null : (cell.value as ExampleCell));
    }
    rows.push(line);
  }
  return rows;
}

const padded = (sheet: ExampleSheet): ExampleCell[][] =>
  sheet.rows.map((row) => [
    ...row,
    ...new Array<ExampleCell>(sheet.widths.length - row.length).fill(null),
  ]);

const names = listExampleNames();

test('examples/source holds the four transcribed packages', () => {
  expect(names).toEqual(['ezhou-2025', 'suizhou-2024', 'suizhou-2025', 'yantian-2022']);
});

describe.each(names)('%s', (name) => {
  let source: ExampleSource;
  let committed: ExcelJS.Workbook;

  beforeAll(async () => {
    source = readExampleSource(name);
    committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(examplePath(name));
  });

  test('sheet names are valid and distinct in Excel', () => {
    const sheetNames = source.sheets.map((sheet) => sheet.name);
    for (const sheetName of sheetNames) {
      expect(sheetName).toMatch(EXCEL_SHEET_NAME);
      expect(sheetName.startsWith("'") || sheetName.endsWith("'")).toBe(false);
    }
    expect(new Set(sheetNames.map((n) => n.toLowerCase())).size).toBe(sheetNames.length);
  });

  test('rows fit the columns and text cells are not blank', () => {
    for (const sheet of source.sheets) {
      expect(sheet.rows.length).toBeGreaterThan(0);
      for (const row of sheet.rows) {
        expect(row.length).toBeLessThanOrEqual(sheet.widths.length);
        for (const value of row) if (typeof value === 'string') expect(value.trim()).not.toBe('');
      }
    }
  });

  test('merges lie inside the sheet, do not overlap and hold a value only in their top-left cell', () => {
    for (const sheet of source.sheets) {
      const merges = mergesOf(sheet);
      merges.forEach((merge, i) => {
        const where = `${sheet.name}!${sheet.merges[i]}`;
        expect({
          where,
          inside: merge.bottom < sheet.rows.length && merge.right < sheet.widths.length,
        }).toEqual({
          where,
          inside: true,
        });
        expect(merge.bottom > merge.top || merge.right > merge.left).toBe(true);
        for (const other of merges.slice(i + 1))
          expect({ where, overlaps: rangesOverlap(merge, other) }).toEqual({
            where,
            overlaps: false,
          });
        for (let row = merge.top; row <= merge.bottom; row++)
          for (let col = merge.left; col <= merge.right; col++)
            if (row !== merge.top || col !== merge.left)
              expect({ where, row, col, value: sheet.rows[row][col] ?? null }).toEqual({
                where,
                row,
                col,
                value: null,
              });
      });
    }
  });

  test('the committed .xlsx holds exactly the source values, merges and widths', () => {
    expect(committed.worksheets.map((ws) => ws.name)).toEqual(source.sheets.map((s) => s.name));
    for (const sheet of source.sheets) {
      const worksheet = committed.getWorksheet(sheet.name)!;
      expect(worksheet.rowCount).toBeLessThanOrEqual(sheet.rows.length);
      expect(worksheet.columnCount).toBeLessThanOrEqual(sheet.widths.length);
      expect(readValues(worksheet, sheet.rows.length, sheet.widths.length)).toEqual(padded(sheet));
      expect([...worksheet.model.merges].sort()).toEqual([...sheet.merges].sort());
      expect(sheet.widths.map((_, col) => worksheet.getColumn(col + 1).width)).toEqual(
        sheet.widths,
      );
    }
  });

  test('rebuilding from the source reproduces the committed file byte for byte', async () => {
    const rebuilt = withFixedZipTimestamps(
      Buffer.from(await buildExampleWorkbook(source).xlsx.writeBuffer()),
    );
    expect(rebuilt.equals(fs.readFileSync(examplePath(name)))).toBe(true);
  });
});

// The checker's tests rely on these printed mistakes; a "fix" here would silently weaken them.
describe('the mistakes of the published forms are kept', () => {
  const cell = (name: string, sheetName: string, address: string): ExampleCell => {
    const sheet = readExampleSource(name).sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`${name}: no sheet ${sheetName}`);
    const { row, col } = fromA1(address)!;
    return sheet.rows[row][col] ?? null;
  };

  test.each([
    ['suizhou-2025', '部门整体', 'D9', '2024年预算金额（C）'],
    ['suizhou-2025', '部门整体', 'E9', '2023年预算金额（D）'],
    ['suizhou-2025', '部门整体', 'F13', -10.64],
    ['suizhou-2025', '大厅前台岗位服务外包', 'G15', '定义'],
    ['suizhou-2025', '大厅前台岗位服务外包', 'C7', null],
    ['suizhou-2025', 'OA系统使用费', 'G6', '定性'],
    ['suizhou-2024', '政府购买服务', 'A3', '（2023年度）'],
    ['suizhou-2024', '政府购买服务', 'G15', '定义'],
    ['suizhou-2024', '部门整体', 'E10', null],
    ['ezhou-2025', '一窗受理工作项目', 'C16', '社会效益'],
    ['ezhou-2025', '城市数字公共基础设施专班工作经费', 'E20', '等于36人'],
    ['ezhou-2025', '城市数字公共基础设施专班工作经费', 'E21', '完全保障'],
    ['yantian-2022', '部门整体', 'E22', '≧90%'],
  ])('%s %s!%s = %p', (name, sheetName, address, expected) => {
    expect(cell(name, sheetName, address)).toEqual(expected);
  });

  test('suizhou-2025: the funded projects and the unfunded 合署办公 (14 万元 in the text) make the 219 of 项目支出', () => {
    const source = readExampleSource('suizhou-2025');
    const funded = source.sheets.flatMap((sheet) =>
      sheet.rows.filter((row) => row[0] === '年度资金总额（万元）').map((row) => row[1] as number),
    );
    expect(funded).toHaveLength(7);
    expect(funded.reduce((sum, amount) => sum + amount, 0) + 14).toBe(
      cell('suizhou-2025', '部门整体', 'D14'),
    );
  });
});

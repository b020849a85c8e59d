/** Workbook → grids through the Office.js adapter: the same grids the .xlsx reader makes, in two syncs. */
import { checkWorkbook, rangeToA1, type Grid } from '../../src/engine';
import { readAllGrids } from '../../src/addin/host/grids';
import { createFakeExcel } from '../../src/sandbox/fakeExcel';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { exampleBytes, exampleSnapshot } from './workbooks';

/**
 * Values without trailing blanks, merges in a fixed order: what both hosts must agree on. A
 * merged area's value is its top-left cell's (exceljs repeats it in the covered cells, Excel
 * reports them empty).
 */
function normalized(grid: Grid): {
  name: string;
  rows: (string | number | boolean | null)[][];
  merges: string[];
} {
  const covered = (row: number, col: number) =>
    grid.merges.some(
      (merge) =>
        row >= merge.top &&
        row <= merge.bottom &&
        col >= merge.left &&
        col <= merge.right &&
        (row !== merge.top || col !== merge.left),
    );
  const rows = grid.rows.map((row, rowIndex) => {
    const line = row.map((value, col) => (covered(rowIndex, col) ? null : value));
    while (line.length > 0 && (line[line.length - 1] ?? null) === null) line.pop();
    return Array.from(line, (value) => value ?? null); // the .xlsx reader leaves gaps unfilled
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name: grid.name, rows, merges: grid.merges.map(rangeToA1).sort() };
}

describe.each(['suizhou-2025', 'ezhou-2025', 'yantian-2022'])('grids of %s', (example) => {
  it('match the .xlsx reader sheet by sheet, merges included', async () => {
    const excel = createFakeExcel(await exampleSnapshot(example));
    const { grids } = await excel.run((context) => readAllGrids(context));
    const expected = await readXlsx(exampleBytes(example));
    expect(grids.map(normalized)).toEqual(expected.sheets.map(normalized));
    expect(grids.some((grid) => grid.merges.length > 0)).toBe(true);
  });

  it('give the engine the same findings as the file does', async () => {
    const excel = createFakeExcel(await exampleSnapshot(example));
    const { grids } = await excel.run((context) => readAllGrids(context));
    const fromOffice = checkWorkbook({ sheets: grids });
    const fromFile = checkWorkbook(await readXlsx(exampleBytes(example)));
    expect(fromOffice.findings.length).toBeGreaterThan(0);
    expect(fromOffice).toEqual(fromFile);
  });
});

it('reads any number of sheets in two syncs', async () => {
  const whole = await exampleSnapshot('suizhou-2025');
  const counts: number[] = [];
  for (const sheetCount of [1, whole.sheets.length]) {
    const excel = createFakeExcel({ ...whole, sheets: whole.sheets.slice(0, sheetCount) });
    const { grids } = await excel.run((context) => readAllGrids(context));
    expect(grids).toHaveLength(sheetCount);
    counts.push(excel.syncCount());
  }
  expect(counts).toEqual([2, 2]);
});

it('places values at their sheet position when the used range does not start at A1', async () => {
  const excel = createFakeExcel({
    sheets: [
      {
        name: '项目表',
        visibility: 'Visible',
        cells: { C4: { value: '项目名称' }, D4: { value: '12345热线' }, D6: { value: 35 } },
        merges: ['D4:F4'],
        validations: [],
      },
    ],
    selection: null,
  });
  const { grids, sheets } = await excel.run((context) => readAllGrids(context));
  expect(sheets).toEqual([{ id: expect.any(String), name: '项目表', hidden: false }]);
  expect(grids[0].rows[3]).toEqual([null, null, '项目名称', '12345热线']);
  expect(grids[0].rows[5][3]).toBe(35);
  expect(grids[0].merges).toEqual([{ top: 3, left: 3, bottom: 3, right: 5 }]);
});

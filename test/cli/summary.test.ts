/** `perf-forms check --summary`: the reviewer summary as .xlsx or CSV, beside the report. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { runCli as run } from './runCli';
import { tempDir } from './tempDir';

/** The rows below the header of a sheet, as plain values. */
function rowsBelow(sheet: ExcelJS.Worksheet, header: number): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = header + 1; r <= sheet.rowCount; r++)
    rows.push((sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1));
  return rows;
}

describe('check examples --summary', () => {
  const dir = tempDir('summary');
  let json: {
    files: { file: string; forms: unknown[]; issues: unknown[] }[];
    summary: Record<string, number>;
  };
  beforeAll(async () => {
    json = JSON.parse((await run('check', '--format', 'json', 'examples')).stdout);
  });

  it('writes 汇总 with a row per form and 问题清单 with a row per finding, as the JSON counts', async () => {
    const path = join(dir, 'out', '汇总.xlsx');
    mkdirSync(join(dir, 'out'));
    const result = await run('check', 'examples', '--summary', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '问题清单']);

    const overview = workbook.getWorksheet('汇总')!;
    const header = (overview.views[0] as ExcelJS.WorksheetViewFrozen).ySplit!;
    expect(overview.getRow(header).getCell(1).value).toBe('文件');
    const rows = rowsBelow(overview, header);
    const totals = rows.pop()!;
    expect(rows).toHaveLength(json.summary.forms);
    expect(totals.slice(-3)).toEqual([
      json.summary.errors,
      json.summary.warnings,
      json.summary.infos,
    ]);
    // The link leads from the summary's folder to the file checked.
    const link = rows
      .map((row) => row[0] as ExcelJS.CellHyperlinkValue)
      .find((cell) => cell.text === 'examples/suizhou-2025.xlsx')!;
    expect(link.hyperlink).not.toMatch(/^\//);
    expect(resolve(dirname(path), link.hyperlink)).toBe(resolve('examples/suizhou-2025.xlsx'));

    const issues = workbook.getWorksheet('问题清单')!;
    expect(issues.getRow(1).values).toEqual([
      undefined,
      '文件',
      '工作表',
      '单元格',
      '规则名称',
      '严重程度',
      '说明',
      '建议',
    ]);
    expect(rowsBelow(issues, 1)).toHaveLength(
      json.files.reduce((total, file) => total + file.issues.length, 0),
    );

    for (const sheet of [overview, issues]) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      const headerRow = (sheet.views[0] as ExcelJS.WorksheetViewFrozen).ySplit;
      expect(sheet.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
      expect(sheet.views[0].state).toBe('frozen');
    }
  });

  it('writes two CSV tables, UTF-8 with a byte order mark', async () => {
    const path = join(dir, '汇总.csv');
    expect((await run('check', 'examples', '--summary', path)).code).toBe(1);
    const overview = readFileSync(path, 'utf8');
    const issues = readFileSync(join(dir, '汇总-问题清单.csv'), 'utf8');
    expect(
      overview.startsWith('\ufeff文件,工作表,表类型,单位或项目名称,年度,配置,错误,警告,提示\r\n'),
    ).toBe(true);
    expect(overview.trimEnd().split('\r\n')).toHaveLength(json.summary.forms + 1);
    expect(issues.startsWith('\ufeff文件,工作表,单元格,规则名称,严重程度,说明,建议\r\n')).toBe(
      true,
    );
  });

  const yantian = 'examples/yantian-2022.xlsx';
  it.each([
    ['an existing file without --force', 'old.xlsx', [], '已存在'],
    ['a file being checked, even with --force', resolve(yantian), ['--force'], '就是输入文件'],
    ['a name that is neither .xlsx nor .csv', '汇总.pdf', [], '.xlsx 或 .csv'],
  ])('refuses %s before checking', async (_, name, extra, message) => {
    writeFileSync(join(dir, 'old.xlsx'), 'keep');
    const before = readFileSync(yantian);
    const result = await run('check', yantian, '--summary', resolve(dir, name), ...extra);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).not.toContain('共 1 个文件');
    expect(readFileSync(join(dir, 'old.xlsx'), 'utf8')).toBe('keep');
    expect(readFileSync(yantian)).toEqual(before);
    expect(existsSync(join(dir, '汇总.pdf'))).toBe(false);
  });
});

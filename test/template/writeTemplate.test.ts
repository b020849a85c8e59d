/** The .xlsx as written and read back: drop-downs, defined names, protection, print, profile. */
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { fromA1, parseRange, toA1 } from '../../src/engine/grid';
import { CANONICAL_OPERATORS } from '../../src/engine/parse/operators';
import { catalogUnitList } from '../../src/engine/parse/units';
import { builtinProfile } from '../../src/engine/profiles/builtins';
import { parseProfileJson } from '../../src/engine/profiles/schema';
import type { Profile } from '../../src/engine/profiles/types';
import {
  describePackage,
  describeTemplate,
  FUND_NATURES,
  LISTS_SHEET,
  PROFILE_SHEET,
  PROJECT_TYPES,
} from '../../src/template';
import { OutputFileError } from '../../src/xlsx/outputFile';
import { writeTemplateFile } from '../../src/xlsx/writeFile';
import { writeTemplate } from '../../src/xlsx/writeTemplate';
import {
  formSheet,
  indicatorRows,
  inputFor,
  labelCell,
  namedValues,
  validationsOf,
  writeAndReload,
} from './helpers';

const mof = builtinProfile('mof-2021')!;
const hubei = builtinProfile('hubei-department')!;
const bureau: Profile = { ...mof, id: 'city-project', extraUnits: ['人天', '车次'] };

/** The list a validation offers: the defined name it names, or for INDIRECT the name it builds. */
function listSource(validation: ExcelJS.DataValidation | undefined): string {
  expect(validation?.type).toBe('list');
  return String(validation!.formulae[0]);
}

describe('a written project template', () => {
  const layout = describeTemplate({ kind: 'project', year: 2027, profile: bureau });
  const sheetLayout = formSheet(layout, 'project');
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    workbook = await writeAndReload(layout);
    sheet = workbook.getWorksheet(sheetLayout.name)!;
  });

  it('offers the profile’s 一级 in a drop-down on every 一级 cell', () => {
    const validations = validationsOf(sheet);
    for (const row of indicatorRows(sheetLayout)) {
      expect(namedValues(workbook, listSource(validations[row.cells['一级指标']]))).toEqual(
        bureau.hierarchy.map((node) => node.name),
      );
    }
  });

  it('offers on each 二级 cell only the 二级 of its row’s 一级 (INDIRECT over a defined name)', () => {
    const validations = validationsOf(sheet);
    for (const row of indicatorRows(sheetLayout)) {
      const source = listSource(validations[row.cells['二级指标']]);
      const match = /^INDIRECT\("([^"]+)"&\$([A-Z]+)\$(\d+)\)$/.exec(source);
      expect(match).not.toBeNull();
      const [, prefix, col, rowNumber] = match!;
      const level1 = sheet.getCell(`${col}${rowNumber}`).value;
      expect(level1).toBe(row.level1);
      const level2 = bureau.hierarchy.find((node) => node.name === level1)!.level2;
      expect(namedValues(workbook, `${prefix}${level1}`)).toEqual(level2);
    }
  });

  it('offers operators, units (catalog and the profile’s), project types and fund natures', () => {
    const validations = validationsOf(sheet);
    const [row] = indicatorRows(sheetLayout);
    expect(namedValues(workbook, listSource(validations[row.cells['计算符号']]))).toEqual([
      ...CANONICAL_OPERATORS,
    ]);
    const units = namedValues(workbook, listSource(validations[row.cells['计量单位']]));
    expect(units).toEqual(expect.arrayContaining([...catalogUnitList(), ...bureau.extraUnits]));
    expect(
      namedValues(workbook, listSource(validations[inputFor(sheetLayout, '项目类型')])),
    ).toEqual([...PROJECT_TYPES]);
    expect(
      namedValues(workbook, listSource(validations[inputFor(sheetLayout, '资金性质')])),
    ).toEqual([...FUND_NATURES]);
  });

  it('prompts in Chinese on the indicator columns, and validates only inside the form', () => {
    const validations = validationsOf(sheet);
    const [row] = indicatorRows(sheetLayout);
    for (const column of [
      '一级指标',
      '二级指标',
      '三级指标',
      '计算符号',
      '指标值',
      '计量单位',
    ] as const) {
      const validation = validations[row.cells[column]];
      expect(validation?.showInputMessage).toBe(true);
      expect(validation?.prompt).toMatch(/[\u4e00-\u9fff]/);
    }
    const lastRow = parseRange(sheetLayout.print!.printArea)!.bottom + 1;
    for (const address of Object.keys(validations))
      expect(fromA1(address)!.row + 1).toBeLessThanOrEqual(lastRow);
  });

  it('locks labels, unlocks inputs, and protects the sheet without a password', () => {
    expect(sheet.getCell(labelCell(sheetLayout, '项目名称').address).protection?.locked).not.toBe(
      false,
    );
    expect(sheet.getCell(labelCell(sheetLayout, '三级指标').address).protection?.locked).not.toBe(
      false,
    );
    expect(sheet.getCell(inputFor(sheetLayout, '项目名称')).protection?.locked).toBe(false);
    for (const row of indicatorRows(sheetLayout)) {
      for (const address of Object.values(row.cells))
        expect(sheet.getCell(address).protection?.locked).toBe(false);
    }
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> })
      .sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    expect(protection.password).toBeUndefined();
  });

  it('formats amounts to two decimals', () => {
    for (const label of ['年度资金总额（万元）', '其中：财政拨款', '其他资金']) {
      expect(sheet.getCell(inputFor(sheetLayout, label)).numFmt).toBe('0.00');
    }
  });

  it('prints on A4 landscape at the layout scale, the table header repeated, its page breaks kept', async () => {
    const headerRow = fromA1(labelCell(sheetLayout, '三级指标').address)!.row + 1;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: sheetLayout.print!.scale,
      printTitlesRow: `${headerRow}:${headerRow}`,
    });
    expect(sheetLayout.print!.rowBreaks.length).toBeGreaterThan(0);
    // The file's <rowBreaks>: a break after the row above each page's first row.
    const buffer = Buffer.from(await (await writeTemplate(layout)).xlsx.writeBuffer());
    const sheetXml = strFromU8(unzipSync(new Uint8Array(buffer))['xl/worksheets/sheet1.xml']);
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]) + 1);
    expect(breaks).toEqual(sheetLayout.print!.rowBreaks);
  });

  it('carries its profile and its lists in very hidden sheets', () => {
    const profileSheet = workbook.getWorksheet(PROFILE_SHEET)!;
    expect(profileSheet.state).toBe('veryHidden');
    const parsed = parseProfileJson(String(profileSheet.getCell('A1').value));
    expect(parsed).toEqual({ ok: true, profile: bureau });
    expect(workbook.getWorksheet(LISTS_SHEET)!.state).toBe('veryHidden');
  });
});

describe('a written package', () => {
  const layout = describePackage({
    year: 2027,
    departmentProfile: hubei,
    projectProfile: mof,
    projects: [
      { name: '热线运行', funding: new Decimal('12.5') },
      { name: '政务公开', funding: new Decimal('30') },
    ],
  });

  it('holds both profiles, and 二级 lists of each form that do not clash', async () => {
    const workbook = await writeAndReload(layout);
    const profileSheet = workbook.getWorksheet(PROFILE_SHEET)!;
    const ids = [1, 2].map((row) => {
      const parsed = parseProfileJson(String(profileSheet.getCell(`A${row}`).value));
      return parsed.ok ? parsed.profile.id : parsed.errors.join('；');
    });
    expect(ids.sort()).toEqual([hubei.id, mof.id].sort());
    // 产出指标 is a 一级 of both profiles, with other 二级 in each.
    for (const [kind, profile] of [
      ['project', mof],
      ['department', hubei],
    ] as const) {
      const sheetLayout = formSheet(layout, kind);
      const row = indicatorRows(sheetLayout).find((candidate) => candidate.level1 === '产出指标')!;
      const sheet = workbook.getWorksheet(sheetLayout.name)!;
      const source = listSource(validationsOf(sheet)[row.cells['二级指标']]);
      const prefix = /^INDIRECT\("([^"]+)"/.exec(source)![1];
      expect(namedValues(workbook, `${prefix}产出指标`)).toEqual(profile.hierarchy[0].level2);
    }
  });

  it('writes the link to the projects as a formula with its result', async () => {
    const workbook = await writeAndReload(layout);
    const department = formSheet(layout, 'department');
    const row = fromA1(labelCell(department, '项目支出').address)!.row;
    const col = fromA1(labelCell(department, '2027年预算金额（C）').address)!.col;
    const value = workbook.getWorksheet(department.name)!.getCell(toA1(row, col))
      .value as ExcelJS.CellFormulaValue;
    const fundingCell = inputFor(formSheet(layout, 'project'), '年度资金总额（万元）').replace(
      /([A-Z]+)(\d+)/,
      '$$$1$$$2',
    );
    expect(value.formula).toBe(`'热线运行'!${fundingCell}+'政务公开'!${fundingCell}`);
    expect(value.result).toBe(42.5);
  });
});

describe('writeTemplateFile', () => {
  it('refuses to replace an existing file unless forced', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'perf-forms-write-'));
    const path = join(dir, 'form.xlsx');
    await fs.writeFile(path, 'earlier work');
    const layout = describeTemplate({ kind: 'department', year: 2027, profile: hubei });
    await expect(writeTemplateFile(layout, path, { force: false })).rejects.toThrow(
      OutputFileError,
    );
    await expect(writeTemplateFile(layout, path, { force: false })).rejects.toThrow(
      /已存在.*--force/,
    );
    expect(await fs.readFile(path, 'utf8')).toBe('earlier work');
    await writeTemplateFile(layout, path, { force: true });
    expect((await fs.readFile(path)).subarray(0, 2).toString()).toBe('PK');
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('says in Chinese when the folder does not exist', async () => {
    const layout = describeTemplate({ kind: 'department', year: 2027, profile: hubei });
    const path = join(tmpdir(), 'perf-forms-no-such-folder', 'form.xlsx');
    await expect(writeTemplateFile(layout, path, { force: false })).rejects.toThrow(/目录不存在/);
  });
});

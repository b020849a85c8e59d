/** formProgress on a generated package: 待填写 cells and 已填 n/m, before and after the officer types. */
import Decimal from 'decimal.js';
import type ExcelJS from 'exceljs';
import { formProgress, readWorkbook, type FormProgress } from '../../src/engine';
import { builtinProfile } from '../../src/engine/profiles/builtins';
import { describePackage, type TemplateLayout } from '../../src/template';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { writeTemplate } from '../../src/xlsx/writeTemplate';
import { fill, inputFor, rowsOf, toBuffer, type Entries } from './helpers';

const layout: TemplateLayout = describePackage({
  year: 2027,
  departmentProfile: builtinProfile('hubei-department')!,
  projectProfile: builtinProfile('mof-2021')!,
  department: '某局',
  projects: [{ name: '热线运行', funding: new Decimal('12.5') }],
});
const sheetOf = (name: string) => layout.sheets.find((sheet) => sheet.name === name)!;

async function progressAfter(
  fills: Partial<Record<string, Entries>>,
): Promise<Map<string, FormProgress>> {
  const workbook: ExcelJS.Workbook = await writeTemplate(layout);
  for (const [sheet, entries] of Object.entries(fills))
    if (entries) fill(workbook, layout, sheet, entries);
  const reading = readWorkbook(await readXlsx(await toBuffer(workbook)));
  const forms = reading.sheets.flatMap((sheet) => sheet.forms);
  return new Map(forms.map((form) => [form.sheet, formProgress(form)]));
}

const project = sheetOf('热线运行');
const department = sheetOf('部门整体支出绩效目标申报表');
const firstLevel3 = rowsOf(project, '产出指标', '数量指标')[0].cells['三级指标'];

test.each([
  {
    name: 'as generated: nothing typed; the prefilled name, 主管部门 and funding count as filled',
    fills: {},
    project: { hasContent: false, filled: 3, pendingHas: ['实施单位', '产出指标的三级指标'] },
    department: { hasContent: false, filled: 1, pendingHas: ['部门职能概述', '财政拨款（C）'] },
  },
  {
    name: 'one 产出 indicator typed on the project',
    fills: { 热线运行: { [firstLevel3]: '热线接通量' } },
    project: { hasContent: true, filled: 4, pendingHas: ['实施单位', '效益指标的三级指标'] },
    department: { hasContent: false, filled: 1, pendingHas: ['财政拨款（C）'] },
  },
  {
    name: 'the project’s 财政拨款 and the department’s 财政拨款 (C) typed',
    fills: {
      热线运行: { [inputFor(project, '其中：财政拨款')]: 12.5 },
      部门整体支出绩效目标申报表: { [inputFor(department, '财政拨款')]: 300 },
    },
    project: { hasContent: true, filled: 3, pendingHas: ['产出指标的三级指标'] },
    department: { hasContent: true, filled: 2, pendingHas: ['基本支出（C）'] },
  },
])('$name', async ({ fills, ...expected }) => {
  const progress = await progressAfter(fills);
  for (const [sheet, wanted] of [
    ['热线运行', expected.project],
    ['部门整体支出绩效目标申报表', expected.department],
  ] as const) {
    const form = progress.get(sheet)!;
    expect({ hasContent: form.hasContent, filled: form.filled }).toEqual({
      hasContent: wanted.hasContent,
      filled: wanted.filled,
    });
    expect(form.total).toBeGreaterThan(form.filled);
    expect(form.summary).toBe(`已填 ${form.filled}/${form.total}`);
    expect(form.pending.map((cell) => cell.label)).toEqual(
      expect.arrayContaining(wanted.pendingHas),
    );
    for (const cell of form.pending) expect(cell.cell).toMatch(/^[A-Z]+\d+$/);
  }
});

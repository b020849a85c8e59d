/** The template as layout data: labels, the indicator table, formulas, bounds and mistakes. */
import Decimal from 'decimal.js';
import { fromA1, parseRange } from '../../src/engine/grid';
import { builtinProfile } from '../../src/engine/profiles/builtins';
import type { Profile } from '../../src/engine/profiles/types';
import { squash } from '../../src/engine/text';
import {
  DEFAULT_PROFILE_IDS,
  describePackage,
  describeTemplate,
  requestFor,
  TemplateError,
  type SheetLayout,
} from '../../src/template';
import { displayWidth } from '../../src/engine/text';
import { linesNeeded } from '../../src/template/measure';
import { DEPARTMENT_LABELS, PROJECT_LABELS, TABLE_LABELS } from '../../tools/formLabels';
import { areaOf, formSheet, indicatorRows, inputFor, labelCell } from './helpers';

const mof = builtinProfile('mof-2021')!;
const hubei = builtinProfile('hubei-department')!;

function lastFormRow(sheet: SheetLayout): number {
  return parseRange(sheet.print!.printArea)!.bottom;
}

describe('describeTemplate: project form', () => {
  const layout = describeTemplate({
    kind: 'project',
    year: 2027,
    profile: mof,
    department: '某区城市管理局',
    project: { name: '城区道路养护', funding: new Decimal('88.5') },
  });
  const sheet = formSheet(layout, 'project');

  it('prints the title, the year line and every label of docs/FORMS.md', () => {
    expect(sheet.cells[0]).toMatchObject({
      address: 'A1',
      value: '项目支出绩效目标申报表',
      locked: true,
    });
    // The year line is the line under the title.
    expect(labelCell(sheet, '（2027年度）').address).toBe('A2');
    for (const label of [...PROJECT_LABELS, ...TABLE_LABELS])
      expect(labelCell(sheet, label).locked).toBe(true);
  });

  it('prefills the name, the department and the funding as inputs', () => {
    const valueAt = (label: string) =>
      sheet.cells.find((cell) => cell.address === inputFor(sheet, label));
    expect(valueAt('项目名称')).toMatchObject({ value: '城区道路养护', locked: false });
    expect(valueAt('主管部门')).toMatchObject({ value: '某区城市管理局', locked: false });
    expect(valueAt('年度资金总额（万元）')).toMatchObject({
      value: 88.5,
      numberFormat: '0.00',
      locked: false,
    });
    for (const label of ['其中：财政拨款', '其他资金']) {
      expect(valueAt(label)).toMatchObject({ numberFormat: '0.00', locked: false });
    }
  });

  it('lays out every 一级 merged down its 二级, each with the profile’s blank 三级 rows', () => {
    const rows = indicatorRows(sheet);
    const perLevel2 = mof.level3RowsPerLevel2;
    expect(rows).toHaveLength(
      mof.hierarchy.reduce((sum, node) => sum + node.level2.length * perLevel2, 0),
    );
    for (const node of mof.hierarchy) {
      const own = rows.filter((row) => row.level1 === node.name);
      expect(own.map((row) => row.level2)).toEqual(
        node.level2.flatMap((name) => Array(perLevel2).fill(name)),
      );
      const level1Area = areaOf(sheet, own[0].cells['一级指标']);
      expect(level1Area.bottom - level1Area.top + 1).toBe(own.length);
    }
    const inputs = rows.flatMap((row) => [
      row.cells['三级指标'],
      row.cells['指标值'],
      row.cells['计量单位'],
    ]);
    for (const address of inputs) {
      expect(sheet.cells.find((cell) => cell.address === address)).toMatchObject({ locked: false });
      expect(sheet.cells.find((cell) => cell.address === address)?.value).toBeUndefined();
    }
  });

  it('lays out as many 三级 rows as a profile asks for', () => {
    const roomy: Profile = { ...mof, level3RowsPerLevel2: 4 };
    const rows = indicatorRows(
      formSheet(describeTemplate({ kind: 'project', year: 2027, profile: roomy }), 'project'),
    );
    expect(rows.filter((row) => row.level2 === '数量指标')).toHaveLength(4);
  });

  it('keeps every validation inside the form', () => {
    const last = lastFormRow(sheet);
    expect(sheet.validations.length).toBeGreaterThan(0);
    for (const validation of sheet.validations) {
      const range = parseRange(validation.range);
      expect(range).not.toBeNull();
      expect(range!.bottom).toBeLessThanOrEqual(last);
    }
  });

  it('prints on A4, landscape for its wide table, scaled down, repeating the table header', () => {
    const headerRow = fromA1(labelCell(sheet, '三级指标').address)!.row + 1;
    expect(sheet.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'landscape',
      repeatRows: `${headerRow}:${headerRow}`,
    });
    expect(sheet.print!.scale).toBeGreaterThan(40);
    expect(sheet.print!.scale).toBeLessThan(100);
    expect(sheet.protection).toEqual(expect.objectContaining({ password: null }));
  });
});

describe('describeTemplate: department form', () => {
  const layout = describeTemplate({
    kind: 'department',
    year: 2027,
    profile: hubei,
    department: '某局',
  });
  const sheet = formSheet(layout, 'department');

  it('prints every label, and the fund table’s years from the form year', () => {
    for (const label of [...DEPARTMENT_LABELS, ...TABLE_LABELS])
      expect(labelCell(sheet, label).locked).toBe(true);
    // One header row: this year's column (C), then the year before's (D).
    const current = fromA1(labelCell(sheet, '2027年预算金额（C）').address)!;
    const prior = fromA1(labelCell(sheet, '2026年预算金额（D）').address)!;
    expect(prior.row).toBe(current.row);
    expect(prior.col).toBeGreaterThan(current.col);
  });

  it('computes totals, C−D and the staff total by formula, locked', () => {
    const formulas = sheet.cells.filter((cell) => cell.formula !== undefined);
    // 2 totals × 2 columns, 6 changes, 1 staff total.
    expect(formulas).toHaveLength(11);
    for (const cell of formulas) expect(cell).toMatchObject({ locked: true, result: 0 });
    const totalLabel = areaOf(sheet, labelCell(sheet, '实有在职人员合计（A+B）').address);
    const staffTotal = sheet.cells.find((cell) => {
      const at = fromA1(cell.address)!;
      return at.row === totalLabel.bottom + 1 && at.col === totalLabel.left;
    });
    const parts = [inputFor(sheet, '在职在编人员（A）'), inputFor(sheet, '在职无编人员（B）')];
    expect(staffTotal?.formula).toBe(`=${parts[0]}+${parts[1]}`);
  });
});

describe('describePackage', () => {
  const layout = describePackage({
    year: 2027,
    departmentProfile: hubei,
    projectProfile: mof,
    department: '某局',
    projects: [
      { name: '热线运行', funding: new Decimal('12.5') },
      { name: '政务公开', funding: new Decimal('30.25') },
      { name: '无预算项目', funding: null },
    ],
  });

  it('holds the department form first, then one project form per project, named after it', () => {
    expect(
      layout.sheets.filter((sheet) => sheet.form).map((sheet) => [sheet.form, sheet.name]),
    ).toEqual([
      ['department', '部门整体支出绩效目标申报表'],
      ['project', '热线运行'],
      ['project', '政务公开'],
      ['project', '无预算项目'],
    ]);
    expect(layout.profiles.map((profile) => profile.id)).toEqual([hubei.id, mof.id]);
  });

  it('links the department’s 项目支出 (C) to every project’s 年度资金总额', () => {
    const department = formSheet(layout, 'department');
    const projectRow = fromA1(labelCell(department, '项目支出').address)!.row;
    const currentCol = fromA1(labelCell(department, '2027年预算金额（C）').address)!.col;
    const link = department.cells.find((cell) => {
      const at = fromA1(cell.address)!;
      return at.row === projectRow && at.col === currentCol;
    })!;
    const references = layout.sheets
      .filter((sheet) => sheet.form === 'project')
      .map(
        (sheet) =>
          `'${sheet.name}'!${inputFor(sheet, '年度资金总额（万元）').replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`,
      );
    expect(link.formula).toBe(`=${references.join('+')}`);
    expect(link.locked).toBe(true);
    expect(new Decimal(link.result!).equals(new Decimal('12.5').plus('30.25'))).toBe(true);
  });

  it('makes sheet names Excel accepts, unique', () => {
    const odd = describePackage({
      year: 2027,
      departmentProfile: hubei,
      projectProfile: mof,
      projects: [
        { name: "A/B:C's", funding: null },
        { name: 'A/B:C’s', funding: null },
        { name: '一'.repeat(40), funding: null },
        { name: '_perf_forms_lists', funding: null },
      ],
    });
    const names = odd.sheets.filter((sheet) => sheet.form === 'project').map((sheet) => sheet.name);
    expect(new Set(odd.sheets.map((sheet) => sheet.name)).size).toBe(odd.sheets.length);
    expect(names).toHaveLength(4);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\']/);
    }
  });
});

describe('mistakes in what is asked for', () => {
  it('refuses a profile of the other form, in Chinese', () => {
    expect(() => describeTemplate({ kind: 'project', year: 2027, profile: hubei })).toThrow(
      TemplateError,
    );
    expect(() => describeTemplate({ kind: 'project', year: 2027, profile: hubei })).toThrow(
      /hubei-department.*部门整体支出表/,
    );
  });

  it('refuses a 一级 name that cannot name a drop-down list', () => {
    const odd: Profile = { ...mof, hierarchy: [{ name: '产出 指标', level2: ['数量指标'] }] };
    expect(() => describeTemplate({ kind: 'project', year: 2027, profile: odd })).toThrow(
      /一级指标“产出 指标”/,
    );
  });

  it('refuses a package without projects, a blank project name or a negative amount', () => {
    const base = { year: 2027, departmentProfile: hubei, projectProfile: mof };
    expect(() => describePackage({ ...base, projects: [] })).toThrow(TemplateError);
    expect(() => describePackage({ ...base, projects: [{ name: ' ', funding: null }] })).toThrow(
      /项目名称/,
    );
    expect(() =>
      describePackage({ ...base, projects: [{ name: 'A', funding: new Decimal(-1) }] }),
    ).toThrow(/项目“A”的年度资金总额/);
  });

  it('refuses a year that is not four digits', () => {
    expect(() => describeTemplate({ kind: 'department', year: 27, profile: hubei })).toThrow(
      /年度/,
    );
  });
});

describe('measuring text', () => {
  it('counts CJK characters double', () => {
    expect(displayWidth('一级指标')).toBe(2 * displayWidth('ab'.repeat(2)));
    expect(displayWidth('（C-D）')).toBe(2 + 3 + 2);
  });

  it('gives a wrapped label the lines it needs, and every label its row height', () => {
    expect(linesNeeded('部门职能概述', 14)).toBe(1);
    expect(linesNeeded('部门职能概述部门职能概述', 14)).toBe(2);
    const sheet = formSheet(
      describeTemplate({ kind: 'department', year: 2027, profile: hubei }),
      'department',
    );
    const label = labelCell(sheet, '预算增减变化（C-D）');
    const row = fromA1(label.address)!.row + 1;
    const width = sheet.columns.find((column) => label.address.startsWith(column.column))!.width;
    const lines = linesNeeded(String(label.value), width);
    expect(lines).toBeGreaterThan(1);
    expect(sheet.rows.find((entry) => entry.row === row)!.height).toBeGreaterThanOrEqual(
      lines * 11,
    );
    expect(squash(String(label.value))).toBe(squash('预算增减变化（C-D）'));
  });
});

describe('requestFor: the project hierarchy of a package', () => {
  const ask = {
    kind: 'package' as const,
    year: 2027,
    projects: [{ name: '热线运行', funding: '' }],
  };
  test.each([
    ['no choice: the default', undefined, DEFAULT_PROFILE_IDS.project],
    ['the officer’s choice', builtinProfile('legacy-project')!, 'legacy-project'],
  ])('%s', (_name, projectProfile, id) => {
    const request = requestFor({ ...ask, projectProfile }, null);
    expect(request.kind === 'package' && request.projectProfile.id).toBe(id);
  });
});

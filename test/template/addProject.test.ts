/** planAddedProject: a project added to an existing package is named after itself and joins 项目支出 (C). */
import Decimal from 'decimal.js';
import { builtinProfile } from '../../src/engine/profiles/builtins';
import { describePackage, planAddedProject } from '../../src/template';

const pkg = describePackage({
  year: 2027,
  departmentProfile: builtinProfile('hubei-department')!,
  projectProfile: builtinProfile('mof-2021')!,
  department: '某局',
  projects: [
    { name: '热线运行', funding: new Decimal('12.5') },
    { name: '政务公开', funding: null },
  ],
});
const sheetNames = pkg.sheets.map((sheet) => sheet.name);
const department = pkg.sheets.find((sheet) => sheet.form === 'department')!;
/** The package's 项目支出 (C): the one formula naming the project sheets. */
const expense = department.cells.find((cell) => cell.formula?.includes('热线运行'))!;
const FUNDING = 'B7';

test.each([
  {
    name: 'a new project joins the package’s formula',
    names: sheetNames,
    cell: { formula: expense.formula!, value: null },
    project: '便民寄递',
    sheetName: '便民寄递',
    formula: `${expense.formula!}+'便民寄递'!$B$7`,
  },
  {
    name: 'a project named like an existing sheet gets a copy suffix, and the formula names that sheet',
    names: sheetNames,
    cell: { formula: expense.formula!, value: null },
    project: '热线运行',
    sheetName: '热线运行（2）',
    formula: `${expense.formula!}+'热线运行（2）'!$B$7`,
  },
  {
    name: 'an empty 项目支出 becomes a formula over the new project',
    names: ['部门整体支出绩效目标申报表'],
    cell: { formula: null, value: null },
    project: '城区道路养护',
    sheetName: '城区道路养护',
    formula: `='城区道路养护'!$B$7`,
  },
  {
    name: 'a 项目支出 the officer typed is left alone',
    names: ['部门整体支出绩效目标申报表'],
    cell: { formula: null, value: 277 },
    project: '城区道路养护',
    sheetName: '城区道路养护',
    formula: null,
  },
  {
    name: 'a name Excel refuses in a sheet name is made safe',
    names: [],
    cell: { formula: null, value: '' },
    project: '道路/桥梁:养护',
    sheetName: '道路_桥梁_养护',
    formula: `='道路_桥梁_养护'!$B$7`,
  },
])('$name', ({ names, cell, project, sheetName, formula }) => {
  const plan = planAddedProject(
    names,
    { sheet: department.name, cell: expense.address, ...cell },
    project,
    FUNDING,
  );
  expect(plan.sheetName).toBe(sheetName);
  expect(plan.departmentUpdate).toEqual(
    formula === null ? null : { sheet: department.name, cell: expense.address, formula },
  );
});

test('without a department form there is nothing to update', () => {
  expect(planAddedProject(['项目A'], null, '项目B', FUNDING)).toEqual({
    sheetName: '项目B',
    departmentUpdate: null,
  });
});

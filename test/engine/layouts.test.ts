/**
 * The layouts other places print, made from the published seed forms: forms side by side, a
 * form without its title, a department's flat list of projects, labels with required-field marks,
 * numbering and qualifiers. Each must read as the seed form itself does.
 */
import { readSheet, type FormModel, type Grid } from '../../src/engine';
import { check, loadExample, setCell, sheetOf, shifted, findLabel } from './fixtures';

const ezhou = (sheet: string) => sheetOf(loadExample('ezhou-2025', sheet), sheet);
const suizhou = (sheet: string) => sheetOf(loadExample('suizhou-2025', sheet), sheet);

/** What a reviewer reads of a form: kind, year, name and each table's 三级 names. */
function gist(form: FormModel) {
  const name = form.kind === 'project' ? form.fields['项目名称'] : form.fields['部门名称'];
  return {
    kind: form.kind,
    year: form.year,
    name: name?.value.text,
    tables: form.tables.map((table) => table.rows.map((row) => row.level3)),
  };
}

/** Two sheets' grids as one sheet, the second to the right of the first after a blank column. */
function sideBySide(name: string, left: Grid, right: Grid): Grid {
  const width = Math.max(
    ...left.rows.map((row) => row.length),
    ...left.merges.map((m) => m.right + 1),
  );
  const moved = shifted(right, 0, width + 1);
  const rows = Array.from({ length: Math.max(left.rows.length, moved.rows.length) }, (_, i) => {
    const line = [...(left.rows[i] ?? [])];
    while (line.length < width + 1) line.push(null);
    return [...line, ...(moved.rows[i] ?? []).slice(width + 1)];
  });
  return { name, rows, merges: [...left.merges, ...moved.merges] };
}

test('two titled forms side by side on one sheet are read as two, each as on its own sheet', () => {
  const left = ezhou('一窗受理工作项目');
  const right = ezhou('政府雇员经费');
  const forms = readSheet(sideBySide('并排', left, right)).forms;
  expect(forms.map(gist)).toEqual([
    gist(readSheet(left).forms[0]),
    gist(readSheet(right).forms[0]),
  ]);
});

test('a project form printed without its title is still a project form, read the same', () => {
  const grid = ezhou('一窗受理工作项目');
  const titled = readSheet(grid).forms[0];
  grid.rows[0] = grid.rows[0].map(() => null);
  const [untitled] = readSheet(grid).forms;
  expect({ ...gist(untitled), year: titled.year }).toEqual(gist(titled));
  expect(untitled.year).toBeNull();
});

test('a department form printed without its title is a department form by its blocks', () => {
  const grid = suizhou('部门整体');
  const titled = readSheet(grid).forms[0];
  setCell(grid, findLabel(grid, '部门整体支出绩效目标申报表'), null);
  const [untitled] = readSheet(grid).forms;
  expect(gist(untitled)).toEqual(gist(titled));
});

test('labels with required-field marks, numbering and qualifiers in brackets read as the plain ones', () => {
  const grid = suizhou('12345热线');
  const plain = readSheet(grid).forms[0];
  setCell(grid, findLabel(grid, '项目名称'), '*项目名称');
  setCell(grid, findLabel(grid, '三级指标'), '指标名称');
  setCell(grid, findLabel(grid, '指标值'), '★指标值（年度）');
  setCell(grid, findLabel(grid, '计量单位'), '度量单位');
  setCell(grid, findLabel(grid, '计算符号'), '符号');
  expect(gist(readSheet(grid).forms[0])).toEqual(gist(plain));
});

test('a flat list of several projects under one header is one form per project', () => {
  const first = suizhou('12345热线');
  const second = suizhou('政务公开');
  const headerRow = first.rows.findIndex((row) => row.includes('三级指标'));
  const secondHeader = second.rows.findIndex((row) => row.includes('三级指标'));
  const body = second.rows.slice(secondHeader + 1).filter((row) => row.some((v) => v !== null));
  const offset = first.rows.length - (secondHeader + 1);
  const list: Grid = {
    name: '项目清单',
    rows: [...first.rows, ...body],
    merges: [
      ...first.merges,
      ...second.merges
        .filter((m) => m.top > secondHeader)
        .map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })),
    ],
  };
  expect(headerRow).toBeGreaterThan(0);
  const forms = readSheet(list).forms;
  expect(forms.map((form) => gist(form).name)).toEqual([
    '12345热线工作专项经费',
    gist(readSheet(second).forms[0]).name,
  ]);
  expect(forms.map((form) => form.tables[0].rows.length)).toEqual([
    readSheet(first).forms[0].tables[0].rows.length,
    readSheet(second).forms[0].tables[0].rows.length,
  ]);
});

test('"95%以上" is ≥ 95 %, reported as a nonstandard operator; a unit alone is a missing value', () => {
  const grid = ezhou('一窗受理工作项目');
  const valueCell = findLabel(grid, '≥98%');
  setCell(grid, valueCell, '98%以上');
  const [, annual] = readSheet(grid).forms[0].tables;
  void annual;
  const findings = check({ sheets: [grid] }).findings.filter((f) => f.cell === valueCell);
  expect(findings.map((f) => [f.rule, f.severity])).toEqual([['operator.nonstandard', 'info']]);
  setCell(grid, valueCell, '%');
  const missing = check({ sheets: [grid] }).findings.filter((f) => f.cell === valueCell);
  expect(missing.map((f) => f.rule)).toEqual(['value.missing']);
});

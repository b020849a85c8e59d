/** checkWorkbook over whole packages: every rule together, the profile each form gets, sheets left out. */
import { byRule, check, errorsOf, loadExample, places, setCell, sheetOf } from './fixtures';

describe('the seed packages as published', () => {
  // Each expected place is a mistake printed in the seed (see test/examples.test.ts, which keeps them).
  test('000 (suizhou-2025): the only errors are the printed ones', () => {
    expect(places(errorsOf(check(loadExample('suizhou-2025'))))).toEqual([
      'form.year-mismatch 部门整体!D9',
      'form.year-mismatch 部门整体!E9',
      'budget.change 部门整体!F13',
      'form.target-missing 大厅前台岗位服务外包!C7',
      'operator.unknown 大厅前台岗位服务外包!G15',
    ]);
  });

  test('001 (suizhou-2024): the 2023 title, 定义, and so a project sum short of the 277 of 项目支出', () => {
    expect(places(errorsOf(check(loadExample('suizhou-2024'))))).toEqual([
      'budget.projects-total 部门整体!D13',
      'form.year-mismatch 政府购买服务!A3',
      'operator.unknown 政府购买服务!G15',
    ]);
  });

  test('002 (ezhou-2025): no 效益 row in nine forms, 社会效益 under 产出 in seven, 总成本 等于36人', () => {
    const counts: Record<string, number> = {};
    for (const finding of errorsOf(check(loadExample('ezhou-2025'))))
      counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
    expect(counts).toEqual({
      'hierarchy.required-level1': 18,
      'hierarchy.level2-parent': 14,
      'cost.unit-not-money': 1,
    });
  });

  test('003 (yantian-2022) has no error and no warning', () => {
    const findings = check(loadExample('yantian-2022')).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

test('every finding carries its rule name', () => {
  const [finding] = byRule(check(loadExample('suizhou-2025', '部门整体')), 'budget.change');
  expect(finding).toMatchObject({ rule: 'budget.change', ruleName: '增减额计算错误' });
});

test('short 一级/二级 names fit the profile they shorten: 12345热线 keeps legacy-project, with no hierarchy finding', () => {
  const book = loadExample('suizhou-2025', '12345热线');
  const grid = sheetOf(book, '12345热线');
  setCell(grid, 'D6', '产出');
  setCell(grid, 'D10', '效益');
  setCell(grid, 'E7', '质量');
  const result = check(book);
  expect(result.findings.filter((f) => f.rule.startsWith('hierarchy.'))).toEqual([]);
  expect(result.forms[0].profile).toBe('legacy-project');
});

test('a sheet of prose beside the forms is listed and not checked', () => {
  const book = loadExample('yantian-2022');
  book.sheets.push({ name: '编制说明', rows: [['第四部分 预算绩效情况']], merges: [] });
  const result = check(book);
  expect(places(result.findings.filter((f) => f.sheet === '编制说明'))).toEqual([
    'form.unrecognized 编制说明!A1',
  ]);
  expect(result.forms.map((form) => form.sheet)).toEqual(['部门整体']);
});

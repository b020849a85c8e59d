/** Form structure: form.header-missing, form.target-missing, form.year-mismatch, form.unrecognized. */
import {
  byRule,
  check,
  deleteRow,
  errorsOf,
  expectFinding,
  findLabel,
  loadExample,
  places,
  setCell,
  setNextTo,
  sheetOf,
  single,
} from '../fixtures';

describe('form.header-missing', () => {
  test('a Suizhou project form without its project name (A6 of 12345热线 emptied)', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    expect(byRule(check(book), 'form.header-missing')).toEqual([]);
    setCell(sheetOf(book, '12345热线'), 'A6', null);
    expectFinding(single(check(book), 'form.header-missing'), {
      rule: 'form.header-missing',
      severity: 'error',
      sheet: '12345热线',
      cell: 'A6',
      mentions: ['项目名称'],
    });
  });

  test('an Ezhou form whose 项目预算 is empty; the printed "266万" is a filled funding field', () => {
    const book = loadExample('ezhou-2025', '一窗受理工作项目');
    expect(byRule(check(book), 'form.header-missing')).toEqual([]);
    const cell = setNextTo(sheetOf(book, '一窗受理工作项目'), '项目预算', null);
    expect(cell).toBe('B4');
    expectFinding(single(check(book), 'form.header-missing'), {
      rule: 'form.header-missing',
      severity: 'error',
      sheet: '一窗受理工作项目',
      cell: 'B4',
      mentions: ['项目预算', '万元'],
    });
  });

  test('a Suizhou project form with no funding field at all (合署办公, as printed) is not missing one', () => {
    const book = loadExample('suizhou-2025', '合署办公');
    expect(() => findLabel(sheetOf(book, '合署办公'), '年度资金总额')).toThrow();
    expect(byRule(check(book), 'form.header-missing')).toEqual([]);
  });

  test.each([
    ['suizhou-2025', '部门整体', 'B4'],
    ['yantian-2022', '部门整体', 'B4'],
  ] as const)('a department form (%s) without the department name', (example, sheet, cell) => {
    const book = loadExample(example, sheet);
    expect(byRule(check(book), 'form.header-missing')).toEqual([]);
    setCell(sheetOf(book, sheet), cell, null);
    expectFinding(single(check(book), 'form.header-missing'), {
      rule: 'form.header-missing',
      severity: 'error',
      sheet,
      cell,
      mentions: ['部门名称'],
    });
  });
});

describe('form.target-missing', () => {
  test('000: 大厅前台岗位服务外包 prints no 年度绩效目标 (C7); filling it clears the finding', () => {
    const book = loadExample('suizhou-2025', '大厅前台岗位服务外包');
    expectFinding(single(check(book), 'form.target-missing'), {
      rule: 'form.target-missing',
      severity: 'error',
      sheet: '大厅前台岗位服务外包',
      cell: 'C7',
      mentions: ['年度绩效目标'],
    });
    setCell(
      sheetOf(book, '大厅前台岗位服务外包'),
      'C7',
      '完成前台咨询引导、帮办代办和窗口服务等大厅业务',
    );
    expect(byRule(check(book), 'form.target-missing')).toEqual([]);
  });

  test('a department form with the 年度整体绩效总目标 text emptied (Yantian B12)', () => {
    const book = loadExample('yantian-2022');
    setCell(sheetOf(book, '部门整体'), 'B12', null);
    expectFinding(single(check(book), 'form.target-missing'), {
      rule: 'form.target-missing',
      severity: 'error',
      sheet: '部门整体',
      cell: 'B12',
      mentions: ['年度整体绩效总目标'],
    });
  });

  test('a department form without the target row at all points at the indicator table it should precede', () => {
    const book = loadExample('suizhou-2025', '部门整体');
    const grid = sheetOf(book, '部门整体');
    expect(findLabel(grid, '年度整体绩效总目标')).toBe('A16');
    deleteRow(grid, 16);
    expectFinding(single(check(book), 'form.target-missing'), {
      rule: 'form.target-missing',
      severity: 'error',
      sheet: '部门整体',
      cell: 'A16',
      mentions: ['年度整体绩效总目标', '找不到'],
    });
  });
});

describe('form.year-mismatch', () => {
  test('000: the 2025 department form heads its columns 2024年（C） and 2023年（D）', () => {
    const book = loadExample('suizhou-2025', '部门整体');
    const found = byRule(check(book), 'form.year-mismatch');
    expect(found).toHaveLength(2);
    expectFinding(found[0], {
      rule: 'form.year-mismatch',
      severity: 'error',
      sheet: '部门整体',
      cell: 'D9',
      mentions: ['2025', '2024'],
      suggestion: '2025年预算金额（C）',
    });
    expectFinding(found[1], {
      rule: 'form.year-mismatch',
      severity: 'error',
      sheet: '部门整体',
      cell: 'E9',
      mentions: ['2023', '2024'],
      suggestion: '2024年预算金额（D）',
    });
    setCell(sheetOf(book, '部门整体'), 'D9', '2025年预算金额（C）');
    setCell(sheetOf(book, '部门整体'), 'E9', '2024年预算金额（D）');
    expect(byRule(check(book), 'form.year-mismatch')).toEqual([]);
  });

  test('001: one project form titled （2023年度） in the 2024 package', () => {
    const book = loadExample('suizhou-2024');
    expectFinding(single(check(book), 'form.year-mismatch'), {
      rule: 'form.year-mismatch',
      severity: 'error',
      sheet: '政府购买服务',
      cell: 'A3',
      mentions: ['2023', '2024'],
      suggestion: '（2024年度）',
    });
    setCell(sheetOf(book, '政府购买服务'), 'A3', '（2024年度）');
    expect(byRule(check(book), 'form.year-mismatch')).toEqual([]);
  });

  test('Ezhou prints the year in the title ("2025年项目支出绩效目标批复"): a form of another year is found there', () => {
    const book = loadExample('ezhou-2025', '一窗受理工作项目', '政府雇员经费', '数据工作项目经费');
    setCell(sheetOf(book, '政府雇员经费'), 'A1', '2024年项目支出绩效目标批复');
    expectFinding(single(check(book), 'form.year-mismatch'), {
      rule: 'form.year-mismatch',
      severity: 'error',
      sheet: '政府雇员经费',
      cell: 'A1',
      mentions: ['2024', '2025'],
      suggestion: '2025年项目支出绩效目标批复',
    });
  });

  test('a year line printed without brackets keeps its style in the suggestion (003 "2022 年度")', () => {
    const book = loadExample('yantian-2022');
    const copy = loadExample('yantian-2022').sheets[0];
    setCell(copy, 'A3', '2023 年度');
    book.sheets.push({ ...copy, name: '部门整体（二）' });
    expect(single(check(book), 'form.year-mismatch')).toMatchObject({
      sheet: '部门整体（二）',
      cell: 'A3',
      suggestion: '2022 年度',
    });
  });
});

describe('form.unrecognized', () => {
  const prose = {
    name: '编制说明',
    rows: [
      ['第四部分 预算绩效情况'],
      ['一、部门整体绩效目标编制情况'],
      ['本部门整体绩效目标是：为保障机关日常工作正常运转。'],
    ],
    merges: [],
  };

  test('a sheet of prose beside the forms is listed as info and nothing else is said about it', () => {
    const book = loadExample('yantian-2022');
    book.sheets.push(prose);
    const result = check(book);
    expect(result.findings.filter((f) => f.sheet === '编制说明')).toEqual([
      expect.objectContaining({ rule: 'form.unrecognized', severity: 'info', cell: 'A1' }),
    ]);
    expect(single(result, 'form.unrecognized').message).toContain('编制说明');
    expect(result.forms.map((form) => form.sheet)).toEqual(['部门整体']);
  });

  test('the package without it has no such finding; an empty sheet is not listed', () => {
    const book = loadExample('yantian-2022');
    book.sheets.push({ name: 'Sheet2', rows: [[null, '']], merges: [] });
    expect(byRule(check(book), 'form.unrecognized')).toEqual([]);
  });
});

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

/** The quality of targets: quality.quantified-share and quality.target-unmeasured. */
import { BUILTIN_PROFILES, validateProfile } from '../../../src/engine';
import { byRule, check, expectFinding, loadExample, setCell, sheetOf, single } from '../fixtures';

describe('quality.quantified-share', () => {
  test('000: OA系统使用费 has 3 产出 rows, all 定性', () => {
    const sheet = 'OA系统使用费';
    const book = loadExample('suizhou-2025', sheet);
    expectFinding(single(check(book), 'quality.quantified-share'), {
      rule: 'quality.quantified-share',
      severity: 'warning',
      sheet,
      cell: 'H6',
      mentions: ['3 项', '0 项', '0%', '50%'],
    });
    const grid = sheetOf(book, sheet);
    setCell(grid, 'G6', '=');
    setCell(grid, 'H6', 1);
    setCell(grid, 'I6', '套');
    setCell(grid, 'G7', '≥');
    setCell(grid, 'H7', 99);
    setCell(grid, 'I7', '%');
    expect(byRule(check(book), 'quality.quantified-share')).toEqual([]);
  });

  test('002: each table is judged on its own rows (一窗受理: 1 of 3 产出 rows quantitative in each)', () => {
    const sheet = '一窗受理工作项目';
    const found = byRule(check(loadExample('ezhou-2025', sheet)), 'quality.quantified-share');
    expect(found.map((f) => f.cell)).toEqual(['E15', 'E22']);
    expectFinding(found[1], {
      rule: 'quality.quantified-share',
      severity: 'warning',
      sheet,
      cell: 'E22',
      mentions: ['年度绩效目标表', '3 项', '1 项', '33%'],
    });
  });

  test('a profile asking a lower share (30%) accepts 1 of 3', () => {
    const mof = BUILTIN_PROFILES.find((p) => p.id === 'mof-2021')!;
    const result = validateProfile({ ...mof, id: 'ezhou-lenient', quantifiedShare: 0.3 });
    if (!result.ok) throw new Error(result.errors.join('; '));
    const book = loadExample('ezhou-2025', '一窗受理工作项目');
    expect(byRule(check(book, { profile: result.profile }), 'quality.quantified-share')).toEqual(
      [],
    );
  });

  test('deadlines count as quantitative: 003 with its counts and rates made words keeps 4 of 15', () => {
    const book = loadExample('yantian-2022');
    const grid = sheetOf(book, '部门整体');
    expect(byRule(check(book), 'quality.quantified-share')).toEqual([]);
    for (let row = 14; row <= 24; row++) setCell(grid, `E${row}`, '按计划完成');
    // Left quantitative: the three "2022 年 12 月 31 日前" of 时效 and 成本's ≧90%.
    expectFinding(single(check(book), 'quality.quantified-share'), {
      rule: 'quality.quantified-share',
      severity: 'warning',
      sheet: '部门整体',
      cell: 'E14',
      mentions: ['15 项', '4 项', '27%'],
    });
  });

  test('a deadline under 定性 is still measurable (时效 row of 12345热线: 定性 "2025年12月31日前完成")', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    const grid = sheetOf(book, '12345热线');
    setCell(grid, 'G6', '定性');
    setCell(grid, 'H6', '按计划组织');
    setCell(grid, 'I6', null);
    setCell(grid, 'G8', '定性');
    setCell(grid, 'H8', '2025年12月31日前完成');
    setCell(grid, 'I8', null);
    // 数量 words, 质量 ≧ 95 %, 时效 a deadline: 2 of 3.
    expect(byRule(check(book), 'quality.quantified-share')).toEqual([]);
  });
});

describe('quality.target-unmeasured', () => {
  test('000: 12345热线 names its 质量 indicator with the annual target, word for word', () => {
    const sheet = '12345热线';
    const book = loadExample('suizhou-2025', sheet);
    expectFinding(single(check(book), 'quality.target-unmeasured'), {
      rule: 'quality.target-unmeasured',
      severity: 'info',
      sheet,
      cell: 'F7',
      mentions: ['提高热线工作人员综合素质', '年度绩效目标'],
    });
    setCell(sheetOf(book, sheet), 'F7', '案件投诉率');
    expect(byRule(check(book), 'quality.target-unmeasured')).toEqual([]);
  });

  test('000: 大厅前台岗位服务外包 F8, a name of 61 characters', () => {
    const sheet = '大厅前台岗位服务外包';
    const book = loadExample('suizhou-2025', sheet);
    expectFinding(single(check(book), 'quality.target-unmeasured'), {
      rule: 'quality.target-unmeasured',
      severity: 'info',
      sheet,
      cell: 'F8',
      mentions: ['61', '60'],
    });
    setCell(sheetOf(book, sheet), 'F8', '大厅业务办理规范率');
    expect(byRule(check(book), 'quality.target-unmeasured')).toEqual([]);
  });
});

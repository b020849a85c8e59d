/** The indicator hierarchy: hierarchy.* against the profile's 一级 → 二级 tree. */
import { BUILTIN_PROFILES, validateProfile, type Profile } from '../../../src/engine';
import {
  byRule,
  check,
  deleteRow,
  errorsOf,
  expectFinding,
  getCell,
  insertRows,
  loadExample,
  places,
  remerge,
  setCell,
  sheetOf,
  shifted,
  single,
} from '../fixtures';

const legacyProject = BUILTIN_PROFILES.find((p) => p.id === 'legacy-project')!;

function variantOf(base: Profile, changes: Record<string, unknown>): Profile {
  const result = validateProfile({ ...base, ...changes });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.profile;
}

/** 12345热线 of 000: 产出 数量/质量/时效 rows D6:D9, 效益 D10:D14, each 二级 a row of its own. */
const hotline = () => loadExample('suizhou-2025', '12345热线');

describe('hierarchy.unknown-level1', () => {
  test('a 一级 that no profile knows (效益指标 written 效果指标)', () => {
    const book = hotline();
    setCell(sheetOf(book, '12345热线'), 'D10', '效果指标');
    expectFinding(single(check(book), 'hierarchy.unknown-level1'), {
      rule: 'hierarchy.unknown-level1',
      severity: 'error',
      sheet: '12345热线',
      cell: 'D10',
      mentions: ['效果指标', 'legacy-project', '产出指标', '效益指标'],
    });
  });

  test('short names are the same indicator: 产出 / 效益 is no finding, nor any other hierarchy finding', () => {
    const book = hotline();
    setCell(sheetOf(book, '12345热线'), 'D6', '产出');
    setCell(sheetOf(book, '12345热线'), 'D10', '效益');
    setCell(sheetOf(book, '12345热线'), 'E7', '质量');
    const result = check(book);
    expect(result.findings.filter((f) => f.rule.startsWith('hierarchy.'))).toEqual([]);
    expect(result.forms[0].profile).toBe('legacy-project');
  });
});

describe('hierarchy.unknown-level2', () => {
  test('a 二级 in no 一级 of the profile (质量指标 written 品质指标): the message lists the 二级 of 产出指标', () => {
    const book = hotline();
    setCell(sheetOf(book, '12345热线'), 'E7', '品质指标');
    expectFinding(single(check(book), 'hierarchy.unknown-level2'), {
      rule: 'hierarchy.unknown-level2',
      severity: 'error',
      sheet: '12345热线',
      cell: 'E7',
      mentions: ['品质指标', '产出指标', '数量指标、质量指标、时效指标、成本指标'],
    });
  });

  test('the published form has none', () => {
    expect(byRule(check(hotline()), 'hierarchy.unknown-level2')).toEqual([]);
  });
});

describe('hierarchy.level2-parent', () => {
  const sheet = '一窗受理工作项目';

  test('002: 社会效益 listed under 产出指标, in both the long-term and the annual table', () => {
    const found = byRule(check(loadExample('ezhou-2025', sheet)), 'hierarchy.level2-parent');
    expect(found).toHaveLength(2);
    for (const [finding, cell] of [
      [found[0], 'C16'],
      [found[1], 'C23'],
    ] as const) {
      expectFinding(finding, {
        rule: 'hierarchy.level2-parent',
        severity: 'error',
        sheet,
        cell,
        mentions: ['社会效益', '效益指标', '产出指标'],
        suggestion: '效益指标',
      });
    }
  });

  test('moved under a 效益指标 of its own, the form has no hierarchy error left', () => {
    const book = loadExample('ezhou-2025', sheet);
    const grid = sheetOf(book, sheet);
    remerge(grid, 'B14:B16', 'B14:B15');
    setCell(grid, 'B16', '效益指标');
    remerge(grid, 'B21:B23', 'B21:B22');
    setCell(grid, 'B23', '效益指标');
    expect(errorsOf(check(book))).toEqual([]);
  });
});

describe('hierarchy.level3-missing', () => {
  test('the empty 成本指标 row of 12345热线 given an operator, value and unit but no name', () => {
    const book = hotline();
    const grid = sheetOf(book, '12345热线');
    setCell(grid, 'G9', '≤');
    setCell(grid, 'H9', 7);
    setCell(grid, 'I9', '万元');
    expectFinding(single(check(book), 'hierarchy.level3-missing'), {
      rule: 'hierarchy.level3-missing',
      severity: 'error',
      sheet: '12345热线',
      cell: 'F9',
      mentions: ['第 9 行', '≤ 7 万元'],
    });
    setCell(grid, 'F9', '项目总成本');
    const result = check(book);
    expect(byRule(result, 'hierarchy.level3-missing')).toEqual([]);
    expect(errorsOf(result)).toEqual([]);
  });
});

describe('hierarchy.required-level1', () => {
  test('002: 政府雇员经费 has no 效益指标 row, in either table', () => {
    const sheet = '政府雇员经费';
    const found = byRule(check(loadExample('ezhou-2025', sheet)), 'hierarchy.required-level1');
    expect(found.map((f) => f.cell)).toEqual(['B13', 'B20']);
    expectFinding(found[0], {
      rule: 'hierarchy.required-level1',
      severity: 'error',
      sheet,
      cell: 'B13',
      mentions: ['长期绩效目标表', '效益指标'],
    });
    expect(found[1].message).toContain('年度绩效目标表');
  });

  test('003 with every 效益 row marked 不适用: those rows do not count', () => {
    const book = loadExample('yantian-2022');
    const grid = sheetOf(book, '部门整体');
    expect(byRule(check(book), 'hierarchy.required-level1')).toEqual([]);
    for (const row of [30, 31, 32, 35]) {
      setCell(grid, `D${row}`, '不适用');
      setCell(grid, `E${row}`, '不适用');
    }
    expectFinding(single(check(book), 'hierarchy.required-level1'), {
      rule: 'hierarchy.required-level1',
      severity: 'error',
      sheet: '部门整体',
      cell: 'D29',
      mentions: ['效益'],
    });
  });
  test('a table with no rows at all (003 with its indicator rows deleted, pasted two columns right)', () => {
    const book = loadExample('yantian-2022');
    const grid = sheetOf(book, '部门整体');
    for (let row = 36; row >= 14; row--) deleteRow(grid, row);
    const moved = { sheets: [shifted(grid, 0, 2)] };
    const found = byRule(check(moved), 'hierarchy.required-level1');
    // With no rows to fit, the first department profile is as good as any: 产出指标 / 效益指标.
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      ['C13', '“年度绩效指标”中一级指标“产出指标”下没有填写三级指标'],
      ['C13', '“年度绩效指标”中一级指标“效益指标”下没有填写三级指标'],
    ]);
  });
});

describe('hierarchy.min-level3', () => {
  const wantsThree = variantOf(legacyProject, { id: 'suizhou-strict', minLevel3PerLevel1: 3 });

  test('a profile asking 3 三级 rows per 一级: 12345热线 has 3 under 产出 but 1 under 效益', () => {
    const book = hotline();
    expectFinding(single(check(book, { profile: wantsThree }), 'hierarchy.min-level3'), {
      rule: 'hierarchy.min-level3',
      severity: 'warning',
      sheet: '12345热线',
      cell: 'D10',
      mentions: ['效益指标', '1 个', '3 个'],
    });
  });

  test('two more 效益 rows filled: no finding; the built-in minimum of 1 never asked for them', () => {
    const book = hotline();
    expect(byRule(check(book), 'hierarchy.min-level3')).toEqual([]);
    const grid = sheetOf(book, '12345热线');
    setCell(grid, 'F11', '群众诉求按时办结');
    setCell(grid, 'G11', '≥');
    setCell(grid, 'H11', 95);
    setCell(grid, 'I11', '%');
    setCell(grid, 'F13', '热线服务长效机制');
    setCell(grid, 'G13', '定性');
    setCell(grid, 'H13', '持续运行');
    expect(byRule(check(book, { profile: wantsThree }), 'hierarchy.min-level3')).toEqual([]);
  });
});

describe('hierarchy.duplicate-level3', () => {
  test('政务公开 with its second 数量 row renamed as the first (F8 = F7)', () => {
    const book = loadExample('suizhou-2025', '政务公开');
    const grid = sheetOf(book, '政务公开');
    expect(byRule(check(book), 'hierarchy.duplicate-level3')).toEqual([]);
    setCell(grid, 'F8', getCell(grid, 'F7'));
    expectFinding(single(check(book), 'hierarchy.duplicate-level3'), {
      rule: 'hierarchy.duplicate-level3',
      severity: 'warning',
      sheet: '政务公开',
      cell: 'F8',
      mentions: ['政务公开标准化建设', '数量指标', '第 7 行'],
    });
  });

  test('a long 数量 group (30 more rows under E7) repeats its first name at the end', () => {
    const book = loadExample('suizhou-2025', '政务公开');
    const grid = sheetOf(book, '政务公开');
    const extra = Array.from({ length: 30 }, (_, i) => [
      ...Array(5).fill(null),
      `第${i + 1}批政务公开事项目录`,
      '≥',
      1,
      '项',
    ]);
    insertRows(grid, 9, extra); // after F8, before the 质量指标 row
    expect(byRule(check(book), 'hierarchy.duplicate-level3')).toEqual([]);
    setCell(grid, 'F38', getCell(grid, 'F8')); // the last inserted row named as the second 数量 row
    setCell(grid, 'F20', getCell(grid, 'F12')); // and, nearer the top, the 12th as the 4th
    expect(places(byRule(check(book), 'hierarchy.duplicate-level3'))).toEqual([
      'hierarchy.duplicate-level3 政务公开!F20',
      'hierarchy.duplicate-level3 政务公开!F38',
    ]);
    expect(byRule(check(book), 'hierarchy.duplicate-level3')[1].message).toContain('第 8 行');
  });

  test('the same name under two different 二级 is no duplicate', () => {
    const book = loadExample('suizhou-2025', '政务公开');
    const grid = sheetOf(book, '政务公开');
    setCell(grid, 'F9', getCell(grid, 'F7')); // the 质量指标 row named as the 数量 row
    expect(byRule(check(book), 'hierarchy.duplicate-level3')).toEqual([]);
  });
});

describe('hierarchy.name-too-long', () => {
  const nameOf = (length: number) =>
    '组织12345热线工作人员进行业务学习和培训'.padEnd(length, '并开展考核');

  test('a 三级 name of 101 characters', () => {
    const book = hotline();
    setCell(sheetOf(book, '12345热线'), 'F6', nameOf(101));
    expectFinding(single(check(book), 'hierarchy.name-too-long'), {
      rule: 'hierarchy.name-too-long',
      severity: 'error',
      sheet: '12345热线',
      cell: 'F6',
      mentions: ['101', '100'],
    });
  });

  test('100 characters is within the limit', () => {
    const book = hotline();
    setCell(sheetOf(book, '12345热线'), 'F6', nameOf(100));
    expect(byRule(check(book), 'hierarchy.name-too-long')).toEqual([]);
  });
});

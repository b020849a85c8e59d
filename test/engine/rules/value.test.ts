/** 指标值: value.missing, not-numeric, placeholder, qualitative-numeric, quantity-qualitative, percent-range. */
import { byRule, check, expectFinding, loadExample, setCell, sheetOf, single } from '../fixtures';

/** 12345热线 of 000: F6 组织…学习 ≧ 2 次 (数量), F7 … ≧ 95 % (质量), F8 按时办结率 = 100 % (时效), F14 满意度 定性 满意. */
const hotline = () => loadExample('suizhou-2025', '12345热线');
const HOTLINE = '12345热线';

describe('value.missing', () => {
  test('a named 三级 row whose value was left empty (H6)', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'H6', null);
    expectFinding(single(check(book), 'value.missing'), {
      rule: 'value.missing',
      severity: 'error',
      sheet: HOTLINE,
      cell: 'H6',
      mentions: ['组织12345热线工作人员进行学习'],
    });
  });

  test('a row marked 不适用 in its name is exempt (003 经济效益 with the value emptied)', () => {
    const book = loadExample('yantian-2022');
    setCell(sheetOf(book, '部门整体'), 'E29', null);
    expect(byRule(check(book), 'value.missing')).toEqual([]);
  });

  test('the published forms have none', () => {
    expect(byRule(check(loadExample('suizhou-2025')), 'value.missing')).toEqual([]);
    expect(byRule(check(loadExample('ezhou-2025')), 'value.missing')).toEqual([]);
  });
});

describe('value.not-numeric', () => {
  test('≧ with the value written in words (两次)', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'H6', '两次');
    expectFinding(single(check(book), 'value.not-numeric'), {
      rule: 'value.not-numeric',
      severity: 'error',
      sheet: HOTLINE,
      cell: 'H6',
      mentions: ['两次', '≥', '定性'],
    });
  });

  test('an operator inside the value followed by words (Ezhou style "≥有效提高")', () => {
    const sheet = '一窗受理工作项目';
    const book = loadExample('ezhou-2025', sheet);
    setCell(sheetOf(book, sheet), 'E23', '≥有效提高');
    expectFinding(single(check(book), 'value.not-numeric'), {
      rule: 'value.not-numeric',
      severity: 'error',
      sheet,
      cell: 'E23',
      mentions: ['≥有效提高'],
    });
  });

  test('002 writes qualitative values without any operator ("确保优化"): no finding', () => {
    expect(byRule(check(loadExample('ezhou-2025')), 'value.not-numeric')).toEqual([]);
  });

  test('a deadline after ≤ is a value, not words', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'G8', '≤');
    setCell(sheetOf(book, HOTLINE), 'H8', '2025年12月31日前');
    setCell(sheetOf(book, HOTLINE), 'I8', null);
    const result = check(book);
    expect(byRule(result, 'value.not-numeric')).toEqual([]);
    expect(byRule(result, 'unit.missing')).toEqual([]);
  });
});

describe('value.placeholder', () => {
  test('"≥**%" left from the reference template (Ezhou 满意度)', () => {
    const sheet = '一窗受理工作项目';
    const book = loadExample('ezhou-2025', sheet);
    setCell(sheetOf(book, sheet), 'E24', '≥**%');
    expectFinding(single(check(book), 'value.placeholder'), {
      rule: 'value.placeholder',
      severity: 'error',
      sheet,
      cell: 'E24',
      mentions: ['≥**%'],
    });
  });

  test.each(['xx', 'XX', '…', '＿', '*'])(
    '"%s" in the value column of 12345热线',
    (placeholder) => {
      const book = hotline();
      setCell(sheetOf(book, HOTLINE), 'H7', placeholder);
      const finding = single(check(book), 'value.placeholder');
      expect(finding.cell).toBe('H7');
      expect(finding.message).toContain(placeholder);
    },
  );

  test('the filled value is no placeholder', () => {
    expect(byRule(check(hotline()), 'value.placeholder')).toEqual([]);
  });
});

describe('value.qualitative-numeric', () => {
  test('定性 with a plain number (满意度 row: 定性 95)', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'H14', 95);
    expectFinding(single(check(book), 'value.qualitative-numeric'), {
      rule: 'value.qualitative-numeric',
      severity: 'warning',
      sheet: HOTLINE,
      cell: 'G14',
      mentions: ['95', '定性'],
    });
  });

  test('made quantitative (≥ 95 %), it is no finding', () => {
    const book = hotline();
    const grid = sheetOf(book, HOTLINE);
    setCell(grid, 'G14', '≥');
    setCell(grid, 'H14', 95);
    setCell(grid, 'I14', '%');
    expect(byRule(check(book), 'value.qualitative-numeric')).toEqual([]);
  });
});

describe('value.quantity-qualitative', () => {
  test('000: OA系统使用费 系统建设 定性 稳定运行 under 数量指标', () => {
    const sheet = 'OA系统使用费';
    const book = loadExample('suizhou-2025', sheet);
    expectFinding(single(check(book), 'value.quantity-qualitative'), {
      rule: 'value.quantity-qualitative',
      severity: 'warning',
      sheet,
      cell: 'G6',
      mentions: ['系统建设', '稳定运行'],
    });
    const grid = sheetOf(book, sheet);
    setCell(grid, 'G6', '=');
    setCell(grid, 'H6', 1);
    setCell(grid, 'I6', '套');
    expect(byRule(check(book), 'value.quantity-qualitative')).toEqual([]);
  });

  test('002: a 数量 row with only words and no operator column (城市数字… 抽调人数 "完全保障")', () => {
    const sheet = '城市数字公共基础设施专班工作经费';
    const finding = single(check(loadExample('ezhou-2025', sheet)), 'value.quantity-qualitative');
    expectFinding(finding, {
      rule: 'value.quantity-qualitative',
      severity: 'warning',
      sheet,
      cell: 'E21',
      mentions: ['抽调相关政府工作人员人数', '完全保障'],
    });
  });

  test('a deadline is quantitative: a 数量 row written "2022 年 12 月 31 日前" is no finding', () => {
    const book = loadExample('yantian-2022');
    setCell(sheetOf(book, '部门整体'), 'E14', '2022 年 12 月 31 日前');
    expect(byRule(check(book), 'value.quantity-qualitative')).toEqual([]);
    setCell(sheetOf(book, '部门整体'), 'E14', '按需购置');
    expect(single(check(book), 'value.quantity-qualitative').cell).toBe('E14');
  });
});

describe('value.percent-range', () => {
  test('a percentage above 100 in the value column (H7 120, unit %)', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'H7', 120);
    expectFinding(single(check(book), 'value.percent-range'), {
      rule: 'value.percent-range',
      severity: 'error',
      sheet: HOTLINE,
      cell: 'H7',
      mentions: ['120%'],
    });
  });

  test('a percentage below 0 inside the value (Ezhou "≥-5%")', () => {
    const sheet = '一窗受理工作项目';
    const book = loadExample('ezhou-2025', sheet);
    setCell(sheetOf(book, sheet), 'E24', '≥-5%');
    expect(single(check(book), 'value.percent-range')).toMatchObject({
      cell: 'E24',
      severity: 'error',
    });
  });

  test('0 and 100 are in range; the published forms have none', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'H7', 0);
    expect(byRule(check(book), 'value.percent-range')).toEqual([]);
    for (const example of ['suizhou-2025', 'ezhou-2025', 'yantian-2022'] as const) {
      expect(byRule(check(loadExample(example)), 'value.percent-range')).toEqual([]);
    }
  });
});

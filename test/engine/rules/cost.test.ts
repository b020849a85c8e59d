/** 成本指标: cost.unit-not-money, cost.exceeds-budget, cost.operator. */
import {
  byRule,
  check,
  errorsOf,
  expectFinding,
  loadExample,
  setCell,
  sheetOf,
  single,
} from '../fixtures';

/** 一窗受理工作项目 of 002: 项目预算 266万; 总成本 ≤266万元 in the long-term (E13) and annual (E20) tables. */
const WINDOW = '一窗受理工作项目';
const windowForm = () => loadExample('ezhou-2025', WINDOW);

describe('cost.unit-not-money', () => {
  const sheet = '城市数字公共基础设施专班工作经费';

  test('002: 总成本 等于36人 (the annual table of the 数公基 form)', () => {
    const book = loadExample('ezhou-2025', sheet);
    expectFinding(single(check(book), 'cost.unit-not-money'), {
      rule: 'cost.unit-not-money',
      severity: 'error',
      sheet,
      cell: 'E20',
      mentions: ['总成本', '等于36人', '人'],
    });
    setCell(sheetOf(book, sheet), 'E20', '≤25万元');
    expect(byRule(check(book), 'cost.unit-not-money')).toEqual([]);
  });

  test('000 style, 成本指标 a 二级 of 产出: a count in the unit column points at the unit cell', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    const grid = sheetOf(book, '12345热线');
    setCell(grid, 'F9', '热线坐席人数');
    setCell(grid, 'G9', '≤');
    setCell(grid, 'H9', 6);
    setCell(grid, 'I9', '人');
    expectFinding(single(check(book), 'cost.unit-not-money'), {
      rule: 'cost.unit-not-money',
      severity: 'error',
      sheet: '12345热线',
      cell: 'I9',
      mentions: ['热线坐席人数', '人'],
    });
    setCell(grid, 'F9', '项目总成本');
    setCell(grid, 'H9', 7);
    setCell(grid, 'I9', '万元');
    expect(errorsOf(check(book))).toEqual([]);
  });

  test('003: 预算支出执行率 ≧90% under 成本 is a rate, accepted', () => {
    expect(byRule(check(loadExample('yantian-2022')), 'cost.unit-not-money')).toEqual([]);
  });
});

describe('cost.exceeds-budget', () => {
  test('an annual 总成本 above the 266万 of 项目预算', () => {
    const book = windowForm();
    setCell(sheetOf(book, WINDOW), 'E20', '≤300万元');
    expectFinding(single(check(book), 'cost.exceeds-budget'), {
      rule: 'cost.exceeds-budget',
      severity: 'error',
      sheet: WINDOW,
      cell: 'E20',
      mentions: ['总成本', '300', '266'],
    });
  });

  test('a cost in 元 is converted: 2,700,000 元 is 270 万元, above; 2,660,000 元 is not', () => {
    const book = windowForm();
    setCell(sheetOf(book, WINDOW), 'E20', '≤2,700,000元');
    expect(single(check(book), 'cost.exceeds-budget').message).toContain('270');
    setCell(sheetOf(book, WINDOW), 'E20', '≤2,660,000元');
    expect(byRule(check(book), 'cost.exceeds-budget')).toEqual([]);
  });

  test('the long-term table may exceed one year of funding', () => {
    const book = windowForm();
    setCell(sheetOf(book, WINDOW), 'E13', '≤800万元');
    expect(byRule(check(book), 'cost.exceeds-budget')).toEqual([]);
  });

  test('every published 002 form keeps its cost within its funding', () => {
    expect(byRule(check(loadExample('ezhou-2025')), 'cost.exceeds-budget')).toEqual([]);
  });
});

describe('cost.operator', () => {
  test('a cost written as a floor (≥266万元)', () => {
    const book = windowForm();
    setCell(sheetOf(book, WINDOW), 'E20', '≥266万元');
    expectFinding(single(check(book), 'cost.operator'), {
      rule: 'cost.operator',
      severity: 'warning',
      sheet: WINDOW,
      cell: 'E20',
      mentions: ['总成本', '≥', '≤'],
      suggestion: '≤',
    });
  });

  test('a rate may be a floor (003: 预算支出执行率 ≧90%); a ceiling is right', () => {
    expect(byRule(check(loadExample('yantian-2022')), 'cost.operator')).toEqual([]);
    expect(byRule(check(windowForm()), 'cost.operator')).toEqual([]);
  });
});

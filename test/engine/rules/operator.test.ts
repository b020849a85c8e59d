/** 计算符号: operator.nonstandard (variants read as canonical) and operator.unknown. */
import {
  byRule,
  check,
  expectFinding,
  loadExample,
  OPERATOR_VARIANTS,
  setCell,
  sheetOf,
  single,
} from '../fixtures';

describe('operator.nonstandard', () => {
  test('000: ≧ in the operator column of 12345热线 is read as ≥ and reported as info', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    const found = byRule(check(book), 'operator.nonstandard');
    expect(found.map((f) => f.cell)).toEqual(['G6', 'G7']);
    expectFinding(found[0], {
      rule: 'operator.nonstandard',
      severity: 'info',
      sheet: '12345热线',
      cell: 'G6',
      mentions: ['≧', '≥'],
      suggestion: '≥',
    });
  });

  test('002: 等于35人 inside the value, no operator column: the value cell is reported', () => {
    const sheet = '一窗受理工作项目';
    const found = byRule(check(loadExample('ezhou-2025', sheet)), 'operator.nonstandard');
    expect(found.map((f) => f.cell)).toEqual(['E14', 'E21']);
    expectFinding(found[1], {
      rule: 'operator.nonstandard',
      severity: 'info',
      sheet,
      cell: 'E21',
      mentions: ['等于', '='],
      suggestion: '=',
    });
  });

  test('003: ≧90% inside the value of the department form', () => {
    const found = byRule(check(loadExample('yantian-2022')), 'operator.nonstandard');
    expect(found.map((f) => f.cell)).toEqual(['E22', 'E28', 'E35']);
    expect(found[0].message).toContain('≧');
  });

  // ≧ and 等于 are the published forms' own cases above.
  test.each(OPERATOR_VARIANTS.filter(([variant]) => variant !== '≧' && variant !== '等于'))(
    'the variant %s in the operator column is read as %s',
    (variant, canonical) => {
      const book = loadExample('suizhou-2025', '12345热线');
      setCell(sheetOf(book, '12345热线'), 'G8', variant);
      const finding = byRule(check(book), 'operator.nonstandard').find((f) => f.cell === 'G8');
      expect(finding?.suggestion).toBe(canonical);
      expect(finding?.message).toContain(variant);
    },
  );

  test('the canonical operators are no finding', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    setCell(sheetOf(book, '12345热线'), 'G6', '≥');
    setCell(sheetOf(book, '12345热线'), 'G7', '≥');
    expect(byRule(check(book), 'operator.nonstandard')).toEqual([]);
  });
});

describe('operator.unknown', () => {
  test.each([
    ['suizhou-2025', '大厅前台岗位服务外包'],
    ['suizhou-2024', '政府购买服务'],
  ] as const)('%s: 定义 written for 定性 on %s (G15), 定性 suggested', (example, sheet) => {
    const book = loadExample(example, sheet);
    expectFinding(single(check(book), 'operator.unknown'), {
      rule: 'operator.unknown',
      severity: 'error',
      sheet,
      cell: 'G15',
      mentions: ['定义', '定性'],
      suggestion: '定性',
    });
    setCell(sheetOf(book, sheet), 'G15', '定性');
    expect(byRule(check(book), 'operator.unknown')).toEqual([]);
  });

  test('an operator far from every known one gets no suggestion', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    setCell(sheetOf(book, '12345热线'), 'G8', '按实际');
    const finding = single(check(book), 'operator.unknown');
    expect(finding.cell).toBe('G8');
    expect(finding.message).toContain('按实际');
    expect(finding.suggestion).toBeUndefined();
  });
});

/** The value grammar: operators, values with operator/number/unit in one cell, amounts, deadlines. */
import Decimal from 'decimal.js';
import { readAmount, readHeadCount } from '../../src/engine/parse/amounts';
import { leadingOperator, readOperator, suggestOperator } from '../../src/engine/parse/operators';
import { isQuantitative, parseValue } from '../../src/engine/parse/values';
import { OPERATOR_VARIANTS } from './fixtures';

describe('operators', () => {
  test.each(['≥', '≤', '=', '>', '<', '定性'])('%s is canonical', (operator) => {
    expect(readOperator(operator)).toEqual({ operator, variant: null });
  });

  test.each(OPERATOR_VARIANTS)(
    'the variant %s reads as %s and is named as written',
    (variant, operator) => {
      expect(readOperator(variant)).toEqual({ operator, variant });
    },
  );

  test('spaces inside an operator cell do not matter ("等 于", "> =")', () => {
    expect(readOperator('等 于')?.operator).toBe('=');
    expect(readOperator('> =')?.operator).toBe('≥');
  });

  test('unknown operators are null; the nearest is suggested only where it is a likely typo', () => {
    expect(readOperator('定义')).toBeNull();
    expect(suggestOperator('定义')).toBe('定性');
    expect(suggestOperator('大于或等')).toBe('≥');
    expect(suggestOperator('≠')).toBeNull();
    expect(suggestOperator('按实际')).toBeNull();
  });

  test('a longer variant wins at the start of a value: 大于等于 is ≥, not > then "等于90%"', () => {
    expect(leadingOperator('大于等于90%')).toEqual({
      operator: '≥',
      variant: '大于等于',
      rest: '90%',
    });
  });
});

describe('values', () => {
  const number = (text: string) => {
    const value = parseValue(text);
    if (value.kind !== 'number') throw new Error(`${text} read as ${value.kind}`);
    return {
      operator: value.inline?.operator ?? null,
      variant: value.inline?.variant ?? null,
      number: value.number.toString(),
      unit: value.unit,
    };
  };

  test.each([
    ['≤266万元', '≤', null, '266', '万元'],
    ['等于35人', '=', '等于', '35', '人'],
    ['≥98%', '≥', null, '98', '%'],
    ['≧90%', '≥', '≧', '90', '%'],
    ['不低于90%', '≥', '不低于', '90', '%'],
    ['≥ 1 项', '≥', null, '1', '项'],
    ['2 次', null, null, '2', '次'],
    ['95 %', null, null, '95', '%'],
    ['９５％', null, null, '95', '%'],
    ['100%', null, null, '100', '%'],
    ['1,000人次', null, null, '1000', '人次'],
    ['≥9.5%', '≥', null, '9.5', '%'],
    ['≤400000度', '≤', null, '400000', '度'],
    ['266万', null, null, '266', '万元'],
  ])(
    '"%s" is operator %s (written %s), number %s, unit %s',
    (text, operator, variant, value, unit) => {
      expect(number(text)).toEqual({ operator, variant, number: value, unit });
    },
  );

  test('a number cell is a number with no unit', () => {
    expect(parseValue(95)).toEqual({
      kind: 'number',
      text: '95',
      inline: null,
      number: new Decimal(95),
      unit: null,
    });
  });

  test('"95%以上" carries its operator after the number', () => {
    expect(number('95%以上')).toMatchObject({ operator: '≥', number: '95', unit: '%' });
  });

  test.each([
    '2022 年 12 月 31 日前',
    '2025年12月底前',
    '2025年12月31日前完成',
    '12月31日前',
    '6月底',
  ])('"%s" is a deadline, and quantitative', (text) => {
    const value = parseValue(text);
    expect(value.kind).toBe('deadline');
    expect(isQuantitative(value)).toBe(true);
  });

  test('a deadline keeps an operator written before it', () => {
    expect(parseValue('≤2022年12月31日')).toMatchObject({
      kind: 'deadline',
      inline: { operator: '≤' },
    });
  });

  test.each(['不适用', '无'])('"%s" marks the row not applicable', (text) => {
    expect(parseValue(text).kind).toBe('not-applicable');
  });

  test.each(['≥**%', '**', 'xx个', 'XX', '…', '＿', '___'])(
    '"%s" is a template placeholder',
    (text) => {
      expect(parseValue(text)).toEqual({
        kind: 'placeholder',
        text,
        inline: null,
        number: null,
        unit: null,
      });
    },
  );

  test.each(['确保优化', '正常运转', '有效提高', '稳定运行'])(
    '"%s" is words, not quantitative',
    (text) => {
      const value = parseValue(text);
      expect(value.kind).toBe('text');
      expect(isQuantitative(value)).toBe(false);
    },
  );

  test('an empty cell is empty', () => {
    const empty = { kind: 'empty', text: '', inline: null, number: null, unit: null };
    expect(parseValue(null)).toEqual(empty);
    expect(parseValue('  ')).toEqual(empty);
  });
});

describe('amounts', () => {
  const amount = (raw: string | number, unit: '元' | '万元' = '万元') => {
    const reading = readAmount(raw, unit);
    return reading.kind === 'amount' ? reading.value.toString() : reading.kind;
  };

  test('"266万" is 266 万元; "266万元" and 266 too', () => {
    expect(amount('266万')).toBe('266');
    expect(amount('266万元')).toBe('266');
    expect(amount(266)).toBe('266');
  });

  test('"2,000,000.00元" is 200 万元; "0.5亿元" is 5000 万元', () => {
    expect(amount('2,000,000.00元')).toBe('200');
    expect(amount('0.5亿元')).toBe('5000');
  });

  test('in a form kept in 元, "266万" is 2660000', () => {
    expect(amount('266万', '元')).toBe('2660000');
  });

  test('full-width digits and negative changes read as numbers', () => {
    expect(amount('１２３．４５')).toBe('123.45');
    expect(amount('-10.64')).toBe('-10.64');
  });

  test('decimal, not binary, arithmetic: 489.98 − 537.34 is exactly −47.36', () => {
    const income = readAmount('489.98', '万元');
    const prior = readAmount('537.34', '万元');
    if (income.kind !== 'amount' || prior.kind !== 'amount') throw new Error('not amounts');
    expect(income.value.minus(prior.value).toString()).toBe('-47.36');
  });

  test('blank is blank; words and misplaced separators are not numbers', () => {
    expect(amount('')).toBe('blank');
    expect(amount('无')).toBe('not-numeric');
    expect(amount('1,23')).toBe('not-numeric');
  });

  test('head counts take 人 / 名 after the figure', () => {
    const count = (raw: string | number) => {
      const reading = readHeadCount(raw);
      return reading.kind === 'amount' ? reading.value.toNumber() : reading.kind;
    };
    expect([count(15), count('15人'), count('4 人'), count('11名'), count('十一')]).toEqual([
      15,
      15,
      4,
      11,
      'not-numeric',
    ]);
  });
});

/** 计量单位: unit.missing, unit.unknown, unit.conflict, unit.qualitative. */
import { BUILTIN_PROFILES, validateProfile } from '../../../src/engine';
import { byRule, check, expectFinding, loadExample, setCell, sheetOf, single } from '../fixtures';

/** 12345热线 of 000: H6 2 I6 次, H7 95 I7 %, H8 100 I8 %, G14 定性 H14 满意. */
const hotline = () => loadExample('suizhou-2025', '12345热线');
const HOTLINE = '12345热线';

describe('unit.missing', () => {
  test('a number with its unit cell emptied points at the unit cell (I6)', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'I6', null);
    expectFinding(single(check(book), 'unit.missing'), {
      rule: 'unit.missing',
      severity: 'error',
      sheet: HOTLINE,
      cell: 'I6',
      mentions: ['组织12345热线工作人员进行学习', '2'],
    });
  });

  test('000 department form, no unit column: "2 次" written "2" points at the value cell (E19)', () => {
    const book = loadExample('suizhou-2025', '部门整体');
    expect(byRule(check(book), 'unit.missing')).toEqual([]);
    setCell(sheetOf(book, '部门整体'), 'E19', '2');
    expectFinding(single(check(book), 'unit.missing'), {
      rule: 'unit.missing',
      severity: 'error',
      sheet: '部门整体',
      cell: 'E19',
      mentions: ['业务培训', '2'],
    });
  });

  test('the unit inside the value counts ("100%", "≤266万元", "4 次"): the published forms have none', () => {
    for (const example of ['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'] as const) {
      expect(byRule(check(loadExample(example)), 'unit.missing')).toEqual([]);
    }
  });
});

describe('unit.unknown', () => {
  test('a unit not in the catalog (回 for 次)', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'I6', '回');
    expectFinding(single(check(book), 'unit.unknown'), {
      rule: 'unit.unknown',
      severity: 'warning',
      sheet: HOTLINE,
      cell: 'I6',
      mentions: ['回'],
    });
  });

  test('a unit the profile adds (extraUnits) is known', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'I6', '回');
    const legacy = BUILTIN_PROFILES.find((p) => p.id === 'legacy-project')!;
    const result = validateProfile({ ...legacy, id: 'suizhou-units', extraUnits: ['回'] });
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(byRule(check(book, { profile: result.profile }), 'unit.unknown')).toEqual([]);
  });

  test('an unknown unit inside the value (Ezhou "≤1800桶") points at the value cell', () => {
    const sheet = '市民中心水电费';
    const book = loadExample('ezhou-2025', sheet);
    expect(byRule(check(book), 'unit.unknown')).toEqual([]);
    setCell(sheetOf(book, sheet), 'E22', '≤1800桶');
    expect(single(check(book), 'unit.unknown')).toMatchObject({ cell: 'E22', severity: 'warning' });
  });
});

describe('unit.conflict', () => {
  test('"95%" in the value with 次 in the unit column', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'H7', '95%');
    setCell(sheetOf(book, HOTLINE), 'I7', '次');
    expectFinding(single(check(book), 'unit.conflict'), {
      rule: 'unit.conflict',
      severity: 'error',
      sheet: HOTLINE,
      cell: 'I7',
      mentions: ['95%', '次'],
      suggestion: '%',
    });
  });

  test('the same unit twice ("95%" and %, or "95 ％" and %) agrees', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'H7', '95%');
    setCell(sheetOf(book, HOTLINE), 'H8', '100 ％');
    expect(byRule(check(book), 'unit.conflict')).toEqual([]);
  });
});

describe('unit.qualitative', () => {
  test('定性 with a unit (满意度 row given 分)', () => {
    const book = hotline();
    setCell(sheetOf(book, HOTLINE), 'I14', '分');
    expectFinding(single(check(book), 'unit.qualitative'), {
      rule: 'unit.qualitative',
      severity: 'warning',
      sheet: HOTLINE,
      cell: 'I14',
      mentions: ['提高人民群众满意度', '分'],
    });
  });

  test('the published 定性 rows have no unit', () => {
    expect(byRule(check(loadExample('suizhou-2025')), 'unit.qualitative')).toEqual([]);
  });
});

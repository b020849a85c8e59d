/** Budget arithmetic: budget.* on the fund table, staff block, task list, and across forms and years. */
import type { Grid, WorkbookGrid } from '../../../src/engine';
import {
  byRule,
  check,
  checkBooks,
  errorsOf,
  expectFinding,
  insertRows,
  loadExample,
  nextTo,
  setCell,
  setNextTo,
  sheetOf,
  single,
} from '../fixtures';

/**
 * 000's department form (部门整体): 财政拨款 D10 489.98 / E10 537.34 / F10 -47.36, 其他资金 0 / 0 / blank,
 * 收入合计 row 12, 基本支出 D13 270.98 / E13 260.34 / F13 -10.64 (printed with the wrong sign),
 * 项目支出 D14 219 / E14 277 / F14 -58, 支出合计 row 15; staff B8 15 = D8 4 + E8 11.
 */
const DEPT = '部门整体';
const suizhouDepartment = () => loadExample('suizhou-2025', DEPT);

/** 000's department form with the printed mistakes corrected (column years, the sign of F13). */
function correctedSuizhou(book: WorkbookGrid): WorkbookGrid {
  const grid = sheetOf(book, DEPT);
  setCell(grid, 'D9', '2025年预算金额（C）');
  setCell(grid, 'E9', '2024年预算金额（D）');
  setCell(grid, 'F13', 10.64);
  return book;
}

describe('budget.change', () => {
  test('000: 基本支出 270.98 − 260.34 printed as −10.64', () => {
    expectFinding(single(check(suizhouDepartment()), 'budget.change'), {
      rule: 'budget.change',
      severity: 'error',
      sheet: DEPT,
      cell: 'F13',
      mentions: ['基本支出', '10.64', '270.98', '260.34', '-10.64'],
      suggestion: '10.64',
    });
  });

  test('corrected, 000 has no error left; 001 as published has none (其他资金 D blank counts as 0)', () => {
    expect(errorsOf(check(correctedSuizhou(suizhouDepartment())))).toEqual([]);
    expect(errorsOf(check(loadExample('suizhou-2024', DEPT)))).toEqual([]);
  });

  test('a change cell left blank where C and D differ', () => {
    const book = correctedSuizhou(suizhouDepartment());
    setCell(sheetOf(book, DEPT), 'F14', null);
    expectFinding(single(check(book), 'budget.change'), {
      rule: 'budget.change',
      severity: 'error',
      sheet: DEPT,
      cell: 'F14',
      mentions: ['项目支出', '-58', '219', '277', '空'],
      suggestion: '-58',
    });
  });

  test('the two 合计 rows are told apart: 支出合计 (C−D) written −37.36', () => {
    const book = correctedSuizhou(suizhouDepartment());
    setCell(sheetOf(book, DEPT), 'F15', -37.36);
    expectFinding(single(check(book), 'budget.change'), {
      rule: 'budget.change',
      severity: 'error',
      sheet: DEPT,
      cell: 'F15',
      mentions: ['支出合计', '-47.36', '489.98', '537.34', '-37.36'],
      suggestion: '-47.36',
    });
  });
});

describe('budget.income-sum', () => {
  test('收入合计 (C) written 499.98 where 489.98 + 0 = 489.98', () => {
    const book = correctedSuizhou(suizhouDepartment());
    setCell(sheetOf(book, DEPT), 'D12', 499.98);
    expectFinding(single(check(book), 'budget.income-sum'), {
      rule: 'budget.income-sum',
      severity: 'error',
      sheet: DEPT,
      cell: 'D12',
      mentions: ['本年（C）', '489.98', '499.98'],
      suggestion: '489.98',
    });
  });

  test('the 上年 (D) column: 其他资金 D given 10, 合计 left at 537.34', () => {
    const book = correctedSuizhou(suizhouDepartment());
    setCell(sheetOf(book, DEPT), 'E11', 10);
    expectFinding(single(check(book), 'budget.income-sum'), {
      rule: 'budget.income-sum',
      severity: 'error',
      sheet: DEPT,
      cell: 'E12',
      mentions: ['上年（D）', '547.34', '537.34', '10'],
      suggestion: '547.34',
    });
  });

  test('within the rounding tolerance of 0.01 万元 it adds up', () => {
    const book = correctedSuizhou(suizhouDepartment());
    setCell(sheetOf(book, DEPT), 'D12', 489.99);
    expect(byRule(check(book), 'budget.income-sum')).toEqual([]);
  });
});

describe('budget.expense-sum', () => {
  test('项目支出 (D) written 287: 260.34 + 287 ≠ 537.34', () => {
    const book = correctedSuizhou(suizhouDepartment());
    setCell(sheetOf(book, DEPT), 'E14', 287);
    expectFinding(single(check(book), 'budget.expense-sum'), {
      rule: 'budget.expense-sum',
      severity: 'error',
      sheet: DEPT,
      cell: 'E15',
      mentions: ['上年（D）', '547.34', '260.34', '287', '537.34'],
      suggestion: '547.34',
    });
  });

  test('the published forms add up', () => {
    expect(byRule(check(suizhouDepartment()), 'budget.expense-sum')).toEqual([]);
    expect(byRule(check(loadExample('suizhou-2024', DEPT)), 'budget.expense-sum')).toEqual([]);
  });
});

describe('budget.balance', () => {
  test('income raised to 499.98 on both its rows, expense left at 489.98', () => {
    const book = correctedSuizhou(suizhouDepartment());
    setCell(sheetOf(book, DEPT), 'D10', 499.98);
    setCell(sheetOf(book, DEPT), 'D12', 499.98);
    const result = check(book);
    expect(byRule(result, 'budget.income-sum')).toEqual([]);
    expectFinding(single(result, 'budget.balance'), {
      rule: 'budget.balance',
      severity: 'error',
      sheet: DEPT,
      cell: 'D15',
      mentions: ['489.98', '499.98', '-10'],
      suggestion: '499.98',
    });
  });
});

describe('budget.staff-sum', () => {
  test('000: 实有在职人员 written 16 where 4 + 11 = 15', () => {
    const book = suizhouDepartment();
    expect(byRule(check(book), 'budget.staff-sum')).toEqual([]);
    setCell(sheetOf(book, DEPT), 'B8', 16);
    expectFinding(single(check(book), 'budget.staff-sum'), {
      rule: 'budget.staff-sum',
      severity: 'error',
      sheet: DEPT,
      cell: 'B8',
      mentions: ['15', '4', '11', '16'],
      suggestion: '15',
    });
  });

  test('staff typed with their unit ("15人", "4 人", "11人") are numbers', () => {
    const book = suizhouDepartment();
    const grid = sheetOf(book, DEPT);
    setCell(grid, 'B8', '15人');
    setCell(grid, 'D8', '4 人');
    setCell(grid, 'E8', '11人');
    const result = check(book);
    expect(byRule(result, 'budget.not-numeric')).toEqual([]);
    expect(byRule(result, 'budget.staff-sum')).toEqual([]);
    setCell(grid, 'B8', '16人');
    expect(single(check(book), 'budget.staff-sum').message).toContain('16');
  });
});

describe('budget.tasks-sum', () => {
  /** 003's 年度主要任务: 422.09 + 87.99 + 30 + 15 = 555.08 (E11), all 财政拨款 (F11), 其他资金 0 (G11). */
  test('003 adds up', () => {
    expect(byRule(check(loadExample('yantian-2022')), 'budget.tasks-sum')).toEqual([]);
  });

  test('金额合计 总额 written 545.08', () => {
    const book = loadExample('yantian-2022');
    setCell(sheetOf(book, DEPT), 'E11', 545.08);
    expectFinding(single(check(book), 'budget.tasks-sum'), {
      rule: 'budget.tasks-sum',
      severity: 'error',
      sheet: DEPT,
      cell: 'E11',
      mentions: ['总额', '555.08', '4 项', '545.08'],
      suggestion: '555.08',
    });
  });

  test('the 财政拨款 column is checked too', () => {
    const book = loadExample('yantian-2022');
    setCell(sheetOf(book, DEPT), 'F9', 20);
    expectFinding(single(check(book), 'budget.tasks-sum'), {
      rule: 'budget.tasks-sum',
      severity: 'error',
      sheet: DEPT,
      cell: 'F11',
      mentions: ['财政拨款', '545.08', '555.08'],
      suggestion: '545.08',
    });
  });
});

describe('budget.funding-sum', () => {
  // No seed project form prints 财政拨款 / 其他资金; derived from 002's 一窗受理 by adding the row the
  // national template has under 项目预算.
  const sheet = '一窗受理工作项目';
  function withSources(fiscal: string, other: string): WorkbookGrid {
    const book = loadExample('ezhou-2025', sheet);
    insertRows(sheetOf(book, sheet), 5, [['其中：财政拨款', fiscal, '其他资金', other]]);
    return book;
  }

  test('财政拨款 200万 + 其他资金 60万 ≠ 项目预算 266万', () => {
    expectFinding(single(check(withSources('200万', '60万')), 'budget.funding-sum'), {
      rule: 'budget.funding-sum',
      severity: 'error',
      sheet,
      cell: 'B4',
      mentions: ['200', '60', '260', '266', '万元'],
      suggestion: '260',
    });
  });

  test('200万 + 66万 adds up; so does "2,000,000.00元" + 66万 (converted to 万元)', () => {
    expect(byRule(check(withSources('200万', '66万')), 'budget.funding-sum')).toEqual([]);
    expect(byRule(check(withSources('2,000,000.00元', '66万')), 'budget.funding-sum')).toEqual([]);
  });
});

describe('budget.not-numeric', () => {
  test('an amount cell holding words (其他资金 C written 无)', () => {
    const book = suizhouDepartment();
    setCell(sheetOf(book, DEPT), 'D11', '无');
    expectFinding(single(check(book), 'budget.not-numeric'), {
      rule: 'budget.not-numeric',
      severity: 'error',
      sheet: DEPT,
      cell: 'D11',
      mentions: ['其他资金', '无'],
    });
  });

  test('a project funding written in words (Ezhou 项目预算 "待定")', () => {
    const sheet = '政府雇员经费';
    const book = loadExample('ezhou-2025', sheet);
    setNextTo(sheetOf(book, sheet), '项目预算', '待定');
    expectFinding(single(check(book), 'budget.not-numeric'), {
      rule: 'budget.not-numeric',
      severity: 'error',
      sheet,
      cell: 'B4',
      mentions: ['项目预算', '待定'],
    });
  });

  test('a head count in words asks for a number of people, not an amount', () => {
    const book = suizhouDepartment();
    setCell(sheetOf(book, DEPT), 'E8', '十一');
    const finding = single(check(book), 'budget.not-numeric');
    expectFinding(finding, {
      rule: 'budget.not-numeric',
      severity: 'error',
      sheet: DEPT,
      cell: 'E8',
      mentions: ['在职无编人员', '人数', '十一'],
    });
    expect(byRule(check(book), 'budget.staff-sum')).toEqual([]);
  });

  test('a task amount in words (003)', () => {
    const book = loadExample('yantian-2022');
    setCell(sheetOf(book, DEPT), 'E10', '十五');
    expect(single(check(book), 'budget.not-numeric')).toMatchObject({
      cell: 'E10',
      severity: 'error',
    });
  });

  test('blank amount cells are 0, not words; the published forms have none', () => {
    for (const example of ['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'] as const) {
      expect(byRule(check(loadExample(example)), 'budget.not-numeric')).toEqual([]);
    }
  });
});

/** 000 with the 合署办公 form given its 14 万元 (the figure its text prints), so every project has funding. */
function suizhouFullyFunded(): WorkbookGrid {
  const book = loadExample('suizhou-2025');
  insertRows(sheetOf(book, '合署办公'), 4, [['年度资金总额（万元）', 14]]);
  return book;
}

describe('budget.projects-total', () => {
  test('000: eight projects make the 219 of 项目支出 (C)', () => {
    const result = check(suizhouFullyFunded());
    expect(byRule(result, 'budget.projects-total')).toEqual([]);
    expect(byRule(result, 'budget.projects-unknown')).toEqual([]);
  });

  test("one project funded 9 instead of 7: pointed at the department's 项目支出 (C) with both sums", () => {
    const book = suizhouFullyFunded();
    const cell = setNextTo(sheetOf(book, '12345热线'), '年度资金总额', 9);
    expect(cell).toBe('B3');
    expectFinding(single(check(book), 'budget.projects-total'), {
      rule: 'budget.projects-total',
      severity: 'error',
      sheet: DEPT,
      cell: 'D14',
      mentions: ['219', '221', '-2', '8 个'],
      suggestion: '221',
    });
  });

  test('001: the project titled 2023年度 is left out of the 2024 sum (277 vs 63)', () => {
    const book = loadExample('suizhou-2024');
    expectFinding(single(check(book), 'budget.projects-total'), {
      rule: 'budget.projects-total',
      severity: 'error',
      sheet: DEPT,
      cell: 'D13',
      mentions: ['277', '63', '214', '6 个'],
      suggestion: '63',
    });
    // With its year corrected it counts: 263; 001 prints no form for 合署办公 (14 万元 in its text).
    setCell(sheetOf(book, '政府购买服务'), 'A3', '（2024年度）');
    expect(single(check(book), 'budget.projects-total').message).toContain('263');
  });
});

describe('budget.projects-unknown', () => {
  test('000 as published: 合署办公 has no funding field, so the 219 cannot be compared', () => {
    const result = check(loadExample('suizhou-2025'));
    expect(byRule(result, 'budget.projects-total')).toEqual([]);
    expectFinding(single(result, 'budget.projects-unknown'), {
      rule: 'budget.projects-unknown',
      severity: 'info',
      sheet: DEPT,
      cell: 'D14',
      mentions: ['合署办公', '219'],
    });
  });

  test('a funding field left empty is unknown too', () => {
    const book = suizhouFullyFunded();
    setNextTo(sheetOf(book, '便民寄递'), '年度资金总额', null);
    expect(single(check(book), 'budget.projects-unknown').message).toContain('便民寄递');
  });
});

describe('budget.prior-year', () => {
  const labels = ['suizhou-2025.xlsx', 'suizhou-2024.xlsx'];
  const departmentNameCell = (grid: Grid) => nextTo(grid, '部门名称');

  test("000 says 2024 was 537.34; 001's 2024 form says 447.48 (row by row, at 2025's D cells)", () => {
    const [later, earlier] = checkBooks(
      [loadExample('suizhou-2025'), loadExample('suizhou-2024')],
      { labels },
    );
    expect(byRule(earlier, 'budget.prior-year')).toEqual([]);
    const found = byRule(later, 'budget.prior-year');
    // 其他资金 (0 = 0) and 项目支出 (277 = 277) agree.
    expect(found.map((f) => f.cell)).toEqual(['E10', 'E12', 'E13', 'E15']);
    expectFinding(found[0], {
      rule: 'budget.prior-year',
      severity: 'warning',
      sheet: DEPT,
      cell: 'E10',
      mentions: ['财政拨款', '537.34', '447.48', '2024', 'suizhou-2024.xlsx'],
      suggestion: '447.48',
    });
    expectFinding(found[2], {
      rule: 'budget.prior-year',
      severity: 'warning',
      sheet: DEPT,
      cell: 'E13',
      mentions: ['基本支出', '260.34', '170.48'],
      suggestion: '170.48',
    });
  });

  test("with 2025's D column as 001 prints 2024, no finding", () => {
    const later = loadExample('suizhou-2025', DEPT);
    const grid = sheetOf(later, DEPT);
    for (const [cell, amount] of [
      ['E10', 447.48],
      ['E12', 447.48],
      ['E13', 170.48],
      ['E15', 447.48],
    ] as const) {
      setCell(grid, cell, amount);
    }
    const results = checkBooks([later, loadExample('suizhou-2024', DEPT)], { labels });
    expect(results.flatMap((result) => byRule(result, 'budget.prior-year'))).toEqual([]);
  });

  test('both years in one workbook: the message names the sheet, not a file', () => {
    const later = loadExample('suizhou-2025', DEPT);
    const earlier = sheetOf(loadExample('suizhou-2024', DEPT), DEPT);
    later.sheets.push({ ...earlier, name: '部门整体2024' });
    const found = byRule(check(later), 'budget.prior-year');
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      '部门整体!E10',
      '部门整体!E12',
      '部门整体!E13',
      '部门整体!E15',
    ]);
    expect(found[0].message).toContain('部门整体2024');
  });

  test('another department of 2024 in the run: only the same name (spaces and punctuation aside) pairs', () => {
    const other = loadExample('suizhou-2024', DEPT);
    setCell(sheetOf(other, DEPT), departmentNameCell(sheetOf(other, DEPT)), '随州市曾都区财政局');
    const books = [loadExample('suizhou-2025', DEPT), loadExample('suizhou-2024', DEPT), other];
    // Two 2024 forms, and neither is named as 000's (汇总) form: nothing to compare.
    expect(checkBooks(books).flatMap((result) => byRule(result, 'budget.prior-year'))).toEqual([]);
    // 001 renamed as 000 names itself, with other brackets and spaces: paired again.
    setCell(
      sheetOf(books[1], DEPT),
      departmentNameCell(sheetOf(books[1], DEPT)),
      '随州市曾都区政务服务和大数据管理局 （汇总）',
    );
    expect(byRule(checkBooks(books)[0], 'budget.prior-year').map((f) => f.cell)).toEqual([
      'E10',
      'E12',
      'E13',
      'E15',
    ]);
  });
});

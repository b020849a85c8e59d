/** Budget arithmetic: budget.* on the fund table, staff block, task list, and across forms and years. */
import type { WorkbookGrid } from '../../../src/engine';
import { insertRows, loadExample, nextTo, setCell, setNextTo, sheetOf } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

/**
 * 000's department form (部门整体): 财政拨款 D10 489.98 / E10 537.34 / F10 -47.36, 其他资金 0 / 0 / blank,
 * 收入合计 row 12, 基本支出 D13 270.98 / E13 260.34 / F13 -10.64 (printed with the wrong sign),
 * 项目支出 D14 219 / E14 277 / F14 -58, 支出合计 row 15; staff B8 15 = D8 4 + E8 11.
 */
const DEPT = '部门整体';
const suizhouDepartment = () => loadExample('suizhou-2025', DEPT);
/** 000's department form with the printed mistakes corrected (column years, the sign of F13). */
const correctedSuizhou = () =>
  edited(suizhouDepartment(), {
    D9: '2025年预算金额（C）',
    E9: '2024年预算金额（D）',
    F13: 10.64,
  });

ruleTester.run('budget.change', {
  base: correctedSuizhou(),
  valid: [
    {
      name: '001 as published (其他资金 D blank counts as 0)',
      base: loadExample('suizhou-2024', DEPT),
    },
  ],
  invalid: [
    {
      name: '000: 基本支出 270.98 − 260.34 printed as −10.64',
      base: suizhouDepartment(),
      errors: [
        {
          cell: 'F13',
          messageId: 'wrongChange',
          data: {
            row: '基本支出',
            expected: '10.64',
            current: '270.98',
            prior: '260.34',
            written: '-10.64',
          },
          suggestion: '10.64',
        },
      ],
    },
    {
      name: 'a change cell left blank where C and D differ',
      edit: { F14: null },
      errors: [
        {
          cell: 'F14',
          messageId: 'wrongChange',
          data: { row: '项目支出', expected: '-58', current: '219', prior: '277', written: '空' },
          suggestion: '-58',
        },
      ],
    },
    {
      name: 'the two 合计 rows are told apart: 支出合计 (C−D) written −37.36',
      edit: { F15: -37.36 },
      errors: [
        {
          cell: 'F15',
          messageId: 'wrongChange',
          data: {
            row: '支出合计',
            expected: '-47.36',
            current: '489.98',
            prior: '537.34',
            written: '-37.36',
          },
          suggestion: '-47.36',
        },
      ],
    },
  ],
});

ruleTester.run('budget.income-sum', {
  base: correctedSuizhou(),
  valid: [{ name: 'within the rounding tolerance of 0.01 万元 it adds up', edit: { D12: 489.99 } }],
  invalid: [
    {
      name: '收入合计 (C) written 499.98 where 489.98 + 0 = 489.98',
      edit: { D12: 499.98 },
      errors: [
        {
          cell: 'D12',
          messageId: 'wrongSum',
          data: {
            column: '本年（C）',
            total: '收入合计',
            sum: '489.98',
            terms: '财政拨款 489.98 + 其他资金 0',
            written: '499.98',
          },
          suggestion: '489.98',
        },
      ],
    },
    {
      name: 'the 上年 (D) column: 其他资金 D given 10, 合计 left at 537.34',
      edit: { E11: 10 },
      errors: [
        {
          cell: 'E12',
          messageId: 'wrongSum',
          data: {
            column: '上年（D）',
            total: '收入合计',
            sum: '547.34',
            terms: '财政拨款 537.34 + 其他资金 10',
            written: '537.34',
          },
          suggestion: '547.34',
        },
      ],
    },
  ],
});

ruleTester.run('budget.expense-sum', {
  base: correctedSuizhou(),
  valid: [
    { name: '000 as published', base: suizhouDepartment() },
    { name: '001 as published', base: loadExample('suizhou-2024', DEPT) },
  ],
  invalid: [
    {
      name: '项目支出 (D) written 287: 260.34 + 287 ≠ 537.34',
      edit: { E14: 287 },
      errors: [
        {
          cell: 'E15',
          messageId: 'wrongSum',
          data: {
            column: '上年（D）',
            total: '支出合计',
            sum: '547.34',
            terms: '基本支出 260.34 + 项目支出 287',
            written: '537.34',
          },
          suggestion: '547.34',
        },
      ],
    },
  ],
});

ruleTester.run('budget.balance', {
  base: correctedSuizhou(),
  invalid: [
    {
      name: 'income raised to 499.98 on both its rows, expense left at 489.98',
      edit: { D10: 499.98, D12: 499.98 },
      errors: [
        {
          cell: 'D15',
          messageId: 'unbalanced',
          data: { column: '本年（C）', expense: '489.98', income: '499.98', difference: '-10' },
          suggestion: '499.98',
        },
      ],
    },
  ],
});

ruleTester.run('budget.staff-sum', {
  base: correctedSuizhou(),
  valid: [
    {
      name: 'staff typed with their unit ("15人", "4 人", "11人") are numbers',
      edit: { B8: '15人', D8: '4 人', E8: '11人' },
    },
    { name: 'a head count in words is budget.not-numeric, not a sum', edit: { E8: '十一' } },
  ],
  invalid: [
    {
      name: '000: 实有在职人员 written 16 where 4 + 11 = 15',
      edit: { B8: 16 },
      errors: [
        {
          cell: 'B8',
          messageId: 'wrongSum',
          data: { sum: '15', onRoll: '4', offRoll: '11', written: '16' },
          suggestion: '15',
        },
      ],
    },
    {
      name: 'the same with units ("16人", "4 人", "11人")',
      edit: { B8: '16人', D8: '4 人', E8: '11人' },
      errors: [
        {
          cell: 'B8',
          messageId: 'wrongSum',
          data: { sum: '15', onRoll: '4', offRoll: '11', written: '16' },
          suggestion: '15',
        },
      ],
    },
  ],
});

ruleTester.run('budget.tasks-sum', {
  /** 003's 年度主要任务: 422.09 + 87.99 + 30 + 15 = 555.08 (E11), all 财政拨款 (F11), 其他资金 0 (G11). */
  base: loadExample('yantian-2022'),
  invalid: [
    {
      name: '金额合计 总额 written 545.08',
      edit: { E11: 545.08 },
      errors: [
        {
          cell: 'E11',
          messageId: 'wrongSum',
          data: { column: '总额', sum: '555.08', tasks: 4, written: '545.08' },
          suggestion: '555.08',
        },
      ],
    },
    {
      name: 'the 财政拨款 column is checked too',
      edit: { F9: 20 },
      errors: [
        {
          cell: 'F11',
          messageId: 'wrongSum',
          data: { column: '财政拨款', sum: '545.08', tasks: 4, written: '555.08' },
          suggestion: '545.08',
        },
      ],
    },
  ],
});

/**
 * No seed project form prints 财政拨款 / 其他资金: 002's 一窗受理 (项目预算 266万, B4) with the row the
 * national template has under 项目预算 added as row 5 (财政拨款 B5, 其他资金 D5).
 */
function windowWithSources(fiscal: string, other: string): WorkbookGrid {
  const sheet = '一窗受理工作项目';
  const book = loadExample('ezhou-2025', sheet);
  insertRows(sheetOf(book, sheet), 5, [['其中：财政拨款', fiscal, '其他资金', other]]);
  return book;
}

ruleTester.run('budget.funding-sum', {
  base: windowWithSources('200万', '66万'),
  valid: [{ name: '"2,000,000.00元" + 66万 is converted to 万元', edit: { B5: '2,000,000.00元' } }],
  invalid: [
    {
      name: '财政拨款 200万 + 其他资金 60万 ≠ 项目预算 266万',
      edit: { D5: '60万' },
      errors: [
        {
          cell: 'B4',
          messageId: 'wrongSum',
          data: { fiscal: '200', other: '60', sum: '260', written: '266', moneyUnit: '万元' },
          suggestion: '260',
        },
      ],
    },
  ],
});

ruleTester.run('budget.not-numeric', {
  base: suizhouDepartment(),
  valid: [
    ...(['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'] as const).map((example) => ({
      name: `${example} as published: blank amount cells are 0`,
      base: loadExample(example),
    })),
    {
      name: 'staff typed with their unit ("15人", "4 人", "11人") are numbers',
      edit: { B8: '15人', D8: '4 人', E8: '11人' },
    },
  ],
  invalid: [
    {
      name: 'an amount cell holding words (其他资金 C written 无)',
      edit: { D11: '无' },
      errors: [
        { cell: 'D11', messageId: 'notAmount', data: { name: '其他资金（C）', written: '无' } },
      ],
    },
    {
      name: 'a project funding written in words (Ezhou 项目预算 "待定")',
      base: loadExample('ezhou-2025', '政府雇员经费'),
      edit: { B4: '待定' },
      errors: [{ cell: 'B4', messageId: 'notAmount', data: { name: '项目预算', written: '待定' } }],
    },
    {
      name: 'a head count in words asks for a number of people, not an amount',
      edit: { E8: '十一' },
      errors: [
        { cell: 'E8', messageId: 'notHeadCount', data: { name: '在职无编人员', written: '十一' } },
      ],
    },
    {
      name: 'a task amount in words (003)',
      base: loadExample('yantian-2022'),
      edit: { E10: '十五' },
      errors: [
        {
          cell: 'E10',
          messageId: 'notAmount',
          data: { name: '日常运维管理的总额', written: '十五' },
        },
      ],
    },
  ],
});

/** 000 with the 合署办公 form given its 14 万元 (the figure its text prints), so every project has funding. */
function suizhouFullyFunded(): WorkbookGrid {
  const book = loadExample('suizhou-2025');
  insertRows(sheetOf(book, '合署办公'), 4, [['年度资金总额（万元）', 14]]);
  return book;
}

ruleTester.run('budget.projects-total', {
  // Eight projects make the 219 of 项目支出 (C).
  base: suizhouFullyFunded(),
  valid: [
    {
      name: "000 as published: 合署办公's funding is unknown, nothing to compare",
      base: loadExample('suizhou-2025'),
    },
  ],
  invalid: [
    {
      name: "one project funded 9 instead of 7: pointed at the department's 项目支出 (C) with both sums",
      edit: { '12345热线!B3': 9 },
      errors: [
        {
          cell: 'D14',
          messageId: 'differs',
          data: { expense: '219', projects: 8, sum: '221', difference: '-2', moneyUnit: '万元' },
          suggestion: '221',
        },
      ],
    },
    {
      name: '001: the project titled 2023年度 is left out of the 2024 sum (277 vs 63)',
      base: loadExample('suizhou-2024'),
      errors: [
        {
          cell: 'D13',
          messageId: 'differs',
          data: { expense: '277', projects: 6, sum: '63', difference: '214', moneyUnit: '万元' },
          suggestion: '63',
        },
      ],
    },
    {
      // 001 prints no form for 合署办公 (14 万元 in its text).
      name: '001 with that year corrected counts it: 263',
      base: loadExample('suizhou-2024'),
      edit: { '政府购买服务!A3': '（2024年度）' },
      errors: [
        {
          cell: 'D13',
          messageId: 'differs',
          data: { expense: '277', projects: 7, sum: '263', difference: '14', moneyUnit: '万元' },
          suggestion: '263',
        },
      ],
    },
  ],
});

ruleTester.run('budget.projects-unknown', {
  base: suizhouFullyFunded(),
  invalid: [
    {
      name: '000 as published: 合署办公 has no funding field, so the 219 cannot be compared',
      base: loadExample('suizhou-2025'),
      errors: [
        {
          cell: 'D14',
          messageId: 'unknown',
          data: {
            forms: '“市、区合属办公项目经费”（工作表“合署办公”）',
            expense: '219',
            moneyUnit: '万元',
          },
        },
      ],
    },
    {
      name: 'a funding field left empty is unknown too',
      edit: (book) => setNextTo(sheetOf(book, '便民寄递'), '年度资金总额', null),
      errors: [
        {
          cell: 'D14',
          messageId: 'unknown',
          data: {
            forms: '“互联网+放管服便民寄递项目经费”（工作表“便民寄递”）',
            expense: '219',
            moneyUnit: '万元',
          },
        },
      ],
    },
  ],
});

/** What 000's D column says of 2024, and what 001's 2024 form says, row by row. */
const PRIOR_YEAR_ROWS = [
  ['E10', '财政拨款', '537.34', '447.48'],
  ['E12', '收入合计', '537.34', '447.48'],
  ['E13', '基本支出', '260.34', '170.48'],
  ['E15', '支出合计', '537.34', '447.48'],
] as const;

const priorYearErrors = (where: string) =>
  PRIOR_YEAR_ROWS.map(([cell, row, prior, then]) => ({
    cell,
    messageId: 'differs',
    data: { row, prior, year: 2024, where, then },
    suggestion: then,
  }));

/** Sets the department name of a book's department form (its first sheet). */
const named = (book: WorkbookGrid, name: string) => {
  const grid = sheetOf(book, DEPT);
  setCell(grid, nextTo(grid, '部门名称'), name);
  return book;
};

ruleTester.run('budget.prior-year', {
  // 000's department form with its D column as 001 prints 2024, checked with 001's.
  base: edited(
    suizhouDepartment(),
    Object.fromEntries(PRIOR_YEAR_ROWS.map(([cell, , , then]) => [cell, Number(then)])),
  ),
  valid: [
    { name: "000's D column as 001 prints 2024", alongside: [loadExample('suizhou-2024', DEPT)] },
    {
      name: 'another department of 2024 beside 001: two 2024 forms, neither named as 000',
      base: suizhouDepartment(),
      alongside: [
        loadExample('suizhou-2024', DEPT),
        named(loadExample('suizhou-2024', DEPT), '随州市曾都区财政局'),
      ],
    },
  ],
  invalid: [
    {
      name: "000 says 2024 was 537.34; 001's 2024 form says 447.48 (row by row, at 2025's D cells)",
      base: loadExample('suizhou-2025'),
      alongside: [loadExample('suizhou-2024')],
      labels: ['suizhou-2025.xlsx', 'suizhou-2024.xlsx'],
      errors: priorYearErrors('suizhou-2024.xlsx 的工作表“部门整体”'),
    },
    {
      name: 'both years in one workbook: the message names the sheet, not a file',
      base: suizhouDepartment(),
      edit: (book) =>
        book.sheets.push({ ...loadExample('suizhou-2024', DEPT).sheets[0], name: '部门整体2024' }),
      errors: priorYearErrors('工作表“部门整体2024”'),
    },
    {
      name: 'the same name, spaces and punctuation aside, pairs the forms among others of 2024',
      base: suizhouDepartment(),
      alongside: [
        named(loadExample('suizhou-2024', DEPT), '随州市曾都区政务服务和大数据管理局 （汇总）'),
        named(loadExample('suizhou-2024', DEPT), '随州市曾都区财政局'),
      ],
      errors: priorYearErrors('工作簿2 的工作表“部门整体”'),
    },
  ],
});

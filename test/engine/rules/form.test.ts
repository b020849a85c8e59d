/** Form structure: form.header-missing, form.target-missing, form.year-mismatch, form.unrecognized. */
import type { Grid } from '../../../src/engine';
import { deleteRow, loadExample } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

ruleTester.run('form.header-missing', {
  base: loadExample('suizhou-2025', '12345热线'),
  valid: [
    {
      name: 'an Ezhou form whose funding is printed "266万"',
      base: loadExample('ezhou-2025', '一窗受理工作项目'),
    },
    {
      name: 'a Suizhou project form with no funding field at all (合署办公, as printed) is not missing one',
      base: loadExample('suizhou-2025', '合署办公'),
    },
    { name: '000 department form', base: loadExample('suizhou-2025', '部门整体') },
    { name: '003 department form', base: loadExample('yantian-2022') },
  ],
  invalid: [
    {
      name: 'a Suizhou project form without its project name (A6 of 12345热线 emptied)',
      edit: { A6: null },
      errors: [{ cell: 'A6', messageId: 'projectName' }],
    },
    {
      name: 'an Ezhou form whose 项目预算 is empty',
      base: loadExample('ezhou-2025', '一窗受理工作项目'),
      edit: { B4: null },
      errors: [
        { cell: 'B4', messageId: 'funding', data: { label: '项目预算', moneyUnit: '万元' } },
      ],
    },
    ...(['suizhou-2025', 'yantian-2022'] as const).map((example) => ({
      name: `a department form (${example}) without the department name`,
      base: loadExample(example, '部门整体'),
      edit: { B4: null },
      errors: [{ cell: 'B4', messageId: 'departmentName' }],
    })),
  ],
});

const FRONT_DESK = '大厅前台岗位服务外包';

ruleTester.run('form.target-missing', {
  // 000's 大厅前台岗位服务外包 with the 年度绩效目标 it prints no text for (C7) filled.
  base: edited(loadExample('suizhou-2025', FRONT_DESK), {
    C7: '完成前台咨询引导、帮办代办和窗口服务等大厅业务',
  }),
  valid: [{ name: '003 department form', base: loadExample('yantian-2022') }],
  invalid: [
    {
      name: '000: 大厅前台岗位服务外包 prints no 年度绩效目标 (C7)',
      base: loadExample('suizhou-2025', FRONT_DESK),
      errors: [{ cell: 'C7', messageId: 'empty', data: { label: '年度绩效目标' } }],
    },
    {
      name: 'a department form with the 年度整体绩效总目标 text emptied (Yantian B12)',
      base: loadExample('yantian-2022'),
      edit: { B12: null },
      errors: [{ cell: 'B12', messageId: 'empty', data: { label: '年度整体绩效总目标' } }],
    },
    {
      name: 'a department form without the target row (000 A16) points at the indicator table it should precede',
      base: loadExample('suizhou-2025', '部门整体'),
      edit: (book) => deleteRow(book.sheets[0], 16),
      errors: [
        {
          cell: 'A16',
          messageId: 'absentBeforeTable',
          data: { label: '年度整体绩效总目标', row: 16 },
        },
      ],
    },
  ],
});

ruleTester.run('form.year-mismatch', {
  // 000's department form with its column headers naming 2025 (C) and 2024 (D).
  base: edited(loadExample('suizhou-2025', '部门整体'), {
    D9: '2025年预算金额（C）',
    E9: '2024年预算金额（D）',
  }),
  valid: [
    {
      name: '001 with its 2023 project title corrected',
      base: loadExample('suizhou-2024'),
      edit: { '政府购买服务!A3': '（2024年度）' },
    },
  ],
  invalid: [
    {
      name: '000: the 2025 department form heads its columns 2024年（C） and 2023年（D）',
      base: loadExample('suizhou-2025', '部门整体'),
      errors: [
        {
          cell: 'D9',
          messageId: 'columnYear',
          data: { formYear: 2025, column: '本年（C）', written: 2024, expected: 2025 },
          suggestion: '2025年预算金额（C）',
        },
        {
          cell: 'E9',
          messageId: 'columnYear',
          data: { formYear: 2025, column: '上年（D）', written: 2023, expected: 2024 },
          suggestion: '2024年预算金额（D）',
        },
      ],
    },
    {
      name: '001: one project form titled （2023年度） in the 2024 package',
      base: loadExample('suizhou-2024'),
      errors: [
        {
          sheet: '政府购买服务',
          cell: 'A3',
          messageId: 'formYear',
          data: { formYear: 2023, year: 2024 },
          suggestion: '（2024年度）',
        },
      ],
    },
    {
      name: 'Ezhou prints the year in the title ("2025年项目支出绩效目标批复"): a form of another year is found there',
      base: loadExample('ezhou-2025', '一窗受理工作项目', '政府雇员经费', '数据工作项目经费'),
      edit: { '政府雇员经费!A1': '2024年项目支出绩效目标批复' },
      errors: [
        {
          sheet: '政府雇员经费',
          cell: 'A1',
          messageId: 'formYear',
          data: { formYear: 2024, year: 2025 },
          suggestion: '2025年项目支出绩效目标批复',
        },
      ],
    },
    {
      name: 'a year line printed without brackets keeps its style in the suggestion (003 "2022 年度")',
      base: loadExample('yantian-2022'),
      edit: (book) => {
        const copy: Grid = { ...structuredClone(book.sheets[0]), name: '部门整体（二）' };
        book.sheets.push(copy);
        edited(book, { '部门整体（二）!A3': '2023 年度' });
      },
      errors: [
        {
          sheet: '部门整体（二）',
          cell: 'A3',
          messageId: 'formYear',
          data: { formYear: 2023, year: 2022 },
          suggestion: '2022 年度',
        },
      ],
    },
  ],
});

ruleTester.run('form.unrecognized', {
  base: loadExample('yantian-2022'),
  valid: [
    {
      name: 'an empty sheet is not listed',
      edit: (book) => book.sheets.push({ name: 'Sheet2', rows: [[null, '']], merges: [] }),
    },
  ],
  invalid: [
    {
      name: 'a sheet of prose beside the forms is listed as info',
      edit: (book) =>
        book.sheets.push({
          name: '编制说明',
          rows: [
            ['第四部分 预算绩效情况'],
            ['一、部门整体绩效目标编制情况'],
            ['本部门整体绩效目标是：为保障机关日常工作正常运转。'],
          ],
          merges: [],
        }),
      errors: [
        { sheet: '编制说明', cell: 'A1', messageId: 'unrecognized', data: { sheet: '编制说明' } },
      ],
    },
  ],
});

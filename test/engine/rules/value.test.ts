/** 指标值: value.missing, not-numeric, placeholder, qualitative-numeric, quantity-qualitative, percent-range. */
import { loadExample } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

/** 12345热线 of 000: F6 组织…学习 ≧ 2 次 (数量), F7 … ≧ 95 % (质量), F8 按时办结率 = 100 % (时效), F14 满意度 定性 满意. */
const hotline = () => loadExample('suizhou-2025', '12345热线');
const LEARNING = '组织12345热线工作人员进行学习';
/** 一窗受理工作项目 of 002: values hold operator, number and unit ("≥98%"), no operator column. */
const windowForm = () => loadExample('ezhou-2025', '一窗受理工作项目');

ruleTester.run('value.missing', {
  base: hotline(),
  valid: [
    {
      name: 'a row marked 不适用 in its name is exempt (003 经济效益 with the value emptied)',
      base: loadExample('yantian-2022'),
      edit: { E29: null },
    },
    { name: '000 as published', base: loadExample('suizhou-2025') },
    { name: '002 as published', base: loadExample('ezhou-2025') },
  ],
  invalid: [
    {
      name: 'a named 三级 row whose value was left empty (H6)',
      edit: { H6: null },
      errors: [{ cell: 'H6', messageId: 'missing', data: { level3: LEARNING } }],
    },
  ],
});

ruleTester.run('value.not-numeric', {
  base: hotline(),
  valid: [
    {
      name: '002 writes qualitative values without any operator ("确保优化")',
      base: loadExample('ezhou-2025'),
    },
    {
      name: 'a deadline after ≤ is a value, not words',
      edit: { G8: '≤', H8: '2025年12月31日前', I8: null },
    },
  ],
  invalid: [
    {
      name: '≧ with the value written in words (两次)',
      edit: { H6: '两次' },
      errors: [
        {
          cell: 'H6',
          messageId: 'words',
          data: { level3: LEARNING, operator: '≥', value: '两次' },
        },
      ],
    },
    {
      name: 'an operator inside the value followed by words (Ezhou style "≥有效提高")',
      base: windowForm(),
      edit: { E23: '≥有效提高' },
      errors: [
        {
          cell: 'E23',
          messageId: 'words',
          data: { level3: '提高窗口人员服务质量', operator: '≥', value: '≥有效提高' },
        },
      ],
    },
  ],
});

ruleTester.run('value.placeholder', {
  base: hotline(),
  invalid: [
    {
      name: '"≥**%" left from the reference template (Ezhou 满意度)',
      base: windowForm(),
      edit: { E24: '≥**%' },
      errors: [{ cell: 'E24', messageId: 'placeholder', data: { value: '≥**%' } }],
    },
    ...['xx', 'XX', '…', '＿', '*'].map((placeholder) => ({
      name: `"${placeholder}" in the value column of 12345热线`,
      edit: { H7: placeholder },
      errors: [{ cell: 'H7', messageId: 'placeholder', data: { value: placeholder } }],
    })),
  ],
});

ruleTester.run('value.qualitative-numeric', {
  base: hotline(),
  valid: [{ name: 'made quantitative (≥ 95 %)', edit: { G14: '≥', H14: 95, I14: '%' } }],
  invalid: [
    {
      name: '定性 with a plain number (满意度 row: 定性 95)',
      edit: { H14: 95 },
      errors: [{ cell: 'G14', messageId: 'numeric', data: { value: '95' } }],
    },
  ],
});

const OA = 'OA系统使用费';

ruleTester.run('value.quantity-qualitative', {
  // 000's OA系统使用费 with its 系统建设 row counted (= 1 套).
  base: edited(loadExample('suizhou-2025', OA), { G6: '=', H6: 1, I6: '套' }),
  valid: [
    {
      name: 'a deadline is quantitative: a 数量 row written "2022 年 12 月 31 日前"',
      base: loadExample('yantian-2022'),
      edit: { E14: '2022 年 12 月 31 日前' },
    },
  ],
  invalid: [
    {
      name: '000: OA系统使用费 系统建设 定性 稳定运行 under 数量指标',
      base: loadExample('suizhou-2025', OA),
      errors: [
        { cell: 'G6', messageId: 'qualitative', data: { level3: '系统建设', value: '稳定运行' } },
      ],
    },
    {
      name: '002: a 数量 row with only words and no operator column (抽调人数 "完全保障")',
      base: loadExample('ezhou-2025', '城市数字公共基础设施专班工作经费'),
      errors: [
        {
          cell: 'E21',
          messageId: 'qualitative',
          data: { level3: '抽调相关政府工作人员人数', value: '完全保障' },
        },
      ],
    },
    {
      name: '003: a 数量 row written in words (按需购置)',
      base: loadExample('yantian-2022'),
      edit: { E14: '按需购置' },
      errors: [
        {
          cell: 'E14',
          messageId: 'qualitative',
          data: { level3: '日常办公用品购置次数', value: '按需购置' },
        },
      ],
    },
  ],
});

ruleTester.run('value.percent-range', {
  base: hotline(),
  valid: [
    { name: '0 is in range', edit: { H7: 0 } },
    { name: '000 as published', base: loadExample('suizhou-2025') },
    { name: '002 as published', base: loadExample('ezhou-2025') },
    { name: '003 as published', base: loadExample('yantian-2022') },
  ],
  invalid: [
    {
      name: 'a percentage above 100 in the value column (H7 120, unit %)',
      edit: { H7: 120 },
      errors: [
        {
          cell: 'H7',
          messageId: 'outside',
          data: {
            level3: '提高热线工作人员综合素质，改善服务方式，降低案件投诉率。',
            percent: '120',
          },
        },
      ],
    },
    {
      name: 'a percentage below 0 inside the value (Ezhou "≥-5%")',
      base: windowForm(),
      edit: { E24: '≥-5%' },
      errors: [
        { cell: 'E24', messageId: 'outside', data: { level3: '群众满意度', percent: '-5' } },
      ],
    },
  ],
});

ruleTester.run('value.full-width-digits', {
  base: hotline(),
  valid: [
    ...(['suizhou-2025', 'ezhou-2025', 'yantian-2022'] as const).map((example) => ({
      name: `${example} as published`,
      base: loadExample(example),
    })),
    {
      name: 'words are no quantity (定性 text with ２ in it)',
      edit: { G14: '定性', H14: '第２季度满意' },
    },
  ],
  invalid: (
    [
      ['９５', 'H7', '95'],
      ['≥９８．５％', 'H7', '≥98．5％'],
      ['２０２５年１２月３１日前', 'H8', '2025年12月31日前'],
    ] as const
  ).map(([value, cell, fixed]) => ({
    name: `${value}: only the digits become half-width (${fixed})`,
    edit: { [cell]: value },
    errors: [
      {
        cell,
        messageId: 'fullWidth',
        data: { value, fixed },
        suggestion: fixed,
        fix: { oldValue: value, newValue: fixed },
      },
    ],
  })),
});

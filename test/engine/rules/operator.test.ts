/** 计算符号: operator.nonstandard (variants read as canonical) and operator.unknown. */
import { loadExample, OPERATOR_VARIANTS } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

const hotline = () => loadExample('suizhou-2025', '12345热线');

ruleTester.run('operator.nonstandard', {
  // 12345热线 of 000 with its two ≧ written ≥.
  base: edited(hotline(), { G6: '≥', G7: '≥' }),
  valid: ['≥', '≤', '=', '>', '<', '定性'].map((operator) => ({
    name: `the canonical ${operator}`,
    edit: { G8: operator },
  })),
  invalid: [
    ...(
      [
        ['000: ≧ in the operator column of 12345热线', hotline(), ['G6', 'G7'], '≧', '≥'],
        [
          '002: 等于35人 inside the value, no operator column: the value cell is reported',
          loadExample('ezhou-2025', '一窗受理工作项目'),
          ['E14', 'E21'],
          '等于',
          '=',
        ],
        [
          '003: ≧90% inside the values of the department form',
          loadExample('yantian-2022'),
          ['E22', 'E28', 'E35'],
          '≧',
          '≥',
        ],
      ] as const
    ).map(([name, base, cells, variant, operator]) => ({
      name,
      base,
      errors: cells.map((cell) => ({
        cell,
        messageId: 'variant',
        data: { variant, operator },
        suggestion: operator,
      })),
    })),
    ...OPERATOR_VARIANTS.map(([variant, operator]) => ({
      name: `the variant ${variant} in the operator column is read as ${operator}`,
      edit: { G8: variant },
      errors: [
        { cell: 'G8', messageId: 'variant', data: { variant, operator }, suggestion: operator },
      ],
    })),
  ],
});

ruleTester.run('operator.unknown', {
  base: hotline(),
  valid: [
    {
      name: '000: 大厅前台岗位服务外包 with 定义 corrected to 定性',
      base: loadExample('suizhou-2025', '大厅前台岗位服务外包'),
      edit: { G15: '定性' },
    },
  ],
  invalid: [
    ...(
      [
        ['suizhou-2025', '大厅前台岗位服务外包'],
        ['suizhou-2024', '政府购买服务'],
      ] as const
    ).map(([example, sheet]) => ({
      name: `${example}: 定义 written for 定性 on ${sheet}`,
      base: loadExample(example, sheet),
      errors: [
        {
          cell: 'G15',
          messageId: 'unknownNear',
          data: { written: '定义', nearest: '定性' },
          suggestion: '定性',
        },
      ],
    })),
    {
      name: 'an operator far from every known one gets no suggestion',
      edit: { G8: '按实际' },
      errors: [{ cell: 'G8', messageId: 'unknown', data: { written: '按实际' } }],
    },
  ],
});

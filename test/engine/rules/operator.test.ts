/** 计算符号: operator.nonstandard (variants read as canonical) and operator.unknown. */
import { cellAt, fromA1, type WorkbookGrid } from '../../../src/engine';
import { loadExample, OPERATOR_VARIANTS } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

/** What a cell of the book's first sheet holds, as written. */
function written(book: WorkbookGrid, cell: string): string {
  const at = fromA1(cell);
  return at ? String(cellAt(book.sheets[0], at.row, at.col)) : '';
}

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
      errors: cells.map((cell) => {
        const text = written(base, cell);
        return {
          cell,
          messageId: 'variant',
          data: { variant, operator },
          suggestion: operator,
          // Only the operator's part of the cell is rewritten: "等于35人" → "=35人".
          fix: { oldValue: text, newValue: text.replace(variant, operator) },
        };
      }),
    })),
    ...OPERATOR_VARIANTS.map(([variant, operator]) => ({
      name: `the variant ${variant} in the operator column is read as ${operator}`,
      edit: { G8: variant },
      errors: [
        {
          cell: 'G8',
          messageId: 'variant',
          data: { variant, operator },
          suggestion: operator,
          fix: { oldValue: variant, newValue: operator },
        },
      ],
    })),
    ...(
      [
        ['大于等于９５％', '大于等于', '≥', '≥９５％'],
        ['95%以上', '以上', '≥', '≥95%'],
        ['3 天以内', '以内', '≤', '≤3 天'],
      ] as const
    ).map(([value, variant, operator, newValue]) => ({
      name: `${value} inside a value with the operator cell blank becomes ${newValue}`,
      edit: { G8: null, H8: value, I8: null },
      errors: [
        {
          cell: 'H8',
          messageId: 'variant',
          data: { variant, operator },
          suggestion: operator,
          fix: { oldValue: value, newValue },
        },
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
          fix: { oldValue: '定义', newValue: '定性' },
        },
      ],
    })),
    {
      name: 'a guess that is no known misspelling is suggested, not fixed (≠ … ≧= → ≥)',
      edit: { G8: '≧=' },
      errors: [
        {
          cell: 'G8',
          messageId: 'unknownNear',
          data: { written: '≧=', nearest: '≥' },
          suggestion: '≥',
        },
      ],
    },
    {
      name: 'an operator far from every known one gets no suggestion',
      edit: { G8: '按实际' },
      errors: [{ cell: 'G8', messageId: 'unknown', data: { written: '按实际' } }],
    },
  ],
});

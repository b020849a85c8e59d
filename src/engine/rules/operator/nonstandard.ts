/** operator.nonstandard: a variant (≧, 等于, 不低于…) read as one of the canonical six. */
import { cellOf, rowRule } from '../rule';

export const nonstandard = rowRule({
  id: 'operator.nonstandard',
  meta: {
    severity: 'info',
    name: '计算符号写法不规范',
    description: '非标准写法的计算符号，已按标准符号读取（如 ≧ 读作 ≥）',
    messages: {
      variant: '计算符号“{variant}”按“{operator}”读取，建议改用标准符号“{operator}”',
    },
    fix: '标准计算符号',
  },
  checkRow(row) {
    const variant = row.operator?.variant;
    if (!row.operator || !variant) return;
    const { operator } = row.operator;
    return {
      at: cellOf(row, 'operator'),
      messageId: 'variant',
      data: { variant, operator },
      suggestion: operator,
    };
  },
});

/** operator.nonstandard: a variant (≧, 等于, 不低于…) read as one of the canonical six. */
import { rewritePart, type TextFix } from '../../fixes';
import type { AnalyzedRow } from '../../analyze';
import type { Operator } from '../../parse/operators';
import { toHalfWidth } from '../../text';
import { cellOf, rowRule } from '../rule';

/**
 * The fix of a variant: the 计算符号 cell replaced by the canonical operator; inside a value,
 * only the operator's part rewritten ("≧95%" → "≥95%", "95%以上" → "≥95%").
 */
function variantFix(row: AnalyzedRow, variant: string, operator: Operator): TextFix | undefined {
  if (row.source.operator) return { oldValue: row.source.operator, newValue: operator };
  const text = row.source.value;
  // Positions in the half-width reading are positions in the text (one character for one).
  const read = toHalfWidth(text);
  if (read.startsWith(variant)) return rewritePart(text, 0, variant.length, operator);
  if (read.endsWith(variant))
    return { oldValue: text, newValue: operator + text.slice(0, -variant.length).trimEnd() };
  return undefined;
}

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
    fixable: '把计算符号的变体写法改为标准符号，指标值中的其余文字不变',
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
      fix: variantFix(row, variant, operator),
    };
  },
});

/** operator.unknown: an operator cell that reads as none of ≥ ≤ = > < 定性. */
import { misspelledOperator, suggestOperator } from '../../parse/operators';
import { cellOf, rowRule } from '../rule';

export const unknownOperator = rowRule({
  id: 'operator.unknown',
  meta: {
    severity: 'error',
    name: '计算符号无法识别',
    description: '计算符号不是 ≥ ≤ = > < 定性 之一',
    messages: {
      unknown: '计算符号“{written}”无法识别，应为 ≥ ≤ = > < 定性 之一',
      unknownNear: '计算符号“{written}”无法识别，应为 ≥ ≤ = > < 定性 之一，是否应为“{nearest}”',
    },
    fix: '最接近的标准计算符号',
    fixable: '只改正公认的错别字（定义 → 定性）；其余无法识别的写法由填报人判断',
  },
  checkRow(row) {
    const written = row.source.operator;
    if (!written || row.operatorCellReading) return;
    const at = cellOf(row, 'operator');
    const nearest = suggestOperator(written);
    if (!nearest) return { at, messageId: 'unknown', data: { written } };
    // The nearest operator is a guess; only a known misspelling is fixed for the user.
    const misspelled = misspelledOperator(written);
    return {
      at,
      messageId: 'unknownNear',
      data: { written, nearest },
      suggestion: nearest,
      fix: misspelled ? { oldValue: written, newValue: misspelled } : undefined,
    };
  },
});

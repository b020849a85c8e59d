/** operator.unknown: an operator cell that reads as none of ≥ ≤ = > < 定性. */
import { suggestOperator } from '../../parse/operators';
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
  },
  checkRow(row) {
    const written = row.source.operator;
    if (!written || row.operatorCellReading) return;
    const at = cellOf(row, 'operator');
    const nearest = suggestOperator(written);
    return nearest
      ? { at, messageId: 'unknownNear', data: { written, nearest }, suggestion: nearest }
      : { at, messageId: 'unknown', data: { written } };
  },
});

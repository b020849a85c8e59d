/** value.missing: a named 三级 row with no value (rows marked 不适用 are exempt). */
import { cellOf, rowRule } from '../rule';

export const valueMissing = rowRule({
  id: 'value.missing',
  meta: {
    severity: 'error',
    name: '指标值未填',
    description: '三级指标没有填写指标值（标“不适用”的行除外）',
    messages: { missing: '三级指标“{level3}”没有填写指标值' },
  },
  checkRow(row) {
    if (!row.filled || row.value.kind !== 'empty') return;
    return { at: cellOf(row, 'value'), messageId: 'missing', data: { level3: row.source.level3 } };
  },
});

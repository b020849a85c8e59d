/** hierarchy.name-too-long: a 三级 name longer than budget systems accept. */
import { MAX_LEVEL3_LENGTH } from '../../hierarchy';
import { cellOf, rowRule } from '../rule';

export const nameTooLong = rowRule({
  id: 'hierarchy.name-too-long',
  meta: {
    severity: 'error',
    name: '三级指标名称过长',
    description: `三级指标名称超过 ${MAX_LEVEL3_LENGTH} 个字`,
    messages: { tooLong: '三级指标名称有 {length} 个字，超过预算系统限制的 {limit} 个字' },
  },
  checkRow(row) {
    const name = row.source.level3;
    // No more characters than UTF-16 units: only a long text needs counting.
    const length = name.length > MAX_LEVEL3_LENGTH ? [...name].length : name.length;
    if (length <= MAX_LEVEL3_LENGTH) return;
    return {
      at: cellOf(row, 'level3'),
      messageId: 'tooLong',
      data: { length, limit: MAX_LEVEL3_LENGTH },
    };
  },
});

/** hierarchy.level3-missing: a row with a value, operator or unit but no 三级 name. */
import { cellOf, rowRule } from '../rule';

export const level3Missing = rowRule({
  id: 'hierarchy.level3-missing',
  meta: {
    severity: 'error',
    name: '缺少三级指标名称',
    description: '有指标值、计算符号或计量单位，却没有三级指标名称',
    messages: { missing: '第 {row} 行填了“{written}”，但没有三级指标名称' },
  },
  checkRow(row) {
    const { level3, value, operator, unit } = row.source;
    if (level3 !== '') return;
    const written = [operator, value, unit].filter((text) => text).join(' ');
    const at = cellOf(row, 'level3');
    // A blank cell merged down from above is that cell's, not this row's.
    if (written === '' || at.row !== row.source.row) return;
    return { at, messageId: 'missing', data: { row: row.source.row + 1, written } };
  },
});

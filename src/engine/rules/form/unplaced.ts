/** form.unplaced: a row that looks like an indicator table's head, but heads no table the reader read. */
import { toA1 } from '../../grid';
import { createRule } from '../rule';

export const unplaced = createRule({
  id: 'form.unplaced',
  meta: {
    severity: 'info',
    name: '未能读取的表头',
    description:
      '表中有一行像指标表的表头（写有三级指标、指标值等栏目），却读不出它下面的表：这部分未检查，也不据此报缺项',
    messages: {
      unplaced:
        '{cell} 所在行写有“{text}”等栏目，像一张指标表的表头，但读不出这张表：它下面的指标未检查，也不据此报“必填一级指标未填”；如是本地写法，可在配置的 aliases（别名）中写明',
    },
  },
  form(form, report) {
    for (const cell of form.form.unplaced ?? [])
      report({
        at: cell,
        messageId: 'unplaced',
        data: { cell: toA1(cell.row, cell.col), text: cell.text },
      });
  },
});

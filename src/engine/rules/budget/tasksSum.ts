/** budget.tasks-sum: the 年度主要任务 amounts against their 金额合计 row, column by column. */
import { createRule } from '../rule';
import { agrees, amountIn, fmt, sumIn } from './amounts';

const TASK_COLUMNS = [
  ['total', '总额'],
  ['fiscal', '财政拨款'],
  ['other', '其他资金'],
] as const;

export const tasksSum = createRule({
  id: 'budget.tasks-sum',
  meta: {
    severity: 'error',
    name: '任务金额合计错误',
    description: '部门表：年度主要任务的预算金额之和 ≠ 金额合计',
    messages: {
      wrongSum: '年度主要任务的{column}之和为 {sum}（{tasks} 项任务），金额合计中为 {written}',
    },
    fix: '各项任务金额之和',
  },
  department(form, report) {
    const tasks = form.form.tasks;
    if (!tasks?.sum) return;
    for (const [key, column] of TASK_COLUMNS) {
      const sumCell = tasks.sum[key];
      if (!sumCell) continue;
      const sum = sumIn(
        form,
        tasks.rows.map((task) => task[key]),
      );
      const written = amountIn(form, sumCell);
      if (sum === null || written === null || agrees(form, sum, written)) continue;
      report({
        at: sumCell,
        messageId: 'wrongSum',
        data: { column, sum: fmt(sum), tasks: tasks.rows.length, written: fmt(written) },
        suggestion: fmt(sum),
      });
    }
  },
});

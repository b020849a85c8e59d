/** budget.change: the change column (C−D) of each fund row. */
import { createRule } from '../rule';
import { agrees, amountIn, fmt, isBlankCell } from './amounts';
import { FUND_ROW_NAMES } from './fundTable';

export const change = createRule({
  id: 'budget.change',
  meta: {
    severity: 'error',
    name: '增减额计算错误',
    description: '部门表：预算增减变化 ≠ 本年（C）− 上年（D）',
    messages: {
      wrongChange: '{row}的预算增减变化应为 {expected}（{current} − {prior}），表中为 {written}',
    },
    fix: '本年（C）减上年（D）之差',
  },
  department(form, report) {
    for (const row of Object.values(form.form.funds?.rows ?? {})) {
      if (
        !row.change ||
        (isBlankCell(row.current) && isBlankCell(row.prior) && isBlankCell(row.change))
      )
        continue;
      const current = amountIn(form, row.current);
      const prior = amountIn(form, row.prior);
      const written = amountIn(form, row.change);
      if (current === null || prior === null || written === null) continue;
      const expected = current.minus(prior);
      if (agrees(form, expected, written)) continue;
      report({
        at: row.change,
        messageId: 'wrongChange',
        data: {
          row: FUND_ROW_NAMES[row.key],
          expected: fmt(expected),
          current: fmt(current),
          prior: fmt(prior),
          written: row.change.text === '' ? '空' : fmt(written),
        },
        suggestion: fmt(expected),
      });
    }
  },
});

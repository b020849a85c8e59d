/** budget.staff-sum: 在职在编 (A) + 在职无编 (B) against 实有在职人员合计. */
import { createRule } from '../rule';
import { fmt, headCountIn, isBlankCell } from './amounts';

export const staffSum = createRule({
  id: 'budget.staff-sum',
  meta: {
    severity: 'error',
    name: '人员合计错误',
    description: '部门表：在职在编人员（A）+ 在职无编人员（B）≠ 实有在职人员合计',
    messages: {
      wrongSum: '实有在职人员合计应为 {sum}（在编 {onRoll} + 无编 {offRoll}），表中为 {written}',
    },
    fix: '在编与无编人数之和',
  },
  department(form, report) {
    const staff = form.form.staff;
    if (!staff || [staff.total, staff.onRoll, staff.offRoll].every(isBlankCell)) return;
    const onRoll = headCountIn(staff.onRoll);
    const offRoll = headCountIn(staff.offRoll);
    const total = headCountIn(staff.total);
    if (onRoll === null || offRoll === null || total === null) return; // budget.not-numeric
    const sum = onRoll.plus(offRoll);
    if (sum.eq(total)) return;
    report({
      at: staff.total,
      messageId: 'wrongSum',
      data: { sum: fmt(sum), onRoll: fmt(onRoll), offRoll: fmt(offRoll), written: fmt(total) },
      suggestion: fmt(sum),
    });
  },
});

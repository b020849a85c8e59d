/** budget.funding-sum: a project's 财政拨款 + 其他资金 against its 年度资金总额. */
import { createRule } from '../rule';
import { agrees, amountIn, fmt, isBlankCell } from './amounts';

export const fundingSum = createRule({
  id: 'budget.funding-sum',
  meta: {
    severity: 'error',
    name: '资金来源合计错误',
    description: '项目表：财政拨款 + 其他资金 ≠ 年度资金总额',
    messages: {
      wrongSum:
        '财政拨款 {fiscal} + 其他资金 {other} = {sum} {moneyUnit}，与年度资金总额 {written} {moneyUnit}不一致',
    },
    fix: '财政拨款与其他资金之和',
  },
  project(form, report) {
    const { fields } = form.form;
    const total = fields['年度资金总额'];
    if (!total || total.value.text === '') return;
    const [fiscal, other] = [fields['财政拨款']?.value, fields['其他资金']?.value];
    if (isBlankCell(fiscal) && isBlankCell(other)) return;
    const fiscalAmount = amountIn(form, fiscal);
    const otherAmount = amountIn(form, other);
    const written = amountIn(form, total.value);
    if (fiscalAmount === null || otherAmount === null || written === null) return;
    const sum = fiscalAmount.plus(otherAmount);
    if (agrees(form, sum, written)) return;
    report({
      at: total.value,
      messageId: 'wrongSum',
      data: {
        fiscal: fmt(fiscalAmount),
        other: fmt(otherAmount),
        sum: fmt(sum),
        written: fmt(written),
        moneyUnit: form.moneyUnit,
      },
      suggestion: fmt(sum),
    });
  },
});

/** 成本指标: cost.unit-not-money, cost.exceeds-budget, cost.operator. */
import { loadExample } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

/** 一窗受理工作项目 of 002: 项目预算 266万; 总成本 ≤266万元 in the long-term (E13) and annual (E20) tables. */
const windowForm = () => loadExample('ezhou-2025', '一窗受理工作项目');
/** 城市数字公共基础设施专班工作经费 of 002: its annual 总成本 is written 等于36人 (E20). */
const cityData = () => loadExample('ezhou-2025', '城市数字公共基础设施专班工作经费');

ruleTester.run('cost.unit-not-money', {
  base: edited(cityData(), { E20: '≤25万元' }),
  valid: [
    {
      name: '003: 预算支出执行率 ≧90% under 成本 is a rate, accepted',
      base: loadExample('yantian-2022'),
    },
    {
      name: '000 style, 成本指标 a 二级 of 产出: 项目总成本 ≤ 7 万元',
      base: loadExample('suizhou-2025', '12345热线'),
      edit: { F9: '项目总成本', G9: '≤', H9: 7, I9: '万元' },
    },
  ],
  invalid: [
    {
      name: '002: 总成本 等于36人 (the annual table of the 数公基 form)',
      base: cityData(),
      errors: [
        {
          cell: 'E20',
          messageId: 'notMoney',
          data: { level3: '总成本', value: '等于36人', unit: '人' },
        },
      ],
    },
    {
      name: '000 style, 成本指标 a 二级 of 产出: a count in the unit column points at the unit cell',
      base: loadExample('suizhou-2025', '12345热线'),
      edit: { F9: '热线坐席人数', G9: '≤', H9: 6, I9: '人' },
      errors: [
        {
          cell: 'I9',
          messageId: 'notMoney',
          data: { level3: '热线坐席人数', value: '6', unit: '人' },
        },
      ],
    },
  ],
});

ruleTester.run('cost.exceeds-budget', {
  base: windowForm(),
  valid: [
    { name: '2,660,000 元 is the 266 万元 of the funding', edit: { E20: '≤2,660,000元' } },
    { name: 'the long-term table may exceed one year of funding', edit: { E13: '≤800万元' } },
    {
      name: 'every published 002 form keeps its cost within its funding',
      base: loadExample('ezhou-2025'),
    },
  ],
  invalid: [
    ...[
      ['an annual 总成本 above the 266万 of 项目预算', '≤300万元', '300'],
      ['a cost in 元 is converted: 2,700,000 元 is 270 万元', '≤2,700,000元', '270'],
    ].map(([name, written, cost]) => ({
      name,
      edit: { E20: written },
      errors: [
        {
          cell: 'E20',
          messageId: 'exceeds',
          data: { level3: '总成本', cost, funding: '266', moneyUnit: '万元' },
        },
      ],
    })),
  ],
});

ruleTester.run('cost.operator', {
  base: windowForm(),
  valid: [
    { name: '003: a rate may be a floor (预算支出执行率 ≧90%)', base: loadExample('yantian-2022') },
  ],
  invalid: [
    {
      name: 'a cost written as a floor (≥266万元)',
      edit: { E20: '≥266万元' },
      errors: [
        {
          cell: 'E20',
          messageId: 'floor',
          data: { level3: '总成本', operator: '≥' },
          suggestion: '≤',
        },
      ],
    },
  ],
});

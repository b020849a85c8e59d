/** The quality of targets: quality.quantified-share and quality.target-unmeasured. */
import { BUILTIN_PROFILES, validateProfile } from '../../../src/engine';
import { loadExample } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

const OA = 'OA系统使用费';
const mof = BUILTIN_PROFILES.find((p) => p.id === 'mof-2021')!;
const lenient = validateProfile({ ...mof, id: 'ezhou-lenient', quantifiedShare: 0.3 });
if (!lenient.ok) throw new Error(lenient.errors.join('; '));

/** 003's counts and rates (E14:E24) made words: left quantitative are 时效's three deadlines and 成本's ≧90%. */
const YANTIAN_IN_WORDS = Object.fromEntries(
  Array.from({ length: 11 }, (_, i) => [`E${14 + i}`, '按计划完成']),
);

ruleTester.run('quality.quantified-share', {
  // 000's OA系统使用费 with two of its three 产出 rows made quantitative.
  base: edited(loadExample('suizhou-2025', OA), {
    G6: '=',
    H6: 1,
    I6: '套',
    G7: '≥',
    H7: 99,
    I7: '%',
  }),
  valid: [
    {
      name: 'a profile asking a lower share (30%) accepts 1 of 3',
      base: loadExample('ezhou-2025', '一窗受理工作项目'),
      profile: lenient.profile,
    },
    { name: '003 as published', base: loadExample('yantian-2022') },
    {
      name: 'a deadline under 定性 is still measurable (12345热线: 数量 words, 质量 ≧ 95 %, 时效 a deadline: 2 of 3)',
      base: loadExample('suizhou-2025', '12345热线'),
      edit: {
        G6: '定性',
        H6: '按计划组织',
        I6: null,
        G8: '定性',
        H8: '2025年12月31日前完成',
        I8: null,
      },
    },
  ],
  invalid: [
    {
      name: '000: OA系统使用费 has 3 产出 rows, all 定性',
      base: loadExample('suizhou-2025', OA),
      errors: [
        {
          cell: 'H6',
          messageId: 'low',
          data: { table: '', output: 3, quantified: 0, share: 0, required: 50 },
        },
      ],
    },
    {
      name: '002: each table is judged on its own rows (一窗受理: 1 of 3 产出 rows quantitative in each)',
      base: loadExample('ezhou-2025', '一窗受理工作项目'),
      errors: [
        {
          cell: 'E15',
          messageId: 'low',
          data: { table: '“长期绩效目标表”中', output: 3, quantified: 1, share: 33, required: 50 },
        },
        {
          cell: 'E22',
          messageId: 'low',
          data: { table: '“年度绩效目标表”中', output: 3, quantified: 1, share: 33, required: 50 },
        },
      ],
    },
    {
      name: 'deadlines count as quantitative: 003 with its counts and rates made words keeps 4 of 15',
      base: loadExample('yantian-2022'),
      edit: YANTIAN_IN_WORDS,
      errors: [
        {
          cell: 'E14',
          messageId: 'low',
          data: { table: '“年度绩效指标”中', output: 15, quantified: 4, share: 27, required: 50 },
        },
      ],
    },
  ],
});

const FRONT_DESK = '大厅前台岗位服务外包';

ruleTester.run('quality.target-unmeasured', {
  base: edited(loadExample('suizhou-2025', '12345热线'), { F7: '案件投诉率' }),
  valid: [
    {
      name: '大厅前台岗位服务外包 with its long name made short',
      base: loadExample('suizhou-2025', FRONT_DESK),
      edit: { F8: '大厅业务办理规范率' },
    },
  ],
  invalid: [
    {
      name: '000: 12345热线 names its 质量 indicator with the annual target, word for word',
      base: loadExample('suizhou-2025', '12345热线'),
      errors: [
        {
          cell: 'F7',
          messageId: 'copiesTarget',
          data: { start: '提高热线工作人员综合素质，改善服务方式，' },
        },
      ],
    },
    {
      name: '000: 大厅前台岗位服务外包 F8, a name of 61 characters',
      base: loadExample('suizhou-2025', FRONT_DESK),
      errors: [{ cell: 'F8', messageId: 'tooLong', data: { length: 61, limit: 60 } }],
    },
  ],
});

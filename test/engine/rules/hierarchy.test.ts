/** The indicator hierarchy: hierarchy.* against the profile's 一级 → 二级 tree. */
import {
  BUILTIN_PROFILES,
  validateProfile,
  type Profile,
  type WorkbookGrid,
} from '../../../src/engine';
import { deleteRow, insertRows, loadExample, remerge, sheetOf, shifted } from '../fixtures';
import { edited, ruleTester } from '../ruleTester';

/** 12345热线 of 000: 产出 数量/质量/时效 rows D6:D9, 效益 D10:D14, each 二级 a row of its own. */
const hotline = () => loadExample('suizhou-2025', '12345热线');
const SHORT_NAMES = {
  name: 'short names are the same indicator: 产出 / 效益 / 质量',
  edit: { D6: '产出', D10: '效益', E7: '质量' },
};

const WINDOW = '一窗受理工作项目';
/** 002's 一窗受理 with its 社会效益 rows moved under a 效益指标 of their own, in both tables. */
function windowWithBenefits(): WorkbookGrid {
  const book = loadExample('ezhou-2025', WINDOW);
  const grid = sheetOf(book, WINDOW);
  remerge(grid, 'B14:B16', 'B14:B15');
  remerge(grid, 'B21:B23', 'B21:B22');
  return edited(book, { B16: '效益指标', B23: '效益指标' });
}

ruleTester.run('hierarchy.unknown-level1', {
  base: hotline(),
  valid: [SHORT_NAMES],
  invalid: [
    {
      name: 'a 一级 that no profile knows (效益指标 written 效果指标)',
      edit: { D10: '效果指标' },
      errors: [
        {
          cell: 'D10',
          messageId: 'unknown',
          data: { level1: '效果指标', profile: 'legacy-project', known: '产出指标、效益指标' },
        },
      ],
    },
  ],
});

ruleTester.run('hierarchy.unknown-level2', {
  base: hotline(),
  valid: [SHORT_NAMES],
  invalid: [
    {
      name: 'a 二级 in no 一级 of the profile (质量指标 written 品质指标): the 二级 of 产出指标 are listed',
      edit: { E7: '品质指标' },
      errors: [
        {
          cell: 'E7',
          messageId: 'unknownUnderKnown',
          data: {
            level2: '品质指标',
            profile: 'legacy-project',
            level1: '产出指标',
            choices: '数量指标、质量指标、时效指标、成本指标',
          },
        },
      ],
    },
  ],
});

ruleTester.run('hierarchy.level2-parent', {
  base: windowWithBenefits(),
  valid: [SHORT_NAMES].map((shortNames) => ({ ...shortNames, base: hotline() })),
  invalid: [
    {
      name: '002: 社会效益 listed under 产出指标, in both the long-term and the annual table',
      base: loadExample('ezhou-2025', WINDOW),
      errors: ['C16', 'C23'].map((cell) => ({
        cell,
        messageId: 'misplaced',
        data: { level2: '社会效益', right: '效益指标', written: '产出指标' },
        suggestion: '效益指标',
      })),
    },
  ],
});

ruleTester.run('hierarchy.level3-missing', {
  base: hotline(),
  valid: [
    {
      name: 'the empty 成本指标 row of 12345热线 filled, name included',
      edit: { F9: '项目总成本', G9: '≤', H9: 7, I9: '万元' },
    },
  ],
  invalid: [
    {
      name: 'the empty 成本指标 row of 12345热线 given an operator, value and unit but no name',
      edit: { G9: '≤', H9: 7, I9: '万元' },
      errors: [{ cell: 'F9', messageId: 'missing', data: { row: 9, written: '≤ 7 万元' } }],
    },
  ],
});

ruleTester.run('hierarchy.required-level1', {
  base: loadExample('yantian-2022'),
  valid: [
    { name: '002 一窗受理 with its 社会效益 rows under 效益指标', base: windowWithBenefits() },
  ],
  invalid: [
    {
      name: '002: 政府雇员经费 has no 效益指标 row, in either table',
      base: loadExample('ezhou-2025', '政府雇员经费'),
      errors: [
        {
          cell: 'B13',
          messageId: 'empty',
          data: { table: '“长期绩效目标表”中', level1: '效益指标' },
        },
        {
          cell: 'B20',
          messageId: 'empty',
          data: { table: '“年度绩效目标表”中', level1: '效益指标' },
        },
      ],
    },
    {
      name: '003 with every 效益 row marked 不适用: those rows do not count',
      edit: Object.fromEntries(
        [30, 31, 32, 35].flatMap((row) => [
          [`D${row}`, '不适用'],
          [`E${row}`, '不适用'],
        ]),
      ),
      errors: [
        { cell: 'D29', messageId: 'empty', data: { table: '“年度绩效指标”中', level1: '效益' } },
      ],
    },
    {
      name: 'a table with no rows at all (003 with its indicator rows deleted, pasted two columns right)',
      edit: (book) => {
        for (let row = 36; row >= 14; row--) deleteRow(book.sheets[0], row);
        book.sheets[0] = shifted(book.sheets[0], 0, 2);
      },
      // With no rows to fit, the first department profile is as good as any: 产出指标 / 效益指标.
      errors: ['产出指标', '效益指标'].map((level1) => ({
        cell: 'C13',
        messageId: 'empty',
        data: { table: '“年度绩效指标”中', level1 },
      })),
    },
  ],
});

function variantOf(base: Profile, changes: Record<string, unknown>): Profile {
  const result = validateProfile({ ...base, ...changes });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.profile;
}

const legacyProject = BUILTIN_PROFILES.find((p) => p.id === 'legacy-project')!;
const wantsThree = variantOf(legacyProject, { id: 'suizhou-strict', minLevel3PerLevel1: 3 });

ruleTester.run('hierarchy.min-level3', {
  // The built-in minimum of 1 is met by every 一级 of 12345热线.
  base: hotline(),
  valid: [
    {
      name: 'a profile asking 3 per 一级, with two more 效益 rows filled',
      profile: wantsThree,
      edit: {
        F11: '群众诉求按时办结',
        G11: '≥',
        H11: 95,
        I11: '%',
        F13: '热线服务长效机制',
        G13: '定性',
        H13: '持续运行',
      },
    },
  ],
  invalid: [
    {
      name: 'a profile asking 3 三级 rows per 一级: 12345热线 has 3 under 产出 but 1 under 效益',
      profile: wantsThree,
      errors: [
        {
          cell: 'D10',
          messageId: 'tooFew',
          data: { table: '', level1: '效益指标', filled: 1, minimum: 3 },
        },
      ],
    },
  ],
});

/** 政务公开 of 000: 数量指标 E7 over F7 and F8, 质量指标 from row 9. */
const OPENNESS = '政务公开';
const STANDARDS = '政务公开标准化建设，梳理编制、组织实施政务公开事项标准化目录';
const MONITORING = '政府门户网站和政务新媒体监测';

/** 30 more 数量 rows after F8 (rows 9 to 38), before the 质量指标 row. */
function withLongQuantityGroup(book: WorkbookGrid): void {
  const extra = Array.from({ length: 30 }, (_, i) => [
    ...Array(5).fill(null),
    `第${i + 1}批政务公开事项目录`,
    '≥',
    1,
    '项',
  ]);
  insertRows(book.sheets[0], 9, extra);
}

ruleTester.run('hierarchy.duplicate-level3', {
  base: loadExample('suizhou-2025', OPENNESS),
  valid: [
    {
      name: 'the same name under two different 二级 (the 质量 row named as the 数量 row)',
      edit: { F9: STANDARDS },
    },
    { name: 'a long 数量 group of distinct names', edit: withLongQuantityGroup },
  ],
  invalid: [
    {
      name: '政务公开 with its second 数量 row renamed as the first (F8 = F7)',
      edit: { F8: STANDARDS },
      errors: [
        {
          cell: 'F8',
          messageId: 'duplicate',
          data: { name: STANDARDS, level2: '数量指标', firstRow: 7 },
        },
      ],
    },
    {
      name: 'a long 数量 group repeats names near its top and at its end',
      edit: (book) => {
        withLongQuantityGroup(book);
        // The 12th inserted row named as the 4th; the last as the second 数量 row.
        edited(book, { F20: '第4批政务公开事项目录', F38: MONITORING });
      },
      errors: [
        {
          cell: 'F20',
          messageId: 'duplicate',
          data: { name: '第4批政务公开事项目录', level2: '数量指标', firstRow: 12 },
        },
        {
          cell: 'F38',
          messageId: 'duplicate',
          data: { name: MONITORING, level2: '数量指标', firstRow: 8 },
        },
      ],
    },
  ],
});

const nameOf = (length: number) =>
  '组织12345热线工作人员进行业务学习和培训'.padEnd(length, '并开展考核');

ruleTester.run('hierarchy.name-too-long', {
  base: hotline(),
  valid: [{ name: '100 characters is within the limit', edit: { F6: nameOf(100) } }],
  invalid: [
    {
      name: 'a 三级 name of 101 characters',
      edit: { F6: nameOf(101) },
      errors: [{ cell: 'F6', messageId: 'tooLong', data: { length: 101, limit: 100 } }],
    },
  ],
});

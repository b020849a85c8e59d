/** 计量单位: unit.missing, unit.unknown, unit.conflict, unit.qualitative. */
import { BUILTIN_PROFILES, validateProfile } from '../../../src/engine';
import { loadExample } from '../fixtures';
import { ruleTester } from '../ruleTester';

/** 12345热线 of 000: H6 2 I6 次, H7 95 I7 %, H8 100 I8 %, G14 定性 H14 满意. */
const hotline = () => loadExample('suizhou-2025', '12345热线');
const LEARNING = '组织12345热线工作人员进行学习';
const PUBLISHED = (['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'] as const).map(
  (example) => ({ name: `${example} as published`, base: loadExample(example) }),
);

ruleTester.run('unit.missing', {
  base: hotline(),
  valid: [
    // The unit inside the value counts ("100%", "≤266万元", "4 次").
    ...PUBLISHED,
    { name: 'a deadline needs no unit', edit: { G8: '≤', H8: '2025年12月31日前', I8: null } },
  ],
  invalid: [
    {
      name: 'a number with its unit cell emptied points at the unit cell (I6)',
      edit: { I6: null },
      errors: [{ cell: 'I6', messageId: 'missing', data: { level3: LEARNING, value: '2' } }],
    },
    {
      name: '000 department form, no unit column: "2 次" written "2" points at the value cell (E19)',
      base: loadExample('suizhou-2025', '部门整体'),
      edit: { E19: '2' },
      errors: [{ cell: 'E19', messageId: 'missing', data: { level3: '业务培训', value: '2' } }],
    },
  ],
});

const legacy = BUILTIN_PROFILES.find((p) => p.id === 'legacy-project')!;
const withExtraUnit = validateProfile({ ...legacy, id: 'suizhou-units', extraUnits: ['回'] });
if (!withExtraUnit.ok) throw new Error(withExtraUnit.errors.join('; '));

ruleTester.run('unit.unknown', {
  base: hotline(),
  valid: [
    {
      name: 'a unit the profile adds (extraUnits) is known',
      edit: { I6: '回' },
      profile: withExtraUnit.profile,
    },
    { name: '002 as published (≤1800吨)', base: loadExample('ezhou-2025', '市民中心水电费') },
  ],
  invalid: [
    {
      name: 'a unit not in the catalog (回 for 次)',
      edit: { I6: '回' },
      errors: [{ cell: 'I6', messageId: 'unknown', data: { unit: '回' } }],
    },
    {
      name: 'another spelling of a catalog unit (百分比 for %) suggests the catalog one',
      edit: { I7: '百分比' },
      errors: [
        {
          cell: 'I7',
          messageId: 'nonstandard',
          data: { unit: '百分比', standard: '%' },
          suggestion: '%',
          fix: { oldValue: '百分比', newValue: '%' },
        },
      ],
    },
    {
      name: '000 department form, no unit column: "95百分比" has only its unit rewritten',
      base: loadExample('suizhou-2025', '部门整体'),
      edit: { E19: '≥95百分比' },
      errors: [
        {
          cell: 'E19',
          messageId: 'nonstandard',
          data: { unit: '百分比', standard: '%' },
          suggestion: '%',
          fix: { oldValue: '≥95百分比', newValue: '≥95%' },
        },
      ],
    },
    {
      name: 'the unit column left blank, "95平米" in the value: the value cell is fixed',
      edit: { H7: '95平米', I7: null },
      errors: [
        {
          cell: 'I7',
          messageId: 'nonstandard',
          data: { unit: '平米', standard: '平方米' },
          suggestion: '平方米',
          fix: { cell: 'H7', oldValue: '95平米', newValue: '95平方米' },
        },
      ],
    },
    {
      name: 'an unknown unit inside the value (Ezhou "≤1800桶") points at the value cell',
      base: loadExample('ezhou-2025', '市民中心水电费'),
      edit: { E22: '≤1800桶' },
      errors: [{ cell: 'E22', messageId: 'unknown', data: { unit: '桶' } }],
    },
  ],
});

ruleTester.run('unit.conflict', {
  base: hotline(),
  valid: [
    {
      name: 'the same unit twice ("95%" and %, or "100 ％" and %)',
      edit: { H7: '95%', H8: '100 ％' },
    },
  ],
  invalid: [
    {
      name: '"95%" in the value with 次 in the unit column',
      edit: { H7: '95%', I7: '次' },
      errors: [
        {
          cell: 'I7',
          messageId: 'conflict',
          data: { value: '95%', valueUnit: '%', columnUnit: '次' },
          suggestion: '%',
        },
      ],
    },
  ],
});

ruleTester.run('unit.qualitative', {
  base: hotline(),
  valid: [
    { name: '000 as published: its 定性 rows have no unit', base: loadExample('suizhou-2025') },
  ],
  invalid: [
    {
      name: '定性 with a unit (满意度 row given 分)',
      edit: { I14: '分' },
      errors: [
        {
          cell: 'I14',
          messageId: 'qualitative',
          data: { level3: '提高人民群众满意度', unit: '分' },
        },
      ],
    },
  ],
});

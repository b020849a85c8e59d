/** hierarchy.unknown-level2: a 二级 in no 一级 of the profile. */
import { createRule } from '../rule';
import { distinctCells } from './cells';

export const unknownLevel2 = createRule({
  id: 'hierarchy.unknown-level2',
  meta: {
    severity: 'error',
    name: '二级指标不在指标体系中',
    description: '二级指标不属于配置中的任何一级指标',
    messages: {
      unknown: '二级指标“{level2}”不在指标体系（{profile}）中',
      unknownUnderKnown:
        '二级指标“{level2}”不在指标体系（{profile}）中，“{level1}”下可选：{choices}',
    },
  },
  form(form, report) {
    for (const row of distinctCells(form.rows, (r) => r.source.level2)) {
      if (row.levels.level2Places.length > 0) continue;
      const data = { level2: row.source.level2.text, profile: form.profile.id };
      const parent = row.levels.level1;
      report(
        parent
          ? {
              at: row.source.level2,
              messageId: 'unknownUnderKnown',
              data: { ...data, level1: parent.name, choices: parent.level2.join('、') },
            }
          : { at: row.source.level2, messageId: 'unknown', data },
      );
    }
  },
});

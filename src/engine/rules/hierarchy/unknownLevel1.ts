/** hierarchy.unknown-level1: a 一级 the profile does not know. */
import { createRule } from '../rule';
import { distinctCells } from './cells';

export const unknownLevel1 = createRule({
  id: 'hierarchy.unknown-level1',
  meta: {
    severity: 'error',
    name: '一级指标不在指标体系中',
    description: '一级指标不在配置的指标体系中',
    messages: {
      unknown: '一级指标“{level1}”不在指标体系（{profile}）中，应为 {known} 之一',
    },
  },
  form(form, report) {
    for (const row of distinctCells(form.rows, (r) => r.source.level1)) {
      if (row.levels.level1) continue;
      report({
        at: row.source.level1,
        messageId: 'unknown',
        data: {
          level1: row.source.level1.text,
          profile: form.profile.id,
          known: form.profile.hierarchy.map((node) => node.name).join('、'),
        },
      });
    }
  },
});

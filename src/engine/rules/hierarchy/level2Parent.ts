/** hierarchy.level2-parent: a 二级 the profile knows, under another 一级 than its own. */
import type { AnalyzedRow } from '../../analyze';
import { createRule } from '../rule';
import { sameCell } from './cells';

export const level2Parent = createRule({
  id: 'hierarchy.level2-parent',
  meta: {
    severity: 'error',
    name: '二级指标放错一级指标',
    description: '二级指标属于另一个一级指标',
    messages: {
      misplaced: '二级指标“{level2}”应属于一级指标“{right}”，表中放在了“{written}”下',
    },
    fix: '二级指标应属的一级指标',
  },
  form(form, report) {
    let previous: AnalyzedRow | null = null;
    for (const row of form.rows) {
      const level2 = row.source.level2;
      // Rows of one 二级 cell under one 一级 are consecutive: the first of them settles the rest.
      const same =
        previous !== null &&
        sameCell(previous.source.level2, level2) &&
        previous.source.level1.row === row.source.level1.row;
      previous = row;
      if (same || !row.levels.misplaced) continue;
      const right = row.levels.level2Places[0].parent.name;
      report({
        at: level2,
        messageId: 'misplaced',
        data: { level2: level2.text, right, written: row.source.level1.text },
        suggestion: right,
      });
    }
  },
});

/** hierarchy.min-level3: fewer filled 三级 rows under a 一级 than the profile asks, per table. */
import type { AnalyzedRow } from '../../analyze';
import { createRule } from '../rule';
import { tableName } from '../tables';

export const minLevel3 = createRule({
  id: 'hierarchy.min-level3',
  meta: {
    severity: 'warning',
    name: '三级指标数量不足',
    description: '一级指标下填写的三级指标少于配置要求的数量',
    messages: {
      tooFew: '{table}一级指标“{level1}”下只填写了 {filled} 个三级指标，至少需要 {minimum} 个',
    },
  },
  form(form, report) {
    const minimum = form.profile.minLevel3PerLevel1;
    for (const [table, rows] of form.rowsByTable) {
      for (const node of form.profile.hierarchy) {
        let first: AnalyzedRow | undefined;
        let filled = 0;
        for (const row of rows) {
          if (row.levels.level1 !== node) continue;
          first ??= row;
          if (row.filled) filled++;
        }
        if (!first) continue;
        // An empty required 一级 is hierarchy.required-level1's finding, not this one's.
        if (filled >= minimum || (filled === 0 && form.profile.requiredLevel1.includes(node.name)))
          continue;
        report({
          at: first.source.level1,
          messageId: 'tooFew',
          data: { table: tableName(table), level1: node.name, filled, minimum },
        });
      }
    }
  },
});

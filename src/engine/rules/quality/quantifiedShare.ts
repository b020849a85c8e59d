/** quality.quantified-share: too few quantitative 产出 rows in a table. */
import type { AnalyzedRow } from '../../analyze';
import { cellOf, createRule } from '../rule';
import { tableName } from '../tables';

export const quantifiedShare = createRule({
  id: 'quality.quantified-share',
  meta: {
    severity: 'warning',
    name: '定量指标比例偏低',
    description: '产出指标中定量指标的比例低于配置要求（默认 50%）',
    messages: {
      low: '{table}产出指标 {output} 项中只有 {quantified} 项是定量的（{share}%），低于要求的 {required}%',
    },
  },
  form(form, report) {
    for (const [table, rows] of form.rowsByTable) {
      let output = 0;
      let quantified = 0;
      let firstQualitative: AnalyzedRow | undefined;
      for (const row of rows) {
        if (!row.filled || !row.levels.isOutput) continue;
        output++;
        if (row.quantitative) quantified++;
        else firstQualitative ??= row;
      }
      // A share below the requirement has a qualitative row; none at all is nothing to judge.
      if (!firstQualitative) continue;
      const share = quantified / output;
      if (share >= form.profile.quantifiedShare) continue;
      report({
        at: cellOf(firstQualitative, 'value'),
        messageId: 'low',
        data: {
          table: tableName(table),
          output,
          quantified,
          share: Math.round(share * 100),
          required: Math.round(form.profile.quantifiedShare * 100),
        },
      });
    }
  },
});

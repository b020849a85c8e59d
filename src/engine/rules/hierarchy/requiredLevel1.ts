/** hierarchy.required-level1: a 一级 the profile requires has no filled 三级 row, per table. */
import type { AnalyzedRow } from '../../analyze';
import { cellOf, createRule } from '../rule';
import { tableName } from '../tables';

export const requiredLevel1 = createRule({
  id: 'hierarchy.required-level1',
  meta: {
    severity: 'error',
    name: '必填一级指标未填',
    description: '配置要求的一级指标下没有填写三级指标（标“不适用”的行不算）',
    messages: { empty: '{table}一级指标“{level1}”下没有填写三级指标' },
  },
  form(form, report) {
    // Rows under a head the reader could not read may be the missing ones (form.unplaced).
    if (form.form.unplaced) return;
    for (const table of form.form.tables) {
      const rows = form.rowsByTable.get(table) ?? [];
      // A flat list has no 一级 to judge; a 长期 table left blank is one the project does not need.
      if (!table.levels || (table.longTerm && !rows.some((row) => row.filled))) continue;
      for (const required of form.profile.requiredLevel1) {
        let first: AnalyzedRow | undefined;
        let filled = false;
        for (const row of rows) {
          if (row.levels.level1?.name !== required) continue;
          first ??= row;
          if (row.filled) {
            filled = true;
            break;
          }
        }
        if (filled) continue;
        // With no row of its own, the finding goes to the table's first written 一级 cell.
        const at = first
          ? cellOf(first, 'level3')
          : ((rows.find((row) => row.source.level1.text !== '') ?? rows[0])?.source.level1 ?? {
              row: table.headerRow,
              col: form.form.title.col,
            });
        report({ at, messageId: 'empty', data: { table: tableName(table), level1: required } });
      }
    }
  },
});

/** hierarchy.duplicate-level3: the same 三级 name twice under one 二级 cell. */
import type { AnalyzedRow } from '../../analyze';
import { cellOf, createRule } from '../rule';
import { sameCell } from './cells';

export const duplicateLevel3 = createRule({
  id: 'hierarchy.duplicate-level3',
  meta: {
    severity: 'warning',
    name: '三级指标重复',
    description: '同一二级指标下三级指标名称重复',
    messages: { duplicate: '三级指标“{name}”在二级指标“{level2}”下重复（第 {firstRow} 行已有）' },
  },
  book(book, report) {
    // Each 三级 name's first row under the 二级 cell it was last seen under: one map for the
    // workbook (its forms repeat the same names), not one per form. The rows of one 二级 cell
    // are consecutive, so a name last seen under another cell starts afresh.
    const firstRows = new Map<string, AnalyzedRow>();
    for (const form of book.forms) {
      for (const row of form.rows) {
        if (!row.filled) continue;
        const name = row.source.level3;
        const first = firstRows.get(name);
        if (
          !first ||
          first.table !== row.table ||
          !sameCell(first.source.level2, row.source.level2)
        ) {
          firstRows.set(name, row);
          continue;
        }
        report(form, {
          at: cellOf(row, 'level3'),
          messageId: 'duplicate',
          data: { name, level2: row.source.level2.text, firstRow: first.source.row + 1 },
        });
      }
    }
  },
});

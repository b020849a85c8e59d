/** unit.unknown: a unit in neither the unit catalog nor the profile's extra units. */
import type { AnalyzedRow } from '../../analyze';
import { rewritePart, type TextFix } from '../../fixes';
import { rowCell } from '../../model';
import { standardUnit, unitKind } from '../../parse/units';
import { toHalfWidth } from '../../text';
import { cellOf, rowRule, type ReportedFix } from '../rule';

/**
 * The fix of another spelling: the 单位 cell replaced by the catalog unit; inside a value, only
 * the unit's part at its end rewritten ("95百分比" → "95%"). A unit read from the name is not.
 */
function spellingFix(row: AnalyzedRow, unit: string, standard: string): ReportedFix | undefined {
  if (row.source.unit) return { oldValue: row.source.unit, newValue: standard };
  if (row.value.unit !== unit) return undefined;
  const text = row.source.value;
  // Positions in the half-width reading are positions in the text (one character for one).
  const read = toHalfWidth(text);
  if (!read.endsWith(unit)) return undefined;
  const fix: TextFix = rewritePart(text, read.length - unit.length, unit.length, standard);
  return { ...fix, at: rowCell(row.table, row.source, 'value') };
}

export const unknownUnit = rowRule({
  id: 'unit.unknown',
  meta: {
    severity: 'warning',
    name: '计量单位不在目录中',
    description: '计量单位不在单位目录和配置中',
    messages: {
      unknown: '计量单位“{unit}”不在单位目录中，请改用标准单位（如 个、次、%、万元、天）',
      nonstandard: '计量单位“{unit}”不是标准写法，建议改为“{standard}”',
    },
    fix: '目录中的标准写法',
    fixable: '把单位的另一种写法（百分比、平米、公斤等）改为目录中的标准写法',
  },
  checkRow(row, form) {
    if (row.unit === null || row.value.kind === 'text') return;
    if (unitKind(row.unit, form.profile.extraUnits)) return;
    const at = cellOf(row, 'unit');
    // Another spelling of a catalog unit (百分比 for %) gets that unit as its suggestion.
    const standard = standardUnit(row.unit);
    if (standard)
      return {
        at,
        messageId: 'nonstandard',
        data: { unit: row.unit, standard },
        suggestion: standard,
        fix: spellingFix(row, row.unit, standard),
      };
    return { at, messageId: 'unknown', data: { unit: row.unit } };
  },
});

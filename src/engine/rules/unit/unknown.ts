/** unit.unknown: a unit in neither the unit catalog nor the profile's extra units. */
import { standardUnit, unitKind } from '../../parse/units';
import { cellOf, rowRule } from '../rule';

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
      };
    return { at, messageId: 'unknown', data: { unit: row.unit } };
  },
});

/** unit.unknown: a unit in neither the unit catalog nor the profile's extra units. */
import { unitKind } from '../../parse/units';
import { cellOf, rowRule } from '../rule';

export const unknownUnit = rowRule({
  id: 'unit.unknown',
  meta: {
    severity: 'warning',
    name: '计量单位不在目录中',
    description: '计量单位不在单位目录和配置中',
    messages: {
      unknown: '计量单位“{unit}”不在单位目录中，请改用标准单位（如 个、次、%、万元、天）',
    },
  },
  checkRow(row, form) {
    if (row.unit === null || row.value.kind === 'text') return;
    if (unitKind(row.unit, form.profile.extraUnits)) return;
    return { at: cellOf(row, 'unit'), messageId: 'unknown', data: { unit: row.unit } };
  },
});

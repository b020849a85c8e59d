/** 计量单位: present for quantities, in the catalog, agreeing with the value, absent for 定性. */
import { unitKind } from '../parse/units';
import { cellOf, defineRules } from './types';

export const unitRules = defineRules([
  {
    id: 'unit.missing',
    severity: 'error',
    description: '定量的指标值没有计量单位（单位列和指标值中都没有）',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (!row.filled || row.value.kind !== 'number' || row.unit !== null) continue;
        if (row.operator?.operator === '定性') continue;
        report(
          cellOf(row, 'unit'),
          `三级指标“${row.source.level3}”的指标值 ${row.value.text} 没有计量单位`,
        );
      }
    },
  },
  {
    id: 'unit.unknown',
    severity: 'warning',
    description: '计量单位不在单位目录和配置中',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (row.unit === null || row.value.kind === 'text') continue;
        if (unitKind(row.unit, form.profile.extraUnits)) continue;
        report(
          cellOf(row, 'unit'),
          `计量单位“${row.unit}”不在单位目录中，请改用标准单位（如 个、次、%、万元、天）`,
        );
      }
    },
  },
  {
    id: 'unit.conflict',
    severity: 'error',
    description: '指标值中的单位与计量单位列不一致',
    checkForm(form, report) {
      for (const row of form.rows) {
        const column = row.source.unit;
        if (!column || row.value.kind !== 'number' || row.value.unit === null) continue;
        if (row.value.unit === row.unit) continue;
        report(
          cellOf(row, 'unit'),
          `指标值“${row.value.text}”带的单位“${row.value.unit}”与计量单位列的“${row.unit}”不一致`,
          row.value.unit,
        );
      }
    },
  },
  {
    id: 'unit.qualitative',
    severity: 'warning',
    description: '定性指标填了计量单位',
    checkForm(form, report) {
      for (const row of form.rows) {
        const column = row.source.unit;
        if (row.operator?.operator !== '定性' || !column) continue;
        report(
          cellOf(row, 'unit'),
          `定性指标“${row.source.level3}”不应填计量单位（表中为“${column}”）`,
        );
      }
    },
  },
]);

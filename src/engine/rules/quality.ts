/** The quality of targets: warnings a reviewer would raise. */
import { MAX_LEVEL3_LENGTH } from '../hierarchy';
import type { DepartmentForm, ProjectForm } from '../model';
import { squash } from '../text';
import { byTable, tableName } from './tables';
import { cellOf, defineRules, type AnalyzedRow } from './types';

const MEASURABLE_NAME_LENGTH = 60;

function targetText(form: ProjectForm | DepartmentForm): string {
  const field =
    form.kind === 'project' ? form.fields['年度绩效目标'] : form.fields['年度整体绩效总目标'];
  return field?.value.text ?? '';
}

export const qualityRules = defineRules([
  {
    id: 'quality.quantified-share',
    severity: 'warning',
    description: '产出指标中定量指标的比例低于配置要求（默认 50%）',
    checkForm(form, report) {
      for (const [table, rows] of byTable(form)) {
        let output = 0;
        let quantified = 0;
        let firstQualitative: AnalyzedRow | undefined;
        for (const row of rows) {
          if (!row.filled || !row.levels.isOutput) continue;
          output++;
          if (row.quantitative) quantified++;
          else firstQualitative ??= row;
        }
        if (output === 0) continue;
        const share = quantified / output;
        if (share >= form.profile.quantifiedShare) continue;
        report(
          cellOf(firstQualitative!, 'value'),
          `${tableName(table)}产出指标 ${output} 项中只有 ${quantified} 项是定量的（${Math.round(share * 100)}%），低于要求的 ${Math.round(form.profile.quantifiedShare * 100)}%`,
        );
      }
    },
  },
  {
    id: 'quality.target-unmeasured',
    severity: 'info',
    description: '三级指标名称照抄了年度目标，或长于 60 个字，难以衡量',
    checkForm(form, report) {
      const target = squash(targetText(form.form));
      for (const row of form.rows) {
        if (!row.filled) continue;
        const name = row.source.level3;
        // No more characters than UTF-16 units: only a long name needs counting.
        const length = name.length > MEASURABLE_NAME_LENGTH ? [...name].length : name.length;
        // Squashing never lengthens a text: a shorter name cannot be the target.
        if (target !== '' && name.length >= target.length && squash(name) === target) {
          report(
            cellOf(row, 'level3'),
            `三级指标“${name.slice(0, 20)}…”照抄了年度绩效目标，请改为可衡量的具体指标`,
          );
        } else if (length > MEASURABLE_NAME_LENGTH && length <= MAX_LEVEL3_LENGTH) {
          report(
            cellOf(row, 'level3'),
            `三级指标名称有 ${length} 个字，超过 ${MEASURABLE_NAME_LENGTH} 个字，难以衡量，请精简`,
          );
        }
      }
    },
  },
]);

/** quality.target-unmeasured: a 三级 name that copies the annual target, or is too long to measure. */
import { MAX_LEVEL3_LENGTH } from '../../hierarchy';
import { targetField } from '../../model';
import { squash } from '../../text';
import { cellOf, createRule } from '../rule';

const MEASURABLE_NAME_LENGTH = 60;

export const targetUnmeasured = createRule({
  id: 'quality.target-unmeasured',
  meta: {
    severity: 'info',
    name: '指标难以衡量',
    description: '三级指标名称照抄了年度目标，或长于 60 个字，难以衡量',
    messages: {
      copiesTarget: '三级指标“{start}…”照抄了年度绩效目标，请改为可衡量的具体指标',
      tooLong: '三级指标名称有 {length} 个字，超过 {limit} 个字，难以衡量，请精简',
    },
  },
  form(form, report) {
    // The target squashed once per form, not per row.
    const target = squash(targetField(form.form).field?.value.text ?? '');
    for (const row of form.rows) {
      if (!row.filled) continue;
      const name = row.source.level3;
      // No more characters than UTF-16 units: only a long name needs counting.
      const length = name.length > MEASURABLE_NAME_LENGTH ? [...name].length : name.length;
      const at = cellOf(row, 'level3');
      // Squashing never lengthens a text: a shorter name cannot be the target.
      if (target !== '' && name.length >= target.length && squash(name) === target) {
        report({ at, messageId: 'copiesTarget', data: { start: name.slice(0, 20) } });
      } else if (length > MEASURABLE_NAME_LENGTH && length <= MAX_LEVEL3_LENGTH) {
        report({ at, messageId: 'tooLong', data: { length, limit: MEASURABLE_NAME_LENGTH } });
      }
    }
  },
});

/** 计算符号: the canonical six, variants read as one of them, and unknown ones. */
import { suggestOperator } from '../parse/operators';
import { defineRules } from './types';

export const operatorRules = defineRules([
  {
    id: 'operator.nonstandard',
    severity: 'info',
    description: '非标准写法的计算符号，已按标准符号读取（如 ≧ 读作 ≥）',
    checkForm(form, report) {
      for (const row of form.rows) {
        const variant = row.operator?.variant;
        if (!row.operator || !variant) continue;
        const cell = row.operatorCell ?? row.source.value;
        report(
          cell,
          `计算符号“${variant}”按“${row.operator.operator}”读取，建议改用标准符号“${row.operator.operator}”`,
          row.operator.operator,
        );
      }
    },
  },
  {
    id: 'operator.unknown',
    severity: 'error',
    description: '计算符号不是 ≥ ≤ = > < 定性 之一',
    checkForm(form, report) {
      for (const row of form.rows) {
        if (!row.operatorCell || row.operatorCellReading) continue;
        const written = row.operatorCell.text;
        const nearest = suggestOperator(written);
        const hint = nearest ? `，是否应为“${nearest}”` : '';
        report(
          row.operatorCell,
          `计算符号“${written}”无法识别，应为 ≥ ≤ = > < 定性 之一${hint}`,
          nearest ?? undefined,
        );
      }
    },
  },
]);

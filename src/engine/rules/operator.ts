/** 计算符号: the canonical six, variants read as one of them, and unknown ones. */
import { suggestOperator } from '../parse/operators';
import { cellOf, defineRules } from './types';

export const operatorRules = defineRules([
  {
    id: 'operator.nonstandard',
    severity: 'info',
    description: '非标准写法的计算符号，已按标准符号读取（如 ≧ 读作 ≥）',
    checkForm(form, report) {
      for (const row of form.rows) {
        const variant = row.operator?.variant;
        if (!row.operator || !variant) continue;
        report(
          cellOf(row, 'operator'),
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
        const written = row.source.operator;
        if (!written || row.operatorCellReading) continue;
        const nearest = suggestOperator(written);
        const hint = nearest ? `，是否应为“${nearest}”` : '';
        report(
          cellOf(row, 'operator'),
          `计算符号“${written}”无法识别，应为 ≥ ≤ = > < 定性 之一${hint}`,
          nearest ?? undefined,
        );
      }
    },
  },
]);

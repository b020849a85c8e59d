/** The check report for people (a table) and for scripts (JSON, cli.md). */
import { SEVERITY_LABEL } from '../engine';
import { displayWidth } from '../engine/text';
import { summarize, type FileReport } from './report';

const KIND_LABEL = { project: '项目支出', department: '部门整体' } as const;

export function toJson(reports: FileReport[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map(({ file, error, forms, issues }) => ({ file, error, forms, issues })),
      summary: summarize(reports),
    },
    null,
    2,
  );
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => displayWidth(row[col]))));
  return rows
    .map((row) =>
      row.map((cell, col) => (col === row.length - 1 ? cell : pad(cell, widths[col]))).join('  '),
    )
    .join('\n');
}

export function toText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    out.push(`■ ${report.file}`);
    if (report.error) {
      out.push(`  无法读取：${report.error}`, '');
      continue;
    }
    for (const notice of report.notices) out.push(`  注意：${notice}`);
    if (report.forms.length === 0 && report.issues.length === 0) {
      out.push('  没有找到绩效目标申报表', '');
      continue;
    }
    for (const form of report.forms) {
      out.push(
        `  ${form.sheet}：${KIND_LABEL[form.kind]}表 ${form.year ?? '年度不明'} ${form.name || '（未填名称）'}（配置 ${form.profile}）`,
      );
    }
    if (report.issues.length === 0) {
      out.push('  未发现问题', '');
      continue;
    }
    const rows = [['级别', '工作表', '单元格', '规则', '说明']];
    for (const issue of report.issues) {
      const hint = issue.suggestion !== undefined ? `（建议：${issue.suggestion}）` : '';
      rows.push([
        SEVERITY_LABEL[issue.severity],
        issue.sheet,
        issue.cell,
        issue.rule,
        issue.message + hint,
      ]);
    }
    out.push(table(rows).replace(/^/gm, '  '), '');
  }
  const s = summarize(reports);
  out.push(
    `共 ${s.files} 个文件、${s.forms} 张表：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`,
  );
  return out.join('\n') + '\n';
}

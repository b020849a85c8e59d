/** The check report for people (a table) and for scripts (JSON, docs/CLI.md). */
import {
  displayWidth,
  findingJson,
  FORM_KIND_LABEL,
  PROFILE_ORIGIN_LABEL,
  SEVERITY_LABEL,
} from '../engine';
import { summarize, type FileReport } from './report';

/**
 * A JSON value as JSON.stringify(…, null, 2) writes it nested `depth` levels down: written inside
 * `depth` arrays, whose brackets are then cut off. (Indenting every line after the fact copied a
 * folder's whole report a second time.)
 */
function nested(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each level opens with "[", a line break and its indent, and closes with the mirror of that.
  const opening = depth * 2 + depth * (depth + 1);
  const closing = depth * 2 + depth * (depth - 1);
  return text.slice(opening, text.length - closing);
}

/**
 * The JSON report (docs/CLI.md) in pieces, a file at a time, so a folder's report is written as it
 * goes rather than built as one string; joined, the pieces are exactly toJson's text.
 */
export function* jsonPieces(reports: FileReport[]): Generator<string> {
  yield '{\n  "version": 1,\n  "files": [';
  let separator = '\n    ';
  for (const { file, error, forms, issues } of reports) {
    yield separator + nested({ file, error, forms, issues: issues.map(findingJson) }, 2);
    separator = ',\n    ';
  }
  yield `${reports.length ? '\n  ' : ''}],\n  "summary": ${nested(summarize(reports), 1)}\n}`;
}

export function toJson(reports: FileReport[]): string {
  return [...jsonPieces(reports)].join('');
}

/**
 * Control characters (C0 but the line feed, DEL, C1) and the bidirectional overrides: cell
 * texts and file names are printed to a terminal, where ESC sequences retitle the window or
 * clear the screen and overrides reorder what the reader sees. JSON escapes them itself.
 */
// eslint-disable-next-line no-control-regex -- matching them is the point
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A text safe to print in a terminal: line feeds kept, other control characters dropped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

/** Quoted cell texts longer than this are shortened in the text report (the workbook keeps them). */
const QUOTE_MAX = 60;
const LONG_QUOTE = new RegExp(`“([^“”]{${QUOTE_MAX + 1},})”`, 'g');

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > QUOTE_MAX ? `${characters.slice(0, QUOTE_MAX).join('')}…` : text;
}

/** A table field or heading: one printable line, long quoted cell texts shortened. */
function field(text: string): string {
  return printable(text.replace(/\s*\n\s*/g, ' ')).replace(
    LONG_QUOTE,
    (_, quoted: string) => `“${shorten(quoted)}”`,
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
    out.push(`■ ${field(report.file)}`);
    if (report.error) {
      out.push(`  无法读取：${field(report.error)}`, '');
      continue;
    }
    for (const notice of report.notices) out.push(`  注意：${field(notice)}`);
    if (report.forms.length === 0 && report.issues.length === 0) {
      out.push('  没有找到绩效目标申报表', '');
      continue;
    }
    for (const form of report.forms) {
      out.push(
        `  ${field(form.sheet)}：${FORM_KIND_LABEL[form.kind]}表 ${form.year ?? '年度不明'} ${form.name ? shorten(field(form.name)) : '（未填名称）'}（配置 ${field(form.profile)}，${PROFILE_ORIGIN_LABEL[form.profileOrigin]}，指纹 ${form.profileFingerprint}）`,
      );
    }
    if (report.issues.length === 0) {
      out.push('  未发现问题', '');
      continue;
    }
    const rows = [['级别', '工作表', '单元格', '规则', '说明']];
    for (const issue of report.issues) {
      const hint = issue.suggestion !== undefined ? `（建议：${issue.suggestion}）` : '';
      const basis = issue.profileBasis !== undefined ? `（${issue.profileBasis}）` : '';
      rows.push([
        SEVERITY_LABEL[issue.severity],
        field(issue.sheet),
        issue.cell,
        `${issue.ruleName}（${issue.rule}）`,
        field(issue.message + hint + basis),
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

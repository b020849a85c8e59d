/**
 * The 项目清单 of a department package, as people type it in the 生成 view: one project per
 * line, "项目名称：金额" with the amount in 万元 (a trailing 万元/万 is accepted).
 */
export interface ProjectLine {
  name: string;
  /** Decimal text in 万元, as typed (no binary floating point on the way). */
  funding: string;
}

export type ProjectListResult =
  { ok: true; projects: ProjectLine[] } | { ok: false; errors: string[] };

const LINE = /^(.+?)\s*[:：,，\t]\s*([^:：,，\t]+)$/;
const AMOUNT = /^\d+(\.\d+)?$/;

export function parseProjectList(text: string): ProjectListResult {
  const projects: ProjectLine[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (!line) return;
    const where = `第 ${index + 1} 行“${line}”`;
    const match = LINE.exec(line);
    if (!match) {
      errors.push(`${where}缺少金额，请写成“项目名称：金额（万元）”。`);
      return;
    }
    const name = match[1].trim();
    const funding = match[2].trim().replace(/\s*万元?$/, '');
    if (!AMOUNT.test(funding)) {
      errors.push(
        `${where}的金额“${match[2].trim()}”不是数字，请填写以万元为单位的金额，如 35.5。`,
      );
      return;
    }
    if (seen.has(name)) {
      errors.push(`${where}的项目名称与前面重复。`);
      return;
    }
    seen.add(name);
    projects.push({ name, funding });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (projects.length === 0)
    return { ok: false, errors: ['请至少填写一个项目，每行一个：项目名称：金额（万元）。'] };
  return { ok: true, projects };
}

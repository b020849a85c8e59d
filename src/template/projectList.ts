/**
 * The 项目清单 of a department package as people type it, in the pane's 生成 view and in
 * `generate --projects`: "项目名称：金额" with the amount in 万元, items on lines or separated by
 * , ， ; ； — never by 、, which belongs inside names such as 市、区合署办公.
 */
import Decimal from 'decimal.js';

export interface ProjectLine {
  name: string;
  /** The amount in 万元 as decimal text ("35.5"), read with decimal.js, never a float. */
  funding: string;
}

export type ProjectListResult =
  { ok: true; projects: ProjectLine[] } | { ok: false; errors: string[] };

const ITEM_SEPARATOR = /[\r\n,，;；]/;
/** Name and amount: a colon of either width, or the tab of a row pasted from Excel. */
const NAME_AMOUNT = /^(.*)[:：\t]\s*([^:：\t]*)$/;
const AMOUNT = /^\d+(\.\d+)?$/;

export const PROJECT_LIST_EXAMPLE = '项目A：35.5，项目B：120';

export function parseProjectList(text: string): ProjectListResult {
  const items = text
    .split(ITEM_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    return { ok: false, errors: [`没有列出任何项目，请写成“${PROJECT_LIST_EXAMPLE}”`] };
  const projects: ProjectLine[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const where = `第 ${index + 1} 项“${item}”`;
    const match = NAME_AMOUNT.exec(item);
    const name = match?.[1].trim() ?? '';
    if (!match || name === '') {
      errors.push(`${where}${match ? '缺少项目名称' : '缺少金额'}，请写成“项目名称：金额（万元）”`);
      return;
    }
    const typed = match[2].trim();
    const funding = typed.replace(/\s*万元?$/, '');
    if (!AMOUNT.test(funding) || new Decimal(funding).isZero()) {
      errors.push(`${where}的金额“${typed}”不是大于 0 的数字，请填写以万元为单位的金额，如 35.5`);
      return;
    }
    if (seen.has(name)) {
      errors.push(`${where}的项目名称“${name}”与前面的项目重复`);
      return;
    }
    seen.add(name);
    projects.push({ name, funding: new Decimal(funding).toFixed() });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, projects };
}

/**
 * form.mixed-hierarchy: one workbook's project forms follow different indicator hierarchies
 * (成本指标 as a 一级 on one sheet, under 产出 on another), which a reviewer cannot add up.
 */
import type { AnalyzedForm } from '../../analyze';
import { createRule } from '../rule';

/** The hierarchy as a comparable key: 一级 and their 二级 in order. */
function hierarchyKey(form: AnalyzedForm): string {
  return JSON.stringify(form.profile.hierarchy.map((node) => [node.name, node.level2]));
}

export const mixedHierarchy = createRule({
  id: 'form.mixed-hierarchy',
  meta: {
    severity: 'warning',
    name: '项目表指标体系不一致',
    description:
      '同一工作簿中的项目表应使用同一套指标体系；按不同体系（配置）填写的项目表无法统一汇总审核',
    messages: {
      differs:
        '工作表“{sheet}”按“{profile}”的指标体系填写，与同一工作簿中工作表 {others} 的“{otherProfile}”不同；请统一用一套指标体系',
    },
  },
  book(book, report) {
    const projects = book.forms.filter((form) => form.form.kind === 'project');
    const groups = new Map<string, AnalyzedForm[]>();
    for (const form of projects) {
      const key = hierarchyKey(form);
      groups.set(key, [...(groups.get(key) ?? []), form]);
    }
    if (groups.size < 2) return;
    // The hierarchy most sheets follow (the first sheet's on a tie) is the workbook's.
    const main = [...groups.values()].reduce((best, group) =>
      group.length > best.length ? group : best,
    );
    for (const form of projects) {
      if (main.includes(form)) continue;
      report(form, {
        at: form.form.title,
        messageId: 'differs',
        data: {
          sheet: form.form.sheet,
          profile: form.profile.name,
          others: main.map((other) => `“${other.form.sheet}”`).join('、'),
          otherProfile: main[0].profile.name,
        },
      });
    }
  },
});

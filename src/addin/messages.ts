/**
 * Every Chinese text the add-in's controller shows, in one place: the message bar's wording is
 * decided here, the parts only say which message and with what.
 */
import { SKIP_REASON_LABEL, type CellFix, type FixPlan, type FormKind } from '../engine';
import { MIN_READING_API } from './host/capabilities';
import type { PaneMessage, PaneState } from './paneState';
import type { AddedProject } from './templateWriter';

const FORM_KIND_NAME: Record<FormKind, string> = {
  project: '项目支出绩效目标申报表',
  department: '部门整体支出绩效目标申报表',
};

const error = (text: string): PaneMessage => ({ kind: 'error', text });
const success = (text: string): PaneMessage => ({ kind: 'success', text });
const info = (text: string): PaneMessage => ({ kind: 'info', text });

/** What the counts say, wherever they are shown: every finding is one 问题, counted once. */
export function describeCounts(counts: PaneState['counts']): string {
  const total = counts.error + counts.warning + counts.info;
  return `共 ${total} 个问题：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`;
}

export const MESSAGES = {
  tooOld: () =>
    error(
      `此版本的 Excel 过旧，助手无法读取工作簿：需要 ExcelApi ${MIN_READING_API}（Microsoft 365 版本 1903 或更新、Office 2021 或更新、Excel 网页版）。可以改用命令行 perf-forms check 检查 .xlsx 文件。`,
    ),
  /** `what` failed because of `reason` (a host error described in Chinese). */
  failed: (what: string, reason: string) => error(`${what}：${reason}`),
  noLiveCheck: (reason: string) => error(`无法实时检查：${reason}`),
  cannotSelect: (sheet: string, cell: string, reason: string) =>
    error(`无法定位到“${sheet}”的 ${cell}：${reason}`),
  unreadable: '无法读取工作簿',
  unreadableSentence: '无法读取工作簿。',
  highlightFailed: '高亮未完成',
  clearFailed: '清除高亮未完成',
  generateFailed: '模板未生成',

  checked(state: Pick<PaneState, 'forms' | 'counts'>): PaneMessage {
    if (state.forms.length === 0)
      return info('没有找到绩效目标申报表：可以用“生成项目表”或“生成部门表”新建一张。');
    const { error: errors, warning, info: hints } = state.counts;
    if (errors + warning + hints === 0)
      return success(`检查完成：${state.forms.length} 张表，未发现问题。`);
    return {
      kind: errors > 0 ? 'error' : 'info',
      text: `检查完成：${state.forms.length} 张表，${describeCounts(state.counts)}。`,
    };
  },

  /** `resultsSheet`: where the problems are listed when no note could be written. */
  highlighted(cells: number, resultsSheet: string | null): PaneMessage {
    if (cells === 0) return success('没有需要高亮的问题。');
    return success(
      resultsSheet === null
        ? `已高亮 ${cells} 个单元格；每个单元格的批注写明了问题。`
        : `已高亮 ${cells} 个单元格；问题列在新加的工作表“${resultsSheet}”和任务窗格中（此版本的 Excel 不支持由加载项写批注），清除高亮时该工作表一并删除。`,
    );
  },
  nothingToClear: () => info('当前没有高亮，无需清除。'),
  cleared: (cells: number, notes: boolean, resultsSheet: string | null) =>
    success(
      `已清除 ${cells} 个单元格的高亮，原来的${notes ? '填充和批注' : '填充'}已恢复` +
        (resultsSheet ? `，工作表“${resultsSheet}”已删除。` : '。'),
    ),
  notYetHighlighted: (cells: number) =>
    info(`有 ${cells} 个单元格的新问题尚未高亮，点击“高亮错误”可更新高亮。`),

  generated: (year: number, sheets: string[]) =>
    success(
      `已生成 ${year} 年度的${sheets.map((name) => `“${name}”`).join('、')}，添加为新工作表，原有内容未改动。`,
    ),
  addProjectFailed: '项目未添加',
  projectNameMissing: '请填写项目名称：新项目的表以它命名',
  projectSheetTaken: (sheet: string) =>
    `已有名为“${sheet}”的工作表：新项目的表不会替换它，请换一个项目名称`,
  /** 添加项目: the sheet added, and what became of the department's 项目支出 (C). */
  projectAdded(added: AddedProject): PaneMessage {
    const sheet = `已添加项目表“${added.sheet}”`;
    if (added.department !== null)
      return success(`${sheet}，部门表“${added.department}”的项目支出已加上它的年度资金总额。`);
    return info(
      added.unchanged === 'typed'
        ? `${sheet}；部门表的项目支出是手工填写的数字，未改动，请自行加上这个项目的资金。`
        : `${sheet}；工作簿中没有找到部门表的项目支出（C）单元格，部门表未改动。`,
    );
  },
  profileForOtherKind: (profileName: string, profileKind: FormKind, asked: FormKind) =>
    `配置“${profileName}”适用于${FORM_KIND_NAME[profileKind]}，不能用来生成${FORM_KIND_NAME[asked]}`,
  profileNotFound: (id: string) => `找不到配置“${id}”：请从列表中选择，或先导入配置文件`,

  profileInvalid: (errors: string[]) => error(`配置文件有误：${errors.join('；')}`),
  profileImported(name: string, id: string, state: Pick<PaneState, 'forms'>): PaneMessage {
    const checked = state.forms.filter(
      (form) => form.profile === id && form.profileOrigin === 'embedded',
    ).length;
    return success(
      `已导入配置“${name}”（${id}），并保存在本工作簿中；` +
        (checked > 0
          ? `已按它重新检查 ${checked} 张申报表。`
          : '本工作簿中没有适用它的申报表，检查结果未变。'),
    );
  },
  profileNotSaved: (reason: string) => error(`配置未能保存到工作簿：${reason}`),
  /** The marks sheet's record could not be read (marks.ts says why). */
  damagedMarks: (text: string) => error(text),
  embeddedProfileErrors: (errors: string[]) => error(errors.join('；')),

  fixFailed: '建议未采用',
  undoFailed: '撤销未完成',
  /** 采用建议 / 全部采用: what was written, and what was not and why. */
  fixesApplied(plan: FixPlan, notText: CellFix[]): PaneMessage {
    const notes = [...skippedNotes(plan), ...notTextNote(notText)];
    if (plan.edits.length === 0) return info(`没有修改任何单元格：${notes.join('；')}。`);
    const shown = plan.edits.slice(0, 3).map(editText).join('，');
    const more = plan.edits.length > 3 ? ` 等 ${plan.edits.length} 处` : '';
    const text = `已采用建议：${shown}${more}；点“撤销”可恢复原文。`;
    return notes.length > 0 ? info(`${text}${notes.join('；')}。`) : success(text);
  },
  fixesUndone(plan: FixPlan): PaneMessage {
    const kept =
      plan.skipped.length > 0 ? `；${plan.skipped.length} 个单元格已被再次修改，保留现状` : '';
    return plan.edits.length === 0
      ? info(`没有恢复任何单元格：这些单元格已被再次修改${kept ? '' : '或已恢复'}。`)
      : success(`已撤销，${plan.edits.length} 个单元格恢复原文${kept}。`);
  },
  nothingToUndo: () => info('没有可撤销的修改。'),
  fillFailed: '推荐指标未填入',
  filled: (name: string, sheet: string, valueCell: string) =>
    success(`已在“${sheet}”填入三级指标“${name}”，请在 ${valueCell} 填写指标值。`),
  selectIndicatorRow: () =>
    info('请先在申报表的绩效指标表中选中一行，再点“推荐指标”：按该行的二级指标给出推荐。'),
  noSuggestionsAt: (sheet: string, address: string) =>
    info(`“${sheet}”的 ${address} 不在有二级指标的指标行中，或该二级指标没有推荐指标。`),
  rowNoLongerEmpty: (sheet: string, cell: string) =>
    info(`“${sheet}”的 ${cell} 所在行已有内容，推荐指标未填入。`),
} as const;

function editText(edit: { sheet: string; cell: string; oldValue: string; newValue: string }) {
  return `“${edit.sheet}”${edit.cell} ${edit.oldValue} → ${edit.newValue}`;
}

function skippedNotes(plan: FixPlan): string[] {
  const byReason = new Map<string, number>();
  for (const { reason } of plan.skipped) {
    const label = SKIP_REASON_LABEL[reason];
    byReason.set(label, (byReason.get(label) ?? 0) + 1);
  }
  return [...byReason].map(([label, count]) => `${count} 处${label}`);
}

function notTextNote(notText: CellFix[]): string[] {
  if (notText.length === 0) return [];
  return [
    `${notText.length} 处（如“${notText[0].newValue}”）写入后 Excel 会当作数字，未修改，可用命令行 perf-forms fix 写入副本`,
  ];
}

/**
 * The pane's button, tab and field labels: one place for its wording, as MESSAGES is for the
 * message bar. The browser tests find controls by these names.
 */
export const LABELS = {
  title: '绩效目标申报助手',
  tabs: { findings: '检查结果', generate: '生成', profile: '配置' },
  busy: {
    checking: '正在检查…',
    highlighting: '正在高亮…',
    clearing: '正在清除高亮…',
    generating: '正在生成…',
    fixing: '正在修改单元格…',
    filling: '正在填入…',
  },
  findings: {
    check: '检查',
    highlight: '高亮错误',
    clearHighlight: '清除高亮',
    undo: '撤销',
    undoHint: '恢复最近一次采用建议前的原文',
    applyFix: '采用建议',
    applyAll: '全部采用',
    applyAllHint: '把这张表中只改写法的建议全部写入单元格',
    severityFilter: '按严重程度筛选',
  },
  fill: {
    suggest: '推荐指标',
    suggestHint: '选中指标表中的一行（已填写的也可以），按它的二级指标列出推荐的三级指标。',
    adopt: '采用',
  },
  generate: {
    year: '年度',
    projectForm: '项目支出绩效目标申报表',
    departmentForm: '部门整体支出绩效目标申报表',
    projectName: '项目名称',
    projectNamePlaceholder: '可留空，生成后在表中填写',
    departmentName: '部门名称',
    departmentNamePlaceholder: '如：随州市财政局',
    profile: '指标体系（配置）',
    generateProject: '生成项目表',
    generateDepartment: '生成部门表',
    projectList: '项目清单（部门申报包）',
    projectListHint:
      '每行一个项目：项目名称：年度资金总额（万元）。将生成部门表和每个项目的项目表，部门表的项目支出即各项目之和。',
    packageProfile: '项目表的指标体系（整套表用同一个）',
    generatePackage: '生成部门申报包',
    addProjectSection: '向申报包添加项目',
    addProjectName: '新项目名称',
    addProjectNamePlaceholder: '如：便民寄递服务',
    addProjectFunding: '年度资金总额（万元）',
    addProject: '添加项目',
    addProjectHint:
      '新项目的表以项目名称命名，添加在已有的表之后，指标体系与工作簿中已有的项目表相同；部门表的项目支出公式加上它的年度资金总额。',
  },
  profile: {
    importFile: '导入配置文件…',
    exportCurrent: '导出当前配置',
  },
} as const;

/**
 * Every Chinese text the add-in's controller shows, in one place: the message bar's wording is
 * decided here, the parts only say which message and with what.
 */
import type { FormKind } from '../engine';
import { MIN_READING_API } from './host/capabilities';
import type { PaneMessage, PaneState } from './paneState';

const FORM_KIND_NAME: Record<FormKind, string> = {
  project: '项目支出绩效目标申报表',
  department: '部门整体支出绩效目标申报表',
};

const error = (text: string): PaneMessage => ({ kind: 'error', text });
const success = (text: string): PaneMessage => ({ kind: 'success', text });
const info = (text: string): PaneMessage => ({ kind: 'info', text });

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
      text: `检查完成：${state.forms.length} 张表，错误 ${errors} 处，警告 ${warning} 处，提示 ${hints} 处。`,
    };
  },

  highlighted(cells: number, notes: boolean): PaneMessage {
    if (cells === 0) return success('没有需要高亮的问题。');
    return success(
      notes
        ? `已高亮 ${cells} 个单元格；每个单元格的批注写明了问题。`
        : `已高亮 ${cells} 个单元格；问题列在任务窗格中（此版本的 Excel 不支持由加载项写批注）。`,
    );
  },
  nothingToClear: () => info('当前没有高亮，无需清除。'),
  cleared: (cells: number, notes: boolean) =>
    success(`已清除 ${cells} 个单元格的高亮，原来的${notes ? '填充和批注' : '填充'}已恢复。`),
  notYetHighlighted: (cells: number) =>
    info(`有 ${cells} 个单元格的新问题尚未高亮，点击“高亮错误”可更新高亮。`),

  generated: (year: number, sheets: string[]) =>
    success(
      `已生成 ${year} 年度的${sheets.map((name) => `“${name}”`).join('、')}，添加为新工作表，原有内容未改动。`,
    ),
  profileForOtherKind: (profileName: string, profileKind: FormKind, asked: FormKind) =>
    `配置“${profileName}”适用于${FORM_KIND_NAME[profileKind]}，不能用来生成${FORM_KIND_NAME[asked]}`,
  profileNotFound: (id: string) => `找不到配置“${id}”：请从列表中选择，或先导入配置文件`,

  profileInvalid: (errors: string[]) => error(`配置文件有误：${errors.join('；')}`),
  profileImported: (name: string, id: string) =>
    success(`已导入配置“${name}”（${id}），并保存在本工作簿中。`),
  profileNotSaved: (reason: string) => error(`配置未能保存到工作簿：${reason}`),
  /** The marks sheet's record could not be read (marks.ts says why). */
  damagedMarks: (text: string) => error(text),
  embeddedProfileErrors: (errors: string[]) => error(errors.join('；')),

  fillFailed: '推荐指标未填入',
  filled: (name: string, sheet: string, valueCell: string) =>
    success(`已在“${sheet}”填入三级指标“${name}”，请在 ${valueCell} 填写指标值。`),
  rowNoLongerEmpty: (sheet: string, cell: string) =>
    info(`“${sheet}”的 ${cell} 所在行已有内容，推荐指标未填入。`),
} as const;

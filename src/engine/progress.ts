/**
 * Blank-form guidance: which required cells of a form are still empty (待填写) and how far
 * the officer has got (已填 n/m). The pane shows this instead of errors until the form has
 * content; a full check still reports the empty cells as errors.
 */
import { toA1 } from './grid';
import type { CellPos, CellText, DepartmentFieldKey, FormModel, ProjectFieldKey } from './model';

export interface RequiredCell {
  /** What to fill, as the form labels it: 项目名称, 年度资金总额, 产出指标的三级指标. */
  label: string;
  /** A1 address of the cell to fill (for an indicator block, its first 三级 cell). */
  cell: string;
  filled: boolean;
}

export interface FormProgress {
  sheet: string;
  required: RequiredCell[];
  /** The required cells still empty, in form order. */
  pending: RequiredCell[];
  filled: number;
  total: number;
  /**
   * The officer has started: an indicator (三级) name, or an amount other than the 年度资金总额
   * (a package prefills that) is typed. Names and other prefilled header fields do not count.
   */
  hasContent: boolean;
  /** "已填 3/9". */
  summary: string;
}

const PROJECT_FIELDS: ProjectFieldKey[] = [
  '项目名称',
  '主管部门',
  '实施单位',
  '年度资金总额',
  '年度绩效目标',
];
const DEPARTMENT_FIELDS: DepartmentFieldKey[] = ['部门名称', '部门职能概述', '年度整体绩效总目标'];

const isFilled = (cell: CellText | null | undefined): boolean =>
  cell !== null && cell !== undefined && cell.text.trim() !== '';

const at = (pos: CellPos): string => toA1(pos.row, pos.col);

export function formProgress(form: FormModel): FormProgress {
  const required: RequiredCell[] = [];
  const amounts: (CellText | null | undefined)[] = [];
  if (form.kind === 'project') {
    for (const key of PROJECT_FIELDS) {
      const field = form.fields[key];
      if (field)
        required.push({ label: key, cell: at(field.value), filled: isFilled(field.value) });
    }
    amounts.push(form.fields['财政拨款']?.value, form.fields['其他资金']?.value);
  } else {
    for (const key of DEPARTMENT_FIELDS) {
      const field = form.fields[key];
      if (field)
        required.push({ label: key, cell: at(field.value), filled: isFilled(field.value) });
    }
    if (form.staff) {
      required.push({
        label: '在职在编人员（A）',
        cell: at(form.staff.onRoll),
        filled: isFilled(form.staff.onRoll),
      });
    }
    const funds = form.funds?.rows ?? {};
    for (const [key, label] of [
      ['income.fiscal', '财政拨款（C）'],
      ['expense.basic', '基本支出（C）'],
    ] as const) {
      const current = funds[key]?.current;
      if (current) required.push({ label, cell: at(current), filled: isFilled(current) });
    }
    // The inputs of C and D; 项目支出 of a package is a formula over the projects.
    for (const key of ['income.fiscal', 'income.other', 'expense.basic'] as const)
      amounts.push(funds[key]?.current, funds[key]?.prior);
  }
  let indicatorTyped = false;
  for (const table of form.tables) {
    const blocks = new Map<string, { cell: string; filled: boolean }>();
    for (const row of table.rows) {
      const level1 = row.level1.text.trim();
      if (level1 === '') continue;
      const typed = row.level3.trim() !== '';
      indicatorTyped ||= typed;
      const block = blocks.get(level1);
      if (block) block.filled ||= typed;
      else blocks.set(level1, { cell: toA1(row.row, table.columns.level3), filled: typed });
    }
    for (const [level1, block] of blocks) required.push({ label: `${level1}的三级指标`, ...block });
  }
  const pending = required.filter((cell) => !cell.filled);
  const filled = required.length - pending.length;
  return {
    sheet: form.sheet,
    required,
    pending,
    filled,
    total: required.length,
    hasContent: indicatorTyped || amounts.some(isFilled),
    summary: `已填 ${filled}/${required.length}`,
  };
}

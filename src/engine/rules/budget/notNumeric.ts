/** budget.not-numeric: an amount (or head count) cell holding something that is no number. */
import { isAmountOrBlank } from '../../parse/amounts';
import type { AnalyzedDepartmentForm } from '../../analyze';
import type { CellText } from '../../model';
import { createRule, type Report } from '../rule';
import { headCountIn } from './amounts';
import { FUND_ROW_NAMES } from './fundTable';

const MESSAGES = {
  notAmount: '{name}应为金额数字，表中为“{written}”',
  notHeadCount: '{name}应为人数，表中为“{written}”',
} as const;

interface NamedCell {
  cell: CellText | null | undefined;
  name: string;
}

function notAmounts(cells: NamedCell[], report: (found: Report<typeof MESSAGES>) => void): void {
  for (const { cell, name } of cells) {
    if (cell && !isAmountOrBlank(cell.raw))
      report({ at: cell, messageId: 'notAmount', data: { name, written: cell.text } });
  }
}

/** The amount cells of a department form, named so that the two 合计 rows are told apart. */
function departmentAmounts(form: AnalyzedDepartmentForm): NamedCell[] {
  const cells: NamedCell[] = [];
  for (const row of Object.values(form.form.funds?.rows ?? {})) {
    const name = FUND_ROW_NAMES[row.key];
    cells.push(
      { cell: row.current, name: `${name}（C）` },
      { cell: row.prior, name: `${name}（D）` },
      { cell: row.change, name: `${name}（C-D）` },
    );
  }
  const tasks = form.form.tasks;
  for (const task of [...(tasks?.rows ?? []), ...(tasks?.sum ? [tasks.sum] : [])]) {
    cells.push(
      { cell: task.total, name: `${task.name.text}的总额` },
      { cell: task.fiscal, name: `${task.name.text}的财政拨款` },
      { cell: task.other, name: `${task.name.text}的其他资金` },
    );
  }
  return cells;
}

export const budgetNotNumeric = createRule({
  id: 'budget.not-numeric',
  meta: {
    severity: 'error',
    name: '金额不是数字',
    description: '金额单元格不是数字',
    messages: MESSAGES,
  },
  project(form, report) {
    const { fields } = form.form;
    notAmounts(
      (['年度资金总额', '财政拨款', '其他资金'] as const).map((key) => ({
        cell: fields[key]?.value,
        name: fields[key]?.label.text ?? key,
      })),
      report,
    );
  },
  department(form, report) {
    const staff = form.form.staff;
    if (staff) {
      const counts = [
        { cell: staff.total, name: '实有在职人员合计' },
        { cell: staff.onRoll, name: '在职在编人员' },
        { cell: staff.offRoll, name: '在职无编人员' },
      ];
      for (const { cell, name } of counts) {
        if (headCountIn(cell) === null)
          report({ at: cell, messageId: 'notHeadCount', data: { name, written: cell.text } });
      }
    }
    notAmounts(departmentAmounts(form), report);
  },
});

/** Budget arithmetic: sums, balances, changes, staff, tasks, and amounts across forms and years. */
import Decimal from 'decimal.js';
import {
  formName,
  type CellText,
  type DepartmentForm,
  type FundRowKey,
  type ProjectForm,
} from '../model';
import { isAmountOrBlank } from '../parse/amounts';
import { nameKey } from '../text';
import { agrees, amountIn, fmt, headCountIn, isBlankCell, sumIn } from './amounts';
import { defineRules, type AnalyzedForm, type BookView, type Report } from './types';

const FUND_ROW_NAMES: Record<FundRowKey, string> = {
  'income.fiscal': '财政拨款',
  'income.other': '其他资金',
  'income.total': '收入合计',
  'expense.basic': '基本支出',
  'expense.project': '项目支出',
  'expense.total': '支出合计',
};

type Column = 'current' | 'prior';
const COLUMN_NAMES: Record<Column, string> = { current: '本年（C）', prior: '上年（D）' };

function department(form: AnalyzedForm): DepartmentForm | null {
  return form.form.kind === 'department' ? (form.form as DepartmentForm) : null;
}

function project(form: AnalyzedForm): ProjectForm | null {
  return form.form.kind === 'project' ? (form.form as ProjectForm) : null;
}

/** Checks parts against a total in each column of the fund table. */
function checkFundSum(
  form: AnalyzedForm,
  report: Report,
  parts: FundRowKey[],
  total: FundRowKey,
): void {
  const rows = department(form)?.funds?.rows;
  const totalRow = rows?.[total];
  if (!rows || !totalRow) return;
  for (const column of ['current', 'prior'] as Column[]) {
    const totalCell = totalRow[column];
    if (!totalCell) continue;
    const partCells = parts.map((key) => rows[key]?.[column]);
    if (partCells.every(isBlankCell) && isBlankCell(totalCell)) continue;
    const sum = sumIn(form, partCells);
    const written = amountIn(form, totalCell);
    if (sum === null || written === null || agrees(form, sum, written)) continue;
    const terms = parts.map(
      (key, i) => `${FUND_ROW_NAMES[key]} ${fmt(amountIn(form, partCells[i]) ?? new Decimal(0))}`,
    );
    report(
      totalCell,
      `${COLUMN_NAMES[column]}列${FUND_ROW_NAMES[total]}应为 ${fmt(sum)}（${terms.join(' + ')}），表中为 ${fmt(written)}`,
      fmt(sum),
    );
  }
}

/** The 项目支出 (C) cell of a department form and its amount. */
function projectExpense(form: AnalyzedForm): { cell: CellText; amount: Decimal } | null {
  const cell = department(form)?.funds?.rows['expense.project']?.current;
  if (!cell) return null;
  const amount = amountIn(form, cell);
  return amount === null ? null : { cell, amount };
}

function projectsOfYear(book: BookView, year: number | null): AnalyzedForm[] {
  return book.forms.filter(
    (f) =>
      f.form.kind === 'project' && (year === null || f.form.year === null || f.form.year === year),
  );
}

/** Forms named by project name and sheet: several forms may share a sheet. */
function formList(forms: AnalyzedForm[]): string {
  return forms
    .map((f) => {
      const name = formName(f.form);
      return name === '' ? `工作表“${f.form.sheet}”` : `“${name}”（工作表“${f.form.sheet}”）`;
    })
    .join('、');
}

/** Department forms of one run that are the same department (rules.md, budget.prior-year). */
function sameDepartmentPairs(books: BookView[]): [AnalyzedForm, AnalyzedForm][] {
  const departments = books.flatMap((book) =>
    book.forms.filter((f) => department(f) && f.form.year !== null),
  );
  const byYear = new Map<number, AnalyzedForm[]>();
  for (const form of departments)
    byYear.set(form.form.year!, [...(byYear.get(form.form.year!) ?? []), form]);
  const onePerYear = [...byYear.values()].every((forms) => forms.length === 1);
  const pairs: [AnalyzedForm, AnalyzedForm][] = [];
  for (const later of departments) {
    const earlier = byYear.get(later.form.year! - 1) ?? [];
    for (const candidate of earlier) {
      const laterName = nameKey(department(later)!.fields['部门名称']?.value.text ?? '');
      const earlierName = nameKey(department(candidate)!.fields['部门名称']?.value.text ?? '');
      if ((laterName !== '' && laterName === earlierName) || onePerYear)
        pairs.push([later, candidate]);
    }
  }
  return pairs;
}

export const budgetRules = defineRules([
  {
    id: 'budget.funding-sum',
    severity: 'error',
    description: '项目表：财政拨款 + 其他资金 ≠ 年度资金总额',
    checkForm(form, report) {
      const fields = project(form)?.fields;
      const total = fields?.['年度资金总额'];
      if (!fields || !total || total.value.text === '') return;
      const parts = [fields['财政拨款']?.value, fields['其他资金']?.value];
      if (parts.every(isBlankCell)) return;
      const sum = sumIn(form, parts);
      const written = amountIn(form, total.value);
      if (sum === null || written === null || agrees(form, sum, written)) return;
      report(
        total.value,
        `财政拨款 ${fmt(amountIn(form, parts[0])!)} + 其他资金 ${fmt(amountIn(form, parts[1])!)} = ${fmt(sum)} ${form.moneyUnit}，与年度资金总额 ${fmt(written)} ${form.moneyUnit}不一致`,
        fmt(sum),
      );
    },
  },
  {
    id: 'budget.income-sum',
    severity: 'error',
    description: '部门表：收入构成各项之和 ≠ 收入合计（本年或上年列）',
    checkForm(form, report) {
      checkFundSum(form, report, ['income.fiscal', 'income.other'], 'income.total');
    },
  },
  {
    id: 'budget.expense-sum',
    severity: 'error',
    description: '部门表：基本支出 + 项目支出 ≠ 支出合计（本年或上年列）',
    checkForm(form, report) {
      checkFundSum(form, report, ['expense.basic', 'expense.project'], 'expense.total');
    },
  },
  {
    id: 'budget.balance',
    severity: 'error',
    description: '部门表：收入合计 ≠ 支出合计',
    checkForm(form, report) {
      const rows = department(form)?.funds?.rows;
      if (!rows?.['income.total'] || !rows['expense.total']) return;
      for (const column of ['current', 'prior'] as Column[]) {
        const income = amountIn(form, rows['income.total'][column]);
        const expenseCell = rows['expense.total'][column];
        const expense = amountIn(form, expenseCell);
        if (!expenseCell || income === null || expense === null || agrees(form, income, expense))
          continue;
        report(
          expenseCell,
          `${COLUMN_NAMES[column]}列支出合计 ${fmt(expense)} 与收入合计 ${fmt(income)} 不相等（相差 ${fmt(expense.minus(income))}）`,
          fmt(income),
        );
      }
    },
  },
  {
    id: 'budget.change',
    severity: 'error',
    description: '部门表：预算增减变化 ≠ 本年（C）− 上年（D）',
    checkForm(form, report) {
      const rows = department(form)?.funds?.rows ?? {};
      for (const row of Object.values(rows)) {
        if (
          !row.change ||
          (isBlankCell(row.current) && isBlankCell(row.prior) && isBlankCell(row.change))
        )
          continue;
        const current = amountIn(form, row.current);
        const prior = amountIn(form, row.prior);
        const written = amountIn(form, row.change);
        if (current === null || prior === null || written === null) continue;
        const expected = current.minus(prior);
        if (agrees(form, expected, written)) continue;
        report(
          row.change,
          `${FUND_ROW_NAMES[row.key]}的预算增减变化应为 ${fmt(expected)}（${fmt(current)} − ${fmt(prior)}），表中为 ${row.change.text === '' ? '空' : fmt(written)}`,
          fmt(expected),
        );
      }
    },
  },
  {
    id: 'budget.staff-sum',
    severity: 'error',
    description: '部门表：在职在编人员（A）+ 在职无编人员（B）≠ 实有在职人员合计',
    checkForm(form, report) {
      const staff = department(form)?.staff;
      if (!staff || [staff.total, staff.onRoll, staff.offRoll].every(isBlankCell)) return;
      const onRoll = headCountIn(staff.onRoll);
      const offRoll = headCountIn(staff.offRoll);
      const total = headCountIn(staff.total);
      if (onRoll === null || offRoll === null || total === null) return; // budget.not-numeric
      const sum = onRoll.plus(offRoll);
      if (sum.eq(total)) return;
      report(
        staff.total,
        `实有在职人员合计应为 ${fmt(sum)}（在编 ${fmt(onRoll)} + 无编 ${fmt(offRoll)}），表中为 ${fmt(total)}`,
        fmt(sum),
      );
    },
  },
  {
    id: 'budget.tasks-sum',
    severity: 'error',
    description: '部门表：年度主要任务的预算金额之和 ≠ 金额合计',
    checkForm(form, report) {
      const tasks = department(form)?.tasks;
      if (!tasks?.sum) return;
      const columns = [
        ['total', '总额'],
        ['fiscal', '财政拨款'],
        ['other', '其他资金'],
      ] as const;
      for (const [key, name] of columns) {
        const sumCell = tasks.sum[key];
        if (!sumCell) continue;
        const sum = sumIn(
          form,
          tasks.rows.map((task) => task[key]),
        );
        const written = amountIn(form, sumCell);
        if (sum === null || written === null || agrees(form, sum, written)) continue;
        report(
          sumCell,
          `年度主要任务的${name}之和为 ${fmt(sum)}（${tasks.rows.length} 项任务），金额合计中为 ${fmt(written)}`,
          fmt(sum),
        );
      }
    },
  },
  {
    id: 'budget.projects-total',
    severity: 'error',
    description: '部门表的项目支出（C）≠ 同一工作簿中本年度各项目表的年度资金总额之和',
    checkBook(book, report) {
      for (const form of book.forms) {
        const expense = projectExpense(form);
        if (!expense) continue;
        const projects = projectsOfYear(book, form.form.year);
        if (projects.length === 0) continue;
        const fundings = projects.map((p) => p.funding);
        if (fundings.some((f) => f === null)) continue; // budget.projects-unknown
        const sum = fundings.reduce((total: Decimal, f) => total.plus(f!), new Decimal(0));
        if (agrees(form, sum, expense.amount)) continue;
        report(
          form,
          expense.cell,
          `项目支出（C）为 ${fmt(expense.amount)} ${form.moneyUnit}，本工作簿 ${projects.length} 个项目表的年度资金总额合计 ${fmt(sum)} ${form.moneyUnit}，相差 ${fmt(expense.amount.minus(sum))} ${form.moneyUnit}`,
          fmt(sum),
        );
      }
    },
  },
  {
    id: 'budget.projects-unknown',
    severity: 'info',
    description: '工作簿中有项目表没有年度资金总额，无法核对部门的项目支出',
    checkBook(book, report) {
      for (const form of book.forms) {
        const expense = projectExpense(form);
        if (!expense) continue;
        const unknown = projectsOfYear(book, form.form.year).filter((p) => p.funding === null);
        if (unknown.length === 0) continue;
        report(
          form,
          expense.cell,
          `项目表 ${formList(unknown)} 没有年度资金总额，无法核对项目支出（C）${fmt(expense.amount)} ${form.moneyUnit}是否等于各项目资金之和`,
        );
      }
    },
  },
  {
    id: 'budget.prior-year',
    severity: 'warning',
    description: '同一部门相邻两年的表：本年表的上年（D）列 ≠ 上年表的本年（C）列',
    checkRun(books, report) {
      for (const [later, earlier] of sameDepartmentPairs(books)) {
        const laterRows = department(later)!.funds?.rows ?? {};
        const earlierRows = department(earlier)!.funds?.rows ?? {};
        for (const [key, row] of Object.entries(laterRows) as [
          FundRowKey,
          NonNullable<(typeof laterRows)[FundRowKey]>,
        ][]) {
          const earlierCell = earlierRows[key]?.current;
          if (!row.prior || !earlierCell || isBlankCell(earlierCell)) continue;
          const prior = amountIn(later, row.prior);
          const then = amountIn(earlier, earlierCell);
          if (prior === null || then === null || agrees(later, prior, then)) continue;
          const where =
            earlier.book === later.book
              ? `工作表“${earlier.form.sheet}”`
              : `${earlier.bookLabel} 的工作表“${earlier.form.sheet}”`;
          report(
            later,
            row.prior,
            `${FUND_ROW_NAMES[key]}的上年（D）为 ${fmt(prior)}，而 ${earlier.form.year} 年度的表（${where}）中本年（C）为 ${fmt(then)}`,
            fmt(then),
          );
        }
      }
    },
  },
  {
    id: 'budget.not-numeric',
    severity: 'error',
    description: '金额单元格不是数字',
    checkForm(form, report) {
      const cells: { cell: CellText | null | undefined; name: string }[] = [];
      const projectFields = project(form)?.fields;
      if (projectFields) {
        for (const key of ['年度资金总额', '财政拨款', '其他资金'] as const) {
          cells.push({
            cell: projectFields[key]?.value,
            name: projectFields[key]?.label.text ?? key,
          });
        }
      }
      const dept = department(form);
      for (const row of Object.values(dept?.funds?.rows ?? {})) {
        const name = FUND_ROW_NAMES[row.key]; // two rows print "合计": name which one
        cells.push(
          { cell: row.current, name: `${name}（C）` },
          { cell: row.prior, name: `${name}（D）` },
          { cell: row.change, name: `${name}（C-D）` },
        );
      }
      const staff = dept?.staff;
      if (staff) {
        const counts = [
          { cell: staff.total, name: '实有在职人员合计' },
          { cell: staff.onRoll, name: '在职在编人员' },
          { cell: staff.offRoll, name: '在职无编人员' },
        ];
        for (const { cell, name } of counts) {
          if (headCountIn(cell) === null) report(cell, `${name}应为人数，表中为“${cell.text}”`);
        }
      }
      for (const task of [
        ...(dept?.tasks?.rows ?? []),
        ...(dept?.tasks?.sum ? [dept.tasks.sum] : []),
      ]) {
        cells.push(
          { cell: task.total, name: `${task.name.text}的总额` },
          { cell: task.fiscal, name: `${task.name.text}的财政拨款` },
          { cell: task.other, name: `${task.name.text}的其他资金` },
        );
      }
      for (const { cell, name } of cells) {
        if (cell && !isAmountOrBlank(cell.raw))
          report(cell, `${name}应为金额数字，表中为“${cell.text}”`);
      }
    },
  },
]);

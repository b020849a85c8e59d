/** The department form's blocks: the fund table (C, D, C−D), the staff block, the task list. */
import type {
  CellText,
  FundRow,
  FundRowKey,
  FundTable,
  StaffBlock,
  TaskRow,
  TaskTable,
} from '../model';
import { anyYear } from '../parse/years';
import { squash } from '../text';
import { splitLabel } from './labels';
import type { SheetView } from './sheetView';

interface Region {
  top: number;
  bottom: number;
}

type ColumnRole = 'current' | 'prior' | 'change';

function fundColumnRole(text: string): ColumnRole | null {
  const compact = squash(text).toUpperCase();
  if (/\(C-D\)$|增减/.test(compact)) return 'change';
  if (/\(C\)$/.test(compact)) return 'current';
  if (/\(D\)$/.test(compact)) return 'prior';
  return null;
}

const FUND_ROW_LABELS: Record<string, FundRowKey | 'income' | 'expense' | 'total'> = {
  收入构成: 'income',
  支出构成: 'expense',
  财政拨款: 'income.fiscal',
  其他资金: 'income.other',
  基本支出: 'expense.basic',
  项目支出: 'expense.project',
  合计: 'total',
  总计: 'total',
};

export function readFundTable(view: SheetView, region: Region): FundTable | null {
  for (let row = region.top; row <= region.bottom; row++) {
    const headers: Partial<Record<ColumnRole, CellText>> = {};
    for (const cell of view.filledCells(row)) {
      const role = fundColumnRole(cell.text);
      if (role && !headers[role]) headers[role] = cell;
    }
    if (!headers.current) continue;
    const current = headers.current;
    const headerBottom = Math.max(
      ...Object.values(headers).map((cell) => view.area(cell.row, cell.col).bottom),
    );
    return {
      currentHeader: { ...current, year: anyYear(current.text) },
      priorHeader: headers.prior ? { ...headers.prior, year: anyYear(headers.prior.text) } : null,
      changeHeader: headers.change ?? null,
      rows: readFundRows(view, headerBottom + 1, region.bottom, headers),
    };
  }
  return null;
}

function readFundRows(
  view: SheetView,
  from: number,
  to: number,
  headers: Partial<Record<ColumnRole, CellText>>,
): Partial<Record<FundRowKey, FundRow>> {
  const rows: Partial<Record<FundRowKey, FundRow>> = {};
  const currentCol = (headers.current as CellText).col;
  let section: 'income' | 'expense' = 'income';
  let misses = 0;
  for (let row = from; row <= to && misses < 2; row++) {
    let key: FundRowKey | null = null;
    let label: CellText | null = null;
    for (const cell of view.filledCells(row, 0, currentCol - 1)) {
      const meaning = FUND_ROW_LABELS[splitLabel(cell.text).label];
      if (meaning === 'income' || meaning === 'expense') section = meaning;
      else if (meaning === 'total') {
        key = section === 'income' ? 'income.total' : 'expense.total';
        label = cell;
      } else if (meaning) {
        key = meaning;
        label = cell;
      }
    }
    if (!key || !label) {
      misses++;
      continue;
    }
    misses = 0;
    // A 合计 row closes its section: the next one belongs to 支出构成.
    if (key === 'income.total') section = 'expense';
    if (rows[key]) continue;
    const at = (role: ColumnRole) => (headers[role] ? view.cell(row, headers[role]!.col) : null);
    rows[key] = { key, label, current: at('current'), prior: at('prior'), change: at('change') };
  }
  return rows;
}

const STAFF_LABELS = {
  total: '实有在职人员合计(A+B)',
  onRoll: '在职在编人员(A)',
  offRoll: '在职无编人员(B)',
} as const;

/** The staff block: three labels in a row, their figures in the row below. */
export function readStaff(view: SheetView, region: Region): StaffBlock | null {
  const found: Partial<Record<keyof typeof STAFF_LABELS, CellText>> = {};
  for (let row = region.top; row <= region.bottom; row++) {
    for (const cell of view.filledCells(row)) {
      const compact = squash(cell.text).toUpperCase();
      for (const [key, label] of Object.entries(STAFF_LABELS) as [
        keyof typeof STAFF_LABELS,
        string,
      ][]) {
        if (!found[key] && compact === label) {
          found[key] = view.cell(view.area(cell.row, cell.col).bottom + 1, cell.col);
        }
      }
    }
    if (found.total && found.onRoll && found.offRoll) {
      return { total: found.total, onRoll: found.onRoll, offRoll: found.offRoll };
    }
  }
  return null;
}

/** 年度主要任务: 任务名称 … 总额 / 其中：财政拨款 / 其中：其他资金, closed by 金额合计. */
export function readTasks(view: SheetView, region: Region): TaskTable | null {
  for (let row = region.top; row <= region.bottom; row++) {
    const nameCell = view.filledCells(row).find((cell) => squash(cell.text) === '任务名称');
    if (!nameCell) continue;
    const columns: { total?: number; fiscal?: number; other?: number } = {};
    const headerRows = [row, row + 1, row + 2];
    let headerBottom = view.area(row, nameCell.col).bottom;
    for (const headerRow of headerRows) {
      for (const cell of view.filledCells(headerRow)) {
        const label = splitLabel(cell.text).label;
        const role =
          label === '总额'
            ? 'total'
            : label === '财政拨款'
              ? 'fiscal'
              : label === '其他资金'
                ? 'other'
                : null;
        if (role && columns[role] === undefined) {
          columns[role] = cell.col;
          headerBottom = Math.max(headerBottom, view.area(cell.row, cell.col).bottom);
        }
      }
    }
    if (columns.total === undefined) return null;
    const amountAt = (r: number, col: number | undefined) =>
      col === undefined ? null : view.cell(r, col);
    const rows: TaskRow[] = [];
    let sum: TaskRow | null = null;
    for (let r = headerBottom + 1; r <= region.bottom; r++) {
      const name = view.cell(r, nameCell.col);
      const rowCells = view.filledCells(r, 0, columns.total - 1);
      const sumLabel = rowCells.find((cell) => /^(金额合计|合计|总计)$/.test(squash(cell.text)));
      const task: TaskRow = {
        name: sumLabel ?? name,
        total: amountAt(r, columns.total),
        fiscal: amountAt(r, columns.fiscal),
        other: amountAt(r, columns.other),
      };
      if (sumLabel) {
        sum = task;
        break;
      }
      if (name.row !== r || name.text === '') {
        if (rowCells.length === 0 && !task.total?.text) continue;
        break; // a row that is no task ends the list
      }
      rows.push(task);
    }
    return { rows, sum };
  }
  return null;
}

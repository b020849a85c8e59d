/** Finds the forms on a sheet by their titles and reads each one by its labels. */
import type {
  CellText,
  DepartmentForm,
  FormModel,
  HeaderField,
  IndicatorTable,
  ProjectForm,
} from '../model';
import type { MoneyUnit } from '../profiles/types';
import { leadingYear, yearOfYearLine } from '../parse/years';
import { readFundTable, readStaff, readTasks } from './department';
import { readIndicatorTable, readTableHeader, type TableHeader } from './indicators';
import { LabelCells, type LabelRange } from './labelCells';
import { COLUMN_LOOKUP, DEPARTMENT_LOOKUP, PROJECT_LOOKUP, splitLabel } from './labels';
import type { SheetView } from './sheetView';

/** Every label a value cell can never be: a neighbour with one of these means "value below". */
const ANY_LABEL = new Set<string>([
  ...PROJECT_LOOKUP.keys(),
  ...DEPARTMENT_LOOKUP.keys(),
  ...COLUMN_LOOKUP.keys(),
  '人员基本情况',
  '实有在职人员合计(A+B)',
  '在职在编人员(A)',
  '在职无编人员(B)',
]);

interface TitleHit {
  kind: 'project' | 'department';
  cell: CellText;
}

/** Only the first rows of a title block are searched for the year line. */
const YEAR_LINE_SEARCH_ROWS = 4;

/** The first title of each row, from the sheet's label cells. */
function findTitles(labels: LabelCells): TitleHit[] {
  const titles: TitleHit[] = [];
  let titleRow = -1;
  for (let i = 0; i < labels.readings.length; i++) {
    const kind = labels.readings[i].title;
    if (!kind || labels.rows[i] === titleRow) continue;
    titles.push({ kind, cell: labels.cell(i) });
    titleRow = labels.rows[i];
  }
  return titles;
}

export function readForms(view: SheetView): FormModel[] {
  const labels = new LabelCells(view);
  const titles = findTitles(labels);
  return titles.map((title, index) => {
    const bottom = index + 1 < titles.length ? titles[index + 1].cell.row - 1 : view.rowCount - 1;
    return readForm(view, title, bottom, labels);
  });
}

const isYearLine = (text: string) => text.length <= 20 && yearOfYearLine(text) !== null;

function readYear(
  view: SheetView,
  title: CellText,
  bottom: number,
): { year: number | null; yearCell: CellText | null } {
  const last = Math.min(bottom, title.row + YEAR_LINE_SEARCH_ROWS);
  for (let row = title.row; row <= last; row++) {
    const cell = view.findCell(row, isYearLine);
    if (cell) return { year: yearOfYearLine(cell.text), yearCell: cell };
  }
  const year = leadingYear(title.text);
  return year !== null ? { year, yearCell: title } : { year: null, yearCell: null };
}

/** "金额单位：万元", "单位：元", or a label such as "部门总体资金情况（万元）". */
function readMoneyUnit(labels: LabelCells, range: LabelRange, spans: Span[]): MoneyUnit | null {
  for (let i = range.start; i < range.end; i++) {
    const { squashed: compact, unit } = labels.readings[i];
    if (compact === '' || inSpan(spans, labels.rows[i], labels.cols[i])) continue;
    const stated = /^(金额)?单位:(元|千元|万元|亿元)$/.exec(compact);
    if (stated) return stated[2] as MoneyUnit;
    if (unit && compact.length <= 20) return unit;
  }
  return null;
}

/** The indicator tables of a form, found by their header rows; each ends at a footer or the next one. */
function readTables(
  view: SheetView,
  labels: LabelCells,
  range: LabelRange,
  formTop: number,
  bottom: number,
): { tables: IndicatorTable[]; spans: Span[] } {
  const headers: TableHeader[] = [];
  const footerRows: number[] = [];
  for (let start = range.start; start < range.end;) {
    const row = labels.rows[start];
    let end = start + 1;
    while (end < range.end && labels.rows[end] === row) end++;
    const header = readTableHeader(labels, start, end);
    if (header) headers.push(header);
    for (let i = start; i < end; i++) {
      if (labels.readings[i].footer) {
        footerRows.push(row);
        break;
      }
    }
    start = end;
  }
  const tables: IndicatorTable[] = [];
  const spans: Span[] = [];
  headers.forEach((header, index) => {
    const end = index + 1 < headers.length ? headers[index + 1].row : bottom + 1;
    const { table, lastRow } = readIndicatorTable(view, header, end, footerRows, formTop);
    tables.push(table);
    spans.push({
      top: header.row + 1,
      bottom: lastRow,
      left: header.firstCol,
      right: header.lastCol,
    });
  });
  return { tables, spans };
}

interface Span {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function inSpan(spans: Span[], row: number, col: number): boolean {
  for (const s of spans)
    if (row >= s.top && row <= s.bottom && col >= s.left && col <= s.right) return true;
  return false;
}

/** The value cell of a label: to its right, or below when it heads a row of labels. */
function valueOf(view: SheetView, label: CellText): CellText {
  const area = view.area(label.row, label.col);
  const right = area.right + 1 < view.colCount ? view.cell(label.row, area.right + 1) : null;
  const left = area.left > 0 ? view.cell(label.row, area.left - 1) : null;
  const isLabel = (cell: CellText | null) =>
    cell !== null && ANY_LABEL.has(splitLabel(cell.text).label);
  const below = isLabel(right) || (isLabel(left) && (right === null || right.text === ''));
  if (below || right === null) return view.cell(area.bottom + 1, label.col);
  return right;
}

function readFields<K extends string>(
  view: SheetView,
  lookup: Map<string, K>,
  labels: LabelCells,
  range: LabelRange,
  spans: Span[],
): Partial<Record<K, HeaderField>> {
  const fields: Partial<Record<K, HeaderField>> = {};
  for (let i = range.start; i < range.end; i++) {
    // Indicator cells are no header labels.
    if (inSpan(spans, labels.rows[i], labels.cols[i])) continue;
    const key = lookup.get(labels.readings[i].label);
    if (!key || fields[key]) continue;
    const label = labels.cell(i);
    fields[key] = { label, value: valueOf(view, label) };
  }
  return fields;
}

function readForm(view: SheetView, title: TitleHit, bottom: number, labels: LabelCells): FormModel {
  const top = title.cell.row;
  const range = labels.inRows(top, bottom);
  const { year, yearCell } = readYear(view, title.cell, bottom);
  const { tables, spans } = readTables(view, labels, range, top, bottom);
  const fieldRange = labels.inRows(top + 1, bottom); // the title is no field label
  const lookup = title.kind === 'project' ? PROJECT_LOOKUP : DEPARTMENT_LOOKUP;
  // One literal for both kinds: spreading a shared part into each cost a few percent of reading
  // a package. A department form, one per package, adds its tables.
  const form = {
    kind: title.kind,
    sheet: view.name,
    title: title.cell,
    year,
    yearCell,
    moneyUnit: readMoneyUnit(labels, range, spans),
    tables,
    top,
    bottom,
    fields: readFields(view, lookup, labels, fieldRange, spans),
  };
  if (form.kind === 'project') return form as ProjectForm;
  const region = { top: top + 1, bottom };
  const department: DepartmentForm = {
    ...(form as Omit<DepartmentForm, 'funds' | 'staff' | 'tasks'>),
    funds: readFundTable(view, region),
    staff: readStaff(view, region),
    tasks: readTasks(view, region),
  };
  return department;
}

/** Finds the forms on a sheet by their titles and reads each one by its labels. */
import type {
  CellText,
  DepartmentFieldKey,
  DepartmentForm,
  FormModel,
  HeaderField,
  IndicatorTable,
  ProjectFieldKey,
  ProjectForm,
} from '../model';
import type { MoneyUnit } from '../profiles/types';
import { leadingYear, yearOfYearLine } from '../parse/years';
import { squash } from '../text';
import { readFundTable, readStaff, readTasks } from './department';
import { readIndicatorTable, readTableHeader, type TableHeader } from './indicators';
import {
  DEPARTMENT_FIELD_LABELS,
  INDICATOR_COLUMN_LABELS,
  labelInitials,
  labelLookup,
  MAX_LABEL_LENGTH,
  PROJECT_FIELD_LABELS,
  splitLabel,
  titleKind,
} from './labels';
import type { SheetView } from './sheetView';

const PROJECT_LOOKUP = labelLookup(PROJECT_FIELD_LABELS);
const DEPARTMENT_LOOKUP = labelLookup(DEPARTMENT_FIELD_LABELS);
const PROJECT_INITIALS = labelInitials(PROJECT_LOOKUP.keys());
const DEPARTMENT_INITIALS = labelInitials(DEPARTMENT_LOOKUP.keys());
/** Every label a value cell can never be: a neighbour with one of these means "value below". */
const ANY_LABEL = new Set<string>([
  ...PROJECT_LOOKUP.keys(),
  ...DEPARTMENT_LOOKUP.keys(),
  ...labelLookup(INDICATOR_COLUMN_LABELS).keys(),
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

/** Every form title names 绩效目标, spaced out or not ("项 目 支 出 绩 效 目 标 申 报 表"). */
const MAY_BE_TITLE = /绩\s*效\s*目\s*标/;

export function findTitles(view: SheetView): TitleHit[] {
  const titles: TitleHit[] = [];
  for (let row = 0; row < view.rowCount; row++) {
    const line = view.grid.rows[row];
    const length = line ? line.length : 0;
    for (let col = 0; col < length; col++) {
      // Most cells: one test of the grid's value, before the merges are asked.
      const value = line[col];
      if (typeof value !== 'string' || !value.includes('效')) continue;
      const text = view.ownString(row, col);
      if (!MAY_BE_TITLE.test(text)) continue;
      const kind = titleKind(text);
      if (kind) {
        titles.push({ kind, cell: view.cell(row, col) });
        break;
      }
    }
  }
  return titles;
}

export function readForms(view: SheetView): FormModel[] {
  const titles = findTitles(view);
  return titles.map((title, index) => {
    const bottom = index + 1 < titles.length ? titles[index + 1].cell.row - 1 : view.rowCount - 1;
    return readForm(view, title, bottom);
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
function readMoneyUnit(
  view: SheetView,
  top: number,
  bottom: number,
  spans: Span[],
): MoneyUnit | null {
  let found: MoneyUnit | null = null;
  for (let row = top; row <= bottom && !found; row++) {
    const length = view.rowLength(row);
    for (let col = 0; col < length && !found; col++) {
      const text = view.ownString(row, col);
      if (text === '' || text.length > MAX_LABEL_LENGTH || inSpan(spans, row, col)) continue;
      const compact = squash(text);
      const stated = /^(金额)?单位:(元|千元|万元|亿元)$/.exec(compact);
      const { unit } = splitLabel(text);
      found = stated ? (stated[2] as MoneyUnit) : unit && compact.length <= 20 ? unit : null;
    }
  }
  return found;
}

function readTables(
  view: SheetView,
  top: number,
  bottom: number,
): { tables: IndicatorTable[]; spans: Span[] } {
  const headers: TableHeader[] = [];
  for (let row = top; row <= bottom; row++) {
    const header = readTableHeader(view, row);
    if (header) headers.push(header);
  }
  const tables: IndicatorTable[] = [];
  const spans: Span[] = [];
  headers.forEach((header, index) => {
    const end = index + 1 < headers.length ? headers[index + 1].row : bottom + 1;
    const { table, lastRow } = readIndicatorTable(view, header, end, top);
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
  initials: Set<number>,
  top: number,
  bottom: number,
  spans: Span[],
): Partial<Record<K, HeaderField>> {
  const fields: Partial<Record<K, HeaderField>> = {};
  for (let row = top; row <= bottom; row++) {
    const length = view.rowLength(row);
    for (let col = 0; col < length; col++) {
      const text = view.ownString(row, col, initials);
      if (text === '' || inSpan(spans, row, col)) continue; // indicator cells are no header labels
      const key = lookup.get(splitLabel(text).label);
      if (!key || fields[key]) continue;
      const label = view.cell(row, col);
      fields[key] = { label, value: valueOf(view, label) };
    }
  }
  return fields;
}

function readForm(view: SheetView, title: TitleHit, bottom: number): FormModel {
  const top = title.cell.row;
  const { year, yearCell } = readYear(view, title.cell, bottom);
  const { tables, spans } = readTables(view, top, bottom);
  const base = {
    sheet: view.name,
    title: title.cell,
    year,
    yearCell,
    moneyUnit: readMoneyUnit(view, top, bottom, spans),
    tables,
    top,
    bottom,
  };
  if (title.kind === 'project') {
    const form: ProjectForm = {
      ...base,
      kind: 'project',
      fields: readFields<ProjectFieldKey>(
        view,
        PROJECT_LOOKUP,
        PROJECT_INITIALS,
        top + 1,
        bottom,
        spans,
      ),
    };
    return form;
  }
  const region = { top: top + 1, bottom };
  const form: DepartmentForm = {
    ...base,
    kind: 'department',
    fields: readFields<DepartmentFieldKey>(
      view,
      DEPARTMENT_LOOKUP,
      DEPARTMENT_INITIALS,
      top + 1,
      bottom,
      spans,
    ),
    funds: readFundTable(view, region),
    staff: readStaff(view, region),
    tasks: readTasks(view, region),
  };
  return form;
}

/** Finds the forms on a sheet by their titles and reads each one by its labels. */
import type {
  CellText,
  DepartmentForm,
  FormModel,
  HeaderField,
  IndicatorRow,
  IndicatorTable,
  ProjectFieldKey,
  ProjectForm,
} from '../model';
import type { CellRange } from '../grid';
import { isAmountOrBlank } from '../parse/amounts';
import type { MoneyUnit } from '../profiles/types';
import { anyYear, yearOfYearLine } from '../parse/years';
import { readFundTable, readStaff, readTasks } from './department';
import { findTableHeaders, readIndicatorTable, type TableHeader } from './indicators';
import { LabelCells, type LabelRange } from './labelCells';
import {
  DEPARTMENT_LOOKUP,
  FIELD_LABELS,
  namesMoneyTotal,
  PROJECT_LOOKUP,
  readLabel,
  splitLabel,
} from './labels';
import type { SheetView } from './sheetView';

/** Every label a value cell can never be: a neighbour with one of these means "value below". */
const ANY_LABEL = new Set<string>([
  ...FIELD_LABELS,
  '人员基本情况',
  '实有在职人员合计(A+B)',
  '在职在编人员(A)',
  '在职无编人员(B)',
]);

interface TitleHit {
  kind: 'project' | 'department';
  cell: CellText;
}

/** Where one form lies on its sheet, and what opens it: its title, or its first table's header. */
interface FormRegion {
  kind: 'project' | 'department';
  /** The title cell; null for a form printed without one. */
  title: CellText | null;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Only the first rows of a title block are searched for the year line. */
const YEAR_LINE_SEARCH_ROWS = 4;

/** Every title on the sheet, in reading order (forms side by side have theirs on one row). */
function findTitles(labels: LabelCells): TitleHit[] {
  const titles: TitleHit[] = [];
  for (let i = 0; i < labels.readings.length; i++) {
    const kind = labels.readings[i].title;
    if (kind) titles.push({ kind, cell: labels.cell(i) });
  }
  return titles;
}

/**
 * The forms of a sheet. A titled form runs from its title to the row above the next title over
 * its columns; titles on one row split the sheet into forms side by side. Indicator tables above
 * the first title, or on a sheet without any, are forms of their own: a new one starts where a
 * header block (项目名称, 部门名称) stands between two tables.
 */
export function readForms(view: SheetView): FormModel[] {
  const labels = new LabelCells(view);
  const headers = findTableHeaders(view, labels);
  const regions = titledRegions(view, findTitles(labels));
  const firstTitleRow = regions.length > 0 ? Math.min(...regions.map((r) => r.top)) : view.rowCount;
  const untitled = headers.filter((header) => header.row < firstTitleRow);
  regions.unshift(...untitledRegions(view, labels, untitled, firstTitleRow - 1));
  return regions.flatMap((region): FormModel[] => {
    const own = headers.filter((header) => inRegion(region, header.row, header.firstCol));
    const form = readForm(view, region, labels, own);
    return form.kind === 'project' ? splitProjectList(view, form, own) : [form];
  });
}

/**
 * A table listing several projects (a 项目名称 column, often with 项目金额 and 年度目标 columns):
 * one form per project, holding its rows and the fields its cells give; the form's other fields
 * (主管部门 …) are the list's. A form without such a table is itself.
 */
function splitProjectList(
  view: SheetView,
  form: ProjectForm,
  headers: TableHeader[],
): ProjectForm[] {
  const listIndex = headers.findIndex((header) => header.fields.项目名称 !== undefined);
  if (listIndex < 0) return [form];
  const header = headers[listIndex];
  const table = form.tables[listIndex];
  const nameCol = header.fields.项目名称 as number;
  const projects: { name: CellText; rows: IndicatorRow[] }[] = [];
  for (const row of table.rows) {
    const name = view.filledCell(row.row, nameCol);
    const current = projects[projects.length - 1];
    if (name && (!current || current.name.row !== name.row || current.name.col !== name.col))
      projects.push({ name, rows: [row] });
    else if (current) current.rows.push(row);
  }
  if (projects.length === 0) return [form];
  return projects.map(({ rows }) => {
    const first = rows[0].row;
    const fields: ProjectForm['fields'] = { ...form.fields };
    for (const [key, col] of Object.entries(header.fields) as [ProjectFieldKey, number][]) {
      fields[key] = { label: view.cell(header.row, col), value: view.cell(first, col) };
    }
    return {
      ...form,
      fields,
      tables: [{ ...table, rows }],
      top: first,
      bottom: rows[rows.length - 1].row,
    };
  });
}

function titledRegions(view: SheetView, titles: TitleHit[]): FormRegion[] {
  const regions: FormRegion[] = titles.map((title, index) => {
    const sameRow = titles.filter((other) => other.cell.row === title.cell.row);
    const position = sameRow.indexOf(title);
    const next = sameRow[position + 1];
    return {
      kind: title.kind,
      title: title.cell,
      top: title.cell.row,
      bottom: view.rowCount - 1,
      left: position === 0 ? 0 : view.area(title.cell.row, title.cell.col).left,
      right: next ? view.area(next.cell.row, next.cell.col).left - 1 : view.colCount - 1,
    };
    void index;
  });
  for (const region of regions) {
    const below = regions.filter(
      (other) => other.top > region.top && other.left <= region.right && region.left <= other.right,
    );
    if (below.length > 0) region.bottom = Math.min(...below.map((other) => other.top)) - 1;
  }
  return regions;
}

/**
 * Forms printed without a title: each is a run of tables, a new one where a header block (a
 * 项目名称 or 部门名称 label) stands between two. Such a form is a department's where its labels
 * name a department's blocks (部门职能, 年度主要任务, 人员…), otherwise a project's.
 */
function untitledRegions(
  view: SheetView,
  labels: LabelCells,
  headers: TableHeader[],
  bottom: number,
): FormRegion[] {
  const regions: FormRegion[] = [];
  let top = 0;
  headers.forEach((header, index) => {
    const next = headers[index + 1];
    const opensNext = next !== undefined && opensForm(labels, header.bottom + 1, next.row - 1);
    if (next && !opensNext) return; // the next table belongs to the same form
    const regionBottom = next ? next.row - 1 : bottom;
    regions.push({
      kind: departmentSignals(labels, top, regionBottom) ? 'department' : 'project',
      title: null,
      top,
      bottom: regionBottom,
      left: 0,
      right: view.colCount - 1,
    });
    top = regionBottom + 1;
  });
  return regions;
}

/** Header fields that open a form's header block. */
const FORM_OPENERS = new Set<string>(['项目名称', '主管部门']);
/** Labels only a department form prints. */
const DEPARTMENT_ONLY =
  /^(部门职能|部门职责|职能职责|主要职能|年度主要任务|人员基本情况|实有在职人员|部门总体资金|部门整体|整体绩效|年度整体)/;

function opensForm(labels: LabelCells, top: number, bottom: number): boolean {
  const range = labels.inRows(top, bottom);
  for (let i = range.start; i < range.end; i++)
    if (FORM_OPENERS.has(PROJECT_LOOKUP(labels.readings[i].label) ?? '')) return true;
  return false;
}

function departmentSignals(labels: LabelCells, top: number, bottom: number): boolean {
  const range = labels.inRows(top, bottom);
  for (let i = range.start; i < range.end; i++)
    if (DEPARTMENT_ONLY.test(labels.readings[i].label)) return true;
  return false;
}

function inRegion(region: FormRegion, row: number, col: number): boolean {
  return row >= region.top && row <= region.bottom && col >= region.left && col <= region.right;
}

const isYearLine = (text: string) => text.length <= 20 && yearOfYearLine(text) !== null;

/** The form's year: a year line in its first rows, else the year its title names. */
function readYear(
  view: SheetView,
  region: FormRegion,
): { year: number | null; yearCell: CellText | null } {
  const last = Math.min(region.bottom, region.top + YEAR_LINE_SEARCH_ROWS);
  for (let row = region.top; row <= last; row++) {
    const cell = view.findCell(row, isYearLine, region.left, region.right);
    if (cell) return { year: yearOfYearLine(cell.text), yearCell: cell };
  }
  const year = region.title ? anyYear(region.title.text) : null;
  return year !== null ? { year, yearCell: region.title } : { year: null, yearCell: null };
}

/** "金额单位：万元", "单位：元", or a label such as "部门总体资金情况（万元）". */
function readMoneyUnit(
  labels: LabelCells,
  range: LabelRange,
  region: FormRegion,
  spans: Span[],
): MoneyUnit | null {
  for (let i = range.start; i < range.end; i++) {
    const { squashed: compact, unit } = labels.readings[i];
    const row = labels.rows[i];
    const col = labels.cols[i];
    if (compact === '' || !inRegion(region, row, col) || inSpan(spans, row, col)) continue;
    const stated = /^(金额)?(计量)?单位:(元|千元|万元|亿元)$/.exec(compact);
    if (stated) return stated[3] as MoneyUnit;
    if (unit && compact.length <= 20) return unit;
  }
  return null;
}

/** The indicator tables of a form; each ends at a footer, or where the next one over its columns starts. */
function readTables(
  view: SheetView,
  labels: LabelCells,
  range: LabelRange,
  region: FormRegion,
  headers: TableHeader[],
): { tables: IndicatorTable[]; spans: Span[] } {
  const footerRows: number[] = [];
  for (let i = range.start; i < range.end; i++) {
    const row = labels.rows[i];
    const footer = labels.readings[i].footer && inRegion(region, row, labels.cols[i]);
    if (footer && footerRows[footerRows.length - 1] !== row) footerRows.push(row);
  }
  const tables: IndicatorTable[] = [];
  const spans: Span[] = [];
  for (const header of headers) {
    const below = headers.filter(
      (other) =>
        other.row > header.bottom &&
        other.firstCol <= header.lastCol &&
        header.firstCol <= other.lastCol,
    );
    const end = below.length > 0 ? Math.min(...below.map((other) => other.row)) : region.bottom + 1;
    const { table, lastRow } = readIndicatorTable(view, header, end, footerRows, region.top);
    tables.push(table);
    // The header row itself may hold header fields (项目名称 | 年度绩效目标 | 一级指标 …, values below).
    spans.push({
      top: header.bottom + 1,
      bottom: lastRow,
      left: header.firstCol,
      right: header.lastCol,
    });
  }
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

/**
 * The value cell of a label: to its right, or below when it heads a row of labels; null for a
 * label that groups the labels to its right (项目资金（万元） over 年度资金总额 / 财政拨款 / 其他资金)
 * or a block that has a heading of its own (项目预算 beside a 成本构成 | 金额 table).
 */
function valueOf(view: SheetView, label: CellText): (CellText & { below?: true }) | null {
  const area = view.area(label.row, label.col);
  const right = area.right + 1 < view.colCount ? view.cell(label.row, area.right + 1) : null;
  // 项目预算资金（万元） | 中期预算资金总额 … | 年度预算资金总额 | 25: the totals right of it are its parts.
  if (right !== null && namesMoneyTotal(label.text) && namesMoneyTotal(right.text)) return null;
  const rightIsLabel = right !== null && isAnyLabel(right.text);
  if (area.bottom > area.top && right !== null && (rightIsLabel || headsBlock(view, right, area)))
    return null;
  // A label on the left counts only where it is on this row alone: a group label merged down
  // beside a stack of labels does not make this one head a row of labels.
  const left = area.left > 0 ? view.cell(label.row, area.left - 1) : null;
  const leftHeadsRow =
    left !== null &&
    left.row === label.row &&
    view.area(left.row, left.col).bottom === area.bottom &&
    isAnyLabel(left.text);
  const below = rightIsLabel || (leftHeadsRow && (right === null || right.text === ''));
  if (below || right === null) return { ...view.cell(area.bottom + 1, label.col), below: true };
  return right;
}

/** A block beside a group label holds at least this many cells, one under the other. */
const MIN_BLOCK_CELLS = 2;

/**
 * True where the cell right of a label merged down several rows heads a block over those rows
 * rather than being the label's value. Either it heads a small table: the first of a row of
 * column heads, its column going on below it within those rows (成本构成 | 金额 … over 保安服务费 /
 * 保洁服务费 …); or it is a text as tall as the label, no amount, with a stack of labels to its
 * right (预算执行 10分 beside 项目总预算 / 当年年度预算 / 其中：财政资金 …). An amount or a blank
 * there is the label's value, whatever stands beside it (a template's 年度资金总额 beside
 * 其中：财政拨款 / 其他资金), and so is the first of several lines of text one under the other.
 */
function headsBlock(view: SheetView, cell: CellText, labelArea: CellRange): boolean {
  if (isAmountOrBlank(cell.raw)) return false;
  const area = view.area(cell.row, cell.col);
  const next = area.right + 1 < view.colCount ? view.cell(cell.row, area.right + 1) : null;
  if (area.bottom < labelArea.bottom) {
    const headsColumns = next !== null && next.text !== '' && !isAmountOrBlank(next.raw);
    let below = 0;
    for (let row = area.bottom + 1; row <= labelArea.bottom; row++)
      if (view.ownText(row, cell.col) !== '') below++;
    return headsColumns && below > 0;
  }
  if (next === null) return false;
  let labels = 0;
  for (let row = labelArea.top; row <= labelArea.bottom; row++)
    if (view.isOwner(row, next.col) && isAnyLabel(view.ownText(row, next.col))) labels++;
  return labels >= MIN_BLOCK_CELLS;
}

function isAnyLabel(text: string): boolean {
  const { label, unqualified } = splitLabel(text);
  return (
    ANY_LABEL.has(label) ||
    ANY_LABEL.has(unqualified) ||
    PROJECT_LOOKUP(label) !== undefined ||
    readLabel(text).column !== undefined
  );
}

function readFields<K extends string>(
  view: SheetView,
  lookup: (label: string) => K | undefined,
  labels: LabelCells,
  range: LabelRange,
  region: FormRegion,
  spans: Span[],
): Partial<Record<K, HeaderField>> {
  const fields: Partial<Record<K, HeaderField>> = {};
  // Fields whose value was read below their label: a later label with its value beside it is
  // the field (部门整体绩效目标 over the sheet, then 年度绩效总目标 | 保证林业局职能实现 …).
  const readBelow = new Set<K>();
  for (let i = range.start; i < range.end; i++) {
    const row = labels.rows[i];
    const col = labels.cols[i];
    // Indicator cells are no header labels; the title is none either.
    if (!inRegion(region, row, col) || inSpan(spans, row, col)) continue;
    if (region.title && row === region.title.row && col === region.title.col) continue;
    const { label, unqualified } = labels.readings[i];
    const key = lookup(label) ?? (unqualified === '' ? undefined : lookup(unqualified));
    if (!key || (fields[key] && !readBelow.has(key))) continue;
    const cell = labels.cell(i);
    const found = valueOf(view, cell);
    if (!found || (fields[key] && found.below)) continue;
    const { below, ...value } = found;
    fields[key] = { label: cell, value };
    if (below) readBelow.add(key);
    else readBelow.delete(key);
  }
  return fields;
}

function readForm(
  view: SheetView,
  region: FormRegion,
  labels: LabelCells,
  headers: TableHeader[],
): FormModel {
  const { top, bottom } = region;
  const range = labels.inRows(top, bottom);
  const { year, yearCell } = readYear(view, region);
  const { tables, spans } = readTables(view, labels, range, region, headers);
  const lookup = region.kind === 'project' ? PROJECT_LOOKUP : DEPARTMENT_LOOKUP;
  const unplaced = unplacedHeaders(labels, range, headers);
  // Labels on a head the reader could not read (年度目标 | 一级指标 | 二级指标 …) are its columns:
  // read as header fields, their values would be a row of that table.
  const unread = (unplaced.unplaced ?? []).map(({ row }) => ({
    top: row,
    bottom: row,
    left: region.left,
    right: region.right,
  }));
  // One literal for both kinds: spreading a shared part into each cost a few percent of reading
  // a package. A department form, one per package, adds its tables.
  const form = {
    kind: region.kind,
    sheet: view.name,
    title: region.title ?? firstCellOf(view, region),
    year,
    yearCell,
    moneyUnit: readMoneyUnit(labels, range, region, spans),
    tables,
    top,
    bottom,
    fields: readFields(view, lookup, labels, range, region, [...spans, ...unread]),
    ...unplaced,
  };
  if (form.kind === 'project') return form as ProjectForm;
  const blocks = { top: top + 1, bottom, left: region.left, right: region.right };
  const department: DepartmentForm = {
    ...(form as Omit<DepartmentForm, 'funds' | 'staff' | 'tasks'>),
    funds: readFundTable(view, blocks),
    staff: readStaff(view, blocks),
    tasks: readTasks(view, blocks),
  };
  return department;
}

/**
 * Rows of the form with labels of two or more indicator columns that are no header the reader
 * read (a table it could not make out): their first label cell each, to say so, not guess.
 */
function unplacedHeaders(
  labels: LabelCells,
  range: LabelRange,
  headers: TableHeader[],
): { unplaced?: CellText[] } {
  const unplaced: CellText[] = [];
  let row = -1;
  let first = -1;
  const columns = new Set<string>();
  const flush = () => {
    const placed = headers.some((header) => row >= header.row && row <= header.bottom);
    if (columns.size >= 2 && !placed) unplaced.push(labels.cell(first));
  };
  for (let index = range.start; index < range.end; index++) {
    const column = labels.readings[index].column;
    if (column === undefined) continue;
    if (labels.rows[index] !== row) {
      flush();
      row = labels.rows[index];
      first = index;
      columns.clear();
    }
    columns.add(column);
  }
  flush();
  return unplaced.length > 0 ? { unplaced } : {};
}

/** Where a form without a title starts: its first filled cell, for findings about the whole form. */
function firstCellOf(view: SheetView, region: FormRegion): CellText {
  for (let row = region.top; row <= region.bottom; row++) {
    const cell = view.filledCells(row, region.left, region.right)[0];
    if (cell) return cell;
  }
  return { row: region.top, col: region.left, raw: null, text: '' };
}

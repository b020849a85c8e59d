/**
 * 高亮错误 / 清除高亮 as a change of marks: the cells that should carry a finding's colour and
 * note now, against the cells marked before. One read (current fills and notes) and one write,
 * whatever the number of cells: fills go through RangeAreas grouped by colour, never cell by cell.
 */
import {
  findingNote,
  findingsByCell,
  fromA1,
  SEVERITY_FILL,
  type Finding,
  type Severity,
} from '../../engine';
import { addressChunks, boundingRange } from './addresses';
import type { SheetInfo } from './grids';
import { queueHiddenTextSheet } from './hiddenTextSheet';
import { encodeMarks, markKey, MARKS_SHEET, type Mark, type OriginalFill } from './marks';
import type * as ExcelApi from './excelApi';

/** What one cell should show: the most severe finding's colour, every finding in the note. */
export interface Paint {
  sheetId: string;
  sheet: string;
  cell: string;
  severity: Severity;
  note: string;
}

export function paintsFor(findings: Finding[], sheets: SheetInfo[]): Paint[] {
  const idByName = new Map(sheets.map((sheet) => [sheet.name, sheet.id]));
  const paints: Paint[] = [];
  for (const { sheet, cell, findings: found } of findingsByCell(findings)) {
    const sheetId = idByName.get(sheet);
    if (!sheetId) continue;
    const note = found.map(findingNote).join('\n');
    paints.push({ sheetId, sheet, cell, severity: found[0].severity, note });
  }
  return paints;
}

/** A cell as it is now; an absent field was not read. */
export interface CellState {
  fill?: OriginalFill | null;
  note?: string | null;
}

/** Cells whose current fill or note the next write needs, by sheet id, and the sheets it touches. */
export interface StateRequest {
  fills: Map<string, Set<string>>;
  notes: Map<string, Set<string>>;
  /** Sheets whose protection must be known (a protected sheet is unprotected for the write). */
  sheets: Set<string>;
}

export function emptyStateRequest(): StateRequest {
  return { fills: new Map(), notes: new Map(), sheets: new Set() };
}

/** What the read found: cells by markKey, and the protected sheets with their options. */
export interface CellStates {
  cells: Map<string, CellState>;
  protectedSheets: Map<string, Excel.WorksheetProtectionOptions>;
}

function addTo(map: Map<string, Set<string>>, sheetId: string, cell: string): void {
  const cells = map.get(sheetId) ?? new Set<string>();
  cells.add(cell);
  map.set(sheetId, cells);
}

/**
 * What must be read before marking `paints`: the fill of each cell not marked yet (its
 * original), and the note of every cell that will be touched (to add, change or delete it).
 */
export function stateRequestFor(marks: Mark[], paints: Paint[], notes: boolean): StateRequest {
  const request = emptyStateRequest();
  const marked = new Set(marks.map((mark) => markKey(mark.sheetId, mark.cell)));
  for (const paint of paints) {
    request.sheets.add(paint.sheetId);
    if (!marked.has(markKey(paint.sheetId, paint.cell)))
      addTo(request.fills, paint.sheetId, paint.cell);
    if (notes) addTo(request.notes, paint.sheetId, paint.cell);
  }
  for (const mark of marks) {
    request.sheets.add(mark.sheetId);
    if (notes && mark.noted) addTo(request.notes, mark.sheetId, mark.cell);
  }
  return request;
}

/** Queues the reads of a StateRequest; call the result after the sync. */
export function queueCellStates(
  context: ExcelApi.RequestContext,
  request: StateRequest,
): () => CellStates {
  const protections = [...request.sheets].map((sheetId) => {
    const protection = context.workbook.worksheets.getItem(sheetId).protection;
    protection.load('protected,options');
    return { sheetId, protection };
  });
  const readers: (() => [string, CellState][])[] = [];
  for (const [sheetId, cells] of request.fills) {
    const bounds = boundingRange(cells);
    if (!bounds) continue;
    const sheet = context.workbook.worksheets.getItem(sheetId);
    // One call per sheet: the rectangle around the cells, not one request per cell.
    const properties = sheet
      .getRangeByIndexes(
        bounds.top,
        bounds.left,
        bounds.bottom - bounds.top + 1,
        bounds.right - bounds.left + 1,
      )
      .getCellProperties({ format: { fill: { color: true, pattern: true } } });
    readers.push(() =>
      [...cells].map((cell) => {
        const pos = fromA1(cell);
        const fill = pos
          ? properties.value[pos.row - bounds.top][pos.col - bounds.left].format?.fill
          : undefined;
        return [markKey(sheetId, cell), { fill: toOriginalFill(fill) }];
      }),
    );
  }
  for (const [sheetId, cells] of request.notes) {
    const notes = context.workbook.worksheets.getItem(sheetId).notes;
    const loaded = [...cells].map((cell) => {
      const note = notes.getItemOrNullObject(cell);
      note.load('content');
      return { cell, note };
    });
    readers.push(() =>
      loaded.map(({ cell, note }) => [
        markKey(sheetId, cell),
        { note: note.isNullObject ? null : note.content },
      ]),
    );
  }
  return () => {
    const cells = new Map<string, CellState>();
    for (const read of readers) {
      for (const [key, state] of read()) cells.set(key, { ...cells.get(key), ...state });
    }
    const protectedSheets = new Map(
      protections
        .filter(({ protection }) => protection.protected)
        .map(({ sheetId, protection }) => [sheetId, protection.options] as const),
    );
    return { cells, protectedSheets };
  };
}

function toOriginalFill(fill: Excel.CellPropertiesFill | undefined): OriginalFill | null {
  if (!fill || !fill.pattern || fill.pattern === 'None') return null;
  return { color: fill.color ?? '#FFFFFF', pattern: fill.pattern };
}

type NoteOperation =
  | { kind: 'add'; sheetId: string; cell: string; content: string }
  | { kind: 'set'; sheetId: string; cell: string; content: string }
  | { kind: 'delete'; sheetId: string; cell: string };

export interface MarkChanges {
  /** The record after the change. */
  marks: Mark[];
  /** Sheet id → colour → cells to paint. */
  paint: Map<string, Map<string, string[]>>;
  /** Sheet id → cells to give back their own fill. */
  restore: Map<string, { fill: OriginalFill | null; cells: string[] }[]>;
  notes: NoteOperation[];
}

export interface PlanOptions {
  /** The host has cell notes. */
  notes: boolean;
  /**
   * 高亮错误 paints every cell again (a person may have refilled one); a live refresh only
   * touches cells whose colour or note text changes.
   */
  repaint: boolean;
}

/**
 * Marks `paints` and unmarks every marked cell not among them. A cell marked before keeps the
 * original recorded then (its current fill is ours). `states` holds what stateRequestFor asked.
 */
export function planMarks(
  marks: Mark[],
  paints: Paint[],
  states: Map<string, CellState>,
  options: PlanOptions,
): MarkChanges {
  const changes: MarkChanges = { marks: [], paint: new Map(), restore: new Map(), notes: [] };
  const previous = new Map(marks.map((mark) => [markKey(mark.sheetId, mark.cell), mark]));
  const painted = new Set<string>();

  for (const paint of paints) {
    const key = markKey(paint.sheetId, paint.cell);
    painted.add(key);
    const state = states.get(key) ?? {};
    const before = previous.get(key);
    const mark: Mark = {
      sheetId: paint.sheetId,
      sheet: paint.sheet,
      cell: paint.cell,
      severity: paint.severity,
      fill: before ? before.fill : (state.fill ?? null),
      noted: before?.noted ?? false,
      note: before?.note ?? null,
    };
    if (options.notes && !mark.noted) {
      mark.noted = true;
      mark.note = state.note ?? null;
    }
    changes.marks.push(mark);
    if (options.repaint || before?.severity !== paint.severity) {
      let colours = changes.paint.get(paint.sheetId);
      if (!colours) changes.paint.set(paint.sheetId, (colours = new Map<string, string[]>()));
      const colour = SEVERITY_FILL[paint.severity];
      let cells = colours.get(colour);
      if (!cells) colours.set(colour, (cells = []));
      cells.push(paint.cell);
    }
    if (options.notes && (options.repaint || state.note !== paint.note)) {
      changes.notes.push(writeNote(paint.sheetId, paint.cell, hasNote(state, before), paint.note));
    }
  }

  for (const [key, mark] of previous) {
    if (painted.has(key)) continue;
    const groups = changes.restore.get(mark.sheetId) ?? [];
    const fillKey = JSON.stringify(mark.fill);
    const group = groups.find((existing) => JSON.stringify(existing.fill) === fillKey);
    if (group) group.cells.push(mark.cell);
    else groups.push({ fill: mark.fill, cells: [mark.cell] });
    changes.restore.set(mark.sheetId, groups);
    if (options.notes && mark.noted) {
      const exists = hasNote(states.get(key) ?? {}, mark);
      if (mark.note !== null)
        changes.notes.push(writeNote(mark.sheetId, mark.cell, exists, mark.note));
      else if (exists)
        changes.notes.push({ kind: 'delete', sheetId: mark.sheetId, cell: mark.cell });
    }
  }
  return changes;
}

export function isEmptyChange(changes: MarkChanges, marks: Mark[]): boolean {
  return (
    changes.paint.size === 0 &&
    changes.restore.size === 0 &&
    changes.notes.length === 0 &&
    changes.marks.length === marks.length
  );
}

/** Whether the cell has a note now: as read, or else ours, if we wrote one. */
function hasNote(state: CellState, mark: Mark | undefined): boolean {
  if (state.note !== undefined) return state.note !== null;
  return mark?.noted ?? false;
}

function writeNote(sheetId: string, cell: string, exists: boolean, content: string): NoteOperation {
  return exists ? { kind: 'set', sheetId, cell, content } : { kind: 'add', sheetId, cell, content };
}

/** The marks sheet before a write: whether there is one, and how many rows of JSON it holds. */
export interface MarksSheetState {
  exists: boolean;
  rows: number;
}

export interface RecordWrite {
  /** The column-A pieces written (none: the marks sheet was deleted). */
  pieces: string[];
  /** The marks sheet, when the write created it: its id is readable after the sync. */
  created: ExcelApi.Worksheet | null;
}

/**
 * Queues every write of `changes`. The record goes first: if Excel stops the batch halfway
 * (a sheet protected with a password), every painted cell is already recorded, and restoring
 * a cell that was not painted changes nothing. A sheet protected without a password is
 * unprotected for the write and protected again with the options it had.
 */
export function queueMarkChanges(
  context: ExcelApi.RequestContext,
  changes: MarkChanges,
  marksSheet: MarksSheetState,
  protectedSheets: Map<string, Excel.WorksheetProtectionOptions>,
): RecordWrite {
  const record = queueRecord(context, changes.marks, marksSheet);
  const sheets = new Map<string, ExcelApi.Worksheet>();
  const sheet = (sheetId: string): ExcelApi.Worksheet => {
    let found = sheets.get(sheetId);
    if (!found) {
      found = context.workbook.worksheets.getItem(sheetId);
      sheets.set(sheetId, found);
    }
    return found;
  };
  const touched = new Set([
    ...changes.restore.keys(),
    ...changes.paint.keys(),
    ...changes.notes.map((op) => op.sheetId),
  ]);
  const unprotected = [...touched].filter((sheetId) => protectedSheets.has(sheetId));
  for (const sheetId of unprotected) sheet(sheetId).protection.unprotect();

  for (const [sheetId, groups] of changes.restore) {
    for (const { fill, cells } of groups) {
      for (const address of addressChunks(cells)) {
        const target = sheet(sheetId).getRanges(address).format.fill;
        if (!fill) target.clear();
        else if (fill.pattern === 'Solid') target.color = fill.color;
        else target.set({ color: fill.color, pattern: fill.pattern as Excel.FillPattern });
      }
    }
  }
  for (const [sheetId, colours] of changes.paint) {
    for (const [colour, cells] of colours) {
      for (const address of addressChunks(cells))
        sheet(sheetId).getRanges(address).format.fill.color = colour;
    }
  }
  for (const operation of changes.notes) {
    const notes = sheet(operation.sheetId).notes;
    if (operation.kind === 'add') notes.add(operation.cell, operation.content);
    else if (operation.kind === 'set') notes.getItem(operation.cell).content = operation.content;
    else notes.getItem(operation.cell).delete();
  }

  for (const sheetId of unprotected)
    sheet(sheetId).protection.protect(protectedSheets.get(sheetId));
  return record;
}

/** The marks as recorded in the workbook, and the marks sheet holding them. */
export interface MarkRecord {
  marks: Mark[];
  sheet: MarksSheetState;
}

/**
 * 高亮错误 (paints: every finding) and 清除高亮 (paints: none) in one read and one write,
 * whatever the number of cells. Returns the record as written.
 */
export async function applyPaints(
  context: ExcelApi.RequestContext,
  current: MarkRecord,
  paints: Paint[],
  notes: boolean,
): Promise<{ marks: Mark[]; written: RecordWrite }> {
  const readStates = queueCellStates(context, stateRequestFor(current.marks, paints, notes));
  await context.sync();
  const states = readStates();
  const changes = planMarks(current.marks, paints, states.cells, { notes, repaint: true });
  const written = queueMarkChanges(context, changes, current.sheet, states.protectedSheets);
  await context.sync();
  return { marks: changes.marks, written };
}

function queueRecord(
  context: ExcelApi.RequestContext,
  marks: Mark[],
  marksSheet: MarksSheetState,
): RecordWrite {
  const worksheets = context.workbook.worksheets;
  if (marks.length === 0) {
    // Nothing marked: no record to keep.
    if (marksSheet.exists) worksheets.getItem(MARKS_SHEET).delete();
    return { pieces: [], created: null };
  }
  const pieces = encodeMarks(marks);
  const target = queueHiddenTextSheet(
    worksheets,
    MARKS_SHEET,
    pieces,
    marksSheet.exists ? marksSheet.rows : null,
  );
  const created = marksSheet.exists ? null : target;
  if (created) created.load('id');
  return { pieces, created };
}

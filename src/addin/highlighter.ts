/**
 * 高亮错误 / 清除高亮 and keeping the marks true while a person types. The marks are recorded
 * in the workbook (host/marks.ts); this part holds them, and what each marked cell shows now,
 * so that a live refresh touches only the marked cells whose finding changed: an edit costs the
 * same with 0 or 1,000 marks (bench: 实时检查).
 */
import type { Finding } from '../engine';
import { findingColumns, RESULTS_SHEET } from '../summary';
import type { HostCapabilities } from './host/capabilities';
import {
  applyPaints,
  emptyStateRequest,
  isEmptyChange,
  paintsFor,
  planMarks,
  queueCellStates,
  queueMarkChanges,
  type MarkRecord,
  type Paint,
  type RecordWrite,
  type StateRequest,
} from './host/highlight';
import { decodeMarks, markKey, MARKS_SHEET, type Mark } from './host/marks';
import { queueResultsSheet } from './host/resultsSheet';
import type { CachedSheet, WorkbookSession } from './workbookSession';

export function isMarksSheet(sheet: CachedSheet | undefined): boolean {
  return sheet?.info.name === MARKS_SHEET;
}

const RESULTS_HEADERS = findingColumns(false).map((column) => column.header);

/** A 检查结果 sheet as 高亮错误 writes it: that name (or a numbered copy) over the findings' header row. */
function isResultsSheet(sheet: CachedSheet): boolean {
  const name = sheet.info.name;
  const named = name === RESULTS_SHEET || /^检查结果\(\d+\)$/.test(name);
  const header = sheet.grid.rows[0] ?? [];
  return named && RESULTS_HEADERS.every((text, i) => header[i] === text);
}

/** What a painted cell shows: its colour's severity and its note. */
function shownBy(paint: Paint): string {
  return `${paint.severity}\n${paint.note}`;
}

export class Highlighter {
  /** What 高亮错误 changed, as recorded on the marks sheet. */
  private marks: Mark[] = [];
  /**
   * By markKey: what each marked cell shows, where this runtime painted it. A mark read from
   * the workbook (another runtime's, or an earlier session's) is absent: its note is read once.
   */
  private shown = new Map<string, string>();
  /** Where notes cannot be written: the 检查结果 sheet 高亮错误 added, which 清除高亮 deletes. */
  private results: { id: string; name: string } | null = null;

  constructor(
    private readonly session: WorkbookSession,
    private readonly capabilities: HostCapabilities,
  ) {}

  get count(): number {
    return this.marks.length;
  }

  /** The name of the 检查结果 sheet listing the marked findings, where one was written. */
  get resultsSheet(): string | null {
    return this.results?.name ?? null;
  }

  /** Takes the marks from the marks sheet as last read; a Chinese error if the record is damaged. */
  load(): string | null {
    this.shown.clear();
    const marksSheet = this.session.byName(MARKS_SHEET);
    if (!marksSheet) {
      this.marks = [];
      return null;
    }
    const decoded = decodeMarks(marksSheet.grid.rows);
    this.marks = decoded.ok ? this.resolveSheets(decoded.marks) : [];
    // Marked without notes (this session or an earlier one): the results sheet goes with the marks.
    const results =
      this.marks.length > 0 && !this.capabilities.notes
        ? this.session.all().filter(isResultsSheet).at(-1)
        : undefined;
    this.results = results ? { id: results.info.id, name: results.info.name } : null;
    return decoded.ok ? null : decoded.error;
  }

  /** After sheets were renamed or deleted: marks follow their sheet by id, or are dropped. */
  followSheets(): void {
    this.marks = this.resolveSheets(this.marks);
  }

  private resolveSheets(marks: Mark[]): Mark[] {
    const infos = this.session.infos();
    return marks.flatMap((mark) => {
      const sheet =
        infos.find((info) => info.id === mark.sheetId) ??
        infos.find((info) => info.name === mark.sheet);
      return sheet ? [{ ...mark, sheetId: sheet.id, sheet: sheet.name }] : [];
    });
  }

  /**
   * 高亮错误: one read (originals, notes, protection), one write; returns the cells marked.
   * Without notes, one more write lists the findings in a 检查结果 sheet, in place of the last.
   */
  async markAll(findings: Finding[]): Promise<number> {
    const paints = paintsFor(findings, this.session.infos());
    await this.apply(paints);
    await this.deleteResults();
    if (!this.capabilities.notes && paints.length > 0) await this.writeResults(findings);
    return paints.length;
  }

  /** 清除高亮: every marked cell gets its own fill and note back, the 检查结果 sheet goes; returns how many. */
  async clearAll(): Promise<number> {
    const count = this.marks.length;
    await this.apply([]);
    await this.deleteResults();
    return count;
  }

  private async writeResults(findings: Finding[]): Promise<void> {
    const sheets = this.session.infos().map((info) => info.name);
    const { id, name } = await this.session.run(async (context) => {
      const sheet = queueResultsSheet(context.workbook.worksheets, findings, sheets);
      sheet.load('id,name');
      await context.sync();
      return { id: sheet.id, name: sheet.name };
    });
    this.results = { id, name };
    this.session.putWritten({ id, name, hidden: false }, RESULTS_HEADERS.slice(0, 1));
  }

  private async deleteResults(): Promise<void> {
    const results = this.results;
    if (!results) return;
    // A person may have deleted it already: then there is nothing to delete.
    if (this.session.infos().some((info) => info.id === results.id))
      await this.session.run(async (context) => {
        context.workbook.worksheets.getItem(results.id).delete();
        await context.sync();
      });
    this.results = null;
    this.session.putWritten({ ...results, hidden: false }, []);
  }

  private async apply(paints: Paint[]): Promise<void> {
    await this.session.run(async (context) => {
      const { marks, written } = await applyPaints(
        context,
        this.record(),
        paints,
        this.capabilities.notes,
      );
      this.remember(marks, written);
    });
    this.shown = new Map(
      paints.map((paint) => [markKey(paint.sheetId, paint.cell), shownBy(paint)]),
    );
  }

  /**
   * After an edit: marked cells still wrong keep their mark (colour and note follow the new
   * findings), fixed ones get their own fill and note back; nothing else is read or written.
   * New problems wait for 高亮错误: returns how many cells have one.
   */
  async refresh(findings: Finding[]): Promise<number> {
    if (this.marks.length === 0) return 0;
    const paints = paintsFor(findings, this.session.infos());
    const marked = new Set(this.marks.map((mark) => markKey(mark.sheetId, mark.cell)));
    const stillWrong = paints.filter((paint) => marked.has(markKey(paint.sheetId, paint.cell)));
    const stillWrongKeys = new Set(stillWrong.map((paint) => markKey(paint.sheetId, paint.cell)));
    const changedPaints = stillWrong.filter(
      (paint) => this.shown.get(markKey(paint.sheetId, paint.cell)) !== shownBy(paint),
    );
    const changedKeys = new Set([
      ...changedPaints.map((paint) => markKey(paint.sheetId, paint.cell)),
      ...[...marked].filter((key) => !stillWrongKeys.has(key)),
    ]);
    if (changedKeys.size > 0) await this.rewrite(changedKeys, changedPaints);
    return paints.length - stillWrong.length;
  }

  /** One read of the changed cells' notes and sheets' protection, then one write if needed. */
  private async rewrite(changedKeys: Set<string>, changedPaints: Paint[]): Promise<void> {
    const isChanged = (mark: Mark) => changedKeys.has(markKey(mark.sheetId, mark.cell));
    const changing = this.marks.filter(isChanged);
    const kept = this.marks.filter((mark) => !isChanged(mark));
    await this.session.run(async (context) => {
      const readStates = queueCellStates(context, this.stateRequest(changing));
      await context.sync();
      const states = readStates();
      const changes = planMarks(changing, changedPaints, states.cells, {
        notes: this.capabilities.notes,
        repaint: false,
      });
      changes.marks = [...kept, ...changes.marks];
      if (!isEmptyChange(changes, this.marks)) {
        const written = queueMarkChanges(
          context,
          changes,
          this.record().sheet,
          states.protectedSheets,
        );
        await context.sync();
        this.remember(changes.marks, written);
      }
    });
    for (const key of changedKeys) this.shown.delete(key);
    for (const paint of changedPaints)
      this.shown.set(markKey(paint.sheetId, paint.cell), shownBy(paint));
  }

  /** The notes of `marks` that 高亮错误 wrote (to restore or rewrite them) and their sheets' protection. */
  private stateRequest(marks: Mark[]): StateRequest {
    const request = emptyStateRequest();
    for (const mark of marks) {
      request.sheets.add(mark.sheetId);
      if (!this.capabilities.notes || !mark.noted) continue;
      const cells = request.notes.get(mark.sheetId) ?? new Set<string>();
      cells.add(mark.cell);
      request.notes.set(mark.sheetId, cells);
    }
    return request;
  }

  private record(): MarkRecord {
    const marksSheet = this.session.byName(MARKS_SHEET);
    return {
      marks: this.marks,
      sheet: { exists: marksSheet !== undefined, rows: marksSheet?.grid.rows.length ?? 0 },
    };
  }

  /** After a write: the session holds the marks sheet as written (it is not read back). */
  private remember(marks: Mark[], written: RecordWrite): void {
    this.marks = marks;
    const marksSheet = this.session.byName(MARKS_SHEET);
    const info = marksSheet?.info ?? {
      id: written.created?.id ?? '',
      name: MARKS_SHEET,
      hidden: true,
    };
    const rows =
      written.pieces.length === 0
        ? 0
        : Math.max(written.pieces.length, marksSheet?.grid.rows.length ?? 0);
    this.session.putWritten(
      info,
      Array.from({ length: rows }, (_, index) => written.pieces[index] ?? null),
    );
  }
}

/**
 * 高亮错误 / 清除高亮 and keeping the marks true while a person types. The marks are recorded
 * in the workbook (host/marks.ts); this part holds them, and what each marked cell shows now,
 * so that a live refresh touches only the marked cells whose finding changed: an edit costs the
 * same with 0 or 1,000 marks (bench: 实时检查).
 */
import type { Finding } from '../engine';
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
import type { CachedSheet, WorkbookSession } from './workbookSession';

export function isMarksSheet(sheet: CachedSheet | undefined): boolean {
  return sheet?.info.name === MARKS_SHEET;
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

  constructor(
    private readonly session: WorkbookSession,
    private readonly capabilities: HostCapabilities,
  ) {}

  get count(): number {
    return this.marks.length;
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

  /** 高亮错误: one read (originals, notes, protection), one write; returns the cells marked. */
  async markAll(findings: Finding[]): Promise<number> {
    const paints = paintsFor(findings, this.session.infos());
    await this.apply(paints);
    return paints.length;
  }

  /** 清除高亮: every marked cell gets its own fill and note back; returns how many. */
  async clearAll(): Promise<number> {
    const count = this.marks.length;
    await this.apply([]);
    return count;
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

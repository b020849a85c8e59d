/**
 * The add-in's controller: the one place the task pane and the ribbon commands go through.
 * It owns the pane state, the live check on edits, highlight/clear and template generation.
 *
 * Sync budget (each Excel round trip is slow): a full check lists the sheets, then reads them
 * all (2 syncs); an edit re-reads the changed sheets (1 sync) and, when marks must follow,
 * writes once (1 sync); 高亮错误 and 清除高亮 read once and write once, whatever the count.
 */
import {
  builtinProfile,
  checkReadings,
  countBySeverity,
  parseProfileJson,
  PROFILE_SHEET,
  profileToJson,
  readEmbeddedProfiles,
  readSheet,
  type Finding,
  type FormKind,
  type FormSummary,
  type Grid,
  type Profile,
  type ProfileOrigin,
  type SheetReading,
} from '../engine';
import {
  describeRequest,
  requestFor,
  TemplateError,
  type TemplateAsk,
  type TemplateLayout,
} from '../template';
import { readAllGrids, queueGridRead, queueSheetList, type SheetInfo } from './host/grids';
import { planTemplate, queueProfileSheet, queueTemplate } from './host/writeTemplate';
import {
  applyPaints,
  emptyStateRequest,
  isEmptyChange,
  paintsFor,
  planMarks,
  queueCellStates,
  queueMarkChanges,
  type CellStates,
  type MarkRecord,
  type Paint,
  type RecordWrite,
  type StateRequest,
} from './host/highlight';
import { decodeMarks, markKey, MARKS_SHEET, type Mark } from './host/marks';
import { describeHostError } from './host/errors';
import { hostCapabilities, MIN_READING_API, type HostCapabilities } from './host/capabilities';
import { sameGrid } from './host/sameGrid';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type PaneStatus = 'idle' | 'checking' | 'highlighting' | 'clearing' | 'generating';

export interface PaneProfile {
  id: string;
  name: string;
  form: 'project' | 'department';
  /** Where the rules came from and their fingerprint, as the CLI report says. */
  source: ProfileOrigin;
  fingerprint: string;
}

export interface PaneMessage {
  kind: 'error' | 'success' | 'info';
  text: string;
}

export interface PaneState {
  status: PaneStatus;
  forms: FormSummary[];
  /** Sorted by sheet order, severity, row. */
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  /** Marks are in the workbook now. */
  highlighted: boolean;
  /** Profiles in use. */
  profiles: PaneProfile[];
  /** Chinese, for the pane's message bar. */
  message: PaneMessage | null;
}

export interface GenerateRequest extends TemplateAsk {
  /** Built-in or embedded profile id; default by kind. */
  profileId?: string;
}

export interface ControllerOptions {
  /** Quiet time after the last edit before re-checking. */
  debounceMs?: number;
  /** What the host can do; detected from Office when absent. */
  capabilities?: HostCapabilities;
}

type Listener = (state: PaneState) => void;

/** A sheet as last read: its grid, what the engine made of it, the sheets its formulas read. */
interface CachedSheet {
  info: SheetInfo;
  grid: Grid;
  reading: SheetReading;
  references: string[];
}

/** Event arguments, as far as the controller reads them (Excel's and the sandbox's alike). */
interface SheetEvent {
  worksheetId: string;
  triggerSource?: string;
}

const DEFAULT_DEBOUNCE_MS = 300;

export class AddinController {
  private state: PaneState = {
    status: 'idle',
    forms: [],
    findings: [],
    counts: { error: 0, warning: 0, info: 0 },
    highlighted: false,
    profiles: [],
    message: null,
  };
  private readonly listeners = new Set<Listener>();
  private readonly debounceMs: number;
  private readonly capabilities: HostCapabilities;

  /** Every sheet in tab order, as last read; null until the first full read. */
  private sheets: CachedSheet[] | null = null;
  /** The embedded profiles as last validated, with the profile sheet's grid they came from. */
  private validatedProfiles: { grid: Grid | null; profiles: Profile[]; errors: string[] } | null =
    null;
  /** What 高亮错误 changed, as recorded on the marks sheet. */
  private marks: Mark[] = [];

  /** Excel work runs one batch at a time, in order. */
  private work: Promise<void> = Promise.resolve();
  private readonly edited = new Set<string>();
  private readonly selected = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private handlers: { remove(): void }[] = [];

  constructor(
    private readonly run: ExcelRun,
    options: ControllerOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.capabilities = options.capabilities ?? hostCapabilities();
  }

  getState(): PaneState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Full check, then listens to edits and selection changes (debounced). */
  async start(): Promise<void> {
    await this.check();
    if (this.handlers.length > 0 || !this.capabilities.reading) return;
    await this.serialized(async () => {
      try {
        await this.run(async (context) => {
          const worksheets = context.workbook.worksheets;
          this.handlers = [
            worksheets.onChanged.add(async (event) => this.onChanged(event)),
            worksheets.onSelectionChanged.add(async (event) => this.onSelectionChanged(event)),
          ];
          await context.sync();
        });
      } catch (error) {
        this.handlers = [];
        this.update({
          message: { kind: 'error', text: `无法实时检查：${describeHostError(error)}` },
        });
      }
    });
  }

  /** Stops listening (the pane is closing). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const handlers = this.handlers;
    this.handlers = [];
    if (handlers.length === 0) return;
    await this.serialized(() =>
      this.run(async (context) => {
        for (const handler of handlers) handler.remove();
        await context.sync();
      }).catch(() => undefined),
    );
  }

  /** Waits until pending edits are checked and queued work is done (tests, and before an action). */
  async settle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      void this.serialized(() => this.recheckEdited());
    }
    await this.work;
  }

  /** 检查 */
  async check(): Promise<void> {
    await this.settle();
    await this.serialized(() => this.fullCheck(true));
  }

  /** 高亮错误 */
  async highlight(): Promise<void> {
    await this.settle();
    await this.serialized(async () => {
      if (!(await this.readIfStale())) return;
      this.update({ status: 'highlighting', message: null });
      try {
        const paints = paintsFor(this.state.findings, this.sheetInfos());
        await this.applyMarks(paints);
        this.update({ status: 'idle', message: highlightMessage(paints, this.capabilities.notes) });
      } catch (error) {
        this.failed(error, '高亮未完成');
      }
    });
  }

  /** 清除高亮 */
  async clearHighlight(): Promise<void> {
    await this.settle();
    await this.serialized(async () => {
      if (!(await this.readIfStale())) return;
      if (this.marks.length === 0) {
        this.update({ message: { kind: 'info', text: '当前没有高亮，无需清除。' } });
        return;
      }
      this.update({ status: 'clearing', message: null });
      try {
        const count = this.marks.length;
        await this.applyMarks([]);
        this.update({
          status: 'idle',
          message: {
            kind: 'success',
            text: `已清除 ${count} 个单元格的高亮，原来的${this.capabilities.notes ? '填充和批注' : '填充'}已恢复。`,
          },
        });
      } catch (error) {
        this.failed(error, '清除高亮未完成');
      }
    });
  }

  /** Activates the finding's sheet and selects its cell. */
  async select(finding: Finding): Promise<void> {
    await this.serialized(async () => {
      try {
        await this.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(finding.sheet);
          sheet.activate();
          sheet.getRange(finding.cell).select();
          await context.sync();
        });
      } catch (error) {
        this.update({
          message: {
            kind: 'error',
            text: `无法定位到“${finding.sheet}”的 ${finding.cell}：${describeHostError(error)}`,
          },
        });
      }
    });
  }

  /** New sheets only, never replaces one: one write, then the workbook is read and checked again. */
  async generate(request: GenerateRequest): Promise<void> {
    await this.settle();
    await this.serialized(async () => {
      if (!(await this.readIfStale())) return;
      this.update({ status: 'generating', message: null });
      try {
        const layout = this.describe(request);
        const existing = (this.sheets ?? []).map((sheet) => ({
          name: sheet.info.name,
          rows: sheet.grid.rows,
        }));
        const plan = planTemplate(layout, existing);
        await this.run(async (context) => {
          queueTemplate(context, plan, layout.styles);
          await context.sync();
        });
        if (!(await this.fullCheck(false))) return;
        this.update({
          message: {
            kind: 'success',
            text: `已生成 ${request.year} 年度的${plan.formSheets.map((name) => `“${name}”`).join('、')}，添加为新工作表，原有内容未改动。`,
          },
        });
      } catch (error) {
        this.failed(error, '模板未生成');
      }
    });
  }

  /** Validates a profile (Chinese errors) and embeds it in the workbook's profile sheet. */
  async importProfile(jsonText: string): Promise<{ ok: boolean; errors: string[] }> {
    const parsed = parseProfileJson(jsonText);
    if (!parsed.ok) {
      this.update({
        message: { kind: 'error', text: `配置文件有误：${parsed.errors.join('；')}` },
      });
      return { ok: false, errors: parsed.errors };
    }
    const profile = parsed.profile;
    let outcome: { ok: boolean; errors: string[] } = { ok: false, errors: [] };
    await this.settle();
    await this.serialized(async () => {
      if (!(await this.readIfStale())) {
        outcome = { ok: false, errors: [this.state.message?.text ?? '无法读取工作簿。'] };
        return;
      }
      try {
        await this.embedProfile(profile);
        this.recompute();
        this.update({
          message: {
            kind: 'success',
            text: `已导入配置“${profile.name}”（${profile.id}），并保存在本工作簿中。`,
          },
        });
        outcome = { ok: true, errors: [] };
      } catch (error) {
        const text = `配置未能保存到工作簿：${describeHostError(error)}`;
        this.update({ message: { kind: 'error', text } });
        outcome = { ok: false, errors: [text] };
      }
    });
    return outcome;
  }

  /** JSON of the profile in use (the first one embedded), else null. */
  async exportProfile(): Promise<string | null> {
    await this.settle();
    if (!this.sheets) await this.serialized(() => this.fullCheck(false).then(() => undefined));
    const [first] = this.embeddedProfiles();
    return first ? profileToJson(first) : null;
  }

  // ------------------------------------------------------------------ reading and checking

  /**
   * Before an action: the workbook read unless the cache can be trusted. Without a shared
   * runtime the ribbon's copy of the add-in writes the same workbook unseen (its events look
   * like ours), so every action reads it afresh: the workbook, not memory, says what is marked.
   */
  private async readIfStale(): Promise<boolean> {
    if (this.sheets && this.capabilities.sharedRuntime) return true;
    return this.fullCheck(false);
  }

  /** Reads every sheet (2 syncs) and checks. False when the workbook could not be read. */
  private async fullCheck(announce: boolean): Promise<boolean> {
    if (!this.capabilities.reading) {
      this.update({
        status: 'idle',
        message: {
          kind: 'error',
          text: `此版本的 Excel 过旧，助手无法读取工作簿：需要 ExcelApi ${MIN_READING_API}（Microsoft 365 版本 1903 或更新、Office 2021 或更新、Excel 网页版）。可以改用命令行 perf-forms check 检查 .xlsx 文件。`,
        },
      });
      return false;
    }
    this.update({ status: 'checking' });
    try {
      const { sheets, reads } = await this.run((context) =>
        readAllGrids(context, this.capabilities),
      );
      this.sheets = sheets.map((info, index) => ({
        info,
        ...reads[index],
        reading: readSheet(reads[index].grid),
      }));
      const marksError = this.loadMarksFromCache();
      this.recompute();
      this.update({
        status: 'idle',
        message: marksError ?? (announce ? checkMessage(this.state) : this.state.message),
      });
      return true;
    } catch (error) {
      this.failed(error, '无法读取工作簿');
      return false;
    }
  }

  private onChanged(event: SheetEvent): void {
    // This runtime's own writes (marks, generated sheets it checks itself) are not edits; without
    // a shared runtime the same trigger may be the ribbon's copy, whose marks must be seen.
    if (event.triggerSource === 'ThisLocalAddin' && this.capabilities.sharedRuntime) return;
    this.edited.add(event.worksheetId);
    this.schedule();
  }

  private onSelectionChanged(event: SheetEvent): void {
    // Some Excel builds fire no change for a drop-down pick: a selection move re-reads the sheet.
    this.selected.add(event.worksheetId);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.serialized(() => this.recheckEdited());
    }, this.debounceMs);
  }

  /**
   * Re-reads the edited (and selection-changed) sheets in one sync; if anything changed,
   * re-runs the rules for the whole workbook, and, when marks are shown, unmarks what was
   * fixed and refreshes the notes of what is still wrong in one write.
   */
  private async recheckEdited(): Promise<void> {
    const cachedSheets = this.sheets;
    const toRead = new Set([...this.edited, ...this.selected]);
    this.edited.clear();
    this.selected.clear();
    if (!cachedSheets) return;
    const known = new Map(cachedSheets.map((sheet) => [sheet.info.id, sheet]));
    // The marks sheet changes only through this runtime's writes where the runtime is shared.
    if (this.capabilities.sharedRuntime) {
      for (const id of toRead) if (isMarksSheet(known.get(id))) toRead.delete(id);
    }
    if (toRead.size === 0) return;
    // Excel recalculates formulas that read an edited sheet without telling: read those sheets too.
    const editedNames = new Set([...toRead].map((id) => known.get(id)?.info.name.toLowerCase()));
    for (const sheet of cachedSheets) {
      if (sheet.references.some((name) => editedNames.has(name.toLowerCase())))
        toRead.add(sheet.info.id);
    }

    try {
      await this.run(async (context) => {
        const listSheets = queueSheetList(context);
        const builders = new Map(
          [...toRead].map((id) => [id, queueGridRead(context, id, this.capabilities)]),
        );
        const readStates =
          this.marks.length > 0 ? queueCellStates(context, this.markedNoteRequest()) : null;
        await context.sync();

        // Sheets renamed, added or removed since the last read are taken into the cache here.
        let changed = false;
        const sheets: CachedSheet[] = [];
        for (const info of listSheets()) {
          const cached = known.get(info.id);
          const build = builders.get(info.id);
          if (build) {
            const { grid, references } = build(info);
            // A selection move on an unchanged sheet costs this one read, nothing more.
            if (cached && sameGrid(grid, cached.grid)) {
              sheets.push(cached);
              continue;
            }
            changed = true;
            sheets.push({ info, grid, references, reading: readSheet(grid) });
          } else if (cached && cached.info.name === info.name) {
            sheets.push(cached);
          } else if (cached) {
            const grid = { ...cached.grid, name: info.name };
            sheets.push({ ...cached, info, grid, reading: readSheet(grid) });
            changed = true;
          } else {
            // A sheet that appeared without an edit (a copied sheet): read at the next round.
            this.edited.add(info.id);
            this.schedule();
          }
        }
        changed ||= sheets.length !== cachedSheets.length;
        if (!changed) return;
        const marksBefore = cachedSheets.find(isMarksSheet);
        this.sheets = sheets;
        if (sheets.find(isMarksSheet) === marksBefore) {
          this.marks = this.resolveMarkSheets(this.marks);
        } else {
          // Marks written by the ribbon's own runtime: the workbook as read says what is marked.
          const marksError = this.loadMarksFromCache();
          if (marksError) this.update({ message: marksError });
        }
        this.recompute();
        if (readStates) await this.refreshMarks(context, readStates());
      });
    } catch {
      // Stopped halfway (a sheet deleted meanwhile…): read everything again.
      await this.fullCheck(false);
    }
  }

  /** The engine's view of the cached sheets: readings, embedded profiles, findings. */
  private recompute(): void {
    const sheets = this.sheets ?? [];
    const profileSheet = sheets.find((sheet) => sheet.info.name === PROFILE_SHEET);
    const embedded = this.embeddedProfilesOf(profileSheet?.grid ?? null);
    const [result] = checkReadings([
      {
        sheets: sheets.map((sheet) => sheet.reading),
        embeddedProfiles: embedded.profiles,
        profileErrors: embedded.errors,
      },
    ]);
    this.update({
      forms: result.forms,
      findings: result.findings,
      counts: countBySeverity(result.findings),
      profiles: profilesInUse(result.forms, embedded.profiles),
      highlighted: this.marks.length > 0,
      message:
        embedded.errors.length > 0
          ? { kind: 'error', text: embedded.errors.join('；') }
          : this.state.message,
    });
  }

  /** The profiles the workbook carries, as of the last check. */
  private embeddedProfiles(): Profile[] {
    return this.validatedProfiles?.profiles ?? [];
  }

  /**
   * The profiles embedded in the profile sheet's grid, validated once per grid: the grid is
   * replaced when that sheet is read again, and an edit elsewhere need not validate them anew.
   */
  private embeddedProfilesOf(grid: Grid | null): { profiles: Profile[]; errors: string[] } {
    if (!this.validatedProfiles || this.validatedProfiles.grid !== grid) {
      const { profiles, errors } = grid
        ? readEmbeddedProfiles({ sheets: [grid] })
        : { profiles: [], errors: [] };
      this.validatedProfiles = { grid, profiles, errors };
    }
    return this.validatedProfiles;
  }

  // ------------------------------------------------------------------ marks

  /** Marks from the marks sheet as last read; a Chinese message if the record is damaged. */
  private loadMarksFromCache(): PaneMessage | null {
    const marksSheet = this.sheets?.find((sheet) => isMarksSheet(sheet));
    if (!marksSheet) {
      this.marks = [];
      return null;
    }
    const decoded = decodeMarks(marksSheet.grid.rows);
    this.marks = decoded.ok ? this.resolveMarkSheets(decoded.marks) : [];
    return decoded.ok ? null : { kind: 'error', text: decoded.error };
  }

  /** Marks whose sheet was renamed follow it by id; marks of a deleted sheet are dropped. */
  private resolveMarkSheets(marks: Mark[]): Mark[] {
    const infos = this.sheetInfos();
    return marks.flatMap((mark) => {
      const sheet =
        infos.find((info) => info.id === mark.sheetId) ??
        infos.find((info) => info.name === mark.sheet);
      return sheet ? [{ ...mark, sheetId: sheet.id, sheet: sheet.name }] : [];
    });
  }

  /** One read (originals, notes, protection), one write: paint `paints`, restore every other mark. */
  private async applyMarks(paints: Paint[]): Promise<void> {
    await this.run(async (context) => {
      const { marks, written } = await applyPaints(
        context,
        this.markRecord(),
        paints,
        this.capabilities.notes,
      );
      this.rememberMarks(marks, written);
    });
  }

  /**
   * After an edit: marked cells still wrong keep their mark (colour and note follow the new
   * findings), fixed ones get their own fill and note back. New problems wait for 高亮错误.
   */
  private async refreshMarks(context: Excel.RequestContext, states: CellStates): Promise<void> {
    const marked = new Set(this.marks.map((mark) => markKey(mark.sheetId, mark.cell)));
    const paints = paintsFor(this.state.findings, this.sheetInfos());
    const stillWrong = paints.filter((paint) => marked.has(markKey(paint.sheetId, paint.cell)));
    const changes = planMarks(this.marks, stillWrong, states.cells, {
      notes: this.capabilities.notes,
      repaint: false,
    });
    if (!isEmptyChange(changes, this.marks)) {
      const written = queueMarkChanges(
        context,
        changes,
        this.markRecord().sheet,
        states.protectedSheets,
      );
      await context.sync();
      this.rememberMarks(changes.marks, written);
    }
    const waiting = paints.length - stillWrong.length;
    if (waiting > 0) {
      this.update({
        message: {
          kind: 'info',
          text: `有 ${waiting} 个单元格的新问题尚未高亮，点击“高亮错误”可更新高亮。`,
        },
      });
    }
  }

  /**
   * Read with an edit while marks are shown: the notes of marked cells (so that a fixed cell's
   * note can be restored) and the protection of their sheets.
   */
  private markedNoteRequest(): StateRequest {
    const request = emptyStateRequest();
    for (const mark of this.marks) {
      request.sheets.add(mark.sheetId);
      if (!this.capabilities.notes || !mark.noted) continue;
      const cells = request.notes.get(mark.sheetId) ?? new Set<string>();
      cells.add(mark.cell);
      request.notes.set(mark.sheetId, cells);
    }
    return request;
  }

  private markRecord(): MarkRecord {
    const marksSheet = this.sheets?.find((sheet) => isMarksSheet(sheet));
    return {
      marks: this.marks,
      sheet: { exists: marksSheet !== undefined, rows: marksSheet?.grid.rows.length ?? 0 },
    };
  }

  /** After a write: the cache holds the marks sheet as written (it is not read back). */
  private rememberMarks(marks: Mark[], written: RecordWrite): void {
    this.marks = marks;
    const marksSheet = this.sheets?.find((sheet) => isMarksSheet(sheet));
    const others = (this.sheets ?? []).filter((sheet) => !isMarksSheet(sheet));
    if (written.pieces.length === 0) {
      this.sheets = others;
    } else {
      const info = marksSheet?.info ?? {
        id: written.created?.id ?? '',
        name: MARKS_SHEET,
        hidden: true,
      };
      const rows = Math.max(written.pieces.length, marksSheet?.grid.rows.length ?? 0);
      const grid: Grid = {
        name: MARKS_SHEET,
        hidden: true,
        rows: Array.from({ length: rows }, (_, index) => [written.pieces[index] ?? null]),
        merges: [],
      };
      this.sheets = [...others, { info, grid, references: [], reading: readSheet(grid) }];
    }
    this.update({ highlighted: marks.length > 0 });
  }

  // ------------------------------------------------------------------ profiles

  /** The template a request asks for, with the profiles it names (embedded ones first), else the defaults. */
  private describe(request: GenerateRequest): TemplateLayout {
    const chosen = request.profileId ? this.profileById(request.profileId) : null;
    if (chosen && request.kind !== 'package' && chosen.form !== request.kind) {
      throw new TemplateError(
        `配置“${chosen.name}”适用于${KIND_NAME[chosen.form]}，不能用来生成${KIND_NAME[request.kind]}`,
      );
    }
    return describeRequest(requestFor(request, chosen));
  }

  private profileById(id: string): Profile {
    const profile =
      this.embeddedProfiles().find((candidate) => candidate.id === id) ?? builtinProfile(id);
    if (!profile) throw new TemplateError(`找不到配置“${id}”：请从列表中选择，或先导入配置文件`);
    return profile;
  }

  /**
   * Writes the profile into the very hidden profile sheet, first, in place of one with the same
   * id (one sync). The cache takes the sheet as written.
   */
  private async embedProfile(profile: Profile): Promise<void> {
    const existing = this.sheets?.find((sheet) => sheet.info.name === PROFILE_SHEET);
    const others = (existing?.grid.rows ?? [])
      .map((row) => (typeof row[0] === 'string' ? row[0].trim() : ''))
      .filter((text) => text !== '')
      .filter((text) => {
        const parsed = parseProfileJson(text);
        return !parsed.ok || parsed.profile.id !== profile.id;
      });
    const texts = [profileToJson(profile), ...others];
    const rows = Math.max(texts.length, existing?.grid.rows.length ?? 0);
    const id = await this.run(async (context) => {
      const sheetRows = existing ? Math.max(1, existing.grid.rows.length) : 0;
      const sheet = queueProfileSheet(context.workbook.worksheets, texts, sheetRows);
      if (!existing) sheet.load('id');
      await context.sync();
      return existing ? existing.info.id : sheet.id;
    });
    const grid: Grid = {
      name: PROFILE_SHEET,
      hidden: true,
      rows: Array.from({ length: rows }, (_, index) => [texts[index] ?? null]),
      merges: [],
    };
    const cached: CachedSheet = {
      info: { id, name: PROFILE_SHEET, hidden: true },
      grid,
      references: [],
      reading: readSheet(grid),
    };
    const sheets = this.sheets ?? [];
    this.sheets = existing
      ? sheets.map((sheet) => (sheet === existing ? cached : sheet))
      : [...sheets, cached];
  }

  // ------------------------------------------------------------------ plumbing

  private sheetInfos(): SheetInfo[] {
    return (this.sheets ?? []).map((sheet) => sheet.info);
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const result = this.work.then(task);
    this.work = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Reports a failed action; the next one reads the workbook again, since this one may have stopped halfway. */
  private failed(error: unknown, what: string): void {
    this.sheets = null;
    this.update({
      status: 'idle',
      message: { kind: 'error', text: `${what}：${describeHostError(error)}` },
    });
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

const KIND_NAME: Record<FormKind, string> = {
  project: '项目支出绩效目标申报表',
  department: '部门整体支出绩效目标申报表',
};

function isMarksSheet(sheet: CachedSheet | undefined): boolean {
  return sheet?.info.name === MARKS_SHEET;
}

/** One entry per profile the forms were checked with (a modified copy shows as the built-in used). */
function profilesInUse(forms: FormSummary[], embedded: Profile[]): PaneProfile[] {
  const inUse = new Map<string, PaneProfile>();
  for (const form of forms) {
    const key = `${form.profileOrigin}:${form.profileFingerprint}`;
    if (inUse.has(key)) continue;
    const profile =
      form.profileOrigin === 'embedded'
        ? embedded.find((carried) => carried.id === form.profile)
        : builtinProfile(form.profile);
    if (!profile) continue;
    inUse.set(key, {
      id: profile.id,
      name: profile.name,
      form: profile.form,
      source: form.profileOrigin,
      fingerprint: form.profileFingerprint,
    });
  }
  return [...inUse.values()];
}

function checkMessage(state: PaneState): PaneMessage {
  if (state.forms.length === 0) {
    return {
      kind: 'info',
      text: '没有找到绩效目标申报表：可以用“生成项目表”或“生成部门表”新建一张。',
    };
  }
  const { error, warning, info } = state.counts;
  if (error + warning + info === 0) {
    return { kind: 'success', text: `检查完成：${state.forms.length} 张表，未发现问题。` };
  }
  return {
    kind: error > 0 ? 'error' : 'info',
    text: `检查完成：${state.forms.length} 张表，错误 ${error} 处，警告 ${warning} 处，提示 ${info} 处。`,
  };
}

function highlightMessage(paints: Paint[], notes: boolean): PaneMessage {
  if (paints.length === 0) return { kind: 'success', text: '没有需要高亮的问题。' };
  return {
    kind: 'success',
    text: notes
      ? `已高亮 ${paints.length} 个单元格；每个单元格的批注写明了问题。`
      : `已高亮 ${paints.length} 个单元格；问题列在任务窗格中（此版本的 Excel 不支持由加载项写批注）。`,
  };
}

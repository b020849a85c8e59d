/**
 * The add-in's controller: the one place the task pane and the ribbon commands go through. It
 * runs one action at a time and composes the parts: the workbook session (grids, cached by
 * sheet), the live check (events, debounce), the highlighter (marks), the profile store, the
 * template writer, and the pane state they report to, in the words of messages.ts.
 *
 * Sync budget (each Excel round trip is slow): a full check lists the sheets, then reads them
 * all (2 syncs); an edit re-reads the changed sheets (1 sync), and only when a marked cell's
 * finding changed reads those cells' notes and writes them (2 more), whatever the number of
 * marks; 高亮错误 and 清除高亮 read once and write once, whatever the count.
 */
import {
  checkReadings,
  countBySeverity,
  fixesOf,
  loadProfileBytes,
  type CellEdit,
  type Finding,
  type IndicatorSuggestion,
} from '../engine';
import { guideBlankForms } from './blankForms';
import { describeHostError } from './host/errors';
import { hostCapabilities, type HostCapabilities } from './host/capabilities';
import { Highlighter, isMarksSheet } from './highlighter';
import { fillRow, suggestionsAt, type SuggestedRow } from './indicatorHelp';
import { LiveCheck } from './liveCheck';
import { MESSAGES } from './messages';
import { PaneStore, type PaneMessage, type PaneState } from './paneState';
import { ProfileStore, profilesInUse } from './profileStore';
import { SafeFixes } from './safeFixes';
import { TemplateWriter, type GenerateRequest } from './templateWriter';
import { WorkbookSession, type CachedSheet, type ExcelRun } from './workbookSession';

export type { ExcelRun } from './workbookSession';
export type { GenerateRequest } from './templateWriter';
export type { PaneMessage, PaneProfile, PaneState, PaneStatus } from './paneState';

export interface ControllerOptions {
  /** Quiet time after the last edit before re-checking. */
  debounceMs?: number;
  /** What the host can do; detected from Office when absent. */
  capabilities?: HostCapabilities;
}

export const DEFAULT_DEBOUNCE_MS = 300;

export class AddinController {
  private readonly pane = new PaneStore();
  private readonly capabilities: HostCapabilities;
  private readonly session: WorkbookSession;
  private readonly live: LiveCheck;
  private readonly highlighter: Highlighter;
  private readonly profiles: ProfileStore;
  private readonly templates: TemplateWriter;
  private readonly fixes: SafeFixes;

  /** The empty 三级 row last selected, with what the pane shows for it. */
  private suggested: SuggestedRow | null = null;

  /** Excel work runs one batch at a time, in order. */
  private work: Promise<void> = Promise.resolve();

  constructor(run: ExcelRun, options: ControllerOptions = {}) {
    this.capabilities = options.capabilities ?? hostCapabilities();
    this.session = new WorkbookSession(run, this.capabilities);
    this.live = new LiveCheck(
      run,
      this.capabilities,
      options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      (sheetIds) => void this.serialized(() => this.recheck(sheetIds)),
      (sheetId, address) => this.suggestFor(sheetId, address),
    );
    this.highlighter = new Highlighter(this.session, this.capabilities);
    this.profiles = new ProfileStore(this.session);
    this.templates = new TemplateWriter(this.session, this.profiles);
    this.fixes = new SafeFixes(run);
  }

  getState(): PaneState {
    return this.pane.get();
  }

  subscribe(listener: (state: PaneState) => void): () => void {
    return this.pane.subscribe(listener);
  }

  /** Full check, then listens to edits and selection changes (debounced). */
  async start(): Promise<void> {
    await this.check();
    if (this.live.listening || !this.capabilities.reading) return;
    await this.serialized(async () => {
      try {
        await this.live.listen();
      } catch (error) {
        this.pane.say(MESSAGES.noLiveCheck(describeHostError(error)));
      }
    });
  }

  /** Stops listening (the pane is closing). */
  async stop(): Promise<void> {
    this.live.pause();
    await this.serialized(() => this.live.stop());
  }

  /** Waits until pending edits are checked and queued work is done (tests, and before an action). */
  async settle(): Promise<void> {
    this.live.flush();
    await this.work;
  }

  /** 检查 */
  async check(): Promise<void> {
    await this.settle();
    await this.serialized(() => this.fullCheck(true));
  }

  /** 高亮错误 */
  async highlight(): Promise<void> {
    await this.action('highlighting', MESSAGES.highlightFailed, async () => {
      const cells = await this.highlighter.markAll(this.pane.get().findings);
      this.pane.update({
        status: 'idle',
        highlighted: this.highlighter.count > 0,
        message: MESSAGES.highlighted(cells, this.highlighter.resultsSheet),
      });
    });
  }

  /** 清除高亮 */
  async clearHighlight(): Promise<void> {
    await this.action(
      'clearing',
      MESSAGES.clearFailed,
      async () => {
        const resultsSheet = this.highlighter.resultsSheet;
        const cells = await this.highlighter.clearAll();
        this.pane.update({
          status: 'idle',
          highlighted: false,
          message: MESSAGES.cleared(cells, this.capabilities.notes, resultsSheet),
        });
      },
      () => {
        if (this.highlighter.count > 0) return true;
        this.pane.say(MESSAGES.nothingToClear());
        return false;
      },
    );
  }

  /** Takes `message` off the message bar, unless another one has replaced it meanwhile. */
  dismissMessage(message: PaneMessage): void {
    if (this.pane.get().message === message) this.pane.say(null);
  }

  /** Activates the finding's sheet and selects its cell; a success or hint from before goes. */
  async select(finding: Finding): Promise<void> {
    if (this.pane.get().message?.kind !== 'error') this.pane.say(null);
    await this.selectIn(finding.sheet, finding.cell, (sheet) =>
      sheet.getCell(finding.row, finding.col),
    );
  }

  /** Activates a sheet and selects a 待填写 cell (the engine names it in A1). */
  async selectCell(place: { sheet: string; cell: string }): Promise<void> {
    await this.selectIn(place.sheet, place.cell, (sheet) => sheet.getRange(place.cell));
  }

  private async selectIn(
    sheetName: string,
    address: string,
    cellOf: (sheet: Excel.Worksheet) => Excel.Range,
  ): Promise<void> {
    await this.serialized(async () => {
      try {
        await this.session.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          cellOf(sheet).select();
          await context.sync();
        });
      } catch (error) {
        this.pane.say(MESSAGES.cannotSelect(sheetName, address, describeHostError(error)));
      }
    });
  }

  /**
   * 采用建议 / 全部采用: the findings' safe fixes written in one batch (a fix whose cell changed
   * since the check is left alone), then the sheets written are checked again.
   */
  async applyFixes(findings: readonly Finding[]): Promise<void> {
    await this.action('fixing', MESSAGES.fixFailed, async () => {
      const { plan, notText } = await this.fixes.apply(fixesOf(findings));
      await this.afterFixes(plan.edits);
      this.pane.update({ status: 'idle', message: MESSAGES.fixesApplied(plan, notText) });
    });
  }

  /** 撤销: the latest apply taken back where its cells still hold what it wrote. */
  async undoFixes(): Promise<void> {
    await this.action(
      'fixing',
      MESSAGES.undoFailed,
      async () => {
        const plan = (await this.fixes.undo())!;
        await this.afterFixes(plan.edits);
        this.pane.update({ status: 'idle', message: MESSAGES.fixesUndone(plan) });
      },
      () => {
        if (this.fixes.undoable > 0) return true;
        this.pane.say(MESSAGES.nothingToUndo());
        return false;
      },
    );
  }

  /** New sheets only, never replaces one: one write, then the workbook is read and checked again. */
  async generate(request: GenerateRequest): Promise<void> {
    await this.action('generating', MESSAGES.generateFailed, async () => {
      const sheets = await this.templates.write(request);
      if (!(await this.fullCheck(false))) return;
      this.pane.say(MESSAGES.generated(request.year, sheets));
    });
  }

  /**
   * 采用 a suggested indicator: its name, operator and unit written into the selected empty row
   * in one sync, then that sheet read again (one more) and checked.
   */
  async fillSuggestion(suggestion: IndicatorSuggestion): Promise<void> {
    await this.action('filling', MESSAGES.fillFailed, async () => {
      const selected = this.suggested;
      if (!selected) return;
      const { sheet: name, cell } = selected.shown;
      // The row as the workbook holds it now: typed into since it was selected, it is the officer's.
      const sheet = this.session.byName(name);
      const row = sheet && this.rowAt(sheet, cell);
      this.showSuggestions(null);
      if (!sheet || !row) {
        this.pane.update({ status: 'idle', message: MESSAGES.rowNoLongerEmpty(name, cell) });
        return;
      }
      const valueCell = await fillRow(this.session.run, row, suggestion);
      await this.recheck(new Set([sheet.info.id]));
      this.pane.update({
        status: 'idle',
        message: MESSAGES.filled(suggestion.name, name, valueCell),
      });
    });
  }

  /**
   * A profile file's bytes, read by the engine's one loader (encoding, JSON syntax, fields: every
   * problem at once, in Chinese), embedded in the workbook's profile sheet; the forms are checked
   * by it at once.
   */
  async importProfile(bytes: Uint8Array): Promise<{ ok: boolean; errors: string[] }> {
    const parsed = loadProfileBytes(bytes);
    if (!parsed.ok) {
      this.pane.say(MESSAGES.profileInvalid(parsed.errors));
      return { ok: false, errors: parsed.errors };
    }
    const profile = parsed.profile;
    let outcome: { ok: boolean; errors: string[] } = { ok: false, errors: [] };
    await this.settle();
    await this.serialized(async () => {
      if (!(await this.readIfStale())) {
        outcome = {
          ok: false,
          errors: [this.pane.get().message?.text ?? MESSAGES.unreadableSentence],
        };
        return;
      }
      try {
        await this.profiles.embed(profile);
        this.recompute();
        this.pane.say(MESSAGES.profileImported(profile.name, profile.id, this.pane.get()));
        outcome = { ok: true, errors: [] };
      } catch (error) {
        const message = MESSAGES.profileNotSaved(describeHostError(error));
        this.pane.say(message);
        outcome = { ok: false, errors: [message.text] };
      }
    });
    return outcome;
  }

  /** JSON of the profile the forms are checked with (an imported one first), else null. */
  async exportProfile(): Promise<string | null> {
    await this.settle();
    if (!this.session.isRead)
      await this.serialized(() => this.fullCheck(false).then(() => undefined));
    return this.profiles.exportJson(this.pane.get().profiles);
  }

  // ------------------------------------------------------------------ plumbing

  /**
   * An action on a workbook read afresh where needed: `status` while it runs; a failure is
   * reported as `failure` and the next action reads the workbook again. `ready` may decline.
   */
  private async action(
    status: PaneState['status'],
    failure: string,
    task: () => Promise<void>,
    ready: () => boolean = () => true,
  ): Promise<void> {
    await this.settle();
    await this.serialized(async () => {
      if (!(await this.readIfStale()) || !ready()) return;
      this.pane.update({ status, message: null });
      try {
        await task();
      } catch (error) {
        this.failed(error, failure);
      }
    });
  }

  /**
   * Before an action: the workbook read unless the cache can be trusted. Without a shared
   * runtime the ribbon's copy of the add-in writes the same workbook unseen (its events look
   * like ours), so every action reads it afresh: the workbook, not memory, says what is marked.
   */
  private async readIfStale(): Promise<boolean> {
    if (this.session.isRead && this.capabilities.sharedRuntime) return true;
    return this.fullCheck(false);
  }

  /** Reads every sheet (2 syncs) and checks. False when the workbook could not be read. */
  private async fullCheck(announce: boolean): Promise<boolean> {
    if (!this.capabilities.reading) {
      this.pane.update({ status: 'idle', message: MESSAGES.tooOld() });
      return false;
    }
    this.pane.update({ status: 'checking' });
    try {
      await this.session.readAll();
      const marksError = this.highlighter.load();
      this.recompute();
      const state = this.pane.get();
      this.pane.update({
        status: 'idle',
        message: marksError
          ? MESSAGES.damagedMarks(marksError)
          : announce
            ? MESSAGES.checked(state)
            : state.message,
      });
      return true;
    } catch (error) {
      this.failed(error, MESSAGES.unreadable);
      return false;
    }
  }

  /**
   * Re-reads the edited (and selection-changed) sheets in one sync; if anything changed,
   * re-runs the rules for the whole workbook and, when marks are shown, keeps them true.
   */
  private async recheck(sheetIds: Set<string>): Promise<void> {
    const marksBefore = this.session.all().find(isMarksSheet);
    try {
      // The marks sheet changes only through this runtime's writes where the runtime is shared.
      const { changed, unseen } = await this.session.reread(
        sheetIds,
        (sheet) => this.capabilities.sharedRuntime && isMarksSheet(sheet),
      );
      this.live.later(unseen);
      if (!changed) return;
      if (this.session.all().find(isMarksSheet) === marksBefore) {
        this.highlighter.followSheets();
      } else {
        // Marks written by the ribbon's own runtime: the workbook as read says what is marked.
        const marksError = this.highlighter.load();
        if (marksError) this.pane.say(MESSAGES.damagedMarks(marksError));
      }
      this.recompute();
      const waiting = await this.highlighter.refresh(this.pane.get().findings);
      this.pane.update({ highlighted: this.highlighter.count > 0 });
      if (waiting > 0) this.pane.say(MESSAGES.notYetHighlighted(waiting));
    } catch {
      // Stopped halfway (a sheet deleted meanwhile…): read everything again.
      await this.fullCheck(false);
    }
  }

  /** After cells were written: their sheets read again and checked (marks kept true). */
  private async afterFixes(edits: CellEdit[]): Promise<void> {
    this.pane.update({ undoableFixes: this.fixes.undoable });
    const names = new Set(edits.map((edit) => edit.sheet));
    const ids = this.session
      .infos()
      .filter((info) => names.has(info.name))
      .map((info) => info.id);
    if (ids.length > 0) await this.recheck(new Set(ids));
  }

  /** A selection moved: the suggestions for the row it landed in, from the sheets as read. */
  private suggestFor(sheetId: string, address: string): void {
    const sheet = this.session.all().find((candidate) => candidate.info.id === sheetId);
    this.showSuggestions(sheet ? this.rowAt(sheet, address) : null);
  }

  private rowAt(sheet: CachedSheet, address: string): SuggestedRow | null {
    return suggestionsAt(sheet, address, this.pane.get().forms, this.profiles.embedded().profiles);
  }

  private showSuggestions(row: SuggestedRow | null): void {
    if (row === null && this.suggested === null) return;
    this.suggested = row;
    this.pane.update({ rowSuggestions: row?.shown ?? null });
  }

  /** The engine's view of the cached sheets: readings, embedded profiles, findings. */
  private recompute(): void {
    const embedded = this.profiles.embedded();
    const readings = this.session.all().map((sheet) => sheet.reading);
    const [result] = checkReadings([
      {
        sheets: readings,
        embeddedProfiles: embedded.profiles,
        profileErrors: embedded.errors,
      },
    ]);
    this.pane.update({
      forms: result.forms,
      findings: result.findings,
      counts: countBySeverity(result.findings),
      ...guideBlankForms(readings, result.findings),
      profiles: profilesInUse(result.forms, embedded.profiles),
      highlighted: this.highlighter.count > 0,
      message:
        embedded.errors.length > 0
          ? MESSAGES.embeddedProfileErrors(embedded.errors)
          : this.pane.get().message,
    });
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
    this.session.invalidate();
    this.pane.update({
      status: 'idle',
      message: MESSAGES.failed(what, describeHostError(error)),
    });
  }
}

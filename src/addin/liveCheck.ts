/**
 * Listening to the workbook: edits and selection changes name a sheet; after a quiet time the
 * sheets named are handed on for a re-check, in one batch however many events came.
 */
import type { HostCapabilities } from './host/capabilities';
import type { ExcelRun } from './workbookSession';

/** Event arguments, as far as the add-in reads them (Excel's and the sandbox's alike). */
interface SheetEvent {
  worksheetId: string;
  /** The range selected (selection events). */
  address?: string;
  triggerSource?: string;
}

export class LiveCheck {
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private handlers: { remove(): void }[] = [];

  constructor(
    private readonly run: ExcelRun,
    private readonly capabilities: HostCapabilities,
    private readonly debounceMs: number,
    /** Re-checks the sheets named (ids); called once per quiet time. */
    private readonly due: (sheetIds: Set<string>) => void,
    /** Told of every selection at once, without waiting: it must not call Excel. */
    private readonly selected: (sheetId: string, address: string) => void = () => undefined,
  ) {}

  get listening(): boolean {
    return this.handlers.length > 0;
  }

  /** Registers the event handlers (one sync). */
  async listen(): Promise<void> {
    await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const handlers = [
        worksheets.onChanged.add(async (event) => this.onChanged(event)),
        worksheets.onSelectionChanged.add(async (event) => this.onSelectionChanged(event)),
      ];
      await context.sync();
      this.handlers = handlers;
    });
  }

  /** Drops what is pending: no re-check comes after this (the pane is closing). */
  pause(): void {
    this.cancelTimer();
    this.pending.clear();
  }

  /** Removes the handlers (one sync). */
  async stop(): Promise<void> {
    this.pause();
    const handlers = this.handlers;
    this.handlers = [];
    if (handlers.length === 0) return;
    await this.run(async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    }).catch(() => undefined);
  }

  /** Sheets to read at the next round, without an event (a sheet that appeared unannounced). */
  later(sheetIds: string[]): void {
    for (const id of sheetIds) this.pending.add(id);
    if (sheetIds.length > 0) this.schedule();
  }

  /** Hands on what is pending now, without waiting for the quiet time (before an action). */
  flush(): boolean {
    if (!this.timer) return false;
    this.cancelTimer();
    this.handOn();
    return true;
  }

  private onChanged(event: SheetEvent): void {
    // This runtime's own writes (marks, generated sheets it checks itself) are not edits; without
    // a shared runtime the same trigger may be the ribbon's copy, whose marks must be seen.
    if (event.triggerSource === 'ThisLocalAddin' && this.capabilities.sharedRuntime) return;
    this.pending.add(event.worksheetId);
    this.schedule();
  }

  private onSelectionChanged(event: SheetEvent): void {
    // Some Excel builds fire no change for a drop-down pick: a selection move re-reads the sheet.
    this.pending.add(event.worksheetId);
    this.schedule();
    if (event.address) this.selected(event.worksheetId, event.address);
  }

  private schedule(): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.handOn();
    }, this.debounceMs);
  }

  private handOn(): void {
    const ids = new Set(this.pending);
    this.pending.clear();
    this.due(ids);
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

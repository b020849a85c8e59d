/**
 * The simulated Excel application: one workbook, the counters the tests and the benchmark read,
 * and the events a person's typing or clicking fires.
 */
import type { ExcelApi } from '../../addin';
import { parseRange, rangeToA1, type CellRange, type CellValue } from '../../engine';
import { BookModel, type SheetModel } from './book';
import { FakeContext, type SyncEffects } from './context';
import { FULL_HOST, hasMember, type SimulatedHost } from './apiLevel';
import { FakeOfficeError } from './errors';
import { recalculate } from './formulas';
import type { EventHandler, EventKind, ObjectHost } from './objectHost';
import { emptySnapshot, type WorkbookSnapshot } from './snapshot';
import { FakeRequestContext } from './workbook';

type TriggerSource = 'Unknown' | 'ThisLocalAddin';

export class FakeHost implements ObjectHost {
  book: BookModel;
  readonly counters = { syncs: 0, apiCalls: 0, loads: 0 };
  private readonly handlers: Record<EventKind, Set<EventHandler>> = {
    changed: new Set(),
    selectionChanged: new Set(),
  };

  constructor(
    snapshot: WorkbookSnapshot = emptySnapshot(),
    readonly simulated: SimulatedHost = FULL_HOST,
  ) {
    this.book = new BookModel(snapshot);
  }

  /** Excel.run: a fresh request context; whatever is still queued when the batch ends is synced. */
  async run<T>(batch: (context: ExcelApi.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeContext({
      simulated: this.simulated,
      countCall: () => this.counters.apiCalls++,
      countLoad: () => this.counters.loads++,
      countSync: () => this.counters.syncs++,
      afterSync: (effects) => this.afterBatch(effects),
    });
    const result = await batch(new FakeRequestContext(context, this));
    if (context.hasPending()) await context.sync();
    return result;
  }

  resetCounters(): void {
    this.counters.syncs = 0;
    this.counters.apiCalls = 0;
    this.counters.loads = 0;
  }

  load(snapshot: WorkbookSnapshot): void {
    this.book = new BookModel(snapshot);
  }

  registerHandler(kind: EventKind, handler: EventHandler): () => void {
    this.handlers[kind].add(handler);
    return () => this.handlers[kind].delete(handler);
  }

  /** A person types into a cell (or picks from a drop-down): the value changes, onChanged fires. */
  typeValue(
    sheetName: string,
    address: string,
    value: CellValue,
    options: { fireChanged?: boolean } = {},
  ): void {
    const { sheet, area } = this.locate(sheetName, address);
    sheet.checkEditable(null, area.top, area.left);
    const before = sheet.cell(area.top, area.left)?.value ?? null;
    const cell = sheet.editCell(area.top, area.left);
    cell.value = value === '' ? null : value;
    // Typing over a formula replaces it, as in Excel.
    delete cell.formula;
    sheet.prune(area.top, area.left);
    recalculate(this.book);
    if (options.fireChanged === false) return;
    this.fireChanged(sheet, area, 'Unknown', {
      valueBefore: before ?? '',
      valueAfter: value ?? '',
    });
  }

  /** A person clicks a cell: the selection moves, onSelectionChanged fires. */
  selectCell(sheetName: string, address: string): void {
    const { sheet, area } = this.locate(sheetName, address);
    this.book.selection = { sheet: sheet.name, address: rangeToA1(area) };
    this.selectionChanged(sheet, area);
  }

  selectionChanged(sheet: SheetModel, area: CellRange): void {
    this.dispatch('selectionChanged', {
      type: 'WorksheetSelectionChanged',
      worksheetId: sheet.id,
      address: rangeToA1(area),
    });
  }

  private afterBatch(effects: SyncEffects): void {
    // Excel recalculates after every batch; dependents fire no change event, as in Excel.
    if (effects.editedValues.size > 0) recalculate(this.book);
    for (const [sheetId, areas] of effects.editedValues) {
      const sheet = this.book.sheetById(sheetId);
      if (sheet) this.fireChanged(sheet, boundingArea(areas), 'ThisLocalAddin');
    }
  }

  private fireChanged(
    sheet: SheetModel,
    area: CellRange,
    triggerSource: TriggerSource,
    details?: object,
  ): void {
    this.dispatch('changed', {
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      address: rangeToA1(area),
      changeType: 'RangeEdited',
      source: 'Local',
      ...(hasMember(this.simulated, 'WorksheetChangedEventArgs.triggerSource')
        ? { triggerSource }
        : {}),
      details,
    });
  }

  /** Excel calls handlers asynchronously, after the edit; a failing handler does not break Excel. */
  private dispatch(kind: EventKind, args: object): void {
    for (const handler of [...this.handlers[kind]]) {
      void Promise.resolve()
        .then(() => handler(args))
        .catch(() => undefined);
    }
  }

  private locate(sheetName: string, address: string): { sheet: SheetModel; area: CellRange } {
    const sheet = this.book.sheet(sheetName);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `找不到工作表“${sheetName}”。`);
    const area = parseRange(address.replace(/\$/g, ''));
    if (!area) throw new FakeOfficeError('InvalidArgument', `单元格地址“${address}”无效。`);
    return { sheet, area };
  }
}

function boundingArea(areas: CellRange[]): CellRange {
  return areas.reduce((all, area) => ({
    top: Math.min(all.top, area.top),
    left: Math.min(all.left, area.left),
    bottom: Math.max(all.bottom, area.bottom),
    right: Math.max(all.right, area.right),
  }));
}

/**
 * The simulated Excel host: an in-memory workbook behind the part of the Excel JavaScript API the
 * add-in uses (src/addin/host/excelApi.ts, one file here per Excel object implementing it), with
 * Excel's batching semantics. Browser-safe: no node imports here.
 */
import type { ExcelRun } from '../../addin';
import type { CellValue } from '../../engine';
import type { WorkbookSnapshot } from './snapshot';
import { supportsSet, type SimulatedHost } from './apiLevel';
import { FakeHost } from './host';

export type {
  WorkbookSnapshot,
  SheetSnapshot,
  CellSnapshot,
  ValidationSnapshot,
  NamedItemSnapshot,
  PageBreakSnapshot,
  PageSetupSnapshot,
  SheetVisibility,
} from './snapshot';
export { emptySnapshot } from './snapshot';
export { FakeOfficeError } from './errors';
export { apiMinor, FULL_HOST, type SimulatedHost } from './apiLevel';

export interface FakeExcel {
  /** Excel.run over the simulated workbook. */
  run: ExcelRun;
  /** Office.context.requirements of the simulated Excel: answers by its API level. */
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  /** The Excel being simulated. */
  simulated: SimulatedHost;
  /** context.sync calls since creation or the last resetCounters. */
  syncCount(): number;
  /** Queued API calls (property writes, method calls, loads) since creation or the last resetCounters. */
  apiCallCount(): number;
  /** Objects loaded (load() calls: ranges, collections, notes) since creation or the last resetCounters. */
  loadCount(): number;
  resetCounters(): void;
  /**
   * Types a value into a cell as a person would: fires worksheet onChanged. `fireChanged: false`
   * plays the Excel builds that fire nothing when a value is picked from a drop-down.
   */
  setValue(
    sheet: string,
    address: string,
    value: CellValue,
    options?: { fireChanged?: boolean },
  ): void;
  getValue(sheet: string, address: string): CellValue;
  getFill(sheet: string, address: string): string | null;
  getNote(sheet: string, address: string): string | null;
  /** Sheet names in tab order, hidden ones included. */
  sheets(): string[];
  /** Moves the selection as a person clicking would: fires onSelectionChanged. */
  select(sheet: string, address: string): void;
  /**
   * Replaces the whole workbook (another file opened in the same window). Registered event
   * handlers stay, so the add-in keeps listening; it should check() the new content.
   */
  load(snapshot: WorkbookSnapshot): void;
  /** The workbook as saved: a deep copy. */
  snapshot(): WorkbookSnapshot;
}

/** A simulated Excel on `snapshot` (blank without one), with every API unless `simulated` says less. */
export function createFakeExcel(snapshot?: WorkbookSnapshot, simulated?: SimulatedHost): FakeExcel {
  const host = new FakeHost(snapshot, simulated);
  return {
    run: (batch) => host.run(batch),
    requirements: {
      isSetSupported: (name, minVersion) => supportsSet(host.simulated, name, minVersion),
    },
    simulated: host.simulated,
    syncCount: () => host.counters.syncs,
    apiCallCount: () => host.counters.apiCalls,
    loadCount: () => host.counters.loads,
    resetCounters: () => host.resetCounters(),
    setValue: (sheet, address, value, options) => host.typeValue(sheet, address, value, options),
    getValue: (sheet, address) => host.book.cell(sheet, address)?.value ?? null,
    getFill: (sheet, address) => host.book.cell(sheet, address)?.fill ?? null,
    getNote: (sheet, address) => host.book.cell(sheet, address)?.note ?? null,
    sheets: () => host.book.sheets.map((sheet) => sheet.name),
    select: (sheet, address) => host.selectCell(sheet, address),
    load: (next) => host.load(next),
    snapshot: () => host.book.toSnapshot(),
  };
}

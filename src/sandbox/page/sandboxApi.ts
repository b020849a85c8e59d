/**
 * window.sandbox: what browser tests (and curious people in the console) drive the sandbox with.
 * docs/SANDBOX.md lists the required members; `ready`, `state`, `snapshot` and `pressRibbon` are
 * extras for waiting, comparing whole workbooks and clicking the (invisible) ribbon.
 */
import type { PaneState } from '../../addin';
import type { CellValue, FindingJson } from '../../engine';
import type { WorkbookSnapshot } from '../fakeExcel';
import type { SandboxSession, WorkbookSource } from './session';

/** A finding as the CLI's JSON prints it. */
export type SandboxIssue = FindingJson;

export interface SandboxApi {
  setValue(sheet: string, address: string, value: CellValue): void;
  getValue(sheet: string, address: string): CellValue;
  getFill(sheet: string, address: string): string | null;
  getNote(sheet: string, address: string): string | null;
  sheets(): string[];
  issues(): SandboxIssue[];
  syncCount(): number;
  loadWorkbook(source: WorkbookSource): Promise<void>;
  /** Settles when the first workbook is loaded and the add-in has started on it. */
  ready: Promise<void>;
  /** The task pane's state now. */
  state(): PaneState;
  /** The whole simulated workbook (a copy). */
  snapshot(): WorkbookSnapshot;
  /** Runs a ribbon function (highlightErrors, clearHighlights) as Office would on a button click. */
  pressRibbon(functionName: string): Promise<void>;
}

declare global {
  interface Window {
    sandbox: SandboxApi;
  }
}

export function createSandboxApi(session: SandboxSession, ready: Promise<void>): SandboxApi {
  return {
    setValue: (sheet, address, value) => session.typeValue(sheet, address, value),
    getValue: (sheet, address) => session.excel.getValue(sheet, address),
    getFill: (sheet, address) => session.excel.getFill(sheet, address),
    getNote: (sheet, address) => session.excel.getNote(sheet, address),
    sheets: () => session.excel.sheets(),
    issues: () =>
      session.controller
        .getState()
        .findings.map(({ rule, ruleName, severity, sheet, cell, message, suggestion }) =>
          suggestion === undefined
            ? { rule, ruleName, severity, sheet, cell, message }
            : { rule, ruleName, severity, sheet, cell, message, suggestion },
        ),
    syncCount: () => session.excel.syncCount(),
    loadWorkbook: (source) => session.loadWorkbook(source),
    ready,
    state: () => session.controller.getState(),
    snapshot: () => session.excel.snapshot(),
    pressRibbon: (functionName) => session.pressRibbon(functionName),
  };
}

/**
 * 采用建议 / 全部采用 / 撤销: the findings' safe fixes (notation only, fixes.ts) written into the
 * workbook. Each apply and each undo is one Excel batch: one sync reads the cells as they are
 * now, one writes; a fix whose cell no longer shows its old text is left alone, and an undo
 * restores a cell only where it still holds the text the fix wrote.
 */
import { planFixes, type CellEdit, type CellFix, type FixPlan } from '../engine';
import type { ExcelRun } from './workbookSession';
import type * as ExcelApi from './host/excelApi';

/**
 * Texts Excel may turn into a number or a date when written as a value ("95", "95%", "95％",
 * "2025-12-31"): "95%" would be read back as 0.95. Such a fix is left to `perf-forms fix`.
 */
const BECOMES_NUMBER =
  /^\s*(?:[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*[%％]?|\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)\s*$/;

export function keptAsText(text: string): boolean {
  return !BECOMES_NUMBER.test(text) && !text.startsWith('=');
}

export interface FixOutcome {
  plan: FixPlan;
  /** Fixes not written because Excel would read their text as a number. */
  notText: CellFix[];
}

/** Fixes applied by the pane, latest last, for 撤销. */
export class SafeFixes {
  private readonly applied: CellEdit[][] = [];

  constructor(private readonly run: ExcelRun) {}

  /** How many applies 撤销 can still take back. */
  get undoable(): number {
    return this.applied.length;
  }

  /** Writes the fixes (one batch: a read, a write); remembered for 撤销 when any was written. */
  async apply(fixes: readonly CellFix[]): Promise<FixOutcome> {
    const notText = fixes.filter((fix) => !keptAsText(fix.newValue));
    const plan = await this.write(fixes.filter((fix) => keptAsText(fix.newValue)));
    if (plan.edits.length > 0) this.applied.push(plan.edits);
    return { plan, notText };
  }

  /** Takes back the latest apply where its cells still hold what it wrote. */
  async undo(): Promise<FixPlan | null> {
    const edits = this.applied.pop();
    if (!edits) return null;
    return this.write(
      edits.map((edit) => ({ ...edit, oldValue: edit.newValue, newValue: edit.oldValue })),
    );
  }

  /** Forgets what was applied (another workbook, or the pane closing). */
  forget(): void {
    this.applied.length = 0;
  }

  private write(fixes: readonly CellFix[]): Promise<FixPlan> {
    if (fixes.length === 0) return Promise.resolve({ edits: [], skipped: [] });
    return this.run(async (context) => {
      const ranges = new Map<string, ExcelApi.Range>();
      for (const { sheet, cell } of fixes) {
        const key = `${sheet}!${cell}`;
        if (ranges.has(key)) continue;
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        range.load('values,formulas');
        ranges.set(key, range);
      }
      await context.sync();
      const plan = planFixes(fixes, (sheet, cell) => {
        const range = ranges.get(`${sheet}!${cell}`)!;
        const formula = range.formulas[0][0];
        // A formula's result is no text to rewrite.
        if (typeof formula === 'string' && formula.startsWith('=')) return null;
        const value = range.values[0][0] as unknown;
        return typeof value === 'string' ? value : null;
      });
      if (plan.edits.length === 0) return plan;
      for (const edit of plan.edits)
        ranges.get(`${edit.sheet}!${edit.cell}`)!.values = [[edit.newValue]];
      await context.sync();
      return plan;
    });
  }
}

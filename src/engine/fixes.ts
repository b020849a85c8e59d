/**
 * Safe fixes: a finding may carry the text its cell should hold instead, where the change is one
 * of notation, never of meaning (≧ → ≥, 定义 → 定性, 百分比 → %, ９５ → 95). Applying them is
 * pure: hosts read the cells, plan, and write the planned edits themselves.
 */
import { fromA1, type CellValue, type WorkbookGrid } from './grid';
import { cellText, toHalfWidth } from './text';

/** A fix as a rule reports it: its cell's text as read, and the text it should hold. */
export interface TextFix {
  oldValue: string;
  newValue: string;
}

/** A fix as a finding carries it: which cell, the text it expects there and the text to write. */
export interface CellFix extends TextFix {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/**
 * A fix that rewrites `length` characters of `text` from `start`: the rest of the cell stays as
 * written. `start` and `length` count in `toHalfWidth(text)` as well as in `text` (it maps one
 * character to one), so a part found in the half-width reading is replaced in the original.
 */
export function rewritePart(
  text: string,
  start: number,
  length: number,
  replacement: string,
): TextFix {
  return {
    oldValue: text,
    newValue: text.slice(0, start) + replacement + text.slice(start + length),
  };
}

/** Full-width digits to ASCII ones, the rest of the text as written; null where there are none. */
export function halfWidthDigits(text: string): TextFix | null {
  const newValue = text.replace(/[０-９]/g, (digit) => toHalfWidth(digit));
  return newValue === text ? null : { oldValue: text, newValue };
}

/** A cell's one edit, made of the fixes planned for it (several fixes of one cell are merged). */
export interface CellEdit<F extends CellFix = CellFix> extends CellFix {
  fixes: F[];
}

export type SkipReason = 'changed' | 'overlap';

export const SKIP_REASON_LABEL: Record<SkipReason, string> = {
  changed: '单元格的内容与检查时读到的不同（已被改动，或是公式），未修改',
  overlap: '与同一单元格的另一处修正重叠，重新检查后再修正',
};

/** The edits to make, and the fixes left out with why: `F` may carry more (the finding's rule). */
export interface FixPlan<F extends CellFix = CellFix> {
  edits: CellEdit<F>[];
  skipped: { fix: F; reason: SkipReason }[];
}

/** The part of `oldValue` a fix rewrites: the span between the common prefix and suffix. */
function changedSpan({ oldValue, newValue }: TextFix): {
  start: number;
  end: number;
  text: string;
} {
  let start = 0;
  const shorter = Math.min(oldValue.length, newValue.length);
  while (start < shorter && oldValue[start] === newValue[start]) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    oldValue[oldValue.length - 1 - tail] === newValue[newValue.length - 1 - tail]
  )
    tail++;
  return {
    start,
    end: oldValue.length - tail,
    text: newValue.slice(start, newValue.length - tail),
  };
}

function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/**
 * Plans the edits for `fixes`, given what each cell holds now (`valueAt`). A fix whose cell no
 * longer shows its old text is skipped (a stale fix is never applied); the same fix twice (rows
 * sharing a merged cell) is one; different fixes of one cell are merged where their parts do
 * not overlap (an operator and a unit in "≧95百分比").
 */
export function planFixes<F extends CellFix>(
  fixes: readonly F[],
  valueAt: (sheet: string, cell: string) => CellValue,
): FixPlan<F> {
  const byCell = new Map<string, F[]>();
  for (const fix of fixes) {
    const key = cellKey(fix.sheet, fix.cell);
    const same = byCell.get(key);
    if (!same) byCell.set(key, [fix]);
    else if (!same.some((other) => other.newValue === fix.newValue)) same.push(fix);
  }
  const plan: FixPlan<F> = { edits: [], skipped: [] };
  for (const cellFixes of byCell.values()) {
    const { sheet, cell } = cellFixes[0];
    // Fixes rewrite text: a cell holding a number, or nothing, has none to rewrite.
    const value = valueAt(sheet, cell);
    const current = typeof value === 'string' ? cellText(value) : null;
    const fresh = cellFixes.filter((fix) => fix.oldValue === current);
    for (const fix of cellFixes)
      if (fix.oldValue !== current) plan.skipped.push({ fix, reason: 'changed' });
    if (current === null || fresh.length === 0) continue;
    // Parts from the end first, so earlier positions stay where they were.
    const spans = fresh
      .map((fix) => ({ fix, ...changedSpan(fix) }))
      .sort((a, b) => b.start - a.start);
    let newValue = current;
    let boundary = Infinity;
    const merged: F[] = [];
    for (const span of spans) {
      if (span.end > boundary || (span.end === boundary && span.start === span.end)) {
        plan.skipped.push({ fix: span.fix, reason: 'overlap' });
        continue;
      }
      newValue = newValue.slice(0, span.start) + span.text + newValue.slice(span.end);
      boundary = span.start;
      merged.unshift(span.fix);
    }
    plan.edits.push({ sheet, cell, oldValue: current, newValue, fixes: merged });
  }
  return plan;
}

/** The fixes of some findings (those that carry one), each with its rule's Chinese name. */
export function fixesOf(
  findings: readonly { fix?: CellFix; ruleName: string }[],
): (CellFix & { ruleName: string })[] {
  return findings.flatMap(({ fix, ruleName }) => (fix ? [{ ...fix, ruleName }] : []));
}

/**
 * A copy of `book` with the fixes applied to its grids, and the plan that was followed: the
 * engine's own step, for a host that works on grids and for tests (nothing is changed in place).
 */
export function applyFixes(
  book: WorkbookGrid,
  fixes: readonly CellFix[],
): { book: WorkbookGrid; plan: FixPlan } {
  const sheets = new Map(book.sheets.map((grid) => [grid.name, grid]));
  const plan = planFixes(fixes, (sheet, cell) => {
    const grid = sheets.get(sheet);
    const at = fromA1(cell);
    return grid && at ? (grid.rows[at.row]?.[at.col] ?? null) : null;
  });
  const edited = new Set(plan.edits.map((edit) => edit.sheet));
  const result: WorkbookGrid = {
    sheets: book.sheets.map((grid) =>
      edited.has(grid.name) ? { ...grid, rows: grid.rows.map((row) => [...row]) } : grid,
    ),
  };
  const resultSheets = new Map(result.sheets.map((grid) => [grid.name, grid]));
  for (const edit of plan.edits) {
    const grid = resultSheets.get(edit.sheet);
    const at = fromA1(edit.cell);
    if (grid && at) (grid.rows[at.row] ??= [])[at.col] = edit.newValue;
  }
  return { book: result, plan };
}

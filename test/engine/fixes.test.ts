/** Safe fixes: what the findings of a published form carry, and the pure step that applies them. */
import {
  applyFixes,
  cellAt,
  checkWorkbook,
  fixesOf,
  fromA1,
  planFixes,
  type CellFix,
  type Finding,
  type WorkbookGrid,
} from '../../src/engine';
import { loadExample } from './fixtures';

function valueOf(book: WorkbookGrid, sheet: string, cell: string) {
  const grid = book.sheets.find((s) => s.name === sheet)!;
  const at = fromA1(cell)!;
  return cellAt(grid, at.row, at.col);
}

/** What a re-check compares: every finding but its fix. */
const key = ({ rule, sheet, cell, message }: Finding) => `${rule} ${sheet}!${cell} ${message}`;

describe('the fixes of suizhou-2025 (≧ and 定义 as published)', () => {
  const book = loadExample('suizhou-2025');
  const { findings } = checkWorkbook(book);
  const fixes = fixesOf(findings);

  test('every operator finding of the form carries a fix, and only notation is fixed', () => {
    const operatorFindings = findings.filter((f) => f.rule.startsWith('operator.'));
    expect(operatorFindings.length).toBeGreaterThan(0);
    for (const finding of operatorFindings) expect(finding.fix).toBeDefined();
    // Arithmetic is the officer's call: a sum or C−D keeps its suggestion, with no fix.
    for (const finding of findings.filter((f) => f.rule.startsWith('budget.')))
      expect(finding.fix).toBeUndefined();
    expect(new Set(fixes.map((fix) => `${fix.oldValue}→${fix.newValue}`))).toEqual(
      new Set(['≧→≥', '定义→定性']),
    );
  });

  test('applied to the grids: ≧ and 定义 gone, every other finding as before, the input untouched', () => {
    const before = structuredClone(book);
    const { book: fixed, plan } = applyFixes(book, fixes);
    expect(book).toEqual(before);
    expect(plan.skipped).toEqual([]);
    expect(plan.edits.length).toBe(new Set(fixes.map((f) => `${f.sheet}!${f.cell}`)).size);
    for (const edit of plan.edits)
      expect(valueOf(fixed, edit.sheet, edit.cell)).toBe(edit.newValue);
    const after = checkWorkbook(fixed).findings;
    expect(after.filter((f) => f.rule.startsWith('operator.'))).toEqual([]);
    expect(new Set(after.map(key))).toEqual(
      new Set(findings.filter((f) => !f.rule.startsWith('operator.')).map(key)),
    );
  });
});

describe('planFixes', () => {
  const fix = (cell: string, oldValue: string, newValue: string): CellFix => ({
    sheet: '表',
    cell,
    oldValue,
    newValue,
  });
  const cells: Record<string, string | number | null> = {
    A1: '≧',
    A2: '≧９５百分比',
    A3: '已改为≥',
    A4: '95%以上',
    A5: 42,
  };
  const valueAt = (_sheet: string, cell: string) => cells[cell] ?? null;

  test.each([
    ['one fix', [fix('A1', '≧', '≥')], [['A1', '≧', '≥']], []],
    [
      'the same fix twice (rows of one merged cell) is one edit',
      [fix('A1', '≧', '≥'), fix('A1', '≧', '≥')],
      [['A1', '≧', '≥']],
      [],
    ],
    [
      'fixes of different parts of one cell are merged',
      [
        fix('A2', '≧９５百分比', '≥９５百分比'),
        fix('A2', '≧９５百分比', '≧95百分比'),
        fix('A2', '≧９５百分比', '≧９５%'),
      ],
      [['A2', '≧９５百分比', '≥95%']],
      [],
    ],
    [
      'a stale fix (the cell holds other text now) is skipped',
      [fix('A3', '≧', '≥')],
      [],
      ['changed'],
    ],
    ['a cell holding a number is no text to rewrite', [fix('A5', '42', '４２')], [], ['changed']],
    [
      'fixes of overlapping parts: the first from the end is kept',
      [fix('A4', '95%以上', '≥95%'), fix('A4', '95%以上', '95%及以上')],
      [['A4', '95%以上', '95%及以上']],
      ['overlap'],
    ],
  ] as const)('%s', (_name, fixes, edits, skipped) => {
    const plan = planFixes(fixes, valueAt);
    expect(plan.edits.map((e) => [e.cell, e.oldValue, e.newValue])).toEqual(edits);
    expect(plan.skipped.map((s) => s.reason)).toEqual(skipped);
  });
});

/**
 * A RuleTester over real forms, after ESLint's: a table per rule, each case an edit of a published
 * example. Only the rule under test runs; every finding it makes must be listed, and each must fill
 * its message's placeholders, take its rule's severity, and suggest only where its meta says so.
 */
import {
  applyFixes,
  fixesOf,
  ruleById,
  type CellValue,
  type Finding,
  type Profile,
  type WorkbookGrid,
} from '../../src/engine';
import { runRules } from '../../src/engine/check';
import { readWorkbook } from '../../src/engine/reader/workbook';
import { placeholdersOf, type MessageData, type Rule } from '../../src/engine/rules/rule';
import { setCell, sheetOf } from './fixtures';

/** Cell values by address: "F13" on the workbook's first sheet, "部门整体!F13" on a named one. */
export type CellEdits = Record<string, CellValue>;

export interface ValidCase {
  name: string;
  /** The workbook to edit instead of the table's base (copied: it may be shared). */
  base?: WorkbookGrid;
  edit?: CellEdits | ((book: WorkbookGrid) => void);
  /** A profile forced for the forms of its kind, as `--profile` does. */
  profile?: Profile;
  /** Workbooks checked in the same run after this one (rules that compare files). */
  alongside?: WorkbookGrid[];
  /** File labels of the run's workbooks, for messages that name them. */
  labels?: string[];
}

export interface ExpectedError {
  /** The sheet; the first sheet of the case's workbook where omitted. */
  sheet?: string;
  cell: string;
  messageId: string;
  /** The message's data; none where omitted. */
  data?: MessageData;
  suggestion?: string;
  /** The safe fix the finding carries: its cell (the finding's where omitted), old and new text. */
  fix?: { cell?: string; oldValue: string; newValue: string };
  /** The index of the workbook in the run (0, the edited one, where omitted). */
  book?: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export interface RuleTests {
  /** A published example with the rule's findings corrected: the tester checks it has none. */
  base: WorkbookGrid;
  valid?: ValidCase[];
  invalid: InvalidCase[];
}

/** The workbook with the cells written: how a table's base corrects a published example. */
export function edited(book: WorkbookGrid, edits: CellEdits): WorkbookGrid {
  for (const [address, value] of Object.entries(edits)) {
    const bang = address.lastIndexOf('!');
    const grid = bang < 0 ? book.sheets[0] : sheetOf(book, address.slice(0, bang));
    setCell(grid, address.slice(bang + 1), value);
  }
  return book;
}

function prepare(base: WorkbookGrid, testCase: ValidCase): WorkbookGrid {
  const book = structuredClone(testCase.base ?? base);
  if (typeof testCase.edit === 'function') testCase.edit(book);
  else if (testCase.edit) edited(book, testCase.edit);
  return book;
}

/** The rule's findings on the case, each checked against the rule's meta, as the table states them. */
function findingsOf(rule: Rule, base: WorkbookGrid, testCase: ValidCase): ExpectedError[] {
  return findingsOn(rule, prepare(base, testCase), testCase).map(({ row }) => row);
}

function findingsOn(
  rule: Rule,
  book: WorkbookGrid,
  testCase: ValidCase,
): { finding: Finding; row: ExpectedError }[] {
  const books = [book, ...(testCase.alongside ?? []).map((other) => structuredClone(other))];
  const profiles = testCase.profile ? [testCase.profile] : [];
  const runs = runRules(
    books.map((book) => readWorkbook(book, { profiles })),
    { profiles, labels: testCase.labels },
    [rule],
  );
  const severity = testCase.profile?.severity[rule.id] ?? rule.meta.severity;
  const firstSheet = book.sheets[0].name;
  return runs.flatMap(({ reports }, index) =>
    reports.map(({ finding, messageId, data }) => {
      const template = rule.meta.messages[messageId];
      const unfilled = placeholdersOf(template).filter((name) => !(name in data));
      if (unfilled.length > 0)
        throw new Error(`${rule.id}: ${messageId} leaves {${unfilled.join('}, {')}} unfilled`);
      if (finding.suggestion !== undefined && !rule.meta.fix)
        throw new Error(`${rule.id} suggests a value but its meta has no fix`);
      expect(finding.severity).toBe(severity);
      const fix = finding.fix && {
        ...(finding.fix.cell !== finding.cell && { cell: finding.fix.cell }),
        oldValue: finding.fix.oldValue,
        newValue: finding.fix.newValue,
      };
      const row = tableRow(firstSheet, {
        book: index,
        sheet: finding.sheet,
        cell: finding.cell,
        messageId,
        data,
        suggestion: finding.suggestion,
        fix,
      });
      return { finding, row };
    }),
  );
}

/** A finding as a table row: defaults left out, so that tables list only what differs. */
function tableRow(firstSheet: string, error: ExpectedError): ExpectedError {
  const row: ExpectedError = { cell: error.cell, messageId: error.messageId };
  if (error.book) row.book = error.book;
  if (error.sheet !== undefined && error.sheet !== firstSheet) row.sheet = error.sheet;
  if (error.data && Object.keys(error.data).length > 0) row.data = error.data;
  if (error.suggestion !== undefined) row.suggestion = error.suggestion;
  if (error.fix) row.fix = error.fix;
  return row;
}

function ruleOf(id: string): Rule {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

export const ruleTester = {
  run(id: string, tests: RuleTests): void {
    describe(id, () => {
      const rule = ruleOf(id);
      test('the base has no finding', () => {
        expect(findingsOf(rule, tests.base, { name: 'base' })).toEqual([]);
      });
      for (const testCase of tests.valid ?? []) {
        test(`valid: ${testCase.name}`, () => {
          expect(findingsOf(rule, tests.base, testCase)).toEqual([]);
        });
      }
      for (const testCase of tests.invalid) {
        test(`invalid: ${testCase.name}`, () => {
          const firstSheet = (testCase.base ?? tests.base).sheets[0].name;
          const expected = testCase.errors.map((error) => tableRow(firstSheet, error));
          const book = prepare(tests.base, testCase);
          const found = findingsOn(rule, book, testCase);
          expect(found.map(({ row }) => row)).toEqual(expected);
          // Every fix does what it says: once applied, its finding is gone.
          const fixed = found.filter(({ finding }) => finding.fix);
          if (fixed.length === 0) return;
          const after = applyFixes(book, fixesOf(fixed.map(({ finding }) => finding))).book;
          const left = findingsOn(rule, after, testCase).map(({ row }) => row);
          for (const { row } of fixed)
            expect(left).not.toContainEqual(
              expect.objectContaining({ cell: row.cell, messageId: row.messageId }),
            );
        });
      }
    });
  },
};

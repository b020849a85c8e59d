/**
 * Real forms from other provinces (examples/corpus): each is recognised with its kind, year and
 * name, every indicator table is read with all its rows, every real error of the print is found
 * and no other error is reported.
 */
import ExcelJS from 'exceljs';
import { buildExampleWorkbook } from '../scripts/build-examples';
import {
  corpusGrid,
  corpusProfiles,
  listCorpus,
  readCorpusEntry,
  type CorpusEntry,
} from '../scripts/corpus';
import {
  checkReadings,
  readWorkbook,
  toA1,
  type BookReading,
  type BookResult,
  type Profile,
} from '../src/engine';
import { workbookToGrid } from '../src/xlsx/readXlsx';

const ids = listCorpus();

/**
 * Forms the checker does not get right yet, with what it lacks: their tests are expected to fail;
 * one that passes fails the run, and leaves this list.
 */
const KNOWN_GAPS: Record<string, { errors: string }> = {};

test('the corpus holds at least 14 forms from at least 7 provinces besides the seeds', () => {
  const entries = ids.map(readCorpusEntry);
  const forms = entries.reduce((sum, entry) => sum + entry.expect.forms.length, 0);
  const provinces = new Set(entries.map((entry) => entry.source.province));
  expect(forms).toBeGreaterThanOrEqual(14);
  expect(provinces.size).toBeGreaterThanOrEqual(7);
  expect(entries.some((entry) => entry.heldOut)).toBe(true);
});

function formsRead(reading: BookReading) {
  return reading.sheets.flatMap((sheet) =>
    sheet.forms.map((form) => ({
      sheet: form.sheet,
      kind: form.kind,
      year: form.year,
      tables: form.tables.map((table) => ({
        header: toA1(table.headerRow, table.firstCol),
        // The 三级 rows: a row showing only its 一级/二级 is a 二级 left without indicators.
        rows: table.rows.filter((row) => row.level3 || row.operator || row.value || row.unit)
          .length,
      })),
    })),
  );
}

/** Findings that cannot both be true of one cell: a reader that reports both misread it. */
const CONTRADICTIONS: [string, string][] = [
  ['value.missing', 'value.not-numeric'],
  ['value.missing', 'value.placeholder'],
  ['value.not-numeric', 'value.qualitative-numeric'],
  ['unit.missing', 'unit.conflict'],
  ['unit.missing', 'unit.qualitative'],
  ['unit.missing', 'unit.unknown'],
  ['operator.unknown', 'operator.nonstandard'],
];

describe.each(ids)('%s', (id) => {
  let entry: CorpusEntry;
  let profiles: Profile[];
  let reading: BookReading;
  let result: BookResult;

  beforeAll(() => {
    entry = readCorpusEntry(id);
    profiles = corpusProfiles(entry);
    reading = readWorkbook(corpusGrid(entry), { profiles });
    [result] = checkReadings([reading], { profiles });
  });

  test('every form is recognised with its kind, year, name and tables', () => {
    expect(formsRead(reading)).toEqual(
      entry.expect.forms.map(({ sheet, kind, year, tables }) => ({ sheet, kind, year, tables })),
    );
    expect(result.forms.map((form) => form.name)).toEqual(
      entry.expect.forms.map((form) => form.name),
    );
  });

  const errorsKnownWrong = KNOWN_GAPS[id]?.errors !== undefined;
  (errorsKnownWrong ? test.failing : test)('every real error is found, and no other', () => {
    const errors = result.findings
      .filter((finding) => finding.severity === 'error')
      .map(({ sheet, cell, rule }) => `${sheet}!${cell} ${rule}`)
      .sort();
    expect(errors).toEqual(
      entry.expect.errors.map(({ sheet, cell, rule }) => `${sheet}!${cell} ${rule}`).sort(),
    );
  });

  test('no two findings on one cell contradict each other', () => {
    const rulesByCell = new Map<string, Set<string>>();
    for (const finding of result.findings) {
      const key = `${finding.sheet}!${finding.cell}`;
      rulesByCell.set(key, (rulesByCell.get(key) ?? new Set()).add(finding.rule));
    }
    const contradicted = [...rulesByCell].flatMap(([cell, rules]) =>
      CONTRADICTIONS.filter(([a, b]) => rules.has(a) && rules.has(b)).map(
        (pair) => `${cell} ${pair}`,
      ),
    );
    expect(contradicted).toEqual([]);
  });

  test('the workbook the script writes reads the same', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildExampleWorkbook(entry).xlsx.writeBuffer());
    expect(formsRead(readWorkbook(workbookToGrid(workbook), { profiles }))).toEqual(
      formsRead(reading),
    );
  });
});

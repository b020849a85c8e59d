/**
 * Real forms from other provinces (examples/corpus): each is recognised with its kind, year and
 * name, every indicator table is read with all its rows, every real error of the print is found
 * and no other error is reported.
 */
import ExcelJS from 'exceljs';
import { buildExampleWorkbook } from '../tools/examples';
import {
  corpusGrid,
  corpusProfiles,
  listCorpus,
  readCorpusEntry,
  type CorpusEntry,
} from '../tools/corpus';
import {
  builtinProfile,
  checkReadings,
  profileToJson,
  readWorkbook,
  validateProfile,
  toA1,
  type BookReading,
  type BookResult,
  type Profile,
} from '../src/engine';
import { workbookToGrid } from '../src/xlsx/readXlsx';

const ids = listCorpus();

/**
 * Forms the checker does not get right yet, with what it lacks (forms: the reading, errors: the
 * findings): their tests are expected to fail; one that passes fails the run, and leaves this list.
 */
const KNOWN_GAPS: Record<string, { forms?: string; errors?: string }> = {};

/**
 * Forms whose header, its 指标值 or 三级 label blanked, is still taken for a table with its columns
 * misplaced (another column read as 指标值 or 三级): false errors the reader should not make.
 */
const KNOWN_MISREADS: Record<string, string> = {};

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

  const formsKnownWrong = KNOWN_GAPS[id]?.forms !== undefined;
  (formsKnownWrong ? test.failing : test)(
    'every form is recognised with its kind, year, name and tables',
    () => {
      expect(formsRead(reading)).toEqual(
        entry.expect.forms.map(({ sheet, kind, year, tables }) => ({ sheet, kind, year, tables })),
      );
      expect(result.forms.map((form) => form.name)).toEqual(
        entry.expect.forms.map((form) => form.name),
      );
    },
  );

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

  // The column label blanked, and what the label cell holds (it may sit on the header's second or third row).
  const BLANKED: [string, 'value' | 'level3', RegExp][] = [
    ['指标值', 'value', /值/],
    ['三级指标', 'level3', /指标|名称|内容/],
  ];
  describe.each(BLANKED)('a table whose %s label is gone', (_label, column, labelText) => {
    (KNOWN_MISREADS[id] ? test.failing : test)(
      'is still read, or said to be unread, and makes no error',
      () => {
        const form = entry.expect.forms[0];
        const table = reading.sheets.flatMap((sheet) => sheet.forms)[0]?.tables[0];
        if (!form || !table) return;
        const grid = corpusGrid(entry);
        const sheet = grid.sheets.find((candidate) => candidate.name === form.sheet)!;
        const col = table.columns[column];
        for (let row = table.headerRow; row <= table.headerRow + 2; row++)
          if (labelText.test(String(sheet.rows[row]?.[col] ?? ''))) sheet.rows[row][col] = null;
        const misreading = readWorkbook(grid, { profiles });
        const [misread] = checkReadings([misreading], { profiles });
        const stillRead = misreading.sheets
          .flatMap((read) => read.forms.flatMap((other) => other.tables))
          .some((other) => other.headerRow === table.headerRow);
        const saidUnread = misread.findings
          .filter((f) => f.rule === 'form.unplaced' || f.rule === 'form.unrecognized')
          .map((f) => f.severity);
        expect(stillRead || saidUnread.length > 0).toBe(true);
        expect(saidUnread.every((severity) => severity === 'info')).toBe(true);
        const errorsBefore = new Set(
          result.findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.rule}`),
        );
        const newErrors = misread.findings
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.cell} ${f.rule}`)
          .filter((key) => !errorsBefore.has(key));
        expect(newErrors).toEqual([]);
      },
    );
  });

  test('the workbook the script writes reads the same', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildExampleWorkbook(entry).xlsx.writeBuffer());
    expect(formsRead(readWorkbook(workbookToGrid(workbook), { profiles }))).toEqual(
      formsRead(reading),
    );
  });
});

test('a bureau’s word for a column label (profile aliases) reads as the label', () => {
  const entry = readCorpusEntry('hunan-xiangtan-2023-wupaoche');
  const grid = corpusGrid(entry);
  const header = grid.sheets[0].rows.find((row) => row.includes('三级指标'))!;
  header[header.indexOf('三级指标')] = '考核内容';
  const bureau = validateProfile({
    ...JSON.parse(profileToJson(builtinProfile('legacy-project')!)),
    id: 'xiangtan-bureau',
    aliases: { labels: { 三级指标: ['考核内容'] } },
  });
  if (!bureau.ok) throw new Error(bureau.errors.join('；'));
  const tablesRead = (profiles: Profile[]) =>
    formsRead(readWorkbook(grid, { profiles })).flatMap((form) => form.tables);
  expect(tablesRead([])).toEqual([]);
  expect(tablesRead([bureau.profile])).toEqual(entry.expect.forms[0].tables);
});

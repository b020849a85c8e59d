/**
 * The indicator library and its use: every entry is drawn from the published form it cites; a
 * profile's own list comes first and is validated; a suggestion filled into an empty row of a
 * real form leaves that row with nothing to find but the value the person still has to write.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  BUILTIN_PROFILES,
  builtinProfile,
  checkWorkbook,
  INDICATOR_LIBRARY,
  INDICATOR_SOURCES,
  indicatorRowAt,
  indicatorSuggestions,
  parseProfileJson,
  readWorkbook,
  rowFill,
  toA1,
  type IndicatorSuggestion,
  type WorkbookGrid,
} from '../../src/engine';
import { squash } from '../../src/engine/text';
import { corpusGrid, readCorpusEntry } from '../../scripts/corpus';
import { loadExample, type ExampleName } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

function sourceGrid(file: string): WorkbookGrid {
  const id = path.basename(file, '.json');
  return file.startsWith('examples/corpus/')
    ? corpusGrid(readCorpusEntry(id))
    : loadExample(id as ExampleName);
}

/** The 三级 names a source form prints, squashed. */
function printedNames(file: string): string[] {
  return readWorkbook(sourceGrid(file)).sheets.flatMap((sheet) =>
    sheet.forms.flatMap((form) =>
      form.tables.flatMap((table) => table.rows.map((row) => squash(row.level3))),
    ),
  );
}

describe('the built-in library', () => {
  it.each(INDICATOR_LIBRARY.map((entry) => [entry.level2, entry.name, entry]))(
    '%s %s is printed in the form it cites',
    (_level2, _name, entry) => {
      const printed = squash(entry.printed ?? entry.name);
      const names = printedNames(INDICATOR_SOURCES[entry.source].file);
      expect(names.some((name) => name.includes(printed))).toBe(true);
    },
  );

  it.each(Object.entries(INDICATOR_SOURCES))(
    'source %s names the file and the page of the corpus entry',
    (id, source) => {
      expect(fs.existsSync(path.join(ROOT, source.file))).toBe(true);
      if (source.file.startsWith('examples/corpus/'))
        expect(source.url).toBe(readCorpusEntry(id).source.url);
    },
  );

  it('has no name twice under one 二级', () => {
    const keys = INDICATOR_LIBRARY.map((entry) => `${entry.level2} ${squash(entry.name)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('suggestions', () => {
  const level2s = BUILTIN_PROFILES.flatMap((profile) =>
    profile.hierarchy.flatMap((node) => node.level2.map((level2) => [profile.id, level2])),
  );

  it.each(level2s)('%s %s has suggestions from the library', (id, level2) => {
    const suggestions = indicatorSuggestions(builtinProfile(id)!, level2);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) expect(suggestion.source?.file).toMatch(/^examples\//);
  });

  it('puts common indicators before sector ones', () => {
    const suggestions = indicatorSuggestions(builtinProfile('mof-2021')!, '数量指标');
    const firstSector = suggestions.findIndex((suggestion) => suggestion.sector !== undefined);
    expect(firstSector).toBeGreaterThan(0);
    expect(suggestions.slice(firstSector).every((suggestion) => suggestion.sector)).toBe(true);
  });

  it('gives a plain 成本指标 every kind of cost, and a short 二级 name its long one', () => {
    const names = (id: string, level2: string) =>
      indicatorSuggestions(builtinProfile(id)!, level2).map((suggestion) => suggestion.name);
    expect(names('legacy-project', '成本指标')).toEqual([
      ...names('mof-2021', '经济成本指标'),
      ...names('mof-2021', '社会成本指标'),
      ...names('mof-2021', '生态环境成本指标'),
    ]);
    expect(names('shenzhen-department', '数量')).toEqual(names('mof-2021', '数量指标'));
  });

  it("puts the bureau's own list first and names nothing twice", () => {
    const parsed = parseProfileJson(
      JSON.stringify({
        id: 'city',
        name: '某市',
        form: 'project',
        hierarchy: [{ name: '产出指标', level2: ['数量指标'] }],
        indicators: {
          数量指标: [
            { name: '巡查次数', operator: '≥', unit: '次', note: '按巡查计划' },
            { name: '培训人次', operator: '≥', unit: '人次' },
          ],
        },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const suggestions = indicatorSuggestions(parsed.profile, '数量');
    expect(suggestions.slice(0, 2).map((s) => [s.name, s.origin, s.source])).toEqual([
      ['巡查次数', 'profile', undefined],
      ['培训人次', 'profile', undefined],
    ]);
    expect(suggestions.filter((s) => s.name === '培训人次')).toHaveLength(1);
    expect(suggestions.slice(2).every((s) => s.origin === 'builtin')).toBe(true);
  });
});

describe('the indicators field of a profile', () => {
  const profileWith = (indicators: unknown, extraUnits: string[] = []) =>
    parseProfileJson(
      JSON.stringify({
        id: 'city',
        name: '某市',
        form: 'project',
        hierarchy: [{ name: '产出指标', level2: ['数量指标', '质量指标'] }],
        extraUnits,
        indicators,
      }),
    );
  const entry = (operator: string, unit: string) => ({
    数量指标: [{ name: '巡查次数', operator, unit }],
  });

  it.each([
    [entry('≥', '次'), []],
    [entry('定性', ''), []],
    [entry('≥', '元/亩'), []],
    [entry('≥', '车次每日'), ['车次每日']],
  ])('accepts %j (extra units %j)', (indicators, extraUnits) => {
    expect(profileWith(indicators, extraUnits)).toMatchObject({ ok: true });
  });

  it.each([
    [entry('大约', '次'), 'indicators.数量指标[0].operator（推荐三级指标）'],
    [entry('≥', '车次每日'), '计量单位“车次每日”不是认识的单位'],
    [entry('≥', ''), '定量指标须填计量单位'],
    [entry('定性', '次'), '定性指标不填计量单位'],
    [{ 时效指标: [] }, '“时效指标”不是 hierarchy（指标体系）中的二级指标'],
  ])('refuses %j in Chinese', (indicators, message) => {
    const result = profileWith(indicators);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });

  it('is left out of a profile that has none, so built-in fingerprints stay', () => {
    expect(Object.keys(builtinProfile('mof-2021')!)).not.toContain('indicators');
  });
});

describe('filling an empty row of a real form (suizhou-2025)', () => {
  const book = loadExample('suizhou-2025');
  const reading = readWorkbook(book);
  const places = reading.sheets.flatMap((sheet, sheetIndex) =>
    sheet.forms.flatMap((form) =>
      form.tables.flatMap((table) =>
        table.rows
          .map((row) => indicatorRowAt(form, row.row))
          .filter((place) => place !== null && place.empty)
          .map((place) => ({ sheetIndex, sheet: sheet.sheet, form, place: place! })),
      ),
    ),
  );
  // The profile each form is checked with: the best fit, as check picks it.
  const formProfiles = new Map(
    checkWorkbook(book).forms.map((form) => [`${form.sheet}`, builtinProfile(form.profile)!]),
  );
  const suggestionsOf = (target: (typeof places)[number]) =>
    indicatorSuggestions(formProfiles.get(target.sheet)!, target.place.level2);
  const rounds = Math.max(...places.map((target) => suggestionsOf(target).length));

  function valueFor(suggestion: IndicatorSuggestion): string {
    if (suggestion.operator === '定性') return '有效提升';
    return suggestion.unit === '%' ? '95' : '1';
  }

  /** Round n fills every empty row with its n-th suggestion (the last where it has fewer). */
  function filled(round: number, withValue: boolean) {
    const copy: WorkbookGrid = structuredClone(book);
    const expected = new Map<string, IndicatorSuggestion>();
    for (const target of places) {
      const suggestions = suggestionsOf(target);
      const suggestion = suggestions[Math.min(round, suggestions.length - 1)];
      const fill = rowFill(target.place, suggestion);
      const rows = copy.sheets[target.sheetIndex].rows;
      for (const cell of fill.cells) rows[cell.cell.row][cell.cell.col] = cell.value || null;
      if (withValue)
        rows[fill.valueCell.row][fill.valueCell.col] =
          `${fill.valuePrefix}${valueFor(suggestion)}${fill.valueSuffix}`;
      expected.set(`${target.sheet} ${target.place.row.row}`, suggestion);
    }
    return { copy, expected };
  }

  function findingsOnFilledRows(round: number, withValue: boolean): string[] {
    const { copy, expected } = filled(round, withValue);
    return checkWorkbook(copy)
      .findings.filter((finding) => {
        const row = Number(/\d+$/.exec(finding.cell)?.[0]) - 1;
        return expected.has(`${finding.sheet} ${row}`);
      })
      .map((finding) => `${finding.sheet}!${finding.cell} ${finding.rule}`);
  }

  it('finds empty rows under several 二级 of project and department forms', () => {
    expect(new Set(places.map((target) => target.place.level2)).size).toBeGreaterThan(8);
    expect(new Set(places.map((target) => target.form.kind))).toEqual(
      new Set(['project', 'department']),
    );
  });

  it.each(Array.from({ length: rounds }, (_, round) => [round]))(
    'round %i: only the value is missing, and with a value nothing is found',
    (round) => {
      const missing = findingsOnFilledRows(round, false);
      expect(missing.filter((finding) => !finding.endsWith(' value.missing'))).toEqual([]);
      const valueCells = places.map((target) => {
        const fill = rowFill(target.place, suggestionsOf(target)[0]);
        return `${target.sheet}!${toA1(fill.valueCell.row, fill.valueCell.col)} value.missing`;
      });
      expect(missing.sort()).toEqual(valueCells.sort());
      expect(findingsOnFilledRows(round, true)).toEqual([]);
    },
  );
});

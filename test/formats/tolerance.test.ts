/**
 * Reading gets past what Excel's repair or LibreOffice get past: overlapping merged areas,
 * parts it does not need (charts, pivot caches), damaged styles, cells without references.
 */
import { readFileSync } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkReadings, readWorkbook } from '../../src/engine';
import { readSpreadsheet } from '../../src/formats';
import { worksheetXml, xlsxPackage } from './packages';

const EXAMPLES = ['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'];
type Parts = Record<string, Uint8Array>;

/** A small seeded generator (mulberry32): the same 100 workbooks on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sheetParts = (parts: Parts) =>
  Object.keys(parts).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));

/** A merged area one row and column down and right of an existing one: the two overlap. */
function addOverlappingMerge(xml: string): string {
  const ref = /<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml);
  if (!ref) return xml;
  const next = (letters: string) => String.fromCharCode(letters.charCodeAt(0) + 1);
  const area = `${next(ref[1])}${Number(ref[2]) + 1}:${next(ref[3])}${Number(ref[4]) + 1}`;
  return xml.replace('</mergeCells>', `<mergeCell ref="${area}"/></mergeCells>`);
}

/**
 * A chart as openpyxl writes it (absolute relationship targets, the drawing in the default
 * namespace), on which exceljs fails: "Cannot read properties of undefined (reading 'anchors')".
 */
function addOpenpyxlChart(parts: Parts, sheet: string): void {
  const rels = sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  parts[rels] = strToU8(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawing1.xml"/></Relationships>',
  );
  parts['xl/drawings/drawing1.xml'] = strToU8(
    // unprefixed, in the default namespace: exceljs's drawing reader does not know it
    '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor><from><col>1</col></from></oneCellAnchor></wsDr>',
  );
  parts['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="/xl/charts/chart1.xml"/></Relationships>',
  );
  parts['xl/charts/chart1.xml'] = strToU8('<c:chartSpace xmlns:c="urn:chart"><c:chart>');
  const xml = strFromU8(parts[sheet]);
  parts[sheet] = strToU8(xml.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>'));
}

const EDITS: ((parts: Parts, sheet: string, pick: () => number) => void)[] = [
  (parts, sheet) => (parts[sheet] = strToU8(addOverlappingMerge(strFromU8(parts[sheet])))),
  (parts, sheet) => addOpenpyxlChart(parts, sheet),
  (parts, sheet, pick) => {
    // a cell removed
    const cells = [...strFromU8(parts[sheet]).matchAll(/<c [^>]*?(\/>|>.*?<\/c>)/g)];
    const cell = cells[Math.floor(pick() * cells.length)];
    if (cell) parts[sheet] = strToU8(strFromU8(parts[sheet]).replace(cell[0], ''));
  },
  (parts) => {
    // styles cut off in the middle
    const styles = parts['xl/styles.xml'];
    if (styles) parts['xl/styles.xml'] = styles.subarray(0, styles.length >> 1);
  },
  (parts) => {
    // a pivot cache the reading never opens
    parts['xl/pivotCache/pivotCacheDefinition1.xml'] = strToU8('<pivotCacheDefinition><broken');
  },
  (parts, sheet) => {
    // cells without references (allowed: each follows the one before it)
    parts[sheet] = strToU8(strFromU8(parts[sheet]).replace(/<c r="[A-Z]+1"/g, '<c'));
  },
];

describe('a fuzz of randomly edited example workbooks', () => {
  const pick = random(11);
  const cases = Array.from({ length: 100 }, (_, index) => {
    const example = EXAMPLES[index % EXAMPLES.length];
    const parts = unzipSync(readFileSync(`examples/${example}.xlsx`));
    const sheets = sheetParts(parts);
    const edits: number[] = [];
    for (let n = 1 + Math.floor(pick() * 3); n > 0; n--) {
      const edit = Math.floor(pick() * EDITS.length);
      EDITS[edit](parts, sheets[Math.floor(pick() * sheets.length)], pick);
      edits.push(edit);
    }
    return { example, edits, data: zipSync(parts) };
  });

  it('reads every file, and says where it read past overlapping merged areas', async () => {
    let overlapping = 0;
    for (const { edits, data } of cases) {
      const { book, findings } = await readSpreadsheet(data);
      expect(book.sheets.length).toBeGreaterThan(0);
      checkReadings([readWorkbook(book)]);
      if (edits.includes(0) && findings.some((f) => f.message.includes('重叠'))) overlapping++;
      for (const finding of findings) expect(finding.rule).toBe('file.repaired');
    }
    expect(overlapping).toBeGreaterThanOrEqual(13);
  });
});

it('checks a workbook with an openpyxl chart as it checks the same workbook without', async () => {
  const original = readFileSync('examples/suizhou-2025.xlsx');
  const parts = unzipSync(original);
  addOpenpyxlChart(parts, 'xl/worksheets/sheet2.xml');
  const check = async (data: Uint8Array) =>
    checkReadings([readWorkbook((await readSpreadsheet(data)).book)]);
  expect(await check(zipSync(parts))).toEqual(await check(original));
});

it('reads past overlapping merged areas with an info finding naming both', async () => {
  const parts = unzipSync(readFileSync('examples/yantian-2022.xlsx'));
  const [sheet] = sheetParts(parts);
  const before = strFromU8(parts[sheet]);
  parts[sheet] = strToU8(addOverlappingMerge(before));
  const { findings } = await readSpreadsheet(zipSync(parts));
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ rule: 'file.repaired', severity: 'info' });
  expect(findings[0].message).toMatch(/^合并区域 \S+ 与 \S+ 重叠，已按未合并读取/);
});

it('reads a sheet whose cells are left open (damaged), each one once', async () => {
  const open = Array.from({ length: 100_000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v>`).join('');
  const data = xlsxPackage([{ name: '表1', xml: worksheetXml(`<row r="1">${open}</row>`) }]);
  const { book } = await readSpreadsheet(data);
  expect(book.sheets[0].rows).toHaveLength(100_000);
  expect(book.sheets[0].rows[99_999][0]).toBe(99_999);
});

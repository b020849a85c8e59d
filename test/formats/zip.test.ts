/**
 * One reader of the zip central directory (src/formats/zip.ts) serves the checker's bounded
 * reading and the annotated copy's package (src/xlsx/zipPackage.ts): damage is told by the
 * first and makes the second give no parts.
 */
import { readFileSync } from 'fs';
import { unzipSync } from 'fflate';
import { readSpreadsheet } from '../../src/formats';
import { entryBytes, readZip } from '../../src/xlsx/zipPackage';

const EXAMPLE = 'examples/yantian-2022.xlsx';
const SHEET_PART = 'xl/worksheets/sheet1.xml';
const original = new Uint8Array(readFileSync(EXAMPLE));

/** The example with one signature's first byte overwritten at `at`. */
function damagedAt(at: number): Uint8Array {
  const copy = original.slice();
  copy[at] = 0;
  return copy;
}

const bytes = Buffer.from(original);
const endOfDirectory = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
const directory = bytes.readUInt32LE(endOfDirectory + 16);
// Local headers come before the directory, so the part's name is first met in its own header.
const sheetHeader = bytes.indexOf(Buffer.from(SHEET_PART)) - 30;

it('reads the parts fflate reads, in the same order, for both callers', async () => {
  const parts = unzipSync(original);
  const entries = readZip(original);
  expect(entries.map((entry) => entry.name)).toEqual(Object.keys(parts));
  for (const entry of entries) expect(entryBytes(entry)).toEqual(parts[entry.name]);
  expect((await readSpreadsheet(original)).findings).toEqual([]);
});

describe.each([
  {
    damage: 'cut short before its directory ends',
    data: original.subarray(0, endOfDirectory + 10),
    unreadable: '找不到压缩包目录（文件不完整或不是压缩包）',
  },
  {
    damage: 'with its first directory entry overwritten',
    data: damagedAt(directory),
    unreadable: '压缩包目录已损坏',
  },
])('a package $damage', ({ data, unreadable }) => {
  it('is refused by the checker, saying why', async () => {
    await expect(readSpreadsheet(data)).rejects.toThrow(`文件已损坏：${unreadable}`);
  });

  it('gives the annotated copy no parts', () => {
    expect(readZip(data)).toEqual([]);
  });
});

describe("a package whose sheet part's local header is overwritten", () => {
  const data = damagedAt(sheetHeader);

  it('is read by the checker without that sheet, named', async () => {
    const { book, findings } = await readSpreadsheet(data);
    expect(book.sheets).toEqual([]);
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining(`部件 ${SHEET_PART} 已损坏`),
    ]);
  });

  it('gives the annotated copy no parts', () => {
    expect(readZip(data)).toEqual([]);
  });
});

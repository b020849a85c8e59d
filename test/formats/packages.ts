/** Small hand-made workbook packages for the reading tests: odd, damaged or hostile ones. */
import { zipSync } from 'fflate';
import { constants, deflateRawSync } from 'zlib';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const SHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

export interface SheetPart {
  name: string;
  /** The worksheet part's XML; omitted: the workbook names the sheet but the part is missing. */
  xml?: string;
}

/** The parts of a minimal .xlsx with these sheets (part names xl/worksheets/sheetN.xml). */
export function xlsxParts(sheets: SheetPart[]): Record<string, Uint8Array> {
  const text = (s: string) => new TextEncoder().encode(s);
  const workbook =
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    '</sheets></workbook>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${SHEET_TYPE}" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    '</Relationships>';
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': text(CONTENT_TYPES),
    '_rels/.rels': text(ROOT_RELS),
    'xl/workbook.xml': text(workbook),
    'xl/_rels/workbook.xml.rels': text(rels),
  };
  sheets.forEach((sheet, i) => {
    if (sheet.xml !== undefined) parts[`xl/worksheets/sheet${i + 1}.xml`] = text(sheet.xml);
  });
  return parts;
}

export function xlsxPackage(sheets: SheetPart[]): Uint8Array {
  return zipSync(xlsxParts(sheets));
}

export function worksheetXml(sheetData: string, after = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${sheetData}</sheetData>${after}</worksheet>`
  );
}

/** A sheet with a few cells in column XFD, the last one, spread over 60,000 rows. */
export function sparseSheetXml(): string {
  const rows: string[] = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效目标申报表</t></is></c></row>',
  ];
  for (let row = 2; row <= 60_000; row++)
    rows.push(`<row r="${row}"><c r="XFD${row}"><v>${row}</v></c></row>`);
  return worksheetXml(rows.join(''));
}

/**
 * A zip bomb: one sheet part of `gigabytes` GB of spaces in about 1 MB of zip per GB. Built from
 * one deflate block of 1 MB of spaces repeated (it starts with a literal and then only refers
 * back one byte, so every copy inflates alike), without inflating anything here.
 * `declaredSize` is what the central directory says the part unpacks to.
 */
export function zipBomb(gigabytes: number, declaredSize: 'true' | 'small'): Uint8Array {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(
    Buffer.from(worksheetXml('').replace('</sheetData></worksheet>', '')),
    flush,
  );
  const spaces = deflateRawSync(Buffer.alloc(1 << 20, 0x20), flush);
  const tail = deflateRawSync(Buffer.from('</sheetData></worksheet>'));
  const copies = gigabytes * 1024;
  const body = Buffer.concat([head, ...Array<Buffer>(copies).fill(spaces), tail]);
  const size = declaredSize === 'true' ? Math.min(copies * (1 << 20), 0xffffffff) : 1000;
  // A real package around it, whose sheet part is then swapped for the bomb.
  const parts = xlsxParts([{ name: 'Sheet1', xml: 'x' }]);
  return replaceStoredPart(zipSync(parts, { level: 0 }), 'xl/worksheets/sheet1.xml', body, size);
}

/** The package with one stored one-byte part replaced by deflated data that claims `size`. */
function replaceStoredPart(
  zip: Uint8Array,
  name: string,
  deflated: Buffer,
  size: number,
): Uint8Array {
  const data = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  const local = data.indexOf(Buffer.concat([nameBytes]));
  const header = local - 30;
  const dataStart = local + nameBytes.length + data.readUInt16LE(header + 28);
  const before = Buffer.from(data.subarray(0, header));
  const localHeader = Buffer.from(data.subarray(header, dataStart));
  const after = Buffer.from(data.subarray(dataStart + 1));
  localHeader.writeUInt16LE(8, 8); // deflated
  localHeader.writeUInt32LE(deflated.length, 18);
  localHeader.writeUInt32LE(size, 22);
  const shift = deflated.length - 1;
  const out = Buffer.concat([before, localHeader, deflated, after]);
  // Fix the central directory: this entry's method and sizes, later entries' offsets.
  const endAt = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = out.readUInt32LE(endAt + 16) + shift;
  out.writeUInt32LE(at, endAt + 16);
  for (let i = 0; i < out.readUInt16LE(endAt + 10); i++) {
    const nameLength = out.readUInt16LE(at + 28);
    const entryName = out.subarray(at + 46, at + 46 + nameLength).toString();
    const offset = out.readUInt32LE(at + 42);
    if (entryName === name) {
      out.writeUInt16LE(8, at + 10);
      out.writeUInt32LE(deflated.length, at + 20);
      out.writeUInt32LE(size, at + 24);
    } else if (offset > header) out.writeUInt32LE(offset + shift, at + 42);
    at += 46 + nameLength + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

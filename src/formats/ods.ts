/**
 * An .ods, bounded before SheetJS sees it. SheetJS unzips with no limit and writes out every
 * repeated cell: a row of values repeated a million times is a few bytes of content.xml.
 */
import { zipSync } from 'fflate';
import { overCellLimit, READ_LIMITS } from './limits';
import { SAVE_AS_XLSX, UnreadableWorkbookError } from './reading';
import type { ZipPackage } from './zip';

/** The parts of an .ods that SheetJS needs: its type, the manifest and the cells. */
const ODS_PARTS = ['mimetype', 'META-INF/manifest.xml', 'content.xml'];
/**
 * In place of styles.xml, which SheetJS insists on but the cells do not need (content.xml types
 * its dates itself), and whose conditional formats make SheetJS print warnings.
 */
const EMPTY_ODS_STYLES =
  '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>';

const ROW_OR_CELL =
  /<table:table-row\b([^>]*)>|<\/table:table-row>|<table:(?:covered-)?table-cell\b([^>]*)>/g;
const REPEATED = /number-(?:rows|columns)-repeated="(\d+)"/;

/** Filled cells once repeats are written out (empty repeated cells cost SheetJS nothing). */
function checkRepeatedCells(content: string): void {
  let total = 0;
  let rowRepeat = 1;
  let rowCells = 0;
  for (const match of content.matchAll(ROW_OR_CELL)) {
    const [tag, rowAttributes, cellAttributes] = match;
    if (rowAttributes !== undefined) {
      rowRepeat = Number(REPEATED.exec(rowAttributes)?.[1] ?? 1);
      rowCells = 0;
    } else if (cellAttributes !== undefined) {
      if (cellAttributes.includes('value-type='))
        rowCells += Number(REPEATED.exec(cellAttributes)?.[1] ?? 1);
    } else if (tag === '</table:table-row>') {
      total += rowCells * rowRepeat;
      if (total > READ_LIMITS.cells) throw overCellLimit();
    }
  }
}

/** A stored package of the parts SheetJS reads, unpacked by our bounded unzip and checked. */
export function boundedOds(zip: ZipPackage): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  for (const name of ODS_PARTS) {
    const bytes = zip.read(name);
    if (bytes) parts[name] = bytes;
  }
  parts['styles.xml'] = new TextEncoder().encode(EMPTY_ODS_STYLES);
  const content = parts['content.xml'];
  if (!content)
    throw new UnreadableWorkbookError(`.ods 文件中没有 content.xml，文件已损坏；${SAVE_AS_XLSX}`);
  checkRepeatedCells(new TextDecoder().decode(content));
  return zipSync(parts, { level: 0 });
}

/**
 * .xlsx read for checking: only what the rules need (cell values, merged areas, which sheets
 * are hidden), straight from the package's XML. Drawings, charts, pivot caches and styles
 * beyond number formats are never opened, so damage there cannot stop a check.
 */
import type { Finding } from '../engine/findings';
import { parseRange, type CellValue, type Grid } from '../engine/grid';
import { GridBuilder, SheetTooWideError } from './gridBuilder';
import {
  repaired,
  sheetUnreadable,
  UnreadableWorkbookError,
  type WorkbookReading,
} from './reading';
import { SheetCells } from './sheetCells';
import {
  attribute,
  elementBodies,
  findEndTag,
  hasPrefix,
  isStartTagAt,
  startTags,
  unescapeXml,
} from './xml';
import { DamagedZipError, type ZipPackage } from './zip';

const RELATIONSHIP_TYPE =
  /\/(officeDocument|worksheet|chartsheet|dialogsheet|macrosheet|sharedStrings|styles)$/;

interface Relationship {
  type: string;
  target: string;
}

/** The folder of a part ("xl/workbook.xml" → "xl/"). */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** A path with a segment resolvePart drops: empty (a leading, trailing or doubled "/"), "." or "..". */
const UNUSUAL_PATH = /^\/|\/$|\/\/|(^|\/)\.\.?(\/|$)/;

/** A relationship target resolved against its source part's folder ("../x", "/xl/x"). */
function resolvePart(folder: string, target: string): string {
  const joined = target.startsWith('/') ? target : folder + target;
  // Most targets ("worksheets/sheet1.xml") need no segment dropped: the joined path is the part.
  if (!UNUSUAL_PATH.test(joined)) return joined;
  const segments: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function readRelationships(zip: ZipPackage, part: string): Map<string, Relationship> {
  const relsPart = `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
  const xml = zip.readText(relsPart) ?? '';
  const relationships = new Map<string, Relationship>();
  for (const tag of startTags(xml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const type = RELATIONSHIP_TYPE.exec(attribute(tag, 'Type') ?? '')?.[1];
    const target = attribute(tag, 'Target');
    if (id && type && target && attribute(tag, 'TargetMode') !== 'External')
      relationships.set(id, { type, target: resolvePart(folderOf(part), target) });
  }
  return relationships;
}

/** Phonetic runs (furigana) are not part of the text Excel shows. */
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT_RUN = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g;

/** OOXML writes characters XML cannot carry as _xHHHH_ (ST_Xstring); Excel shows the character. */
const ESCAPED_CHARACTER = /_x([0-9a-fA-F]{4})_/g;

/** A cell string as Excel shows it: XML entities and _xHHHH_ escapes resolved. */
function cellString(raw: string): string {
  const text = unescapeXml(raw);
  return text.includes('_x')
    ? text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : detached(text);
}

/**
 * A copy of a text cut from a part's XML that does not hold on to the whole part. V8 keeps a cut
 * of 13 characters or more as a view into the string it was cut from, so a project name kept for
 * the cross-file rules kept its file's whole shared-strings part alive to the end of a folder's
 * check (a third of what each file kept). Joined to another string and cut again, it is copied.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * An item that is one plain run (most are): TEXT_RUN's one match, no phonetic run possible. The
 * start tag may not close itself: its text up to the first ">" ends in anything but "/" (no
 * lookbehind, which the ES2017 browsers the page serves lack).
 */
const ONE_RUN = /^<(?:[\w.-]+:)?t\b(?:[^>]*[^>/])?>([^<]*)<\/(?:[\w.-]+:)?t>$/;

/** The text of a string item (<si>, <is>): its runs joined, as Excel shows it. */
function itemText(xml: string): string {
  // <t>text</t>, most items: ONE_RUN's match, found without running it.
  if (xml.startsWith('<t>') && xml.indexOf('<', 3) === xml.length - 4 && xml.endsWith('</t>'))
    return cellString(xml.slice(3, -4));
  const oneRun = ONE_RUN.exec(xml);
  if (oneRun) return cellString(oneRun[1]);
  let text = '';
  for (const match of xml.replace(PHONETIC, '').matchAll(TEXT_RUN)) text += match[1] ?? '';
  return cellString(text);
}

/**
 * The items of a shared-strings part. Those written <si><t>text</t></si>, as most are, are read
 * in one loop; from the first tag that may be an item written otherwise (with attributes, a
 * prefix, runs), elementBodies reads the rest as it would have read the whole.
 */
function readSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    if (xml.startsWith('<si><t>', lt)) {
      const textEnd = xml.indexOf('<', lt + 7);
      if (textEnd >= 0 && xml.startsWith('</t></si>', textEnd)) {
        strings.push(cellString(xml.slice(lt + 7, textEnd)));
        lt = textEnd + 8;
        continue;
      }
    }
    if (isStartTagAt(xml, lt, 'si') || hasPrefix(xml, lt)) {
      elementBodies(xml, 'si', (body) => strings.push(itemText(body)), lt);
      break;
    }
  }
  return strings;
}

/** Built-in number formats that are dates (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date or time where, outside quotes and [..], it has y m d h s. */
function isDateFormat(code: string): boolean {
  return /[ymdhs]/i.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\./g, ''));
}

/** Per cell style index (the s attribute): true where its number format is a date. */
function readDateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const customDates = new Set<number>();
  for (const tag of startTags(xml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    if (isDateFormat(attribute(tag, 'formatCode') ?? '')) customDates.add(id);
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  return [...startTags(cellXfs, 'xf')].map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    return BUILTIN_DATE_FORMATS.has(id) || customDates.has(id);
  });
}

/** A date serial as the ISO date the reader sees (as exceljs gave it). */
function serialToIsoDate(serial: number, date1904: boolean): string {
  const days = serial - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(days * 86400000)).toISOString().slice(0, 10);
}

const INLINE = /<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const MERGE = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([^"']+)["']/g;

interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  /** Filled cells read so far in the workbook, against READ_LIMITS.cells. */
  cells: { count: number };
  /** Cells of the sheet being read whose shared string the package lacks (read as blank). */
  missingStrings: number;
}

function cellValue(cell: SheetCells, context: SheetContext): CellValue {
  const { type } = cell;
  if (type === 'inlineStr') {
    const inline = INLINE.exec(cell.body());
    return inline ? itemText(inline[1]) : null;
  }
  if (type === 's') {
    const index = cell.valueNumber();
    if (index === undefined) return null; // an empty cell
    const text = context.strings[index];
    if (text === undefined) context.missingStrings++;
    return text ?? null;
  }
  const raw = cell.value();
  if (raw === undefined) return null; // an empty cell, or a formula without a cached result
  switch (type) {
    case 'str':
    case 'e':
      return cellString(raw);
    case 'b':
      return raw.trim() === '1';
    case 'd':
      return Number.isNaN(Date.parse(raw))
        ? unescapeXml(raw)
        : new Date(raw).toISOString().slice(0, 10);
  }
  const number = Number(raw);
  if (raw.trim() === '' || Number.isNaN(number)) return null;
  return cell.style >= 0 && context.dateStyles[cell.style]
    ? serialToIsoDate(number, context.date1904)
    : number;
}

/** A sheet part's cells and merged areas. */
function readSheetXml(name: string, xml: string, context: SheetContext, findings: Finding[]): Grid {
  const grid = new GridBuilder(name, context.cells);
  context.missingStrings = 0;
  const dataEnd = findEndTag(xml, 0, 'sheetData');
  const cells = new SheetCells(xml, dataEnd);
  while (cells.next()) {
    const value = cellValue(cells, context);
    if (value !== null) grid.set(cells.row, cells.col, value);
  }
  // Merged areas follow </sheetData>; a part that lacks it is searched whole.
  MERGE.lastIndex = dataEnd < xml.length ? dataEnd : 0;
  for (let match = MERGE.exec(xml); match; match = MERGE.exec(xml)) {
    const range = parseRange(match[1]);
    if (range) grid.merge(range);
  }
  if (context.missingStrings > 0)
    findings.push(
      repaired(
        name,
        0,
        0,
        `工作表“${name}”有 ${context.missingStrings} 个单元格的文字在文件中找不到（共享字符串部件缺失或不全），已按空白读取；请在 Excel 中打开并另存后再检查`,
      ),
    );
  return grid.finish(findings);
}

const RESAVE = '请在 Excel 中打开并另存后再检查';
const NOT_A_WORKBOOK =
  '文件中没有工作簿部分（xl/workbook.xml），不是 Excel 工作簿或已损坏；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查';

/** Reads an .xlsx package; a sheet that cannot be read becomes a finding, the others are read. */
export function readOoxml(zip: ZipPackage): WorkbookReading {
  const root = readRelationships(zip, '');
  const workbookPart =
    [...root.values()].find((rel) => rel.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbookXml = zip.readText(workbookPart);
  if (workbookXml === null) throw new UnreadableWorkbookError(NOT_A_WORKBOOK);
  const relationships = readRelationships(zip, workbookPart);
  const partOf = (type: string) => [...relationships.values()].find((rel) => rel.type === type);
  const workbookProperties = [...startTags(workbookXml, 'workbookPr')][0] ?? '';
  const date1904 = /^(1|true)$/.test(attribute(workbookProperties, 'date1904') ?? '');
  const stringsPart = partOf('sharedStrings');
  const stylesPart = partOf('styles');
  const context: SheetContext = {
    strings: readSharedStrings(stringsPart ? zip.readText(stringsPart.target) : null),
    dateStyles: readDateStyles(stylesPart ? zip.readText(stylesPart.target) : null),
    date1904,
    cells: { count: 0 },
    missingStrings: 0,
  };
  const findings: Finding[] = [];
  const sheets: Grid[] = [];
  for (const tag of startTags(workbookXml, 'sheet')) {
    const name = detached(attribute(tag, 'name') ?? '');
    const relationship = relationships.get(attribute(tag, 'id') ?? '');
    if (!relationship) {
      findings.push(sheetUnreadable(name, `文件中缺少它的关系条目，${RESAVE}`));
      continue;
    }
    if (relationship.type !== 'worksheet') {
      findings.push(
        repaired(name, 0, 0, `工作表“${name}”是图表或宏表，没有可检查的单元格，已跳过`),
      );
      continue;
    }
    let grid: Grid;
    try {
      const xml = zip.readText(relationship.target);
      if (xml === null) {
        findings.push(
          sheetUnreadable(name, `文件中缺少它的部件 ${relationship.target}，${RESAVE}`),
        );
        continue;
      }
      grid = readSheetXml(name, xml, context, findings);
    } catch (error) {
      if (error instanceof DamagedZipError)
        findings.push(sheetUnreadable(name, `${error.message}，${RESAVE}`));
      else if (error instanceof SheetTooWideError)
        findings.push(sheetUnreadable(name, error.message));
      else throw error;
      continue;
    }
    const state = attribute(tag, 'state');
    if (state === 'hidden' || state === 'veryHidden') grid.hidden = true;
    sheets.push(grid);
  }
  return { format: 'xlsx', book: { sheets }, findings };
}

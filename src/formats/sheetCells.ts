/**
 * The cells of a worksheet part, scanned by hand. A sheet part holds a folder's bulk of XML, and
 * a regex match per tag and per attribute made two fifths of everything a check allocates;
 * this walks the characters once and slices out only the values.
 *
 * It reads exactly what these patterns would, damaged files included (any prefix, either quote,
 * an attribute found anywhere in the tag's text, a cell left open ending at the next tag):
 *   tag    <(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>
 *   row    (?:^|\s)r\s*=\s*["'](\d+)["']          in a row's attributes
 *   ref    (?:^|\s)r\s*=\s*["']([A-Za-z]*)(\d*)["'] in a cell's attributes
 *   type   (?:^|\s)t\s*=\s*["']([^"']*)["']
 *   style  (?:^|\s)s\s*=\s*["'](\d+)["']
 *   value  <(?:[\w.-]+:)?v>([^<]*)<\/(?:[\w.-]+:)?v>  first in the cell's body
 *   end    <\/(?:[\w.-]+:)?c>                      the body ends here or at the next tag
 */

import { columnOfLetters, isAsciiDigit, isAsciiLetter } from '../engine/grid';
import {
  closesItself,
  ElementWalk,
  firstTextStart,
  hasPrefix,
  isSpaceCode,
  isStartTagAt,
  type StartTag,
} from './xml';

const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const SLASH = 0x2f;
const CELL_TAGS = ['row', 'c'];
const ROW = 0;
const CELL = 1;
/** Self-closing cells left unplaced at most (two numbers each). */
const MAX_UNPLACED = 2048;

const isQuoteCode = (code: number) => code === QUOTE || code === APOSTROPHE;

/**
 * Where an attribute's value begins when its name ends just before `at`: white space, "=",
 * white space, a quote; -1 where that does not follow.
 */
function valueAfterName(xml: string, at: number, to: number): number {
  let i = at;
  while (i < to && isSpaceCode(xml.charCodeAt(i))) i++;
  if (xml.charCodeAt(i) !== EQUALS) return -1;
  i++;
  while (i < to && isSpaceCode(xml.charCodeAt(i))) i++;
  return i < to && isQuoteCode(xml.charCodeAt(i)) ? i + 1 : -1;
}

/**
 * Where the value of attribute `name` (one letter, no prefix) begins in xml[from, to), the first
 * whose value `fits`; -1 if none. `fits` is handed the value's start and must return where its
 * closing quote is, or -1.
 */
function attributeValue(
  xml: string,
  from: number,
  to: number,
  name: number,
  fits: (xml: string, start: number, to: number) => number,
): number {
  for (let at = from; at < to; at++) {
    if (xml.charCodeAt(at) !== name) continue;
    if (at > from && !isSpaceCode(xml.charCodeAt(at - 1))) continue;
    const start = valueAfterName(xml, at + 1, to);
    if (start >= 0 && fits(xml, start, to) >= 0) return start;
  }
  return -1;
}

/** Digits then a quote: the quote's place, or -1. */
function digitsThenQuote(xml: string, start: number, to: number): number {
  let at = start;
  while (at < to && isAsciiDigit(xml.charCodeAt(at))) at++;
  return at > start && at < to && isQuoteCode(xml.charCodeAt(at)) ? at : -1;
}

/** Letters, digits (either may be absent), then a quote. */
function referenceThenQuote(xml: string, start: number, to: number): number {
  let at = start;
  while (at < to && isAsciiLetter(xml.charCodeAt(at))) at++;
  while (at < to && isAsciiDigit(xml.charCodeAt(at))) at++;
  return at < to && isQuoteCode(xml.charCodeAt(at)) ? at : -1;
}

/** Anything but quotes, then a quote. */
function textThenQuote(xml: string, start: number, to: number): number {
  let at = start;
  while (at < to && !isQuoteCode(xml.charCodeAt(at))) at++;
  return at < to ? at : -1;
}

/** The number written in xml[start, end) (digits only). */
function digitsValue(xml: string, start: number, end: number): number {
  // Past 15 digits, summing could round unlike Number(): leave those to it.
  if (end - start > 15) return Number(xml.slice(start, end));
  let value = 0;
  for (let at = start; at < end; at++) value = value * 10 + xml.charCodeAt(at) - 0x30;
  return value;
}

const R = 0x72;
const T = 0x74;
const S = 0x73;

/**
 * Walks the row and cell tags of a sheet part up to its </sheetData>: after each next() that
 * returns true, the fields describe one cell with something inside it. References may be left
 * out: a cell then follows the one before it, a row the row before.
 *
 * Parts laid out as Excel, WPS, LibreOffice and exceljs write them are read in one tight loop
 * (nextUsual), which reads a cell at a time only where it is sure the general walk would read it
 * the same; at the first tag it is not sure of, the general walk takes over from that tag, with
 * the same row, column and unplaced cells, for the rest of the part.
 */
export class SheetCells {
  /** Zero-based place of the cell. */
  row = -1;
  col = -1;
  /** The t attribute ('n' where absent). */
  type = 'n';
  /** The s attribute, -1 where absent. */
  style = -1;
  /** Where the text of its first <v> is: xml[valueStart, valueEnd), -1 where it has none. */
  private valueStart = -1;
  private valueEnd = -1;
  /** What lies between the cell's tags: xml[bodyStart, bodyEnd). */
  private bodyStart = 0;
  private bodyEnd = 0;
  /** The general walk, once the part has left the usual layout; null before. */
  private walk: ElementWalk | null = null;
  /**
   * Where the usual loop reads on from; once it meets a tag it is not sure of, where that tag
   * begins, which is where the general walk starts.
   */
  private position = 0;
  /**
   * Self-closing cells not yet placed, as pairs of where their attributes begin and end: most
   * are styled blanks whose place nothing needs, since the next cell's full reference places it
   * alone. A cell or row that follows the one before it places them first.
   */
  private readonly unplaced: number[] = [];
  /** How many numbers of `unplaced` are in use (the array is reused, never shrunk). */
  private unplacedLength = 0;
  /** The r attribute last parsed: where it begins (-1: none), its letters end and digits end. */
  private refStart = -1;
  private lettersEnd = -1;
  private digitsEnd = -1;

  /** `dataEnd`: where </sheetData> begins, or the part's end; tags past it are not read. */
  constructor(
    private readonly xml: string,
    private readonly dataEnd: number,
  ) {}

  next(): boolean {
    if (this.walk === null) {
      const found = this.nextUsual();
      if (found !== undefined) return found;
      this.walk = new ElementWalk(this.xml, CELL_TAGS, CELL, this.position);
    }
    return this.nextInWalk(this.walk);
  }

  /**
   * next() in the usual layout: every row tag begins ` r="12"`, every cell tag is
   * ` r="B2" s="3" t="s"` (s and t optional) and holds nothing, or an optional formula (<f>, with
   * or without attributes, then its text and </f>, or closing itself) then an optional
   * <v>value</v>, with no other markup and no space between tags. What the general walk reads
   * in a cell depends only on where its "<" are, so these are all the fast loop checks.
   * Undefined at the first tag that is otherwise (`position` is where it begins): a tag named
   * row or c, or any tag with a prefix, which might be one.
   */
  private nextUsual(): boolean | undefined {
    const { xml, dataEnd } = this;
    for (let lt = xml.indexOf('<', this.position); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
      if (lt > dataEnd) return false;
      this.position = lt;
      if (isStartTagAt(xml, lt, 'c')) {
        const found = this.readUsualCell(lt + 2);
        if (found !== false) return found;
        lt = this.position - 1;
      } else if (isStartTagAt(xml, lt, 'row')) {
        if (!this.readUsualRow(lt + 4)) return undefined;
        lt = this.position - 1;
      } else if (hasPrefix(xml, lt)) return undefined;
    }
    return false;
  }

  /**
   * Reads a cell tag whose attributes begin at `attributes`, where it is usual: true where the
   * cell holds something, false where it holds nothing (the loop reads on from `position`);
   * undefined where it is not usual, having changed only what the general walk reads afresh
   * for each tag (the reference, type and style parsed).
   */
  private readUsualCell(attributes: number): boolean | undefined {
    const { xml } = this;
    const gt = xml.indexOf('>', attributes);
    if (gt < 0 || !this.readUsualAttributes(attributes, gt, true)) return undefined;
    if (!(this.lettersEnd > this.refStart && this.digitsEnd > this.lettersEnd)) return undefined;
    if (xml.charCodeAt(gt - 1) === SLASH) {
      this.leaveUnplaced(attributes, gt);
      this.position = gt + 1;
      return false;
    }
    let at = gt + 1;
    // A formula: <f>, <f t="shared" ref="B2:B9" si="0"> (text, then </f>) or <f … /> as Excel
    // writes the cells that share it. Its tag ends at the first ">", even one in a quoted value:
    // with no "<" inside it holds no tag the walk looks for, wherever it is taken to end.
    if (isStartTagAt(xml, at, 'f')) {
      const formulaTagEnd = xml.indexOf('>', at + 2);
      if (formulaTagEnd < 0 || xml.lastIndexOf('<', formulaTagEnd) !== at) return undefined;
      const closed = xml.charCodeAt(formulaTagEnd - 1) === SLASH;
      at = formulaTagEnd + 1;
      if (!closed) {
        const formulaEnd = xml.indexOf('<', at);
        if (formulaEnd < 0 || !xml.startsWith('</f>', formulaEnd)) return undefined;
        at = formulaEnd + 4;
      }
    }
    let valueStart = -1;
    let valueEnd = -1;
    if (xml.startsWith('<v>', at)) {
      valueStart = at + 3;
      valueEnd = xml.indexOf('<', valueStart);
      if (valueEnd < 0 || !xml.startsWith('</v>', valueEnd)) return undefined;
      at = valueEnd + 4;
    }
    if (!xml.startsWith('</c>', at)) return undefined;
    // Its reference is full: it places itself, and the cells left unplaced never need placing.
    this.unplacedLength = 0;
    this.placeByReference();
    this.position = at + 4;
    if (at === gt + 1) return false; // nothing inside
    this.bodyStart = gt + 1;
    this.bodyEnd = at;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    return true;
  }

  /**
   * Reads a row tag whose attributes begin at `attributes`, where it is usual (` r="12"` first):
   * true; false where it is not, and nothing was changed.
   */
  private readUsualRow(attributes: number): boolean {
    const { xml } = this;
    const gt = xml.indexOf('>', attributes);
    if (gt < 0 || !xml.startsWith(' r="', attributes)) return false;
    const end = digitsThenQuote(xml, attributes + 4, gt);
    if (end < 0) return false;
    this.startRow(attributes + 4, end);
    this.position = gt + 1;
    return true;
  }

  /** A row numbered by xml[start, end): the row and the column start afresh. */
  private startRow(start: number, end: number): void {
    this.unplacedLength = 0;
    this.row = digitsValue(this.xml, start, end) - 1;
    this.col = -1;
  }

  /** next() by the general walk, from where the usual loop left off. */
  private nextInWalk(walk: ElementWalk): boolean {
    const { xml, dataEnd } = this;
    while (walk.next()) {
      const { tag } = walk;
      if (tag.lt > dataEnd) return false;
      if (tag.name === ROW) {
        this.readRow(tag);
        continue;
      }
      // A self-closing cell (a styled blank, nearly half a template's cells) holds nothing.
      if (closesItself(xml, tag)) {
        this.leaveUnplaced(tag.attributes, tag.gt);
        continue;
      }
      this.readAttributes(tag.attributes, tag.gt, true);
      const { refStart, lettersEnd, digitsEnd } = this;
      if (refStart >= 0 && lettersEnd > refStart && digitsEnd > lettersEnd) this.unplacedLength = 0;
      else if (this.unplacedLength > 0) {
        // Placing them parses their references: this cell's is put back after.
        this.placeUnplaced();
        this.refStart = refStart;
        this.lettersEnd = lettersEnd;
        this.digitsEnd = digitsEnd;
      }
      this.placeByReference();
      if (walk.bodyEnd <= walk.bodyStart) continue;
      this.bodyStart = walk.bodyStart;
      this.bodyEnd = walk.bodyEnd;
      this.valueStart = firstTextStart(xml, walk.bodyStart, walk.bodyEnd, 'v');
      this.valueEnd = this.valueStart >= 0 ? xml.indexOf('<', this.valueStart) : -1;
      return true;
    }
    return false;
  }

  /** A self-closing cell, placed only when a later cell or row needs it to be. */
  private leaveUnplaced(attributes: number, gt: number): void {
    // A long run of them is placed as it goes, so the list stays small.
    if (this.unplacedLength >= MAX_UNPLACED) this.placeUnplaced();
    this.unplaced[this.unplacedLength++] = attributes;
    this.unplaced[this.unplacedLength++] = gt;
  }

  /** The text of its first <v>, undefined where it has none. */
  value(): string | undefined {
    return this.valueStart >= 0 ? this.xml.slice(this.valueStart, this.valueEnd) : undefined;
  }

  /**
   * The value as a number the way Number() reads it, not sliced out where it is plain digits
   * (a shared string's index, the bulk of a form's cells); undefined where it has no value.
   */
  valueNumber(): number | undefined {
    const { xml, valueStart: start, valueEnd: end } = this;
    if (start < 0) return undefined;
    let at = start;
    while (at < end && isAsciiDigit(xml.charCodeAt(at))) at++;
    return at === end && end > start ? digitsValue(xml, start, end) : Number(xml.slice(start, end));
  }

  /** What lies between the cell's tags (an inline string's runs). */
  body(): string {
    return this.xml.slice(this.bodyStart, this.bodyEnd);
  }

  private readRow(tag: StartTag): void {
    const { xml } = this;
    const start = attributeValue(xml, tag.attributes, tag.gt, R, digitsThenQuote);
    if (start >= 0) this.startRow(start, digitsThenQuote(xml, start, tag.gt));
    else {
      this.placeUnplaced();
      this.row++;
      this.col = -1;
    }
  }

  /** Places the self-closing cells left unplaced, in order: the next cell follows them. */
  private placeUnplaced(): void {
    const { unplaced, unplacedLength } = this;
    this.unplacedLength = 0;
    for (let i = 0; i < unplacedLength; i += 2) {
      this.readAttributes(unplaced[i], unplaced[i + 1], false);
      this.placeByReference();
    }
  }

  /**
   * Finds the r attribute among xml[from, to), and with `typeAndStyle` the t and s attributes too,
   * in one walk over the tag's text: each the first of its name whose value fits its pattern.
   */
  private readAttributes(from: number, to: number, typeAndStyle: boolean): void {
    if (this.readUsualAttributes(from, to, typeAndStyle)) return;
    const { xml } = this;
    let ref = -1;
    let type = -1;
    let style = -1;
    for (let at = from; at < to; at++) {
      const code = xml.charCodeAt(at);
      const wanted =
        code === R ? ref < 0 : typeAndStyle && (code === T ? type < 0 : code === S && style < 0);
      if (!wanted) continue;
      if (at > from && !isSpaceCode(xml.charCodeAt(at - 1))) continue;
      const start = valueAfterName(xml, at + 1, to);
      if (start < 0) continue;
      if (code === R) {
        if (referenceThenQuote(xml, start, to) >= 0) ref = start;
      } else if (code === T) {
        if (textThenQuote(xml, start, to) >= 0) type = start;
      } else if (digitsThenQuote(xml, start, to) >= 0) style = start;
    }
    this.refStart = ref;
    if (ref >= 0) {
      let lettersEnd = ref;
      while (isAsciiLetter(xml.charCodeAt(lettersEnd))) lettersEnd++;
      this.lettersEnd = lettersEnd;
      this.digitsEnd = referenceThenQuote(xml, ref, to);
    }
    if (!typeAndStyle) return;
    this.type = type >= 0 ? xml.slice(type, textThenQuote(xml, type, to)) : 'n';
    this.style = style >= 0 ? digitsValue(xml, style, digitsThenQuote(xml, style, to)) : -1;
  }

  /**
   * Reads the attributes by position where they are laid out as Excel, WPS, LibreOffice and
   * exceljs write them, ` r="B2" s="3" t="s"` (s and t optional) and nothing else: what the walk
   * in readAttributes would find in them, without visiting each character. False for any other
   * layout, which that walk then reads.
   */
  private readUsualAttributes(from: number, to: number, typeAndStyle: boolean): boolean {
    const { xml } = this;
    if (!xml.startsWith(' r="', from)) return false;
    const refStart = from + 4;
    let at = refStart;
    while (isAsciiLetter(xml.charCodeAt(at))) at++;
    const lettersEnd = at;
    while (isAsciiDigit(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== QUOTE) return false;
    const digitsEnd = at++;
    let style = -1;
    if (xml.startsWith(' s="', at)) {
      const start = at + 4;
      at = start;
      while (isAsciiDigit(xml.charCodeAt(at))) at++;
      if (at === start || xml.charCodeAt(at) !== QUOTE) return false;
      style = digitsValue(xml, start, at++);
    }
    let type = 'n';
    if (xml.startsWith(' t="', at)) {
      const start = at + 4;
      at = start;
      while (isAsciiLetter(xml.charCodeAt(at))) at++;
      if (xml.charCodeAt(at) !== QUOTE) return false;
      type = xml.slice(start, at++);
    }
    if (at !== to && !(at === to - 1 && xml.charCodeAt(at) === SLASH)) return false;
    this.refStart = refStart;
    this.lettersEnd = lettersEnd;
    this.digitsEnd = digitsEnd;
    if (typeAndStyle) {
      this.type = type;
      this.style = style;
    }
    return true;
  }

  /** Places the cell by the reference parsed: what it leaves out follows the cell before. */
  private placeByReference(): void {
    const { xml, refStart: start, lettersEnd, digitsEnd } = this;
    if (start >= 0 && lettersEnd > start) this.col = columnOfLetters(xml, start, lettersEnd);
    else this.col++;
    if (start >= 0 && digitsEnd > lettersEnd)
      this.row = digitsValue(xml, lettersEnd, digitsEnd) - 1;
    this.row = Math.max(this.row, 0);
  }
}

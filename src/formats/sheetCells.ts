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

const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** [\w.-] */
function isNameCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2d
  );
}

/** JavaScript's \s. */
function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
const isLetterCode = (code: number) => (code | 32) >= 0x61 && (code | 32) <= 0x7a;
const isQuoteCode = (code: number) => code === QUOTE || code === APOSTROPHE;

/** Where a tag's local name begins, past any prefix: `lt` is its "<" (or "</"'s "/"). */
function localName(xml: string, from: number): number {
  let at = from;
  while (isNameCode(xml.charCodeAt(at))) at++;
  return at > from && xml.charCodeAt(at) === COLON ? at + 1 : from;
}

/** `name` (one letter) followed by a character that ends a tag name. */
function isTagName(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at)) return false;
  const next = xml.charCodeAt(at + name.length);
  return isSpaceCode(next) || next === SLASH || next === GT;
}

/** A start tag found: where it begins, its attributes' span and whether it is a row. */
interface Tag {
  lt: number;
  isRow: boolean;
  /** The attribute text is xml[attributes, gt). */
  attributes: number;
  gt: number;
}

/**
 * The first row or cell start tag at or after `from` into `tag`; false where there is none (a
 * tag with no ">" after it ends the search, as the pattern finds no match past it).
 */
function findTag(xml: string, from: number, tag: Tag): boolean {
  for (let lt = xml.indexOf('<', from); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const name = localName(xml, lt + 1);
    const isRow = isTagName(xml, name, 'row');
    if (!isRow && !isTagName(xml, name, 'c')) continue;
    const gt = xml.indexOf('>', name);
    if (gt < 0) return false;
    tag.lt = lt;
    tag.isRow = isRow;
    tag.attributes = name + (isRow ? 3 : 1);
    tag.gt = gt;
    return true;
  }
  return false;
}

/** The next `</c>` (any prefix) at or after `from`, or the part's end. */
function cellEnd(xml: string, from: number): number {
  for (let at = xml.indexOf('</', from); at >= 0; at = xml.indexOf('</', at + 1)) {
    const name = localName(xml, at + 2);
    if (xml.charCodeAt(name) === 0x63 && xml.charCodeAt(name + 1) === GT) return at;
  }
  return xml.length;
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
    let i = at + 1;
    while (i < to && isSpaceCode(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== EQUALS) continue;
    i++;
    while (i < to && isSpaceCode(xml.charCodeAt(i))) i++;
    if (i >= to || !isQuoteCode(xml.charCodeAt(i))) continue;
    if (fits(xml, i + 1, to) >= 0) return i + 1;
  }
  return -1;
}

/** Digits then a quote: the quote's place, or -1. */
function digitsThenQuote(xml: string, start: number, to: number): number {
  let at = start;
  while (at < to && isDigitCode(xml.charCodeAt(at))) at++;
  return at > start && at < to && isQuoteCode(xml.charCodeAt(at)) ? at : -1;
}

/** Letters, digits (either may be absent), then a quote. */
function referenceThenQuote(xml: string, start: number, to: number): number {
  let at = start;
  while (at < to && isLetterCode(xml.charCodeAt(at))) at++;
  while (at < to && isDigitCode(xml.charCodeAt(at))) at++;
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
 */
export class SheetCells {
  /** Zero-based place of the cell. */
  row = -1;
  col = -1;
  /** The t attribute ('n' where absent). */
  type = 'n';
  /** The s attribute, -1 where absent. */
  style = -1;
  /** The text of its first <v>, undefined where it has none. */
  value: string | undefined = undefined;
  /** What lies between the cell's tags is xml[bodyStart, bodyEnd). */
  private bodyStart = 0;
  private bodyEnd = 0;

  private current: Tag = { lt: 0, isRow: false, attributes: 0, gt: 0 };
  private following: Tag = { lt: 0, isRow: false, attributes: 0, gt: 0 };
  private hasCurrent: boolean;
  /** The next </c> at or after the body being read: found once, reused. */
  private endAt = -1;

  /** `dataEnd`: where </sheetData> begins (tags past it are not read), or -1. */
  constructor(
    private readonly xml: string,
    private readonly dataEnd: number,
  ) {
    this.hasCurrent = findTag(xml, 0, this.current);
  }

  next(): boolean {
    const { xml, dataEnd } = this;
    while (this.hasCurrent) {
      const tag = this.current;
      if (dataEnd >= 0 && tag.lt > dataEnd) return false;
      const hasFollowing = findTag(xml, tag.gt + 1, this.following);
      const followingAt = hasFollowing ? this.following.lt : xml.length;
      this.current = this.following;
      this.following = tag;
      this.hasCurrent = hasFollowing;
      if (tag.isRow) {
        this.readRow(tag);
        continue;
      }
      this.readReference(tag);
      // A self-closing cell (a styled blank, nearly half a template's cells) holds nothing.
      if (xml.charCodeAt(tag.gt - 1) === SLASH && tag.gt - 1 >= tag.attributes) continue;
      const bodyStart = tag.gt + 1;
      if (this.endAt < bodyStart) this.endAt = cellEnd(xml, bodyStart);
      const bodyEnd = Math.min(this.endAt, followingAt);
      if (bodyEnd <= bodyStart) continue;
      this.readAttributes(tag);
      this.bodyStart = bodyStart;
      this.bodyEnd = bodyEnd;
      this.value = firstValue(xml, bodyStart, bodyEnd);
      return true;
    }
    return false;
  }

  /** What lies between the cell's tags (an inline string's runs). */
  body(): string {
    return this.xml.slice(this.bodyStart, this.bodyEnd);
  }

  private readRow(tag: Tag): void {
    const { xml } = this;
    const start = attributeValue(xml, tag.attributes, tag.gt, R, digitsThenQuote);
    this.row =
      start >= 0 ? digitsValue(xml, start, digitsThenQuote(xml, start, tag.gt)) - 1 : this.row + 1;
    this.col = -1;
  }

  private readReference(tag: Tag): void {
    const { xml } = this;
    const start = attributeValue(xml, tag.attributes, tag.gt, R, referenceThenQuote);
    let lettersEnd = start;
    if (start >= 0) while (isLetterCode(xml.charCodeAt(lettersEnd))) lettersEnd++;
    if (start >= 0 && lettersEnd > start) {
      let col = 0;
      for (let at = start; at < lettersEnd; at++) col = col * 26 + ((xml.charCodeAt(at) | 32) - 96);
      this.col = col - 1;
    } else this.col++;
    if (start >= 0) {
      const digitsEnd = referenceThenQuote(xml, start, tag.gt);
      if (digitsEnd > lettersEnd) this.row = digitsValue(xml, lettersEnd, digitsEnd) - 1;
    }
    this.row = Math.max(this.row, 0);
  }

  private readAttributes(tag: Tag): void {
    const { xml } = this;
    const type = attributeValue(xml, tag.attributes, tag.gt, T, textThenQuote);
    this.type = type >= 0 ? xml.slice(type, textThenQuote(xml, type, tag.gt)) : 'n';
    const style = attributeValue(xml, tag.attributes, tag.gt, S, digitsThenQuote);
    this.style = style >= 0 ? digitsValue(xml, style, digitsThenQuote(xml, style, tag.gt)) : -1;
  }
}

/** The text of the first <v>…</v> (any prefix) in xml[from, to), or undefined. */
function firstValue(xml: string, from: number, to: number): string | undefined {
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; lt = xml.indexOf('<', lt + 1)) {
    const name = localName(xml, lt + 1);
    if (xml.charCodeAt(name) !== 0x76 || xml.charCodeAt(name + 1) !== GT) continue;
    const textStart = name + 2;
    const close = xml.indexOf('<', textStart);
    if (close < 0 || close >= to || xml.charCodeAt(close + 1) !== SLASH) continue;
    const closeName = localName(xml, close + 2);
    if (xml.charCodeAt(closeName) !== 0x76 || xml.charCodeAt(closeName + 1) !== GT) continue;
    if (closeName + 2 > to) continue;
    return xml.slice(textStart, close);
  }
  return undefined;
}

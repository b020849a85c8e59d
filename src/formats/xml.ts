/** The little XML the readers need: attributes of one tag and text with entities resolved. */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The value of attribute `name` in a tag's attribute text, or undefined. `name` may omit the
 * namespace prefix ("id" finds "r:id"), since writers choose their own prefixes.
 */
export function attribute(attributes: string, name: string): string | undefined {
  const match = attributePattern(name).exec(attributes);
  if (!match) return undefined;
  return unescapeXml(match[1] ?? match[2]);
}

/** One compiled pattern per attribute name: a styles part asks for numFmtId once per style. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  return pattern;
}

/** Each start tag `<name …>` (any prefix) in `xml`, as its attribute text. */
export function* startTags(xml: string, name: string): Generator<string> {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) yield match[1];
}

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
export function isSpaceCode(code: number): boolean {
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

const LT = 0x3c;
const SLASH = 0x2f;
const COLON = 0x3a;
const GT = 0x3e;

/** Where a tag's local name begins, past any prefix (`from`: just after "<" or "</"). */
function localName(xml: string, from: number): number {
  let at = from;
  while (isNameCode(xml.charCodeAt(at))) at++;
  return at > from && xml.charCodeAt(at) === COLON ? at + 1 : from;
}

/** True where the tag whose "<" is at `lt` is a start tag `<name`, with no prefix. */
export function isStartTagAt(xml: string, lt: number, name: string): boolean {
  const next = xml.charCodeAt(lt + 1 + name.length);
  return (
    xml.charCodeAt(lt) === LT &&
    xml.startsWith(name, lt + 1) &&
    (isSpaceCode(next) || next === SLASH || next === GT)
  );
}

/** True where the tag whose "<" is at `lt` has a prefix ("<x:c"): any name it may be. */
export function hasPrefix(xml: string, lt: number): boolean {
  return localName(xml, lt + 1) > lt + 1;
}

/** A start tag found by findStartTag. */
export interface StartTag {
  /** Where its "<" is. */
  lt: number;
  /** Which of the names asked for. */
  name: number;
  /** Its attribute text is xml[attributes, gt). */
  attributes: number;
  gt: number;
}

/** One pattern per list of names; each use sets where it starts (lastIndex) first. */
const START_TAG_PATTERNS = new Map<string, RegExp>();

/**
 * The pattern a start tag named one of `names` (any prefix) begins with: its "<" and name, the
 * name followed by what ends one (ElementWalk's findStartTag).
 */
function startTagPattern(names: readonly string[]): RegExp {
  const key = names.join(' ');
  let pattern = START_TAG_PATTERNS.get(key);
  if (!pattern) {
    const alternatives = names.map((name) => name.replace(/[.-]/g, '\\$&')).join('|');
    pattern = new RegExp(`<(?:[\\w.-]+:)?(?:${alternatives})(?=[\\s/>])`, 'g');
    START_TAG_PATTERNS.set(key, pattern);
  }
  return pattern;
}

/** `name` at `at`, just after "<" or a prefix's ":". */
function isNameAt(xml: string, at: number, name: string): boolean {
  const before = xml.charCodeAt(at - 1);
  return (before === LT || before === COLON) && xml.startsWith(name, at);
}

/** True where the start tag closes itself ("<si/>"). */
export function closesItself(xml: string, tag: StartTag): boolean {
  return tag.gt > tag.attributes && xml.charCodeAt(tag.gt - 1) === SLASH;
}

/** Where the next end tag `</name>` (any prefix) at or after `from` begins, or the part's end. */
export function findEndTag(xml: string, from: number, name: string): number {
  return findEndNeedle(xml, from, `${name}>`);
}

/** findEndTag with its needle, "name>", made by the caller (a sheet asks for "c>" once per cell). */
function findEndNeedle(xml: string, from: number, needle: string): number {
  // Found by its name and checked backwards: "name>" is rare but for the tag itself, whereas
  // looking at every "</" visits each cell's end tags on the way to a part's last ones.
  for (let at = xml.indexOf(needle, from); at >= 0; at = xml.indexOf(needle, at + 1)) {
    const start = endTagStart(xml, at);
    if (start >= from) return start;
  }
  return xml.length;
}

/** Where "</" or "</prefix:" ends just before `name` begins; -1 if it is not there. */
function endTagStart(xml: string, name: number): number {
  let at = name - 1;
  if (xml.charCodeAt(at) === COLON) {
    const prefixEnd = at;
    while (isNameCode(xml.charCodeAt(at - 1))) at--;
    if (at === prefixEnd) return -1;
  } else at = name;
  return xml.charCodeAt(at - 1) === SLASH && xml.charCodeAt(at - 2) === LT ? at - 2 : -1;
}

/**
 * Where the text of the first `<name>text</name>` (any prefix, no attributes, no markup inside)
 * in xml[from, to) begins, or -1: what <(?:[\w.-]+:)?name>([^<]*)<\/(?:[\w.-]+:)?name> finds.
 * The text ends at the next "<".
 */
export function firstTextStart(xml: string, from: number, to: number, name: string): number {
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; lt = xml.indexOf('<', lt + 1)) {
    const open = localName(xml, lt + 1);
    if (!xml.startsWith(name, open) || xml.charCodeAt(open + name.length) !== GT) continue;
    const textStart = open + name.length + 1;
    const close = xml.indexOf('<', textStart);
    if (close < 0 || close >= to || xml.charCodeAt(close + 1) !== SLASH) continue;
    const closeName = localName(xml, close + 2);
    const closeEnd = closeName + name.length + 1;
    if (!xml.startsWith(name, closeName) || xml.charCodeAt(closeEnd - 1) !== GT) continue;
    if (closeEnd > to) continue;
    return textStart;
  }
  return -1;
}

const newTag = (): StartTag => ({ lt: 0, name: 0, attributes: 0, gt: 0 });

/**
 * Walks the start tags named `names` (any prefix) in document order, with the body of each one
 * named `names[withBody]` that does not close itself. A body ends at its end tag or, in a damaged
 * file that leaves one open, at the next start tag walked: one pass, however many are left open
 * (a lazy regex to the end tag would rescan the rest of the part for each).
 */
export class ElementWalk {
  /** The tag the last next() that returned true walked to. */
  tag = newTag();
  /** Its body is xml[bodyStart, bodyEnd); empty for a tag that holds none. */
  bodyStart = 0;
  bodyEnd = 0;
  private following = newTag();
  private hasFollowing: boolean;
  /** The next end tag at or after the body being read: found once, reused. */
  private endAt = -1;
  private readonly pattern: RegExp;
  /** "name>" of the tags walked with a body: how their end tags are found. */
  private readonly endNeedle: string;

  /** `from`: where in the part the walk begins. */
  constructor(
    private readonly xml: string,
    private readonly names: readonly string[],
    private readonly withBody: number,
    from = 0,
  ) {
    this.pattern = startTagPattern(names);
    this.endNeedle = `${names[withBody]}>`;
    this.hasFollowing = this.findStartTag(from, this.following);
  }

  next(): boolean {
    if (!this.hasFollowing) return false;
    const { xml, withBody } = this;
    const tag = this.following;
    this.following = this.tag;
    this.tag = tag;
    this.hasFollowing = this.findStartTag(tag.gt + 1, this.following);
    this.bodyStart = this.bodyEnd = tag.gt + 1;
    if (tag.name === withBody && !closesItself(xml, tag)) {
      if (this.endAt < this.bodyStart)
        this.endAt = findEndNeedle(xml, this.bodyStart, this.endNeedle);
      this.bodyEnd = Math.min(this.endAt, this.hasFollowing ? this.following.lt : xml.length);
    }
    return true;
  }

  body(): string {
    return this.xml.slice(this.bodyStart, this.bodyEnd);
  }

  /**
   * The first start tag walked at or after `from`, into `tag`; false where there is none. Found
   * by the pattern's test(), which makes no match object, this finds what
   * <(?:[\w.-]+:)?(names)(?=[\s/>])([^>]*)> would (a tag with no ">" after it ends the search,
   * as the pattern finds nothing past it). A sheet part has a tag per cell: a match per tag made
   * a large share of what reading allocates, and a walk over every "<" by hand ran long before
   * it was compiled.
   */
  private findStartTag(from: number, tag: StartTag): boolean {
    const { xml, names, pattern } = this;
    pattern.lastIndex = from;
    if (!pattern.test(xml)) return false;
    const nameEnd = pattern.lastIndex;
    let name = 0;
    while (!isNameAt(xml, nameEnd - names[name].length, names[name])) name++;
    let lt = nameEnd - names[name].length - 1;
    while (xml.charCodeAt(lt) !== LT) lt--; // past a prefix
    const gt = xml.indexOf('>', nameEnd);
    if (gt < 0) return false;
    tag.lt = lt;
    tag.name = name;
    tag.attributes = nameEnd;
    tag.gt = gt;
    return true;
  }
}

/**
 * Calls `visit` with the body of each element `name` (any prefix), in document order, from
 * `from` on.
 */
export function elementBodies(
  xml: string,
  name: string,
  visit: (body: string) => void,
  from = 0,
): void {
  const walk = new ElementWalk(xml, [name], 0, from);
  while (walk.next()) visit(walk.body());
}

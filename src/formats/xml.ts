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

/** What eachElement hands its visitor; false from the visitor stops the walk. */
export type ElementVisitor = (
  name: string,
  /** The start tag's attribute text (a self-closing tag's ends with "/"). */
  attributes: string,
  /** What lies between the start and end tags of an element named `withBody`; '' otherwise. */
  body: string,
  /** Where the start tag begins. */
  index: number,
) => boolean | void;

/**
 * Visits the elements named by `names` (a regex alternation: "row|c") in document order, any
 * prefix, with the bodies of those named `withBody`. A body ends at its end tag or, in a damaged
 * file that leaves one open, at the next start tag found: one pass, however many are left open
 * (a lazy regex to the end tag would rescan the rest of the part for each). A visitor, not a
 * generator: a sheet has a call per cell, and a generator's step and object per cell were a
 * sixth of reading a folder's files.
 */
export function eachElement(
  xml: string,
  names: string,
  withBody: string,
  visit: ElementVisitor,
): void {
  const start = new RegExp(`<(?:[\\w.-]+:)?(${names})(?=[\\s/>])([^>]*)>`, 'g');
  const end = new RegExp(`</(?:[\\w.-]+:)?${withBody}>`, 'g');
  let endAt = -1; // the next end tag at or after the body being read: found once, reused
  let match = start.exec(xml);
  while (match) {
    const next = start.exec(xml);
    const name = match[1];
    const attributes = match[2];
    let body = '';
    if (name === withBody && !attributes.endsWith('/')) {
      const bodyStart = match.index + match[0].length;
      if (endAt < bodyStart) {
        end.lastIndex = bodyStart;
        endAt = end.exec(xml)?.index ?? xml.length;
      }
      body = xml.slice(bodyStart, Math.min(endAt, next ? next.index : xml.length));
    }
    if (visit(name, attributes, body, match.index) === false) return;
    match = next;
  }
}

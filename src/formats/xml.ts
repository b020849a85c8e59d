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
  const match = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    attributes,
  );
  if (!match) return undefined;
  return unescapeXml(match[1] ?? match[2]);
}

/** Each start tag `<name …>` (any prefix) in `xml`, as its attribute text. */
export function* startTags(xml: string, name: string): Generator<string> {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) yield match[1];
}

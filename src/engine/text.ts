/** Text normalisation shared by the reader and the value grammar. */
import type { CellValue } from './grid';

const FULL_WIDTH_PUNCTUATION: Record<string, string> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '－': '-',
  '−': '-',
  '﹣': '-',
  '．': '.',
  '％': '%',
};

/** A cell's text as a person reads it: numbers printed plainly, trimmed. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.trim();
}

/** Full-width digits, letters and punctuation to their ASCII forms. */
const FULL_WIDTH = /[\uff01-\uff5e−﹣]/g;

function halfWidthOf(ch: string): string {
  const code = ch.charCodeAt(0);
  const letterOrDigit =
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a);
  return letterOrDigit ? String.fromCharCode(code - 0xfee0) : (FULL_WIDTH_PUNCTUATION[ch] ?? ch);
}

/** One replace, not a walk adding a character at a time: a task list's long texts are read too. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, halfWidthOf);
}

/**
 * Remembers a text function's answers for short texts: labels repeat on every form of a
 * package, and the reader asks about each cell several times.
 */
export function memoizeShortText<T>(compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    // An answer of undefined is remembered too: most texts are no label a lookup knows.
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = compute(text);
    if (text.length <= MEMO_MAX_LENGTH) {
      if (answers.size >= MEMO_MAX_ENTRIES) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}

const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 20000;

/**
 * The form of a label used for matching: no white space at all (printed forms wrap labels
 * inside cells: "一级指\n标"), half-width punctuation, no trailing colon.
 */
export const squash = memoizeShortText((text) =>
  toHalfWidth(text)
    .replace(/[\s\u3000]+/g, '')
    .replace(/:+$/, ''),
);

/** Department and project names compared "once spaces and punctuation are ignored". */
export function nameKey(text: string): string {
  return squash(text).replace(/[()[\]【】〈〉<>《》「」'"“”‘’,.、;；!！?？·\-_/]/g, '');
}

/** East Asian wide characters: CJK ideographs, kana, hangul, CJK and full-width punctuation. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Columns a line of text takes where a Latin letter takes one and a CJK character two: a
 * terminal's columns, or Excel's character units at the body font size.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

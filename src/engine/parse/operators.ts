/** Operators: the canonical six, the variants forms use, and a guess for typos. */
import { memoizeShortText } from '../text';

export type Operator = '≥' | '≤' | '=' | '>' | '<' | '定性';

export const CANONICAL_OPERATORS: readonly Operator[] = ['≥', '≤', '=', '>', '<', '定性'];

/** Variants read as a canonical operator (docs/rules.md, operator.nonstandard); longest first. */
const VARIANTS: readonly [string, Operator][] = (
  [
    ['大于等于', '≥'],
    ['大于或等于', '≥'],
    ['小于等于', '≤'],
    ['小于或等于', '≤'],
    ['不低于', '≥'],
    ['不少于', '≥'],
    ['不小于', '≥'],
    ['不高于', '≤'],
    ['不超过', '≤'],
    ['不多于', '≤'],
    ['不大于', '≤'],
    ['等于', '='],
    ['大于', '>'],
    ['高于', '>'],
    ['小于', '<'],
    ['低于', '<'],
    ['>=', '≥'],
    ['<=', '≤'],
    ['≧', '≥'],
    ['≦', '≤'],
    ['⩾', '≥'],
    ['⩽', '≤'],
    ['＞', '>'],
    ['＜', '<'],
    ['＝', '='],
    ['==', '='],
    // A yes/no indicator's direction (是/否): its value is a word, as a 定性 one's.
    ['是/否', '定性'],
    ['是否', '定性'],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

export interface OperatorReading {
  operator: Operator;
  /** The variant as written, where it is not canonical (for operator.nonstandard). */
  variant: string | null;
}

/** An operator cell: canonical, a known variant, or null (unknown). */
export const readOperator = memoizeShortText((text): OperatorReading | null => {
  const compact = text.replace(/[\s\u3000]+/g, '');
  if ((CANONICAL_OPERATORS as readonly string[]).includes(compact)) {
    return { operator: compact as Operator, variant: null };
  }
  const variant = VARIANTS.find(([written]) => written === compact);
  return variant ? { operator: variant[1], variant: variant[0] } : null;
});

/** An operator at the start of a value ("≤266万元", "等于35人"), and the rest of the text. */
export function leadingOperator(text: string): (OperatorReading & { rest: string }) | null {
  // Variants first, longest first: ">=95%" is ≥ 95 %, not > "=95%".
  for (const [written, op] of VARIANTS) {
    if (text.startsWith(written))
      return { operator: op, variant: written, rest: text.slice(written.length).trim() };
  }
  for (const op of CANONICAL_OPERATORS) {
    if (op !== '定性' && text.startsWith(op)) {
      return { operator: op, variant: null, rest: text.slice(op.length).trim() };
    }
  }
  return null;
}

/** Suffixes that carry the operator after the number: "95%以上". */
const TRAILING: readonly [string, Operator][] = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
];

export function trailingOperator(text: string): (OperatorReading & { rest: string }) | null {
  for (const [written, op] of TRAILING) {
    if (text.endsWith(written))
      return { operator: op, variant: written, rest: text.slice(0, -written.length).trim() };
  }
  return null;
}

/** Misspellings that can only mean one operator: fixed for the user (operator.unknown). */
const MISSPELLINGS: ReadonlyMap<string, Operator> = new Map<string, Operator>([['定义', '定性']]);

/** The operator a known misspelling stands for ("定义" → 定性), or null. */
export function misspelledOperator(text: string): Operator | null {
  return MISSPELLINGS.get(text.replace(/[\s\u3000]+/g, '')) ?? null;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The canonical operator nearest to an unknown one (定义 → 定性), if any is close. */
export function suggestOperator(text: string): Operator | null {
  const compact = text.replace(/[\s\u3000]+/g, '');
  let best: { operator: Operator; distance: number } | null = null;
  const candidates: [string, Operator][] = [
    ...CANONICAL_OPERATORS.map((op): [string, Operator] => [op, op]),
    ...VARIANTS,
  ];
  for (const [written, operator] of candidates) {
    const distance = editDistance(compact, written);
    // Replacing every character of a short operator is no likeness ("≠" is not a typo of "≥").
    const close =
      distance < written.length && distance <= Math.max(1, Math.floor(written.length / 2));
    if (close && (!best || distance < best.distance)) {
      best = { operator, distance };
    }
  }
  return best?.operator ?? null;
}

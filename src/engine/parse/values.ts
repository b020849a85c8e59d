/**
 * The value grammar of an indicator cell: operator, number and unit in one cell ("≤266万元",
 * "等于35人", "95 %"), deadlines ("2022 年 12 月 31 日前"), 不适用 / 无, template placeholders.
 */
import Decimal from 'decimal.js';
import type { CellValue } from '../grid';
import { cellText, memoizeShortText, toHalfWidth } from '../text';
import { leadingOperator, trailingOperator, type OperatorReading } from './operators';
import { CATALOG_UNITS, normalizeUnit, unitKind } from './units';

/**
 * What a value cell says. Every reading has every field, null where it has none (an operator
 * written inside the value, the number, its unit): the rules read them on every row, and one
 * object shape keeps those reads cheap.
 */
interface ValueReading<Kind extends string, Figure extends Decimal | null> {
  kind: Kind;
  text: string;
  inline: OperatorReading | null;
  number: Figure;
  unit: string | null;
}

export type ParsedValue =
  | ValueReading<'number', Decimal>
  | ValueReading<'empty' | 'not-applicable' | 'placeholder' | 'deadline' | 'text', null>;

function reading(
  kind: 'empty' | 'not-applicable' | 'placeholder' | 'deadline' | 'text',
  text: string,
  inline: OperatorReading | null = null,
): ParsedValue {
  return { kind, text, inline, number: null, unit: null };
}

function numberReading(
  text: string,
  inline: OperatorReading | null,
  { number, unit }: { number: Decimal; unit: string | null },
): ParsedValue {
  return { kind: 'number', text, inline, number, unit };
}

const EMPTY = reading('empty', '');

const NOT_APPLICABLE = new Set(['不适用', '无', '/', '—', '-', '——']);

/** Template placeholders: "≥**%", "xx个", "…", "＿". */
const PLACEHOLDER = /\*|[xX]{2}|…|\.{3}|＿|_{2,}/;

const FIGURE = '[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const NUMBER = new RegExp(`^(${FIGURE})\\s*(.*)$`);
/** A range with its unit ("5-10次", "3～5天"): read as its lower end. Without a unit it may be a period. */
const RANGE = new RegExp(`^(${FIGURE})\\s*[-~～至到]\\s*${FIGURE}\\s*(\\D.*)$`);

/**
 * "2022 年 12 月 31 日前", "2025年12月底前完成", "6月30日之前", "2023-12-31", "2023.12.31前":
 * a date, a bound, optionally 完成.
 */
const DEADLINE =
  /^(?:\d{4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?\s*(前|之前|以前|底前|底|末|内)?|\d{1,2}\s*月(\s*\d{1,2}\s*日)?\s*(前|之前|以前|底前|底|内)|\d{4}[-./]\d{1,2}[-./]\d{1,2}\s*(前|之前|以前)?)\s*(完成)?$/;

/** Reads a number followed by at most a unit; null if the text is anything else. */
function readNumberWithUnit(text: string): { number: Decimal; unit: string | null } | null {
  const range = RANGE.exec(text);
  const match = range && unitKind(range[2].trim()) ? range : NUMBER.exec(text);
  if (!match) return null;
  const number = new Decimal(match[1].replace(/,/g, ''));
  const rest = match[2].trim();
  if (rest === '') return { number, unit: null };
  const unit = normalizeUnit(rest);
  // A short tail without digits is a unit (known or not: unit.unknown judges it); longer text is prose.
  if (CATALOG_UNITS.includes(unit) || unitKind(unit) || (unit.length <= 4 && !/\d/.test(unit)))
    return { number, unit };
  return null;
}

export function parseValue(raw: CellValue): ParsedValue {
  if (typeof raw === 'number') return parseNumberCell(raw);
  return parseValueText(cellText(raw));
}

const numberCells = new Map<number, ParsedValue>();

/** A number typed as a number; the few values forms use (100, 95, 2…) are made once. */
function parseNumberCell(raw: number): ParsedValue {
  let parsed = numberCells.get(raw);
  if (!parsed) {
    if (numberCells.size >= 10000) numberCells.clear();
    parsed = numberReading(String(raw), null, { number: new Decimal(raw), unit: null });
    numberCells.set(raw, parsed);
  }
  return parsed;
}

/** Values repeat across a package ("100%", "≥95%", "满意"): each text is parsed once. */
const parseValueText = memoizeShortText((text): ParsedValue => {
  if (text === '') return EMPTY;
  if (NOT_APPLICABLE.has(text)) return reading('not-applicable', text);
  if (PLACEHOLDER.test(text)) return reading('placeholder', text);

  const normalized = toHalfWidth(text).trim();
  let inline: OperatorReading | null = null;
  let body = normalized;
  const leading = leadingOperator(body);
  if (leading) {
    inline = { operator: leading.operator, variant: leading.variant };
    body = leading.rest;
  } else {
    const trailing = trailingOperator(body);
    if (trailing) {
      const number = readNumberWithUnit(trailing.rest);
      // "95%以上" is ≥ 95 %: read, and reported as a variant (operator.nonstandard).
      if (number)
        return numberReading(
          text,
          { operator: trailing.operator, variant: trailing.variant },
          number,
        );
    }
  }
  if (DEADLINE.test(body)) return reading('deadline', text, inline);
  // A unit alone ("%", "个") is a value left out.
  if (body !== '' && unitKind(body)) return reading('empty', text, inline);
  const number = readNumberWithUnit(body);
  if (number) return numberReading(text, inline, number);
  return reading('text', text, inline);
});

/** True for values that measure something: numbers and deadlines. */
export function isQuantitative(value: ParsedValue): boolean {
  return value.kind === 'number' || value.kind === 'deadline';
}

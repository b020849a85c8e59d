/**
 * The little calculation the simulated Excel does: the formulas templates write (sums and
 * differences of cells, on this or another sheet, and SUM over ranges). Anything else shows
 * #NAME?, as an unknown function does in Excel.
 */
import { fromA1, parseRange, type CellValue } from '../../engine';
import type { BookModel, SheetModel } from './book';

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; sheet: string | null; address: string }
  | { kind: 'op'; value: '+' | '-' | '*' | '/' | '(' | ')' | ',' }
  | { kind: 'name'; value: string };

class FormulaError extends Error {
  constructor(readonly shown: string) {
    super(shown);
  }
}

const REFERENCE =
  /^(?:'((?:[^']|'')+)'!|([^\s'!(),+\-*/]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const number = /^\d+(?:\.\d+)?/.exec(rest);
    const reference = REFERENCE.exec(rest);
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0].toUpperCase() });
      rest = rest.slice(name[0].length);
    } else if (reference) {
      const sheet = reference[1]?.replace(/''/g, "'") ?? reference[2] ?? null;
      tokens.push({ kind: 'ref', sheet, address: reference[3].replace(/\$/g, '') });
      rest = rest.slice(reference[0].length);
    } else if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      rest = rest.slice(number[0].length);
    } else if ('+-*/(),'.includes(rest[0])) {
      tokens.push({ kind: 'op', value: rest[0] as '+' });
      rest = rest.slice(1);
    } else {
      throw new FormulaError('#NAME?');
    }
    rest = rest.trimStart();
  }
  return tokens;
}

/** Evaluates `=…` on `sheet`; errors come back as Excel shows them ("#VALUE!"). */
export function evaluate(formula: string, sheet: SheetModel, book: BookModel): CellValue {
  try {
    const tokens = tokenize(formula.replace(/^=/, ''));
    let position = 0;
    const peek = () => tokens[position];
    const take = () => tokens[position++];

    const cellNumber = (target: SheetModel, row: number, col: number): number => {
      const value = target.cell(row, col)?.value ?? null;
      if (value === null || value === '') return 0;
      if (typeof value === 'number') return value;
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (/^#/.test(value)) throw new FormulaError(value);
      const parsed = Number(value);
      if (value.trim() === '' || Number.isNaN(parsed)) throw new FormulaError('#VALUE!');
      return parsed;
    };
    const referenced = (
      token: Extract<Token, { kind: 'ref' }>,
    ): { target: SheetModel; rows: number[][] } => {
      const target = token.sheet === null ? sheet : book.sheet(token.sheet);
      const range = parseRange(token.address);
      if (!target || !range) throw new FormulaError('#REF!');
      const positions: number[][] = [];
      for (let row = range.top; row <= range.bottom; row++)
        for (let col = range.left; col <= range.right; col++) positions.push([row, col]);
      return { target, rows: positions };
    };

    const primary = (): number => {
      const token = take();
      if (!token) throw new FormulaError('#VALUE!');
      if (token.kind === 'number') return token.value;
      if (token.kind === 'ref') {
        if (!fromA1(token.address)) throw new FormulaError('#VALUE!');
        const { target, rows } = referenced(token);
        return cellNumber(target, rows[0][0], rows[0][1]);
      }
      if (token.kind === 'op' && token.value === '-') return -primary();
      if (token.kind === 'op' && token.value === '+') return primary();
      if (token.kind === 'op' && token.value === '(') {
        const value = sum();
        const closing = take();
        if (closing?.kind !== 'op' || closing.value !== ')') throw new FormulaError('#VALUE!');
        return value;
      }
      if (token.kind === 'name' && token.value === 'SUM') {
        take(); // (
        let total = 0;
        for (;;) {
          const next = peek();
          if (next?.kind === 'ref') {
            take();
            const { target, rows } = referenced(next);
            // SUM skips text, as Excel does.
            for (const [row, col] of rows) {
              const value = target.cell(row, col)?.value;
              if (typeof value === 'number') total += value;
            }
          } else {
            total += sum();
          }
          const separator = take();
          if (separator?.kind === 'op' && separator.value === ')') return total;
          if (separator?.kind !== 'op' || separator.value !== ',')
            throw new FormulaError('#VALUE!');
        }
      }
      throw new FormulaError('#NAME?');
    };
    const product = (): number => {
      let value = primary();
      for (
        let next = peek();
        next?.kind === 'op' && (next.value === '*' || next.value === '/');
        next = peek()
      ) {
        take();
        const right = primary();
        if (next.value === '/' && right === 0) throw new FormulaError('#DIV/0!');
        value = next.value === '*' ? value * right : value / right;
      }
      return value;
    };
    const sum = (): number => {
      let value = product();
      for (
        let next = peek();
        next?.kind === 'op' && (next.value === '+' || next.value === '-');
        next = peek()
      ) {
        take();
        value = next.value === '+' ? value + product() : value - product();
      }
      return value;
    };

    const result = sum();
    if (position !== tokens.length) throw new FormulaError('#VALUE!');
    // Excel shows binary sums as rounded to 15 significant digits.
    return Number(result.toPrecision(15));
  } catch (error) {
    if (error instanceof FormulaError) return error.shown;
    throw error;
  }
}

/** Recomputes every formula cell of the book; a few passes settle chains across sheets. */
export function recalculate(book: BookModel): void {
  const formulaCells = book.sheets.flatMap((sheet) =>
    [...sheet.cells.entries()]
      .filter(([, cell]) => cell.formula !== undefined)
      .map(([address, cell]) => ({ sheet, address, cell })),
  );
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const { sheet, cell } of formulaCells) {
      const value = evaluate(cell.formula ?? '', sheet, book);
      if (value !== cell.value) {
        cell.value = value;
        changed = true;
      }
    }
    if (!changed) return;
  }
}

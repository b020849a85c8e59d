/**
 * A report sheet as CSV (RFC 4180): the header row and the rows, without title block or totals,
 * so that a spreadsheet or a script reads it as a plain table. UTF-8 with a byte order mark and
 * CRLF line ends: Excel and WPS then open the Chinese text right by a double click.
 */
import { cellText, type SheetTable } from './table';

const BOM = '\ufeff';

/**
 * A text a spreadsheet would run as a formula (a cell of a checked workbook, a file name, a
 * suggested "=") gets a leading apostrophe, so opening the CSV never evaluates it; a plain
 * number such as "-10.64" stays as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

function field(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: SheetTable): string {
  const lines = [
    table.columns.map((column) => field(column.header)),
    ...table.rows.map((row) =>
      row.cells.map((cell) => (typeof cell === 'number' ? String(cell) : field(cellText(cell)))),
    ),
  ];
  return BOM + lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

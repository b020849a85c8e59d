/**
 * Writes a report sheet (src/summary) into an exceljs workbook, ready to print: A4, fit to the
 * page width, the header row repeated on every page and frozen on screen. No Node: the web page
 * writes the same sheets in the browser.
 */
import type ExcelJS from 'exceljs';
import { SEVERITY_FILL } from '../engine';
import {
  headerRowNumber,
  TABLE_FONT,
  TABLE_HEADER_FILL,
  type SheetTable,
  type TableCell,
} from '../summary';
import { linesNeeded, rowHeightFor } from '../template/measure';
import { BODY_FONT_SIZE } from '../template/styles';

/** exceljs paper size code of A4. */
const PAPER_A4 = 9;
const FONT = TABLE_FONT;
const TITLE_FONT_SIZE = 16;
const HEADER_FILL = argb(TABLE_HEADER_FILL);
const LINK_COLOUR = 'FF0563C1';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const RULED: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function cellValue(cell: TableCell): ExcelJS.CellValue {
  return typeof cell === 'object' ? { text: cell.text, hyperlink: cell.link } : cell;
}

/** Adds the sheet under `name` (the table's own name where that is taken, the caller's choice). */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  table: SheetTable,
  name: string = table.name,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  const { columns } = table;
  columns.forEach((column, i) => (sheet.getColumn(i + 1).width = column.width));
  const width = columns.reduce((total, column) => total + column.width, 0);

  // The title block: one line per row across the table, the first larger.
  table.title.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    const size = i === 0 ? TITLE_FONT_SIZE : BODY_FONT_SIZE;
    row.getCell(1).value = line;
    row.getCell(1).font = { name: FONT, size, bold: i === 0 };
    row.getCell(1).alignment = { vertical: 'middle', wrapText: true };
    row.height = rowHeightFor(linesNeeded(line, width, size), size);
    sheet.mergeCells(i + 1, 1, i + 1, columns.length);
  });

  const headerRow = headerRowNumber(table);
  const header = sheet.getRow(headerRow);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { name: FONT, size: BODY_FONT_SIZE, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = RULED;
  });

  const body = table.rows.map((row) => ({ ...row, bold: false }));
  if (table.totals)
    body.push({ cells: table.totals, height: rowHeightFor(1), fills: [], bold: true });
  body.forEach((row, r) => {
    const sheetRow = sheet.getRow(headerRow + 1 + r);
    sheetRow.height = row.height;
    columns.forEach((column, i) => {
      const cell = sheetRow.getCell(i + 1);
      const value = row.cells[i];
      if (value !== undefined && value !== '') cell.value = cellValue(value);
      const linked = typeof value === 'object';
      cell.font = {
        name: FONT,
        size: BODY_FONT_SIZE,
        bold: row.bold,
        ...(linked ? { color: { argb: LINK_COLOUR }, underline: true } : {}),
      };
      cell.alignment = {
        horizontal: column.align,
        vertical: 'top',
        wrapText: column.wrap,
      };
      cell.border = RULED;
    });
    for (const { column, severity } of row.fills)
      sheetRow.getCell(column + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: argb(SEVERITY_FILL[severity]) },
      };
  });

  sheet.views = [{ state: 'frozen', ySplit: headerRow, showGridLines: false }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: table.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddHeader: `&L${escapeCodes(table.pageHeader)}`,
    oddFooter: '&C第 &P 页，共 &N 页',
  };
  return sheet;
}

/** "&" starts a header code in Excel: a literal one is doubled. */
function escapeCodes(text: string): string {
  return text.replace(/&/g, '&&');
}

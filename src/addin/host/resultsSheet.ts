/**
 * 检查结果 where the host cannot write notes (ExcelApi < 1.18): the findings listed in a sheet of
 * their own, laid out by the same table as the annotated copy's (src/summary findingTable), so a
 * person reads the explanations there. Queued in one batch; the caller syncs.
 */
import { columnLetters, SEVERITY_FILL, type Finding, type Severity } from '../../engine';
import {
  cellText,
  findingTable,
  headerRowNumber,
  RESULTS_SHEET,
  TABLE_FONT,
  TABLE_HEADER_FILL,
} from '../../summary';
import { BODY_FONT_SIZE } from '../../template/styles';
import { freeSheetName } from '../../template/sheetNames';
import { joinAddresses } from './addresses';
import { characterWidthToPoints, EDGES } from './writeTemplate';
import type * as ExcelApi from './excelApi';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;

/**
 * Adds the results sheet listing `findings` of a workbook whose sheets are `sheets` (in tab
 * order), named 检查结果 or, where that is taken, 检查结果(2)…; returns the sheet, its id to load.
 */
export function queueResultsSheet(
  worksheets: ExcelApi.WorksheetCollection,
  findings: readonly Finding[],
  sheets: readonly string[],
): ExcelApi.Worksheet {
  const name = freeSheetName(
    RESULTS_SHEET,
    (candidate) => sheets.includes(candidate),
    (copy) => `(${copy})`,
  );
  const table = findingTable(name, findings, sheets);
  const sheet = worksheets.add(name);
  const { columns, rows } = table;
  const headerRow = headerRowNumber(table);
  const lastColumn = columnLetters(columns.length - 1);
  const lastRow = headerRow + rows.length;

  columns.forEach((column, i) => {
    sheet.getRange(`${columnLetters(i)}1`).format.columnWidth = characterWidthToPoints(
      column.width,
    );
  });
  const all = sheet.getRange(`A${headerRow}:${lastColumn}${lastRow}`);
  all.values = [
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((_, i) => cellText(row.cells[i] ?? ''))),
  ];
  all.format.font.name = TABLE_FONT;
  all.format.font.size = BODY_FONT_SIZE;
  all.format.verticalAlignment = 'Top';
  for (const edge of EDGES) all.format.borders.getItem(edge).style = 'Continuous';

  const header = sheet.getRange(`A${headerRow}:${lastColumn}${headerRow}`);
  header.format.font.bold = true;
  header.format.horizontalAlignment = 'Center';
  header.format.fill.color = TABLE_HEADER_FILL;

  if (rows.length > 0) {
    columns.forEach((column, i) => {
      const body = sheet.getRange(
        `${columnLetters(i)}${headerRow + 1}:${columnLetters(i)}${lastRow}`,
      );
      body.format.horizontalAlignment = HORIZONTAL[column.align];
      body.format.wrapText = column.wrap;
    });
  }
  rows.forEach((row, r) => {
    sheet.getRange(`A${headerRow + 1 + r}`).format.rowHeight = row.height;
  });

  // The severity cells coloured as the marked cells are, one range list per colour.
  const bySeverity = new Map<Severity, string[]>();
  rows.forEach((row, r) => {
    for (const { column, severity } of row.fills) {
      const cells = bySeverity.get(severity) ?? [];
      cells.push(`${columnLetters(column)}${headerRow + 1 + r}`);
      bySeverity.set(severity, cells);
    }
  });
  for (const [severity, cells] of bySeverity)
    for (const address of joinAddresses(cells))
      sheet.getRanges(address).format.fill.color = SEVERITY_FILL[severity];
  return sheet;
}

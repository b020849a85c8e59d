/**
 * Writes a template layout (src/template) into an exceljs workbook. No Node: the web page
 * (src/web/check) writes the same workbook in the browser; writeFile.ts puts it in a file.
 */
import ExcelJS from 'exceljs';
import type {
  CellStyle,
  LayoutCell,
  LayoutValidation,
  PrintSetup,
  SheetLayout,
  TemplateLayout,
} from '../template/layout';

export async function writeTemplate(
  layout: TemplateLayout,
  workbook: ExcelJS.Workbook = new ExcelJS.Workbook(),
): Promise<ExcelJS.Workbook> {
  workbook.creator = 'perf-forms';
  for (const sheet of layout.sheets) await writeSheet(workbook, sheet, layout);
  for (const name of layout.definedNames)
    workbook.definedNames.add(withoutEquals(name.refersTo), name.name);
  return workbook;
}

/** exceljs keeps validations by range on the sheet; its typings only show the per-cell view. */
export interface WorksheetWithValidations extends ExcelJS.Worksheet {
  dataValidations: {
    add(range: string, validation: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation>;
  };
}

async function writeSheet(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  template: TemplateLayout,
): Promise<void> {
  const sheet = workbook.addWorksheet(layout.name, {
    state: layout.visibility,
    views: [{ showGridLines: layout.showGridLines }],
  });
  for (const { column, width } of layout.columns) sheet.getColumn(column).width = width;
  for (const { row, height } of layout.rows) sheet.getRow(row).height = height;
  for (const cell of layout.cells) writeCell(sheet, cell, template.styles[cell.style]);
  // Merging copies the top-left cell's style (borders, lock) to the covered cells.
  for (const merge of layout.merges) sheet.mergeCells(merge);
  const validations = (sheet as WorksheetWithValidations).dataValidations;
  for (const validation of layout.validations)
    validations.add(validation.range, toExcelValidation(validation));
  if (layout.print) writePrintSetup(sheet, layout.print);
  if (layout.protection) {
    const allowed = Object.fromEntries(
      layout.protection.allow.map((allowance) => [allowance, true]),
    );
    // An empty password: protected, yet anyone may unprotect.
    await sheet.protect('', allowed);
  }
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function writeCell(sheet: ExcelJS.Worksheet, layout: LayoutCell, style: CellStyle): void {
  const cell = sheet.getCell(layout.address);
  if (layout.formula !== undefined) {
    cell.value = {
      formula: withoutEquals(layout.formula),
      result: layout.result,
    } as ExcelJS.CellFormulaValue;
  } else if (layout.value !== undefined) {
    cell.value = layout.value;
  }
  cell.font = { name: style.font.name, size: style.font.size, bold: style.font.bold };
  cell.alignment = {
    horizontal: style.horizontal,
    vertical: style.vertical,
    wrapText: style.wrap,
    indent: style.indent,
  };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (layout.numberFormat) cell.numFmt = layout.numberFormat;
  cell.protection = { locked: layout.locked };
}

/** exceljs knows "any" (a validation that only prompts) but its typings do not. */
type ExcelValidation = Omit<ExcelJS.DataValidation, 'type'> & {
  type: ExcelJS.DataValidation['type'] | 'any';
};

function toExcelValidation(validation: LayoutValidation): ExcelJS.DataValidation {
  const { rule, prompt, error } = validation;
  const base: ExcelValidation = {
    type: rule.type,
    allowBlank: true,
    formulae: [],
    showInputMessage: prompt !== null,
    ...(prompt ? { promptTitle: prompt.title, prompt: prompt.text } : {}),
    showErrorMessage: error !== null,
    ...(error ? { errorStyle: error.style, errorTitle: error.title, error: error.text } : {}),
  };
  switch (rule.type) {
    case 'list':
      base.formulae = [withoutEquals(rule.source)];
      break;
    case 'decimal':
    case 'whole':
      base.operator = 'greaterThanOrEqual';
      base.formulae = [rule.min];
      break;
    case 'textLength':
      base.operator = 'lessThanOrEqual';
      base.formulae = [rule.max];
      break;
    case 'any':
      break;
  }
  return base as ExcelJS.DataValidation;
}

/** exceljs paper size code of A4. */
const PAPER_A4 = 9;

function writePrintSetup(sheet: ExcelJS.Worksheet, print: PrintSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: false,
    scale: print.scale,
    printArea: print.printArea,
    printTitlesRow: print.repeatRows,
    margins: print.margins,
    horizontalCentered: print.horizontalCentered,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: print.footer };
  // exceljs breaks after the row it is given: the row above each page's first row.
  for (const row of print.rowBreaks) sheet.getRow(row - 1).addPageBreak();
}

function withoutEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

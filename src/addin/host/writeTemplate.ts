/**
 * A template layout (src/template) written into the open workbook through Office.js, in one
 * batch: values, formulas, number formats, styles by area, merges, validations (the 二级 list
 * of a row through INDIRECT over defined names), print setup, lock flags and protection.
 *
 * The workbook may already hold forms: a new sheet never replaces one. Form sheets whose name
 * is taken get "名称 (2)"; the lists and the profile go into the tool sheets already there when
 * they agree, else into a new lists sheet whose defined names carry a suffix.
 */
import { queueHiddenTextSheet } from './hiddenTextSheet';
import {
  fromA1,
  parseProfileJson,
  parseRange,
  PROFILE_SHEET,
  rangeToA1,
  toA1,
  type CellValue,
} from '../../engine';
import type {
  CellStyle,
  LayoutCell,
  LayoutValidation,
  SheetLayout,
  StyleKey,
  TemplateLayout,
} from '../../template/layout';
import { LISTS_SHEET } from '../../template/lists';
import { freeSheetName } from '../../template/sheetNames';
import { joinAddresses } from './addresses';
import type { HostCapabilities } from './capabilities';
import type * as ExcelApi from './excelApi';

/** What the workbook holds already, from the last read. */
export interface ExistingSheet {
  name: string;
  rows: CellValue[][];
}

export interface TemplatePlan {
  /** Sheets to add, in order, with their names in this workbook. */
  sheets: SheetLayout[];
  definedNames: TemplateLayout['definedNames'];
  /** The profile sheet as it should read afterwards (null: leave it as it is). */
  profileTexts: string[] | null;
  /** The profile sheet's rows now (0: there is none); it is rewritten in place. */
  profileSheetRows: number;
  /** The form sheets' final names, first one to activate. */
  formSheets: string[];
}

/** Fits `layout` into a workbook that holds `existing`: new names where taken, tool sheets shared. */
export function planTemplate(layout: TemplateLayout, existing: ExistingSheet[]): TemplatePlan {
  const taken = new Set(existing.map((sheet) => sheet.name.toLowerCase()));
  const renamed = new Map<string, string>();
  const forms = layout.sheets.filter((sheet) => sheet.form !== null);
  for (const sheet of forms) {
    const name = freeName(sheet.name, taken);
    taken.add(name.toLowerCase());
    if (name !== sheet.name) renamed.set(sheet.name, name);
  }

  const listsLayout = layout.sheets.find((sheet) => sheet.name === LISTS_SHEET);
  const lists = planLists(listsLayout, layout.definedNames, existing, taken);
  if (lists.sheet) renamed.set(LISTS_SHEET, lists.sheet.name);

  const sheets = forms.map((sheet) => renameSheet(sheet, renamed, lists.suffix));
  if (lists.sheet) sheets.push(lists.sheet);

  const profileSheet = existing.find((sheet) => sheet.name === PROFILE_SHEET);
  const profileLayout = layout.sheets.find((sheet) => sheet.name === PROFILE_SHEET);
  const profileTexts = mergeProfiles(profileSheet?.rows ?? [], profileLayout);

  return {
    sheets,
    definedNames: lists.names.map((name) => ({
      name: name.name + lists.suffix,
      refersTo: rewriteSheetRefs(name.refersTo, renamed),
    })),
    profileTexts,
    profileSheetRows: profileSheet ? Math.max(1, profileSheet.rows.length) : 0,
    formSheets: forms.map((sheet) => renamed.get(sheet.name) ?? sheet.name),
  };
}

/** "名称", else "名称 (2)", "名称 (3)"… as Excel names copies; `taken` holds lower-cased names. */
function freeName(wanted: string, taken: Set<string>): string {
  return freeSheetName(
    wanted,
    (name) => taken.has(name.toLowerCase()),
    (copy) => ` (${copy})`,
  );
}

/** Each list column of a lists sheet: its name (row 1) and items. */
function listColumns(rows: CellValue[][]): Map<string, string[]> {
  const columns = new Map<string, string[]>();
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (let col = 0; col < width; col++) {
    const name = rows[0]?.[col];
    if (typeof name !== 'string' || name === '') continue;
    const items: string[] = [];
    for (let row = 1; row < rows.length; row++) {
      const item = rows[row]?.[col];
      if (item !== null && item !== undefined && item !== '') items.push(String(item));
    }
    columns.set(name, items);
  }
  return columns;
}

function layoutRows(sheet: SheetLayout): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const cell of sheet.cells) {
    const pos = fromA1(cell.address);
    if (!pos || cell.value === undefined) continue;
    (rows[pos.row] ??= [])[pos.col] = cell.value;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? null));
}

/**
 * The lists already in the workbook are used when every list of the template is there with
 * the same items. Otherwise the template's lists sheet is added under a free name, and, where
 * its names would clash with earlier ones, every name gets the suffix "_2", "_3"….
 */
function planLists(
  listsLayout: SheetLayout | undefined,
  names: TemplateLayout['definedNames'],
  existing: ExistingSheet[],
  taken: Set<string>,
): { sheet: SheetLayout | null; names: TemplateLayout['definedNames']; suffix: string } {
  if (!listsLayout) return { sheet: null, names: [], suffix: '' };
  const wanted = listColumns(layoutRows(listsLayout));
  const present = new Map<string, string[]>();
  for (const sheet of existing.filter((candidate) => candidate.name.startsWith(LISTS_SHEET))) {
    for (const [name, items] of listColumns(sheet.rows)) present.set(name, items);
  }
  const reusable = [...wanted].every(
    ([name, items]) => present.get(name)?.join('\n') === items.join('\n'),
  );
  if (reusable) return { sheet: null, names: [], suffix: '' };

  let suffix = '';
  const clashes = (candidate: string) =>
    [...wanted.keys()].some((name) => present.has(name + candidate));
  for (let copy = 2; clashes(suffix); copy++) suffix = `_${copy}`;
  const name = freeName(LISTS_SHEET, taken);
  taken.add(name.toLowerCase());
  const cells = listsLayout.cells.map((cell) =>
    fromA1(cell.address)?.row === 0 && typeof cell.value === 'string'
      ? { ...cell, value: cell.value + suffix }
      : cell,
  );
  return { sheet: { ...listsLayout, name, cells }, names, suffix };
}

/** The form sheet under its name in this workbook, its formulas and drop-downs following the renames. */
function renameSheet(
  sheet: SheetLayout,
  renamed: Map<string, string>,
  listSuffix: string,
): SheetLayout {
  return {
    ...sheet,
    name: renamed.get(sheet.name) ?? sheet.name,
    cells: sheet.cells.map((cell) =>
      cell.formula === undefined
        ? cell
        : { ...cell, formula: rewriteSheetRefs(cell.formula, renamed) },
    ),
    validations: sheet.validations.map((validation) =>
      validation.rule.type === 'list' && listSuffix
        ? {
            ...validation,
            rule: {
              ...validation.rule,
              source: suffixListSource(validation.rule.source, listSuffix),
            },
          }
        : validation,
    ),
  };
}

/** "=列表_计算符号" → "=列表_计算符号_2"; "=INDIRECT("项目_"&$A$12)" → "=INDIRECT("项目_"&$A$12&"_2")". */
function suffixListSource(source: string, suffix: string): string {
  const indirect = /^=INDIRECT\((.*)\)$/i.exec(source);
  if (indirect) return `=INDIRECT(${indirect[1]}&"${suffix}")`;
  return /^=[^!(]+$/.test(source) ? source + suffix : source;
}

/** The template quotes every sheet it refers to ('项目A'!$B$6); renamed sheets follow. */
function rewriteSheetRefs(formula: string, renamed: Map<string, string>): string {
  let result = formula;
  for (const [from, to] of renamed) {
    result = result.split(`'${from.replace(/'/g, "''")}'!`).join(`'${to.replace(/'/g, "''")}'!`);
  }
  return result;
}

/** Profiles already embedded stay; the template's join them unless one with the same id is there. */
function mergeProfiles(
  rows: CellValue[][],
  profileLayout: SheetLayout | undefined,
): string[] | null {
  if (!profileLayout) return null;
  const texts = rows
    .map((row) => row[0])
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '');
  const ids = new Set(
    texts.flatMap((text) => {
      const parsed = parseProfileJson(text);
      return parsed.ok ? [parsed.profile.id] : [];
    }),
  );
  const added = profileLayout.cells
    .map((cell) => cell.value)
    .filter((text): text is string => typeof text === 'string')
    .filter((text) => {
      const parsed = parseProfileJson(text);
      return parsed.ok && !ids.has(parsed.profile.id);
    });
  return added.length === 0 ? null : [...texts, ...added];
}

// ---------------------------------------------------------------- writing

/** Queues the whole plan; the caller syncs once. Print setup and page breaks where the host has them. */
export function queueTemplate(
  context: ExcelApi.RequestContext,
  plan: TemplatePlan,
  styles: Record<StyleKey, CellStyle>,
  capabilities: Pick<HostCapabilities, 'printLayout'>,
): void {
  const worksheets = context.workbook.worksheets;
  for (const layout of plan.sheets)
    queueSheet(worksheets.add(layout.name), layout, styles, capabilities.printLayout);
  for (const name of plan.definedNames) context.workbook.names.add(name.name, name.refersTo);
  if (plan.profileTexts) queueProfileSheet(worksheets, plan.profileTexts, plan.profileSheetRows);
  const first = plan.formSheets[0];
  if (first) worksheets.getItem(first).activate();
}

/**
 * Queues the profile sheet's column A as `texts`, one profile JSON a row, blanking the rows of
 * the sheet beyond them; adds the very hidden sheet where there is none (`sheetRows` 0).
 */
export function queueProfileSheet(
  worksheets: ExcelApi.WorksheetCollection,
  texts: string[],
  sheetRows: number,
): ExcelApi.Worksheet {
  return queueHiddenTextSheet(worksheets, PROFILE_SHEET, texts, sheetRows > 0 ? sheetRows : null);
}

const VISIBILITY: Record<
  SheetLayout['visibility'],
  Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden'
> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;
export const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

function queueSheet(
  sheet: ExcelApi.Worksheet,
  layout: SheetLayout,
  styles: Record<StyleKey, CellStyle>,
  printLayout: boolean,
): void {
  for (const { column, width } of layout.columns) {
    sheet.getRange(`${column}1`).format.columnWidth = characterWidthToPoints(width);
  }
  for (const { row, height } of layout.rows) sheet.getRange(`A${row}`).format.rowHeight = height;
  queueCellContents(sheet, layout.cells);

  // Styles and locks apply to whole merged areas, area by area, never cell by cell.
  const extent = mergeExtents(layout);
  const byStyle = new Map<StyleKey, string[]>();
  const unlocked: string[] = [];
  for (const cell of layout.cells) {
    const area = extent.get(cell.address) ?? cell.address;
    let areas = byStyle.get(cell.style);
    if (!areas) byStyle.set(cell.style, (areas = []));
    areas.push(area);
    if (!cell.locked) unlocked.push(area);
  }
  for (const [key, areas] of byStyle) {
    const style = styles[key];
    for (const address of joinAddresses(areas)) {
      const format = sheet.getRanges(address).format;
      format.font.name = style.font.name;
      format.font.size = style.font.size;
      format.font.bold = style.font.bold;
      format.horizontalAlignment = HORIZONTAL[style.horizontal];
      format.verticalAlignment = VERTICAL[style.vertical];
      format.wrapText = style.wrap;
      if (style.border) for (const edge of EDGES) format.borders.getItem(edge).style = 'Continuous';
    }
  }
  for (const address of joinAddresses(unlocked))
    sheet.getRanges(address).format.protection.locked = false;
  for (const merge of layout.merges) sheet.getRange(merge).merge(false);
  for (const validation of layout.validations)
    queueValidation(sheet.getRange(validation.range).dataValidation, validation);

  sheet.showGridlines = layout.showGridLines;
  if (layout.print && printLayout) queuePrint(sheet, layout.print);
  if (layout.protection) {
    const allow = new Set(layout.protection.allow);
    sheet.protection.protect({
      allowFormatColumns: allow.has('formatColumns'),
      allowFormatRows: allow.has('formatRows'),
      allowInsertRows: allow.has('insertRows'),
      allowDeleteRows: allow.has('deleteRows'),
      selectionMode: allow.has('selectLockedCells') ? 'Normal' : 'Unlocked',
    });
  }
  sheet.visibility = VISIBILITY[layout.visibility];
}

/** Values, formulas and number formats: one write each over the sheet's rectangle (null leaves a cell alone). */
function queueCellContents(sheet: ExcelApi.Worksheet, cells: LayoutCell[]): void {
  const placed = cells.flatMap((cell) => {
    const pos = fromA1(cell.address);
    return pos ? [{ cell, ...pos }] : [];
  });
  if (placed.length === 0) return;
  const bottom = Math.max(...placed.map((item) => item.row));
  const right = Math.max(...placed.map((item) => item.col));
  const grid = <T>(pick: (cell: LayoutCell) => T | null): (T | null)[][] => {
    const rows = Array.from({ length: bottom + 1 }, () => Array<T | null>(right + 1).fill(null));
    for (const { cell, row, col } of placed) rows[row][col] = pick(cell);
    return rows;
  };
  const range = sheet.getRange(`A1:${toA1(bottom, right)}`);
  if (placed.some(({ cell }) => cell.value !== undefined))
    range.values = grid((cell) => cell.value ?? null);
  if (placed.some(({ cell }) => cell.formula !== undefined))
    range.formulas = grid((cell) => cell.formula ?? null);
  if (placed.some(({ cell }) => cell.numberFormat !== undefined))
    range.numberFormat = grid((cell) => cell.numberFormat ?? null);
}

/** Each merged area by its top-left cell. */
function mergeExtents(layout: SheetLayout): Map<string, string> {
  const extents = new Map<string, string>();
  for (const merge of layout.merges) {
    const range = parseRange(merge);
    if (range) extents.set(toA1(range.top, range.left), rangeToA1(range));
  }
  return extents;
}

function queueValidation(target: ExcelApi.DataValidation, validation: LayoutValidation): void {
  const { rule, prompt, error } = validation;
  switch (rule.type) {
    case 'list':
      target.rule = { list: { inCellDropDown: true, source: rule.source } };
      break;
    case 'decimal':
      target.rule = { decimal: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
      break;
    case 'whole':
      target.rule = { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
      break;
    case 'textLength':
      target.rule = { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
      break;
    case 'any':
      break;
  }
  if (prompt) target.prompt = { showPrompt: true, title: prompt.title, message: prompt.text };
  if (error) {
    target.errorAlert = {
      showAlert: true,
      style: error.style === 'stop' ? 'Stop' : 'Warning',
      title: error.title,
      message: error.text,
    };
  }
}

const POINTS_PER_INCH = 72;

/** The layout's print setup, as the .xlsx writer sets it (src/xlsx/writeTemplate.ts), and its page breaks. */
function queuePrint(sheet: ExcelApi.Worksheet, print: NonNullable<SheetLayout['print']>): void {
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // A scale, not fit-to-page: Excel ignores manual page breaks under fit-to-page.
  page.zoom = { scale: print.scale };
  page.setPrintArea(print.printArea);
  page.setPrintTitleRows(print.repeatRows.replace(/(\d+)/g, '$$$1'));
  page.leftMargin = print.margins.left * POINTS_PER_INCH;
  page.rightMargin = print.margins.right * POINTS_PER_INCH;
  page.topMargin = print.margins.top * POINTS_PER_INCH;
  page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  page.headerMargin = print.margins.header * POINTS_PER_INCH;
  page.footerMargin = print.margins.footer * POINTS_PER_INCH;
  page.centerHorizontally = print.horizontalCentered;
  const footer = footerSections(print.footer);
  const pages = page.headersFooters.defaultForAllPages;
  if (footer.left) pages.leftFooter = footer.left;
  if (footer.center) pages.centerFooter = footer.center;
  if (footer.right) pages.rightFooter = footer.right;
  // Each break goes before the first row of a page (1-based), as the layout plans it.
  for (const row of print.rowBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
}

/** "&L…&C…&R…" (Excel's footer codes) into its three sections. */
function footerSections(codes: string): { left: string; center: string; right: string } {
  const sections = { left: '', center: '', right: '' };
  let current: keyof typeof sections = 'center';
  for (const part of codes.split(/(&[LCR])/)) {
    if (part === '&L') current = 'left';
    else if (part === '&C') current = 'center';
    else if (part === '&R') current = 'right';
    else sections[current] += part;
  }
  return sections;
}

/** Excel column width (characters of the default font) in points: 7 px a character plus 5 px padding. */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

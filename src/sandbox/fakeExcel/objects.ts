/**
 * The Excel API objects the add-in uses, over the in-memory model. Names and shapes follow
 * Office.js (Excel.Workbook, Excel.Range, …) so the add-in's code runs unchanged against them.
 */
import {
  absoluteA1,
  columnLetters,
  fromA1,
  parseRange,
  rangesOverlap,
  rangeToA1,
  type CellRange,
  type CellValue,
} from '../../engine';
import { qualifiedAddress, type BookModel, type CellData, type SheetModel } from './book';
import { FakeClientObject, FakeClientResult, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import type { SheetVisibility, ValidationSnapshot } from './snapshot';

/** Where a range lives: one or more rectangles on one sheet. */
interface Cells {
  sheet: SheetModel;
  areas: CellRange[];
}

/** The longest address string getRanges accepts here; Excel rejects long ones too (about 255 characters). */
export const MAX_RANGES_ADDRESS_LENGTH = 255;

/** What the host offers the objects beyond the model: events and selection. */
export interface ObjectHost {
  book: BookModel;
  registerHandler(kind: EventKind, handler: EventHandler): () => void;
  selectionChanged(sheet: SheetModel, area: CellRange): void;
}

export type EventKind = 'changed' | 'selectionChanged';
export type EventHandler = (args: unknown) => Promise<unknown> | void;

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;

  constructor(
    readonly batch: FakeContext,
    host: ObjectHost,
  ) {
    this.workbook = new FakeWorkbook(batch, host);
  }

  sync(): Promise<void> {
    return this.batch.sync();
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: FakeContext, host: ObjectHost) {
    this.worksheets = new FakeWorksheetCollection(context, host);
    this.names = new FakeNamedItemCollection(context, host.book);
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection extends FakeClientObject<BookModel> {
  protected readonly scalarNames = ['items'] as const;
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(
    context: FakeContext,
    private readonly host: ObjectHost,
  ) {
    super(context, () => host.book, { queued: false });
  }

  get onChanged(): FakeEventHandlers {
    this.context.requireApi('WorksheetCollection.onChanged');
    return new FakeEventHandlers(this.context, this.host, 'changed');
  }

  get onSelectionChanged(): FakeEventHandlers {
    this.context.requireApi('WorksheetCollection.onSelectionChanged');
    return new FakeEventHandlers(this.context, this.host, 'selectionChanged');
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) return this.loadedValue('items');
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.host, () => this.findSheet(name, true), true);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.requireApi('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, this.host, () => this.findSheet(name, false), true);
  }

  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.host, () => this.host.book.addSheet(name), true);
  }

  override loadNow(paths: string[]): void {
    const itemPaths = paths.filter((path) => path === 'items' || path.startsWith('items/'));
    const wanted = itemPaths.map((path) => path.slice('items/'.length)).filter(Boolean);
    this.loadedItems = this.host.book.sheets.map((sheet) => {
      const item = new FakeWorksheet(this.context, this.host, () => sheet, false);
      item.loadNow(wanted.length ? wanted : ['name', 'id', 'visibility', 'position']);
      return item;
    });
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `工作表集合没有属性“${name}”。`);
  }

  /** Like Excel, by name or by id. */
  private findSheet(key: string, required: boolean): SheetModel | null {
    const sheet = this.host.book.sheet(key) ?? this.host.book.sheetById(key);
    if (!sheet && required) throw new FakeOfficeError('ItemNotFound', `找不到工作表“${key}”。`);
    return sheet ?? null;
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected readonly scalarNames = ['name', 'id', 'visibility', 'position'] as const;

  constructor(
    context: FakeContext,
    private readonly host: ObjectHost,
    resolve: () => SheetModel | null,
    queued: boolean,
  ) {
    super(context, resolve, { queued });
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.later((sheet) => this.host.book.renameSheet(sheet, name));
  }
  get id(): string {
    return this.loadedValue('id');
  }
  get position(): number {
    return this.loadedValue('position');
  }
  get visibility(): SheetVisibility {
    return this.loadedValue('visibility');
  }
  set visibility(visibility: SheetVisibility) {
    this.later((sheet) => {
      sheet.visibility = visibility;
    });
  }

  get notes(): FakeNoteCollection {
    this.context.requireApi('Worksheet.notes');
    return new FakeNoteCollection(this.context, () => this.bound());
  }

  get protection(): FakeWorksheetProtection {
    this.context.requireApi('Worksheet.protection');
    return new FakeWorksheetProtection(this.context, () => this.bound());
  }

  get pageLayout(): FakeSettings {
    this.context.requireApi('Worksheet.pageLayout');
    const resolve = () => this.bound();
    const footers = () => new FakeSettings(this.context, resolve, HEADER_FOOTER_SETTINGS, []);
    return new FakeSettings(this.context, resolve, PAGE_LAYOUT_SETTINGS, PAGE_LAYOUT_METHODS, {
      headersFooters: () => ({ defaultForAllPages: footers() }),
    });
  }

  // Drawing settings the simulated sheet does not show; the write is queued and counted.
  set showGridlines(show: boolean) {
    this.context.requireApi('Worksheet.showGridlines');
    this.later(() => void show);
  }

  /** A range by address; without one, the whole sheet. */
  getRange(address?: string): FakeRange {
    const area = () => (address === undefined ? WHOLE_SHEET : parseAddress(address));
    return new FakeRange(
      this.context,
      this.host,
      () => ({ sheet: this.target(), area: area() }),
      true,
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    const area = { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 };
    return new FakeRange(this.context, this.host, () => ({ sheet: this.target(), area }), true);
  }

  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  getRanges(address: string): FakeRangeAreas {
    this.context.requireApi('Worksheet.getRanges');
    return new FakeRangeAreas(
      this.context,
      () => ({ sheet: this.target(), areas: parseAreas(address) }),
      true,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      this.host,
      () => {
        const sheet = this.target();
        const area = sheet.usedRange(valuesOnly);
        return area ? { sheet, area } : null;
      },
      true,
    );
  }

  activate(): void {
    this.later((sheet) => {
      this.host.book.selection = { sheet: sheet.name, address: 'A1' };
    });
  }

  delete(): void {
    this.later((sheet) => {
      const book = this.host.book;
      if (
        book.sheets.filter((other) => other.visibility === 'Visible').length <= 1 &&
        sheet.visibility === 'Visible'
      ) {
        throw new FakeOfficeError('InvalidOperation', '工作簿至少要有一张可见的工作表。');
      }
      book.sheets = book.sheets.filter((other) => other !== sheet);
    });
  }

  protected readScalar(name: string, sheet: SheetModel): unknown {
    switch (name) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'visibility':
        return sheet.visibility;
      case 'position':
        return this.host.book.sheets.indexOf(sheet);
      default:
        throw new FakeOfficeError('InvalidArgument', `工作表没有属性“${name}”。`);
    }
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  protected readonly scalarNames = ['protected', 'options'] as const;

  constructor(context: FakeContext, resolve: () => SheetModel | null) {
    super(context, resolve, { queued: false });
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }
  get options(): Record<string, unknown> {
    return this.loadedValue('options');
  }

  protect(options: Record<string, unknown> = {}, password?: string): void {
    this.later((sheet) => {
      if (sheet.protected)
        throw new FakeOfficeError('InvalidOperation', `工作表“${sheet.name}”已受保护。`);
      sheet.protected = true;
      sheet.protectionOptions = { ...options };
      sheet.protectionPassword = password || null;
    });
  }

  unprotect(password?: string): void {
    this.later((sheet) => {
      if (sheet.protectionPassword !== null && sheet.protectionPassword !== password) {
        throw new FakeOfficeError('AccessDenied', `工作表“${sheet.name}”的保护密码不正确。`);
      }
      sheet.protected = false;
      sheet.protectionOptions = {};
      sheet.protectionPassword = null;
    });
  }

  protected readScalar(name: string, sheet: SheetModel): unknown {
    if (name === 'protected') return sheet.protected;
    if (name === 'options') return { ...sheet.protectionOptions };
    throw new FakeOfficeError('InvalidArgument', `工作表保护没有属性“${name}”。`);
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: SheetModel;
  area: CellRange;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames = [
    'address',
    'values',
    'formulas',
    'numberFormat',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
  ] as const;

  constructor(
    context: FakeContext,
    private readonly host: ObjectHost,
    resolve: () => RangeTarget | null,
    queued: boolean,
  ) {
    super(context, resolve, { queued });
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(values: unknown) {
    this.later(({ sheet, area }) => {
      eachCell(area, values, (row, col, value) => {
        sheet.checkEditable(null, row, col);
        const cell = sheet.editCell(row, col);
        cell.value = toCellValue(value);
        delete cell.formula;
        sheet.prune(row, col);
      });
      this.context.recordValueEdit(sheet.id, area);
    });
  }

  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(formulas: unknown) {
    this.later(({ sheet, area }) => {
      eachCell(area, formulas, (row, col, formula) => {
        sheet.checkEditable(null, row, col);
        const cell = sheet.editCell(row, col);
        if (typeof formula === 'string' && formula.startsWith('=')) {
          // The simulated Excel does not calculate: a formula cell shows no value until typed over.
          cell.formula = formula;
          cell.value = null;
        } else {
          cell.value = toCellValue(formula);
          delete cell.formula;
        }
        sheet.prune(row, col);
      });
      this.context.recordValueEdit(sheet.id, area);
    });
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(formats: unknown) {
    this.later(({ sheet, area }) =>
      eachCell(area, formats, (row, col, format) => {
        const cell = sheet.editCell(row, col);
        if (typeof format === 'string' && format !== 'General') cell.numberFormat = format;
        else delete cell.numberFormat;
        sheet.prune(row, col);
      }),
    );
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => cellsOf(this.bound()));
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireApi('Range.dataValidation');
    return new FakeDataValidation(this.context, () => cellsOf(this.bound()));
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(
      this.context,
      this.host,
      () => {
        const { sheet, area } = this.target();
        const top = area.top + row;
        const left = area.left + col;
        return { sheet, area: { top, left, bottom: top, right: left } };
      },
      true,
    );
  }

  merge(across = false): void {
    this.context.requireApi('Range.merge');
    this.later(({ sheet, area }) => {
      const merged = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, index) => ({
            ...area,
            top: area.top + index,
            bottom: area.top + index,
          }))
        : [area];
      sheet.merges = sheet.merges.filter((existing) => !rangesOverlap(existing, area));
      for (const block of merged) {
        if (block.top === block.bottom && block.left === block.right) continue;
        // Excel keeps the top-left value of a merged area and drops the others.
        forEachCell(block, (row, col) => {
          if (row === block.top && col === block.left) return;
          const cell = sheet.cell(row, col);
          if (cell) {
            cell.value = null;
            delete cell.formula;
            sheet.prune(row, col);
          }
        });
        sheet.merges.push(block);
      }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      () => {
        const { sheet, area } = this.target();
        const areas = sheet.merges.filter((merge) => rangesOverlap(merge, area));
        return areas.length ? { sheet, areas } : null;
      },
      true,
    );
  }

  /** Excel's getCellProperties, for the properties the add-in reads: address, fill, locked. */
  getCellProperties(options: CellPropertiesOptions): FakeClientResult<CellProperties[][]> {
    this.context.requireApi('Range.getCellProperties');
    return new FakeClientResult(this.context, () => {
      const { sheet, area } = this.target();
      const rows: CellProperties[][] = [];
      for (let row = area.top; row <= area.bottom; row++) {
        const line: CellProperties[] = [];
        for (let col = area.left; col <= area.right; col++)
          line.push(cellProperties(sheet, row, col, options));
        rows.push(line);
      }
      return rows;
    });
  }

  select(): void {
    this.later(({ sheet, area }) => {
      this.host.book.selection = { sheet: sheet.name, address: rangeToA1(area) };
      this.host.selectionChanged(sheet, area);
    });
  }

  protected readScalar(name: string, { sheet, area }: RangeTarget): unknown {
    switch (name) {
      case 'address':
        return qualifiedAddress(sheet.name, area);
      case 'values':
        return mapCells(area, (row, col) => displayValue(sheet.cell(row, col)));
      case 'formulas':
        return mapCells(area, (row, col) => {
          const cell = sheet.cell(row, col);
          return cell?.formula ?? displayValue(cell);
        });
      case 'numberFormat':
        return mapCells(area, (row, col) => sheet.cell(row, col)?.numberFormat ?? 'General');
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      default:
        throw new FakeOfficeError('InvalidArgument', `区域没有属性“${name}”。`);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'format') return this.format as FakeClientObject<unknown>;
    return undefined;
  }
}

export class FakeRangeAreas extends FakeClientObject<Cells> {
  protected readonly scalarNames = ['address'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null, queued: boolean) {
    super(context, resolve, { queued });
  }

  get address(): string {
    return this.loadedValue('address');
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => this.bound());
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireApi('Range.dataValidation');
    return new FakeDataValidation(this.context, () => this.bound());
  }

  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    switch (name) {
      case 'address':
        return areas.map((area) => qualifiedAddress(sheet.name, area)).join(', ');
      default:
        throw new FakeOfficeError('InvalidArgument', `区域集合没有属性“${name}”。`);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'format') return this.format as FakeClientObject<unknown>;
    return undefined;
  }
}

// ---------------------------------------------------------------- formats

export class FakeRangeFormat extends FakeClientObject<Cells> {
  protected readonly scalarNames = [
    'columnWidth',
    'wrapText',
    'horizontalAlignment',
    'verticalAlignment',
  ] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.context, () => this.bound());
  }

  get protection(): FakeFormatProtection {
    this.context.requireApi('RangeFormat.protection');
    return new FakeFormatProtection(this.context, () => this.bound());
  }

  get font(): FakeSettings {
    return new FakeSettings(this.context, () => this.bound(), FONT_SETTINGS, []);
  }

  get borders(): FakeBorders {
    return new FakeBorders(this.context, () => this.bound());
  }

  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(width: number) {
    this.later(({ sheet, areas }) => {
      for (const area of areas)
        for (let col = area.left; col <= area.right; col++)
          sheet.columnWidths[columnLetters(col)] = width;
    });
  }

  // Layout settings the simulated sheet does not draw; writes are queued and counted like Excel's.
  set rowHeight(height: number) {
    this.later(() => void height);
  }
  set wrapText(wrap: boolean) {
    this.later(() => void wrap);
  }
  set horizontalAlignment(alignment: string) {
    this.later(() => void alignment);
  }
  set verticalAlignment(alignment: string) {
    this.later(() => void alignment);
  }

  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    if (name === 'columnWidth')
      return sheet.columnWidths[columnLetters(areas[0].left)] ?? DEFAULT_COLUMN_WIDTH;
    if (this.scalarNames.includes(name as never)) return null;
    throw new FakeOfficeError('InvalidArgument', `格式没有属性“${name}”。`);
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill as FakeClientObject<unknown>;
    if (name === 'protection') return this.protection as FakeClientObject<unknown>;
    return undefined;
  }
}

export class FakeRangeFill extends FakeClientObject<Cells> {
  protected readonly scalarNames = ['color', 'pattern'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(color: string) {
    this.later((cells) => paint(cells, normalizeColor(color)));
  }
  get pattern(): string {
    return this.loadedValue('pattern');
  }

  clear(): void {
    this.later((cells) => paint(cells, undefined));
  }

  /** Excel's set(): here the fill's colour and pattern ("None" clears it). */
  set(properties: { color?: string; pattern?: string }): void {
    this.later((cells) => {
      if (properties.pattern === 'None') paint(cells, undefined);
      else if (properties.color) paint(cells, normalizeColor(properties.color));
    });
  }

  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    // Like Excel: one value when every cell agrees, else null.
    const fills = new Set<string | undefined>();
    for (const area of areas)
      forEachCell(area, (row, col) => void fills.add(sheet.cell(row, col)?.fill));
    const [only] = fills.size === 1 ? [...fills] : [null];
    if (name === 'color') return only === null ? null : (only ?? NO_FILL_COLOR);
    if (name === 'pattern') return only === null ? null : only ? 'Solid' : 'None';
    throw new FakeOfficeError('InvalidArgument', `填充没有属性“${name}”。`);
  }
}

export class FakeFormatProtection extends FakeClientObject<Cells> {
  protected readonly scalarNames = ['locked'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get locked(): boolean | null {
    return this.loadedValue('locked');
  }
  set locked(locked: boolean) {
    this.later(({ sheet, areas }) => {
      for (const area of areas)
        forEachCell(area, (row, col) => {
          const cell = sheet.editCell(row, col);
          if (locked) delete cell.locked;
          else cell.locked = false;
          sheet.prune(row, col);
        });
    });
  }

  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    if (name !== 'locked')
      throw new FakeOfficeError('InvalidArgument', `单元格保护没有属性“${name}”。`);
    const states = new Set<boolean>();
    for (const area of areas)
      forEachCell(area, (row, col) => void states.add(sheet.cell(row, col)?.locked !== false));
    return states.size === 1 ? [...states][0] : null;
  }
}

export class FakeBorders {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => Cells | null,
  ) {}

  getItem(edge: string): FakeSettings {
    void edge;
    return new FakeSettings(this.context, this.resolve, BORDER_SETTINGS, []);
  }
}

/**
 * Settings the simulated workbook accepts but does not model (fonts, borders, page layout):
 * each write or call is queued and counted, and an unknown name fails as in Excel.
 */
export class FakeSettings extends FakeClientObject<unknown> {
  protected readonly scalarNames: readonly string[];

  constructor(
    context: FakeContext,
    resolve: () => unknown,
    settings: readonly string[],
    methods: readonly string[],
    children: Record<string, () => object> = {},
  ) {
    super(context, resolve, { queued: false });
    this.scalarNames = settings;
    for (const [name, child] of Object.entries(children))
      Object.defineProperty(this, name, { get: child });
    for (const setting of settings) {
      Object.defineProperty(this, setting, {
        get: () => this.loadedValue(setting),
        set: (value: unknown) => this.later(() => void value),
      });
    }
    for (const method of methods) {
      Object.defineProperty(this, method, {
        value: (...args: unknown[]) => this.later(() => void args),
      });
    }
  }

  protected readScalar(): unknown {
    return null;
  }
}

const FONT_SETTINGS = ['bold', 'italic', 'size', 'name', 'color', 'underline'];
const BORDER_SETTINGS = ['style', 'weight', 'color'];
const PAGE_LAYOUT_SETTINGS = [
  'orientation',
  'paperSize',
  'zoom',
  'centerHorizontally',
  'centerVertically',
  'printGridlines',
  'leftMargin',
  'rightMargin',
  'topMargin',
  'bottomMargin',
  'headerMargin',
  'footerMargin',
];
const HEADER_FOOTER_SETTINGS = [
  'leftFooter',
  'centerFooter',
  'rightFooter',
  'leftHeader',
  'centerHeader',
  'rightHeader',
];
const PAGE_LAYOUT_METHODS = ['setPrintTitleRows', 'setPrintTitleColumns', 'setPrintArea'];

// ---------------------------------------------------------------- data validation

interface BoundRule {
  formula1: string | number;
  operator: string;
}

interface ValidationRule {
  list?: { inCellDropDown?: boolean; source: string };
  decimal?: BoundRule;
  wholeNumber?: BoundRule;
  textLength?: BoundRule;
}

/** The one rule a validation holds, as the snapshot keeps it. */
function toValidation(range: string, rule: ValidationRule): ValidationSnapshot {
  if (rule.list) {
    if (!rule.list.source) throw new FakeOfficeError('InvalidArgument', '下拉列表的来源不能为空。');
    return { range, type: 'list', source: rule.list.source };
  }
  const bound: [ValidationSnapshot['type'], BoundRule | undefined][] = [
    ['decimal', rule.decimal],
    ['whole', rule.wholeNumber],
    ['textLength', rule.textLength],
  ];
  const found = bound.find(([, value]) => value !== undefined);
  if (!found || !found[1])
    throw new FakeOfficeError('InvalidArgument', '模拟的 Excel 不支持这种数据验证。');
  return { range, type: found[0], source: String(found[1].formula1), operator: found[1].operator };
}

export class FakeDataValidation extends FakeClientObject<Cells> {
  protected readonly scalarNames = ['rule'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get rule(): ValidationRule {
    return this.loadedValue('rule');
  }
  set rule(rule: ValidationRule) {
    this.later(({ sheet, areas }) => {
      const added = areas.map((area) => toValidation(rangeToA1(area), rule));
      sheet.validations = [
        ...sheet.validations.filter((existing) => !overlapsAny(existing.range, areas)),
        ...added,
      ];
    });
  }

  // Prompt and alert texts are accepted, not modelled.
  set errorAlert(alert: unknown) {
    this.later(() => void alert);
  }
  set prompt(prompt: unknown) {
    this.later(() => void prompt);
  }

  clear(): void {
    this.later(({ sheet, areas }) => {
      sheet.validations = sheet.validations.filter(
        (existing) => !overlapsAny(existing.range, areas),
      );
    });
  }

  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    if (name !== 'rule')
      throw new FakeOfficeError('InvalidArgument', `数据验证没有属性“${name}”。`);
    const found = sheet.validations.find((existing) => overlapsAny(existing.range, areas));
    if (!found) return {};
    if (found.type === 'list') return { list: { inCellDropDown: true, source: found.source } };
    const key = found.type === 'whole' ? 'wholeNumber' : found.type;
    return { [key]: { formula1: found.source, operator: found.operator } };
  }
}

function overlapsAny(address: string, areas: CellRange[]): boolean {
  const range = parseRange(address);
  return !!range && areas.some((area) => rangesOverlap(range, area));
}

// ---------------------------------------------------------------- notes

interface NoteTarget {
  sheet: SheetModel;
  row: number;
  col: number;
}

export class FakeNoteCollection extends FakeClientObject<SheetModel> {
  protected readonly scalarNames = ['items'] as const;
  private loadedItems: FakeNote[] | undefined;

  constructor(context: FakeContext, resolve: () => SheetModel | null) {
    super(context, resolve, { queued: false });
  }

  get items(): FakeNote[] {
    if (!this.loadedItems) return this.loadedValue('items');
    return this.loadedItems;
  }

  add(cellAddress: string | FakeRange, content: string): FakeNote {
    return new FakeNote(this.context, () => {
      const target = this.noteTarget(cellAddress);
      target.sheet.checkEditable('allowEditObjects');
      const cell = target.sheet.editCell(target.row, target.col);
      if (cell.note !== undefined)
        throw new FakeOfficeError('InvalidOperation', '该单元格已有批注（备注）。');
      cell.note = String(content);
      return target;
    });
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.context, () => this.existing(key, true));
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, () => this.existing(key, false));
  }

  override loadNow(paths: string[]): void {
    const sheet = this.bound();
    if (!sheet) return;
    const wanted = paths.map((path) => path.replace(/^items\/?/, '')).filter(Boolean);
    this.loadedItems = [];
    for (const [address, cell] of sheet.cells) {
      if (cell.note === undefined) continue;
      const pos = fromA1(address);
      if (!pos) continue;
      const note = new FakeNote(this.context, () => ({ sheet, row: pos.row, col: pos.col }), false);
      note.loadNow(wanted.length ? wanted : ['content']);
      this.loadedItems.push(note);
    }
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `批注集合没有属性“${name}”。`);
  }

  private noteTarget(cellAddress: string | FakeRange): NoteTarget {
    const sheet = this.target();
    if (typeof cellAddress === 'string') {
      const pos = fromA1(stripSheet(cellAddress));
      if (!pos) throw new FakeOfficeError('InvalidArgument', `单元格地址“${cellAddress}”无效。`);
      return { sheet, ...pos };
    }
    const range = cellAddress.bound();
    if (!range || range.area.top !== range.area.bottom || range.area.left !== range.area.right) {
      throw new FakeOfficeError('InvalidArgument', '批注只能添加到单个单元格。');
    }
    return { sheet: range.sheet, row: range.area.top, col: range.area.left };
  }

  private existing(key: string, required: boolean): NoteTarget | null {
    const sheet = this.target();
    const pos = fromA1(stripSheet(key));
    if (!pos) throw new FakeOfficeError('InvalidArgument', `单元格地址“${key}”无效。`);
    if (sheet.cell(pos.row, pos.col)?.note !== undefined) return { sheet, ...pos };
    if (required) throw new FakeOfficeError('ItemNotFound', `单元格 ${key} 没有批注（备注）。`);
    return null;
  }
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  protected readonly scalarNames = ['content'] as const;

  constructor(context: FakeContext, resolve: () => NoteTarget | null, queued = true) {
    super(context, resolve, { queued });
  }

  get content(): string {
    return this.loadedValue('content');
  }
  set content(content: string) {
    this.later(({ sheet, row, col }) => {
      sheet.checkEditable('allowEditObjects');
      sheet.editCell(row, col).note = String(content);
    });
  }

  delete(): void {
    this.later(({ sheet, row, col }) => {
      sheet.checkEditable('allowEditObjects');
      const cell = sheet.cell(row, col);
      if (cell) delete cell.note;
      sheet.prune(row, col);
    });
  }

  protected readScalar(name: string, { sheet, row, col }: NoteTarget): unknown {
    if (name === 'content') return sheet.cell(row, col)?.note ?? '';
    throw new FakeOfficeError('InvalidArgument', `批注没有属性“${name}”。`);
  }
}

// ---------------------------------------------------------------- defined names

export class FakeNamedItemCollection extends FakeClientObject<BookModel> {
  protected readonly scalarNames = ['items'] as const;
  private loadedItems: FakeNamedItem[] | undefined;

  constructor(context: FakeContext, book: BookModel) {
    super(context, () => book, { queued: false });
  }

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) return this.loadedValue('items');
    return this.loadedItems;
  }

  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    this.context.requireApi('NamedItemCollection.add');
    void comment;
    return new FakeNamedItem(this.context, () => {
      const book = this.target();
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || fromA1(name)) {
        throw new FakeOfficeError('InvalidArgument', `名称“${name}”无效。`);
      }
      if (book.names.some((item) => item.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `名称“${name}”已存在。`);
      }
      const formula = typeof reference === 'string' ? reference : referenceFormula(reference);
      const item = { name, formula: formula.startsWith('=') ? formula : `=${formula}` };
      book.names.push(item);
      return item;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.requireApi('NamedItemCollection.getItemOrNullObject');
    return new FakeNamedItem(
      this.context,
      () =>
        this.target().names.find((item) => item.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }

  override loadNow(paths: string[]): void {
    const wanted = paths.map((path) => path.replace(/^items\/?/, '')).filter(Boolean);
    this.loadedItems = this.target().names.map((item) => {
      const named = new FakeNamedItem(this.context, () => item, false);
      named.loadNow(wanted.length ? wanted : ['name', 'formula']);
      return named;
    });
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `名称集合没有属性“${name}”。`);
  }
}

export class FakeNamedItem extends FakeClientObject<{ name: string; formula: string }> {
  protected readonly scalarNames = ['name', 'formula'] as const;

  constructor(
    context: FakeContext,
    resolve: () => { name: string; formula: string } | null,
    queued = true,
  ) {
    super(context, resolve, { queued });
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get formula(): string {
    return this.loadedValue('formula');
  }

  protected readScalar(name: string, item: { name: string; formula: string }): unknown {
    if (name === 'name') return item.name;
    if (name === 'formula') return item.formula;
    throw new FakeOfficeError('InvalidArgument', `名称没有属性“${name}”。`);
  }
}

function referenceFormula(range: FakeRange): string {
  const target = range.bound();
  if (!target) throw new FakeOfficeError('InvalidArgument', '名称引用的区域不存在。');
  const absolute = absoluteA1(rangeToA1(target.area));
  return `=${qualifiedAddress(target.sheet.name, target.area).split('!')[0]}!${absolute}`;
}

// ---------------------------------------------------------------- events

export class FakeEventHandlers {
  constructor(
    private readonly context: FakeContext,
    private readonly host: ObjectHost,
    private readonly kind: EventKind,
  ) {}

  add(handler: EventHandler): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    // Registration, like everything else, happens at the next sync.
    this.context.enqueue(() => result.registered(this.host.registerHandler(this.kind, handler)));
    return result;
  }
}

export class FakeEventHandlerResult {
  private unregister: (() => void) | undefined;

  constructor(private readonly context: FakeContext) {}

  registered(unregister: () => void): void {
    this.unregister = unregister;
  }

  remove(): void {
    this.context.enqueue(() => this.unregister?.());
  }
}

// ---------------------------------------------------------------- helpers

const NO_FILL_COLOR = '#FFFFFF';
/** Excel's grid: 1,048,576 rows by 16,384 columns. */
const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: 1048575, right: 16383 };
const DEFAULT_COLUMN_WIDTH = 48;

export interface CellPropertiesOptions {
  address?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean }; protection?: { locked?: boolean } };
}

export interface CellProperties {
  address?: string;
  format?: { fill?: { color?: string; pattern?: string }; protection?: { locked?: boolean } };
}

function cellProperties(
  sheet: SheetModel,
  row: number,
  col: number,
  options: CellPropertiesOptions,
): CellProperties {
  const cell = sheet.cell(row, col);
  const properties: CellProperties = {};
  if (options.address)
    properties.address = qualifiedAddress(sheet.name, {
      top: row,
      left: col,
      bottom: row,
      right: col,
    });
  const fillWanted = options.format?.fill;
  const lockedWanted = options.format?.protection?.locked;
  if (fillWanted || lockedWanted) properties.format = {};
  if (fillWanted && properties.format) {
    properties.format.fill = {};
    if (fillWanted.color) properties.format.fill.color = cell?.fill ?? NO_FILL_COLOR;
    if (fillWanted.pattern) properties.format.fill.pattern = cell?.fill ? 'Solid' : 'None';
  }
  if (lockedWanted && properties.format)
    properties.format.protection = { locked: cell?.locked !== false };
  return properties;
}

function paint({ sheet, areas }: Cells, fill: string | undefined): void {
  sheet.checkEditable('allowFormatCells');
  for (const area of areas)
    forEachCell(area, (row, col) => {
      const cell = sheet.editCell(row, col);
      if (fill) cell.fill = fill;
      else delete cell.fill;
      sheet.prune(row, col);
    });
}

function normalizeColor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) throw new FakeOfficeError('InvalidArgument', `颜色“${color}”无效，应为 #RRGGBB。`);
  return `#${hex[1].toUpperCase()}`;
}

function cellsOf(target: RangeTarget | null): Cells | null {
  return target && { sheet: target.sheet, areas: [target.area] };
}

function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

function parseAddress(address: string): CellRange {
  const range = parseRange(stripSheet(address).replace(/\$/g, ''));
  if (!range) throw new FakeOfficeError('InvalidArgument', `区域地址“${address}”无效。`);
  return range;
}

function parseAreas(address: string): CellRange[] {
  if (address.length > MAX_RANGES_ADDRESS_LENGTH) {
    throw new FakeOfficeError('InvalidArgument', `区域地址过长（${address.length} 个字符）。`);
  }
  return address.split(',').map((part) => parseAddress(part.trim()));
}

function forEachCell(area: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) visit(row, col);
}

function mapCells<V>(area: CellRange, read: (row: number, col: number) => V): V[][] {
  const rows: V[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: V[] = [];
    for (let col = area.left; col <= area.right; col++) line.push(read(row, col));
    rows.push(line);
  }
  return rows;
}

/**
 * Writes a 2-D array cell by cell (it must match the range, as in Excel; a null entry leaves its
 * cell alone) or one value to every cell.
 */
function eachCell(
  area: CellRange,
  data: unknown,
  write: (row: number, col: number, value: unknown) => void,
): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(data)) {
    forEachCell(area, (row, col) => write(row, col, data));
    return;
  }
  if (data.length !== rows || data.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `数据的行列数与区域 ${rangeToA1(area)}（${rows} 行 × ${cols} 列）不一致。`,
    );
  }
  forEachCell(area, (row, col) => {
    const value = (data as unknown[][])[row - area.top][col - area.left];
    if (value !== null) write(row, col, value);
  });
}

/** What Excel's `values` shows: the value, or "" for an empty cell. */
function displayValue(cell: CellData | undefined): CellValue {
  return cell?.value ?? '';
}

function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  throw new FakeOfficeError('InvalidArgument', `单元格的值无效：${String(value)}`);
}

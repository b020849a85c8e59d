/**
 * The part of the Excel JavaScript API the add-in uses, as types taken from @types/office-js.
 * Members are Office's own declarations (`Pick`); whatever leads to another object (a navigation
 * property, getRange, load, add) leads to this subset again. The add-in is written against these
 * types only, so the simulated Excel (src/sandbox/fakeExcel) implements every one of them, and
 * Excel.run hands its real context to code typed with them without a cast (runtime.ts): a member
 * declared here unlike Office.js fails to compile there, and one the fake declares unlike it
 * fails in the fake.
 */

/** Excel.run's shape: a batch on a request context. */
export type ExcelRun = <T>(batch: (context: RequestContext) => Promise<T>) => Promise<T>;

/** Office's load(names) (a comma-separated string or an array), giving the subset back. */
interface Loadable<Self> {
  load(propertyNames?: string | string[]): Self;
}

export interface RequestContext extends Pick<Excel.RequestContext, 'sync'> {
  readonly workbook: Workbook;
}

export interface Workbook {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
}

/** An event of Office: handlers are registered at the next sync. */
export interface EventHandlers<Args> {
  add(handler: (args: Args) => Promise<unknown>): EventHandlerResult;
}

export type EventHandlerResult = Pick<OfficeExtension.EventHandlerResult<unknown>, 'remove'>;

export interface WorksheetCollection extends Loadable<WorksheetCollection> {
  readonly items: Worksheet[];
  readonly onChanged: EventHandlers<Excel.WorksheetChangedEventArgs>;
  readonly onSelectionChanged: EventHandlers<Excel.WorksheetSelectionChangedEventArgs>;
  add(name?: string): Worksheet;
  getItem(key: string): Worksheet;
  getItemOrNullObject(key: string): Worksheet;
}

export interface Worksheet
  extends
    Pick<
      Excel.Worksheet,
      'id' | 'name' | 'position' | 'visibility' | 'showGridlines' | 'isNullObject'
    >,
    Pick<Excel.Worksheet, 'activate' | 'delete'>,
    Loadable<Worksheet> {
  readonly notes: NoteCollection;
  readonly protection: WorksheetProtection;
  readonly pageLayout: PageLayout;
  readonly horizontalPageBreaks: PageBreakCollection;
  getRange(address?: string): Range;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): Range;
  getCell(row: number, column: number): Range;
  getRanges(address?: string): RangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range;
}

export interface WorksheetProtection
  extends
    Pick<Excel.WorksheetProtection, 'protected' | 'options' | 'protect' | 'unprotect'>,
    Loadable<WorksheetProtection> {}

export interface Range
  extends
    Pick<
      Excel.Range,
      | 'address'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'values'
      | 'formulas'
      | 'numberFormat'
      | 'isNullObject'
      | 'merge'
      | 'select'
      | 'getCellProperties'
    >,
    Loadable<Range> {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  getCell(row: number, column: number): Range;
  getMergedAreasOrNullObject(): RangeAreas;
}

export interface RangeAreas
  extends Pick<Excel.RangeAreas, 'address' | 'isNullObject'>, Loadable<RangeAreas> {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
}

export interface RangeFormat extends Pick<
  Excel.RangeFormat,
  'columnWidth' | 'rowHeight' | 'wrapText' | 'horizontalAlignment' | 'verticalAlignment'
> {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: RangeBorderCollection;
  readonly protection: FormatProtection;
}

export type RangeFill = Pick<Excel.RangeFill, 'color' | 'pattern' | 'clear' | 'set'>;

export type RangeFont = Pick<Excel.RangeFont, 'name' | 'size' | 'bold'>;

export interface RangeBorderCollection {
  getItem(index: Excel.BorderIndex | `${Excel.BorderIndex}`): RangeBorder;
}

export type RangeBorder = Pick<Excel.RangeBorder, 'style'>;

export type FormatProtection = Pick<Excel.FormatProtection, 'locked'>;

export interface DataValidation
  extends
    Pick<Excel.DataValidation, 'rule' | 'prompt' | 'errorAlert' | 'clear'>,
    Loadable<DataValidation> {}

export interface NoteCollection extends Loadable<NoteCollection> {
  readonly items: Note[];
  add(cellAddress: Range | string, content: string): Note;
  getItem(key: string): Note;
  getItemOrNullObject(key: string): Note;
}

export interface Note
  extends Pick<Excel.Note, 'content' | 'isNullObject' | 'delete'>, Loadable<Note> {}

export interface NamedItemCollection extends Loadable<NamedItemCollection> {
  readonly items: NamedItem[];
  add(name: string, reference: Range | string, comment?: string): NamedItem;
  getItemOrNullObject(name: string): NamedItem;
}

export interface NamedItem
  extends Pick<Excel.NamedItem, 'name' | 'formula' | 'isNullObject'>, Loadable<NamedItem> {}

export interface PageLayout
  extends
    Pick<
      Excel.PageLayout,
      | 'paperSize'
      | 'orientation'
      | 'zoom'
      | 'centerHorizontally'
      | 'leftMargin'
      | 'rightMargin'
      | 'topMargin'
      | 'bottomMargin'
      | 'headerMargin'
      | 'footerMargin'
      | 'setPrintArea'
      | 'setPrintTitleRows'
    >,
    Loadable<PageLayout> {
  readonly headersFooters: HeaderFooterGroup;
}

export interface HeaderFooterGroup {
  readonly defaultForAllPages: HeaderFooter;
}

export type HeaderFooter = Pick<Excel.HeaderFooter, 'leftFooter' | 'centerFooter' | 'rightFooter'>;

export interface PageBreakCollection extends Loadable<PageBreakCollection> {
  readonly items: PageBreak[];
  add(pageBreakRange: Range | string): PageBreak;
  removePageBreaks(): void;
}

export interface PageBreak
  extends Pick<Excel.PageBreak, 'rowIndex' | 'columnIndex'>, Loadable<PageBreak> {}

/**
 * The simulated workbook's data: sheets of cells keyed by A1 address, merges, validations and
 * defined names. The API objects (one file per Excel object) read and write this model when a batch is synced.
 */
import { extendRange, fromA1, parseRange, rangeToA1, toA1, type CellRange } from '../../engine';
import type {
  CellSnapshot,
  NamedItemSnapshot,
  PageBreakSnapshot,
  PageSetupSnapshot,
  SheetSnapshot,
  SheetVisibility,
  ValidationSnapshot,
  WorkbookSnapshot,
} from './snapshot';
import { FakeOfficeError } from './errors';

/** A cell of the model holds what its snapshot holds. */
export type CellData = CellSnapshot;

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const FORBIDDEN_SHEET_NAME = /[\\/?*[\]:]/;

export class SheetModel {
  readonly cells = new Map<string, CellData>();
  merges: CellRange[] = [];
  validations: ValidationSnapshot[] = [];
  columnWidths: Record<string, number> = {};
  showGridlines = true;
  pageSetup: PageSetupSnapshot = {};
  rowBreaks: PageBreakSnapshot[] = [];
  protected = false;
  /** What a protected sheet still allows. */
  protectionOptions: Excel.WorksheetProtectionOptions = {};
  protectionPassword: string | null = null;

  constructor(
    public name: string,
    readonly id: string,
    public visibility: SheetVisibility,
  ) {}

  cell(row: number, col: number): CellData | undefined {
    return this.cells.get(toA1(row, col));
  }

  /** Like Excel, a protected sheet refuses changes it does not allow (`allowed` names the option). */
  checkEditable(
    allowed: 'allowFormatCells' | 'allowEditObjects' | null,
    row?: number,
    col?: number,
  ): void {
    if (!this.protected) return;
    if (allowed && this.protectionOptions[allowed] === true) return;
    if (!allowed && row !== undefined && col !== undefined && this.cell(row, col)?.locked === false)
      return;
    throw new FakeOfficeError('AccessDenied', `工作表“${this.name}”受保护，不能修改。`);
  }

  /** The cell, created empty when absent, for writes. */
  editCell(row: number, col: number): CellData {
    const key = toA1(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops cells that hold nothing, so the used range stays what Excel would report. */
  prune(row: number, col: number): void {
    const key = toA1(row, col);
    const cell = this.cells.get(key);
    if (cell && isBlankCell(cell)) this.cells.delete(key);
  }

  /** The rectangle holding every cell with a value (valuesOnly) or any content; null when empty. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let used: CellRange | null = null;
    for (const [address, cell] of this.cells) {
      if (valuesOnly ? cell.value === null || cell.value === '' : isBlankCell(cell)) continue;
      const pos = fromA1(address);
      if (pos) used = extendRange(used, pos.row, pos.col);
    }
    return used;
  }
}

function isBlankCell(cell: CellData): boolean {
  return (
    (cell.value === null || cell.value === '') &&
    cell.formula === undefined &&
    cell.fill === undefined &&
    cell.note === undefined &&
    cell.numberFormat === undefined &&
    cell.locked === undefined
  );
}

export class BookModel {
  sheets: SheetModel[] = [];
  names: NamedItemSnapshot[] = [];
  selection: { sheet: string; address: string } | null = null;
  private nextSheetNumber = 1;

  constructor(snapshot: WorkbookSnapshot) {
    for (const sheet of snapshot.sheets)
      this.sheets.push(sheetFromSnapshot(sheet, sheet.id ?? this.newSheetId()));
    this.names = (snapshot.names ?? []).map((item) => ({ ...item }));
    this.selection = snapshot.selection ? { ...snapshot.selection } : null;
  }

  sheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  cell(sheetName: string, address: string): CellData | undefined {
    const sheet = this.sheet(sheetName);
    const pos = fromA1(address);
    return sheet && pos ? sheet.cell(pos.row, pos.col) : undefined;
  }

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `工作表“${name}”已存在。`);
    const sheet = new SheetModel(name, this.newSheetId(), 'Visible');
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other !== sheet)
      throw new FakeOfficeError('ItemAlreadyExists', `工作表“${name}”已存在。`);
    sheet.name = name;
  }

  toSnapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map(sheetToSnapshot),
      names: this.names.map((item) => ({ ...item })),
      selection: this.selection ? { ...this.selection } : null,
    };
  }

  private newSheetId(): string {
    // Excel's ids are GUIDs in braces; a counter keeps them readable and unique within a book.
    let id: string;
    do {
      id = `{00000000-0000-0000-0000-${String(this.nextSheetNumber++).padStart(12, '0')}}`;
    } while (this.sheets.some((sheet) => sheet.id === id));
    return id;
  }
}

function checkSheetName(name: string): void {
  if (!name.trim() || name.length > 31 || FORBIDDEN_SHEET_NAME.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `工作表名称“${name}”无效。`);
  }
}

function sheetFromSnapshot(snapshot: SheetSnapshot, id: string): SheetModel {
  const sheet = new SheetModel(snapshot.name, id, snapshot.visibility);
  for (const [address, cell] of Object.entries(snapshot.cells)) {
    const pos = fromA1(address);
    if (!pos) throw new FakeOfficeError('InvalidArgument', `快照中的单元格地址“${address}”无效。`);
    sheet.cells.set(toA1(pos.row, pos.col), copyCell(cell));
  }
  sheet.merges = snapshot.merges.map((address) => {
    const range = parseRange(address);
    if (!range) throw new FakeOfficeError('InvalidArgument', `快照中的合并区域“${address}”无效。`);
    return range;
  });
  sheet.validations = snapshot.validations.map((rule) => ({ ...rule }));
  sheet.columnWidths = { ...(snapshot.columnWidths ?? {}) };
  sheet.protected = snapshot.protected ?? false;
  sheet.showGridlines = snapshot.showGridlines ?? true;
  sheet.pageSetup = copyPageSetup(snapshot.pageSetup ?? {});
  sheet.rowBreaks = (snapshot.rowBreaks ?? []).map((item) => ({ ...item }));
  return sheet;
}

function sheetToSnapshot(sheet: SheetModel): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  for (const [address, cell] of sheet.cells) cells[address] = copyCell(cell);
  return {
    name: sheet.name,
    id: sheet.id,
    visibility: sheet.visibility,
    cells,
    merges: sheet.merges.map(rangeToA1),
    validations: sheet.validations.map((rule) => ({ ...rule })),
    protected: sheet.protected || undefined,
    columnWidths: Object.keys(sheet.columnWidths).length ? { ...sheet.columnWidths } : undefined,
    showGridlines: sheet.showGridlines ? undefined : false,
    pageSetup: Object.keys(sheet.pageSetup).length ? copyPageSetup(sheet.pageSetup) : undefined,
    rowBreaks: sheet.rowBreaks.length ? sheet.rowBreaks.map((item) => ({ ...item })) : undefined,
  };
}

function copyPageSetup(setup: PageSetupSnapshot): PageSetupSnapshot {
  return { ...setup, ...(setup.zoom ? { zoom: { ...setup.zoom } } : {}) };
}

function copyCell(cell: CellSnapshot): CellData {
  const copy: CellData = { value: cell.value };
  if (cell.formula !== undefined) copy.formula = cell.formula;
  if (cell.fill !== undefined) copy.fill = cell.fill;
  if (cell.note !== undefined) copy.note = cell.note;
  if (cell.numberFormat !== undefined) copy.numberFormat = cell.numberFormat;
  if (cell.locked !== undefined) copy.locked = cell.locked;
  return copy;
}

/** Excel quotes a sheet name in an address unless it is plain letters, digits and underscores. */
export function qualifiedAddress(sheetName: string, range: CellRange): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName);
  const prefix = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${prefix}!${rangeToA1(range)}`;
}

/** Excel.Worksheet: its ranges, notes, protection, print setup and page breaks. */
import type { ExcelApi } from '../../addin';
import type { SheetModel } from './book';
import { parseAddress, parseAreas, WHOLE_SHEET } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import { FakeNoteCollection } from './notes';
import type { ObjectHost } from './objectHost';
import { FakePageBreakCollection } from './pageBreaks';
import { FakePageLayout } from './pageLayout';
import { FakeRange } from './range';
import { FakeRangeAreas } from './rangeAreas';
import type { SheetVisibility } from './snapshot';
import { FakeWorksheetProtection } from './worksheetProtection';

export class FakeWorksheet extends FakeClientObject<SheetModel> implements ExcelApi.Worksheet {
  protected readonly scalarNames = [
    'name',
    'id',
    'visibility',
    'position',
    'showGridlines',
  ] as const;

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
  set visibility(visibility: Excel.Worksheet['visibility']) {
    this.later((sheet) => {
      sheet.visibility = `${visibility}` as const;
    });
  }

  get showGridlines(): boolean {
    return this.loadedValue('showGridlines');
  }
  set showGridlines(show: boolean) {
    this.context.requireApi('Worksheet.showGridlines');
    this.later((sheet) => {
      sheet.showGridlines = show;
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

  get pageLayout(): FakePageLayout {
    this.context.requireApi('Worksheet.pageLayout');
    return new FakePageLayout(this.context, () => this.bound());
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    this.context.requireApi('Worksheet.horizontalPageBreaks');
    return new FakePageBreakCollection(this.context, () => this.bound());
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
      case 'showGridlines':
        return sheet.showGridlines;
      default:
        throw new FakeOfficeError('InvalidArgument', `工作表没有属性“${name}”。`);
    }
  }
}

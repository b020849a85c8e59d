/** Excel.WorksheetCollection: the sheets by name or id, new sheets, the workbook's events. */
import type { ExcelApi } from '../../addin';
import type { BookModel, SheetModel } from './book';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import { FakeEventHandlers } from './events';
import type { ObjectHost } from './objectHost';
import { FakeWorksheet } from './worksheet';

export class FakeWorksheetCollection
  extends FakeClientObject<BookModel>
  implements ExcelApi.WorksheetCollection
{
  protected readonly scalarNames = ['items'] as const;
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(
    context: FakeContext,
    private readonly host: ObjectHost,
  ) {
    super(context, () => host.book, { queued: false });
  }

  get onChanged(): FakeEventHandlers<Excel.WorksheetChangedEventArgs> {
    this.context.requireApi('WorksheetCollection.onChanged');
    return new FakeEventHandlers(this.context, this.host, 'changed');
  }

  get onSelectionChanged(): FakeEventHandlers<Excel.WorksheetSelectionChangedEventArgs> {
    this.context.requireApi('WorksheetCollection.onSelectionChanged');
    return new FakeEventHandlers(this.context, this.host, 'selectionChanged');
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) return this.loadedValue('items');
    return this.loadedItems;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.host, () => this.findSheet(key, true), true);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.requireApi('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, this.host, () => this.findSheet(key, false), true);
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

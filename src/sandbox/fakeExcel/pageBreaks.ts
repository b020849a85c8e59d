/**
 * Excel.PageBreakCollection and Excel.PageBreak (ExcelApi 1.9): the sheet's manual horizontal
 * page breaks, each before the row of the cell it was added at, in row order as Excel lists them.
 */
import type { ExcelApi } from '../../addin';
import type { SheetModel } from './book';
import { parseAddress } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import { FakeRange } from './range';
import type { PageBreakSnapshot } from './snapshot';

export class FakePageBreakCollection
  extends FakeClientObject<SheetModel>
  implements ExcelApi.PageBreakCollection
{
  protected readonly scalarNames = ['items'] as const;
  private loadedItems: FakePageBreak[] | undefined;

  constructor(context: FakeContext, resolve: () => SheetModel | null) {
    super(context, resolve, { queued: false });
  }

  get items(): FakePageBreak[] {
    if (!this.loadedItems) return this.loadedValue('items');
    return this.loadedItems;
  }

  /** A break before the top-left cell of `pageBreakRange`; one already there stays one. */
  add(pageBreakRange: ExcelApi.Range | string): FakePageBreak {
    return new FakePageBreak(this.context, () => {
      const sheet = this.target();
      const at = breakCell(sheet, pageBreakRange);
      if (at.rowIndex === 0)
        throw new FakeOfficeError('InvalidArgument', '第 1 行之前不能插入分页符。');
      const existing = sheet.rowBreaks.find((item) => item.rowIndex === at.rowIndex);
      if (existing) return existing;
      sheet.rowBreaks = [...sheet.rowBreaks, at].sort((a, b) => a.rowIndex - b.rowIndex);
      return at;
    });
  }

  removePageBreaks(): void {
    this.later((sheet) => {
      sheet.rowBreaks = [];
    });
  }

  override loadNow(paths: string[]): void {
    const sheet = this.bound();
    if (!sheet) return;
    const wanted = paths.map((path) => path.replace(/^items\/?/, '')).filter(Boolean);
    this.loadedItems = sheet.rowBreaks.map((item) => {
      const pageBreak = new FakePageBreak(this.context, () => item, false);
      pageBreak.loadNow(wanted.length ? wanted : ['rowIndex', 'columnIndex']);
      return pageBreak;
    });
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `分页符集合没有属性“${name}”。`);
  }
}

export class FakePageBreak
  extends FakeClientObject<PageBreakSnapshot>
  implements ExcelApi.PageBreak
{
  protected readonly scalarNames = ['rowIndex', 'columnIndex'] as const;

  constructor(context: FakeContext, resolve: () => PageBreakSnapshot | null, queued = true) {
    super(context, resolve, { queued });
  }

  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }

  protected readScalar(name: string, item: PageBreakSnapshot): unknown {
    if (name === 'rowIndex') return item.rowIndex;
    if (name === 'columnIndex') return item.columnIndex;
    throw new FakeOfficeError('InvalidArgument', `分页符没有属性“${name}”。`);
  }
}

function breakCell(sheet: SheetModel, at: ExcelApi.Range | string): PageBreakSnapshot {
  if (typeof at === 'string') {
    const area = parseAddress(at);
    return { rowIndex: area.top, columnIndex: area.left };
  }
  const range = at instanceof FakeRange ? at.bound() : null;
  if (!range || range.sheet !== sheet)
    throw new FakeOfficeError('InvalidArgument', '分页符的位置须是本工作表的单元格。');
  return { rowIndex: range.area.top, columnIndex: range.area.left };
}

/** Excel.NamedItemCollection and Excel.NamedItem: the workbook's defined names. */
import type { ExcelApi } from '../../addin';
import { absoluteA1, fromA1, rangeToA1 } from '../../engine';
import { qualifiedAddress, type BookModel } from './book';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import { FakeRange } from './range';
import type { NamedItemSnapshot } from './snapshot';

export class FakeNamedItemCollection
  extends FakeClientObject<BookModel>
  implements ExcelApi.NamedItemCollection
{
  protected readonly scalarNames = ['items'] as const;
  private loadedItems: FakeNamedItem[] | undefined;

  constructor(context: FakeContext, book: BookModel) {
    super(context, () => book, { queued: false });
  }

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) return this.loadedValue('items');
    return this.loadedItems;
  }

  /** The comment is accepted, not kept. */
  add(name: string, reference: ExcelApi.Range | string): FakeNamedItem {
    this.context.requireApi('NamedItemCollection.add');
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

export class FakeNamedItem
  extends FakeClientObject<NamedItemSnapshot>
  implements ExcelApi.NamedItem
{
  protected readonly scalarNames = ['name', 'formula'] as const;

  constructor(context: FakeContext, resolve: () => NamedItemSnapshot | null, queued = true) {
    super(context, resolve, { queued });
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get formula(): string {
    return this.loadedValue('formula');
  }

  protected readScalar(name: string, item: NamedItemSnapshot): unknown {
    if (name === 'name') return item.name;
    if (name === 'formula') return item.formula;
    throw new FakeOfficeError('InvalidArgument', `名称没有属性“${name}”。`);
  }
}

function referenceFormula(range: ExcelApi.Range): string {
  const target = range instanceof FakeRange ? range.bound() : null;
  if (!target) throw new FakeOfficeError('InvalidArgument', '名称引用的区域不存在。');
  const absolute = absoluteA1(rangeToA1(target.area));
  return `=${qualifiedAddress(target.sheet.name, target.area).split('!')[0]}!${absolute}`;
}

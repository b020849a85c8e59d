/** Excel.RangeBorderCollection and RangeBorder: accepted (queued and counted) but not drawn. */
import type { ExcelApi } from '../../addin';
import type { Cells } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';

const BORDER_INDEXES: readonly string[] = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

export class FakeRangeBorderCollection implements ExcelApi.RangeBorderCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => Cells | null,
  ) {}

  getItem(index: Excel.BorderIndex | `${Excel.BorderIndex}`): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index))
      throw new FakeOfficeError('InvalidArgument', `边框“${index}”无效。`);
    return new FakeRangeBorder(this.context, this.resolve);
  }
}

export class FakeRangeBorder extends FakeClientObject<Cells> implements ExcelApi.RangeBorder {
  protected readonly scalarNames = ['style'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get style(): Excel.RangeBorder['style'] {
    return this.loadedValue('style');
  }
  set style(style: Excel.RangeBorder['style']) {
    this.later(() => void style);
  }

  protected readScalar(name: string): unknown {
    if (name === 'style') return null;
    throw new FakeOfficeError('InvalidArgument', `边框没有属性“${name}”。`);
  }
}

/** Excel.RangeFont: accepted (queued and counted like Excel's writes) but not drawn; reads give null. */
import type { ExcelApi } from '../../addin';
import type { Cells } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';

export class FakeRangeFont extends FakeClientObject<Cells> implements ExcelApi.RangeFont {
  protected readonly scalarNames = ['name', 'size', 'bold'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.later(() => void name);
  }
  get size(): number {
    return this.loadedValue('size');
  }
  set size(size: number) {
    this.later(() => void size);
  }
  get bold(): boolean {
    return this.loadedValue('bold');
  }
  set bold(bold: boolean) {
    this.later(() => void bold);
  }

  protected readScalar(name: string): unknown {
    if (this.scalarNames.some((known) => known === name)) return null;
    throw new FakeOfficeError('InvalidArgument', `字体没有属性“${name}”。`);
  }
}

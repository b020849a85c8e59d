/** Excel.RangeAreas: several rectangles of one sheet (getRanges, merged areas) formatted at once. */
import type { ExcelApi } from '../../addin';
import { qualifiedAddress } from './book';
import type { Cells } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeDataValidation } from './dataValidation';
import { FakeOfficeError } from './errors';
import { FakeRangeFormat } from './rangeFormat';

export class FakeRangeAreas extends FakeClientObject<Cells> implements ExcelApi.RangeAreas {
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
    if (name === 'address')
      return areas.map((area) => qualifiedAddress(sheet.name, area)).join(', ');
    throw new FakeOfficeError('InvalidArgument', `区域集合没有属性“${name}”。`);
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }
}

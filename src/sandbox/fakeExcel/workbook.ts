/** Excel.RequestContext and Excel.Workbook: the batch's entry points. */
import type { ExcelApi } from '../../addin';
import type { FakeContext } from './context';
import { FakeNamedItemCollection } from './names';
import type { ObjectHost } from './objectHost';
import { FakeWorksheetCollection } from './worksheetCollection';

export class FakeRequestContext implements ExcelApi.RequestContext {
  readonly workbook: FakeWorkbook;

  constructor(
    readonly batch: FakeContext,
    host: ObjectHost,
  ) {
    this.workbook = new FakeWorkbook(batch, host);
  }

  /** Runs the queued batch; resolves to the value passed through, as Office's sync does. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.batch.sync();
    return passThroughValue as T;
  }
}

export class FakeWorkbook implements ExcelApi.Workbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: FakeContext, host: ObjectHost) {
    this.worksheets = new FakeWorksheetCollection(context, host);
    this.names = new FakeNamedItemCollection(context, host.book);
  }
}

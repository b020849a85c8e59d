/** Office's events (worksheets.onChanged, onSelectionChanged): handlers registered at the next sync. */
import type { ExcelApi } from '../../addin';
import type { FakeContext } from './context';
import type { EventKind, ObjectHost } from './objectHost';

export class FakeEventHandlers<Args> implements ExcelApi.EventHandlers<Args> {
  constructor(
    private readonly context: FakeContext,
    private readonly host: ObjectHost,
    private readonly kind: EventKind,
  ) {}

  add(handler: (args: Args) => Promise<unknown>): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    // Registration, like everything else, happens at the next sync.
    this.context.enqueue(() =>
      result.registered(this.host.registerHandler(this.kind, (args) => handler(args as Args))),
    );
    return result;
  }
}

export class FakeEventHandlerResult implements ExcelApi.EventHandlerResult {
  private unregister: (() => void) | undefined;

  constructor(private readonly context: FakeContext) {}

  registered(unregister: () => void): void {
    this.unregister = unregister;
  }

  remove(): void {
    this.context.enqueue(() => this.unregister?.());
  }
}

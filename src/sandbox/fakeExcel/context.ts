/**
 * Excel's batching semantics, simulated: every property write, method call and load is queued
 * and counted; `context.sync()` runs the queue in order and only then are loaded values readable.
 */
import { requireMember, type ApiMember, type SimulatedHost } from './apiLevel';
import { FakeOfficeError } from './errors';

/** What a batch did to the workbook, so the host can fire the events Excel would. */
export interface SyncEffects {
  /** Sheet id → rectangles whose values the add-in wrote. */
  editedValues: Map<string, { top: number; left: number; bottom: number; right: number }[]>;
}

export interface ContextHost {
  /** The Excel being simulated: members above its ExcelApi level throw. */
  simulated: SimulatedHost;
  countCall(): void;
  countLoad(): void;
  countSync(): void;
  afterSync(effects: SyncEffects): void;
}

export class FakeContext {
  private queue: (() => void)[] = [];
  private unsynced: FakeClientObject<unknown>[] = [];
  private effects: SyncEffects = { editedValues: new Map() };

  constructor(private readonly host: ContextHost) {}

  /** Throws ApiNotFound when the simulated Excel lacks `member`. */
  requireApi(member: ApiMember): void {
    requireMember(this.host.simulated, member);
  }

  enqueue(operation: () => void): void {
    this.host.countCall();
    this.queue.push(operation);
  }

  /** A load() queued: one object (a range, a collection, a note) whose properties Excel sends back. */
  countLoad(): void {
    this.host.countLoad();
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  track(object: FakeClientObject<unknown>): void {
    this.unsynced.push(object);
  }

  recordValueEdit(
    sheetId: string,
    area: { top: number; left: number; bottom: number; right: number },
  ): void {
    const areas = this.effects.editedValues.get(sheetId) ?? [];
    areas.push(area);
    this.effects.editedValues.set(sheetId, areas);
  }

  async sync(): Promise<void> {
    this.host.countSync();
    const operations = this.queue;
    const created = this.unsynced;
    this.queue = [];
    this.unsynced = [];
    // A round trip: the caller's code after `await sync()` runs later, never inline.
    await Promise.resolve();
    try {
      // Like Excel, the batch stops at the first failing operation; earlier ones stay applied.
      for (const operation of operations) operation();
    } finally {
      // Objects made during the sync (a loaded collection's items) are as current as the rest.
      for (const object of [...created, ...this.unsynced]) object.markSynced();
      this.unsynced = [];
      const effects = this.effects;
      this.effects = { editedValues: new Map() };
      this.host.afterSync(effects);
    }
  }
}

/** Property names of a load() call: "a,b", ["a", "b/c"], { select: "a" } or Excel's nested options. */
export type LoadSpec =
  string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') return splitNames(spec);
  if (Array.isArray(spec)) return spec.flatMap(splitNames);
  if (typeof spec.select === 'string' || typeof spec.expand === 'string') {
    return [...splitNames(String(spec.select ?? '')), ...splitNames(String(spec.expand ?? ''))];
  }
  return optionPaths(spec as Record<string, unknown>, '');
}

function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

function optionPaths(options: Record<string, unknown>, prefix: string): string[] {
  const paths: string[] = [];
  for (const [name, wanted] of Object.entries(options)) {
    if (name === '$all' || wanted === false) continue;
    if (wanted && typeof wanted === 'object')
      paths.push(...optionPaths(wanted as Record<string, unknown>, `${prefix}${name}/`));
    else paths.push(`${prefix}${name}`);
  }
  return paths;
}

/**
 * A proxy object of the Excel API. It is bound to the model object it stands for when the
 * queue reaches it (getItem, getRange…), or through its parent (format, fill…).
 */
export abstract class FakeClientObject<T> {
  private binding: { target: T | null } | undefined;
  private synced = false;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    options: { queued: boolean },
  ) {
    if (options.queued) context.enqueue(() => void this.bound());
    context.track(this as FakeClientObject<unknown>);
  }

  /** Scalar properties load() without arguments reads. */
  protected abstract readonly scalarNames: readonly string[];

  /** Reads a scalar property from the model (at sync time). */
  protected abstract readScalar(name: string, target: T): unknown;

  /** Navigation properties that a load path may go through ("format/fill/color"). */
  protected navigation(name: string): FakeClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded('isNullObject');
    return this.binding?.target === null;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.countLoad();
    this.context.enqueue(() => this.loadNow(paths.length ? paths : [...this.scalarNames]));
    return this;
  }

  markSynced(): void {
    this.synced = true;
  }

  /** Runs at sync: loads the given paths into this object and the objects below it. */
  loadNow(paths: string[]): void {
    const target = this.bound();
    if (target === null) return;
    const below = new Map<string, string[]>();
    for (const path of paths) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const head = path.slice(0, slash);
        below.set(head, [...(below.get(head) ?? []), path.slice(slash + 1)]);
      } else if (this.navigation(path)) {
        below.set(path, below.get(path) ?? []);
      } else {
        this.loaded.set(path, this.readScalar(path, target));
      }
    }
    for (const [name, rest] of below) this.loadNavigation(name, rest);
  }

  protected loadNavigation(name: string, paths: string[]): void {
    const child = this.navigation(name);
    if (!child) throw new FakeOfficeError('InvalidArgument', `无法加载属性“${name}”。`);
    child.loadNow(paths);
  }

  /** The bound model object, or null for a null object (at sync time only). */
  bound(): T | null {
    if (!this.binding) this.binding = { target: this.resolver() };
    return this.binding.target;
  }

  /** The bound model object, for operations that need one. */
  protected target(): T {
    const target = this.bound();
    if (target === null) throw new FakeOfficeError('InvalidObjectPath', '对象不存在（空对象）。');
    return target;
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write or a method call. */
  protected later(operation: (target: T) => void): void {
    this.context.enqueue(() => operation(this.target()));
  }
}

/** OfficeExtension.ClientResult: a value readable after the sync that computes it. */
export class FakeClientResult<V> {
  private result: { value: V } | undefined;

  constructor(context: FakeContext, compute: () => V) {
    context.enqueue(() => {
      this.result = { value: compute() };
    });
  }

  get value(): V {
    if (!this.result) throw notLoaded('value');
    return this.result.value;
  }
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `属性“${name}”尚未加载：请先调用 load()，再调用 context.sync()，然后读取。`,
  );
}

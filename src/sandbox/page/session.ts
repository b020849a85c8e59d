/**
 * The sandbox page's state: the simulated Excel, the add-in controller running on it, and a
 * version number that moves whenever the workbook may have changed (the grid redraws on it).
 */
import {
  AddinController,
  capabilitiesOf,
  registerRibbonCommands,
  type ExcelRun,
} from '../../addin';
import type { CellValue } from '../../engine';
import {
  apiMinor,
  createFakeExcel,
  FULL_HOST,
  type FakeExcel,
  type SimulatedHost,
  type WorkbookSnapshot,
} from '../fakeExcel';

/**
 * The Excel the page simulates, from `?excelApi=1.13&sharedRuntime=0` (what an officer on
 * Excel 2021 gets); every API and a shared runtime by default.
 */
export function simulatedHostFromQuery(search: string): SimulatedHost {
  const params = new URLSearchParams(search);
  const excelApi = params.get('excelApi');
  return {
    excelApi: excelApi !== null && apiMinor(excelApi) !== null ? excelApi : FULL_HOST.excelApi,
    sharedRuntime: params.get('sharedRuntime') !== '0',
  };
}

/** How the toolbar names the simulated Excel. */
export function describeSimulatedHost(host: SimulatedHost): string {
  return `ExcelApi ${host.excelApi}${host.sharedRuntime ? '' : '，无共享运行时'}`;
}

/**
 * An .xlsx is converted on the server (the page bundles no exceljs); a .json is a snapshot
 * already, fetched only from the page's own server: a link with ?file= must not make the page
 * load a workbook (or send a request) elsewhere.
 */
export function snapshotUrl(workbookUrl: string, pageUrl: string): string {
  if (!/\.json$/i.test(workbookUrl)) return `api/snapshot?file=${encodeURIComponent(workbookUrl)}`;
  let url: URL | null = null;
  try {
    url = new URL(workbookUrl, pageUrl);
  } catch {
    // refused below, with the others
  }
  if (!url || url.origin !== new URL(pageUrl).origin)
    throw new Error(`只能打开沙盒服务器上的文件，不能打开 ${workbookUrl}。`);
  return url.href;
}

async function fetchSnapshot(workbookUrl: string): Promise<WorkbookSnapshot> {
  const url = snapshotUrl(workbookUrl, window.location.href);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`无法连接沙盒服务器，未能打开 ${workbookUrl}。`);
  }
  const body = (await response.json().catch(() => null)) as
    (WorkbookSnapshot & { error?: string }) | null;
  if (!response.ok || !body || !Array.isArray(body.sheets)) {
    throw new Error(body?.error ?? `未能打开 ${workbookUrl}（HTTP ${response.status}）。`);
  }
  return body;
}

/**
 * What loadWorkbook opens: a path under the project (converted by the server), the URL of an
 * .xlsx on any origin that allows it, or a file's bytes (both converted in the page).
 */
export type WorkbookSource = string | File | ArrayBuffer;

function isOtherOrigin(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) && new URL(url).origin !== location.origin;
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`无法下载 ${url}（网络不通，或该网站不允许本页读取）。`);
  }
  if (!response.ok) throw new Error(`未能打开 ${url}（HTTP ${response.status}）。`);
  return response.arrayBuffer();
}

/** The source as a snapshot, and the name the page shows for it. */
async function openSource(source: WorkbookSource): Promise<[WorkbookSnapshot, string]> {
  if (typeof source === 'string' && !isOtherOrigin(source))
    return [await fetchSnapshot(source), source];
  const bytes =
    typeof source === 'string'
      ? await fetchBytes(source)
      : source instanceof ArrayBuffer
        ? source
        : await source.arrayBuffer();
  // exceljs comes in its own chunk, only when a workbook is converted in the page.
  const { snapshotFromXlsx } = await import('../snapshotFromXlsx');
  const name =
    typeof source === 'string' ? source : source instanceof File ? source.name : '本机文件';
  return [await snapshotFromXlsx(new Uint8Array(bytes)), name];
}

export class SandboxSession {
  readonly excel: FakeExcel;
  controller: AddinController;
  /** Counts controllers created; the pane remounts when it changes. */
  generation = 0;
  /** The workbook shown now: its URL or file name, or null for the blank workbook. */
  workbookUrl: string | null = null;
  loadError: string | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  /** Every add-in batch goes through here, so the grid redraws after the add-in writes. */
  private readonly run: ExcelRun = (batch) => this.excel.run(batch).finally(() => this.changed());

  /** The ribbon's functions, as Office holds them after Office.actions.associate. */
  private readonly ribbonFunctions = new Map<
    string,
    (event?: Office.AddinCommands.Event) => void
  >();

  constructor(simulated: SimulatedHost = FULL_HOST) {
    this.excel = createFakeExcel(undefined, simulated);
    this.controller = this.startRuntime();
  }

  /**
   * A new add-in runtime on the workbook: its controller, with the ribbon functions registered
   * on it; without a shared runtime the ribbon functions get a controller of their own, as in
   * Excel, where they run in a separate runtime.
   */
  private startRuntime(): AddinController {
    const options = { capabilities: capabilitiesOf(this.excel.requirements) };
    const controller = new AddinController(this.run, options);
    const ribbon = options.capabilities.sharedRuntime
      ? controller
      : new AddinController(this.run, options);
    this.ribbonFunctions.clear();
    registerRibbonCommands(ribbon, {
      associate: (name, action) => this.ribbonFunctions.set(name, action),
    });
    return controller;
  }

  /** Clicks a ribbon button (manifest FunctionName); settles when the function calls completed(). */
  pressRibbon(functionName: string): Promise<void> {
    const action = this.ribbonFunctions.get(functionName);
    if (!action) return Promise.reject(new Error(`功能区没有名为 ${functionName} 的函数。`));
    return new Promise((resolve) => {
      // The stand-in carries what the add-in reads of Office's event: completed().
      action({
        completed: () => resolve(),
        source: { id: functionName },
      } as unknown as Office.AddinCommands.Event);
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getVersion(): number {
    return this.version;
  }

  /** A person types into a cell: the value changes and Excel's change event fires. */
  typeValue(sheet: string, address: string, value: CellValue): void {
    this.excel.setValue(sheet, address, value);
    this.changed();
  }

  /** A person clicks a cell. */
  selectCell(sheet: string, address: string): void {
    this.excel.select(sheet, address);
    this.changed();
  }

  /**
   * Opens another workbook, as opening a file in Excel would: a fresh add-in runtime (a new
   * controller) starts on it. On failure the current workbook stays and the error is kept.
   */
  async loadWorkbook(source: WorkbookSource): Promise<void> {
    try {
      const [snapshot, name] = await openSource(source);
      await this.controller.stop();
      this.excel.load(snapshot);
      this.workbookUrl = name;
      this.loadError = null;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      this.changed();
      throw error;
    }
    this.controller = this.startRuntime();
    this.generation++;
    this.changed();
    await this.controller.start();
  }

  /**
   * Opens the workbook a link names (?file=): only from the page's own server, so a link cannot
   * make the page fetch, or send anything, elsewhere. loadWorkbook itself may be given any URL.
   */
  async loadLinkedWorkbook(file: string): Promise<void> {
    if (isOtherOrigin(file)) {
      this.loadError = `链接只能打开沙盒服务器上的文件，不能打开 ${file}；本机文件请用“打开本机文件…”。`;
      this.changed();
      throw new Error(this.loadError);
    }
    await this.loadWorkbook(file);
  }

  /** Starts the add-in on the blank workbook (no file given). */
  async startBlank(): Promise<void> {
    this.workbookUrl = null;
    this.changed();
    await this.controller.start();
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

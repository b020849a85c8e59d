/**
 * What the browser specs stand on: the sandbox server on a free port, headless Chromium
 * (Debian's, through playwright-core), and a driver for the sandbox page.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fromA1, parseRange, toA1, type CellValue } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/sandbox/fakeExcel';
import type { SandboxIssue } from '../../src/sandbox/page/sandboxApi';

export const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A production webpack build takes a minute or two on a small machine, several times that when it is busy. */
const SERVER_START_TIMEOUT_MS = 15 * 60_000;
/** How long a spec waits for the page to reach a state before failing. */
export const WAIT_TIMEOUT_MS = 10_000;

export interface SandboxServer {
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `node scripts/sandbox.js` (which builds unless `build` is false) and waits for its URL. */
export async function startSandboxServer(build: boolean): Promise<SandboxServer> {
  const port = await freePort();
  const args = [
    path.join(ROOT, 'scripts', 'sandbox.js'),
    '--port',
    String(port),
    ...(build ? [] : ['--no-build']),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`沙盒服务器未在规定时间内启动：\n${output}`)),
      SERVER_START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:\d+\/sandbox\.html/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`沙盒服务器退出（${code}）：\n${output}`));
    });
  });
  return { url, stop: () => void child.kill('SIGTERM') };
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `找不到 Chromium：${CHROMIUM}。请安装（apt-get install -y chromium）或设置 CHROMIUM_PATH。`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Polls `probe` until it returns a value other than undefined, or fails after the timeout. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = WAIT_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`等待超时（${timeoutMs} ms）：${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface IssueQuery {
  rule: string;
  sheet: string;
  cell?: string;
}

function matches(issue: SandboxIssue, query: IssueQuery): boolean {
  return (
    issue.rule === query.rule &&
    issue.sheet === query.sheet &&
    (query.cell === undefined || issue.cell === query.cell)
  );
}

/** The sandbox page in a browser tab, driven through window.sandbox and its visible controls. */
export class SandboxDriver {
  constructor(
    readonly page: Page,
    /** The sandbox page's URL. */
    readonly baseUrl: string,
  ) {}

  /** Opens the page on a workbook (a path under the project, e.g. examples/x.xlsx) or a blank one. */
  async open(file: string | null): Promise<void> {
    await this.page.goto(`${this.baseUrl}?file=${encodeURIComponent(file ?? '')}`);
    await this.page.waitForFunction(() => typeof window.sandbox === 'object');
    await this.page.evaluate(() => window.sandbox.ready);
    await this.idle();
  }

  /** Waits until the controller is idle (no check, highlight or generation under way). */
  async idle(): Promise<void> {
    await this.page.waitForFunction(() => window.sandbox.state().status === 'idle', undefined, {
      timeout: WAIT_TIMEOUT_MS,
    });
  }

  issues(): Promise<SandboxIssue[]> {
    return this.page.evaluate(() => window.sandbox.issues());
  }

  /** Waits for a finding matching `query` to be listed (present) or gone; returns it when present. */
  async waitForIssue(query: IssueQuery, present: true, timeoutMs?: number): Promise<SandboxIssue>;
  async waitForIssue(query: IssueQuery, present: false, timeoutMs?: number): Promise<null>;
  async waitForIssue(
    query: IssueQuery,
    present: boolean,
    timeoutMs = WAIT_TIMEOUT_MS,
  ): Promise<SandboxIssue | null> {
    const label = `${query.rule} @ ${query.sheet}!${query.cell ?? '*'} ${present ? '出现' : '消失'}`;
    return waitFor(
      label,
      async () => {
        const found = (await this.issues()).find((issue) => matches(issue, query));
        if (present) return found;
        return found ? undefined : null;
      },
      timeoutMs,
    );
  }

  sheets(): Promise<string[]> {
    return this.page.evaluate(() => window.sandbox.sheets());
  }

  setValue(sheet: string, address: string, value: CellValue): Promise<void> {
    return this.page.evaluate(([s, a, v]) => window.sandbox.setValue(s, a, v), [
      sheet,
      address,
      value,
    ] as const);
  }

  getValue(sheet: string, address: string): Promise<CellValue> {
    return this.page.evaluate(([s, a]) => window.sandbox.getValue(s, a), [sheet, address] as const);
  }

  getFill(sheet: string, address: string): Promise<string | null> {
    return this.page.evaluate(([s, a]) => window.sandbox.getFill(s, a), [sheet, address] as const);
  }

  getNote(sheet: string, address: string): Promise<string | null> {
    return this.page.evaluate(([s, a]) => window.sandbox.getNote(s, a), [sheet, address] as const);
  }

  snapshot(): Promise<WorkbookSnapshot> {
    return this.page.evaluate(() => window.sandbox.snapshot());
  }

  /**
   * Addresses of the text cells on `sheet` that read `text` (spaces ignored, as printed forms
   * space out labels: "合 计") or match the pattern.
   */
  async findCells(sheet: string, text: string | RegExp): Promise<string[]> {
    const workbook = await this.snapshot();
    const cells = workbook.sheets.find((candidate) => candidate.name === sheet)?.cells ?? {};
    const fits = (value: string) =>
      typeof text === 'string' ? value === text.replace(/\s+/g, '') : text.test(value);
    return Object.entries(cells)
      .filter(([, cell]) => typeof cell.value === 'string' && fits(cell.value.replace(/\s+/g, '')))
      .map(([address]) => address);
  }

  /** The cell to the right of `address` on `sheet`, past the merged area `address` starts, if any. */
  async cellRightOf(sheet: string, address: string): Promise<string> {
    const merges =
      (await this.snapshot()).sheets.find((candidate) => candidate.name === sheet)?.merges ?? [];
    const area = merges
      .map((merge) => parseRange(merge))
      .find((range) => range && toA1(range.top, range.left) === address);
    const position = fromA1(address);
    if (!position) throw new Error(`不是单元格地址：${address}`);
    return toA1(position.row, (area?.right ?? position.col) + 1);
  }

  /** Clicks a button by its visible label, exactly as a person would. */
  async clickButton(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  async openPaneView(label: '检查结果' | '生成' | '配置'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
  }

  /** Types into a grid cell through the page: the sheet's tab, a click on the cell, keys, Enter. */
  async typeInGrid(sheet: string, address: string, text: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: '工作表' })
      .getByRole('button', { name: sheet, exact: true })
      .click();
    await this.page.locator(`td[data-cell="${address}"]`).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }
}

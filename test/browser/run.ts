/**
 * Browser tests: builds and serves the sandbox on a free port, runs every spec in headless
 * Chromium, prints "N passed, M failed" last and exits non-zero on failure.
 *
 *   tsx test/browser/run.ts [--no-build] [--grep TEXT]
 *
 * --no-build reuses dist/web from an earlier build; --grep runs the specs whose name contains TEXT.
 */
import type { Browser } from 'playwright-core';
import { launchChromium, SandboxDriver, startSandboxServer, type SandboxServer } from './harness';
import type { BrowserSpec } from './spec';
import { axeSpecs } from './axe.spec';
import { deploySpecs } from './deploy.spec';
import { levelSpecs } from './levels.spec';
import { checkPageSpecs } from './check.spec';
import { packageSpecs } from './package.spec';
import { screenshotSpecs } from './screenshots.spec';
import { suizhouSpecs } from './suizhou.spec';
import { taskpaneSpecs } from './taskpane.spec';

const SPEC_TIMEOUT_MS = 90_000;

function parseArgs(argv: string[]): { build: boolean; grep: string | null } {
  const grepAt = argv.indexOf('--grep');
  return {
    build: !argv.includes('--no-build'),
    grep: grepAt >= 0 ? (argv[grepAt + 1] ?? '') : null,
  };
}

async function runSpec(browser: Browser, baseUrl: string, spec: BrowserSpec): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = spec.timeoutMs ?? SPEC_TIMEOUT_MS;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`超时（${timeoutMs / 1000} s）`)), timeoutMs);
    });
    await Promise.race([spec.run(new SandboxDriver(page, baseUrl)), timeout]).finally(() =>
      clearTimeout(timer),
    );
    if (pageErrors.length > 0) throw new Error(`页面抛出未捕获的异常：\n${pageErrors.join('\n')}`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const specs = [
    ...packageSpecs,
    ...suizhouSpecs,
    ...taskpaneSpecs,
    ...levelSpecs,
    ...checkPageSpecs,
    ...screenshotSpecs,
    ...axeSpecs,
    ...deploySpecs,
  ].filter((spec) => options.grep === null || spec.name.includes(options.grep));
  let server: SandboxServer | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    server = await startSandboxServer(options.build);
    console.log(`sandbox: ${server.url}`);
    browser = await launchChromium();
    for (const spec of specs) {
      const started = Date.now();
      try {
        await runSpec(browser, server.url, spec);
        passed++;
        console.log(`  ✓ ${spec.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${spec.name} (${Date.now() - started} ms)`);
        console.log(
          `    ${(error instanceof Error ? (error.stack ?? error.message) : String(error)).replace(/\n/g, '\n    ')}`,
        );
      }
    }
  } catch (error) {
    // The server or the browser did not start: every spec counts as failed.
    console.error(error instanceof Error ? error.message : String(error));
    failed = specs.length - passed;
  } finally {
    await browser?.close();
    server?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

void main().then((code) => process.exit(code));

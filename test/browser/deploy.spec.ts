/**
 * The deployment kit for an intranet: `npm run build -- --base-url … --office-js local` into a
 * scratch folder, served as if from the bureau's server. The task pane page must load office.js
 * and everything it pulls from that server alone: every request to another host fails the test.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page, Route } from 'playwright-core';
import { build } from '../../tools/deploy';
import type { BrowserSpec } from './spec';

const BASE_URL = 'https://forms.example.gov.cn/perf-forms/';
const OFFICE_HOST_INFO = '_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};

interface Served {
  /** Requests to any other host, each failed. */
  foreign: string[];
  /** Requests on the bureau's server for files the build does not have. */
  missing: string[];
}

/** Answers the bureau's host from `webDir`, and fails (and records) every other request. */
async function serveBuild(page: Page, webDir: string): Promise<Served> {
  const served: Served = { foreign: [], missing: [] };
  await page.route('**/*', async (route: Route) => {
    const url = route.request().url();
    if (!url.startsWith(BASE_URL)) {
      served.foreign.push(url);
      return route.abort('blockedbyclient');
    }
    const relative = decodeURIComponent(
      new URL(url).pathname.slice(new URL(BASE_URL).pathname.length),
    );
    const file = path.join(webDir, relative || 'index.html');
    if (
      !file.startsWith(webDir + path.sep) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      served.missing.push(url);
      return route.fulfill({ status: 404, body: 'not found' });
    }
    return route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      body: fs.readFileSync(file),
    });
  });
  return served;
}

let outDir: string | null = null;

/** One build for the specs below (a production build takes a minute or two). */
async function deploymentBuild(): Promise<string> {
  if (!outDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-forms-deploy-'));
    // The build is 20 MB with office.js: gone when the test run ends.
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    await build({ baseUrl: BASE_URL, officeJs: 'local', outDir: dir });
    outDir = dir;
  }
  return outDir;
}

function assertNoStrayRequests(served: Served): void {
  if (served.foreign.length > 0) {
    throw new Error(`页面请求了其他主机：\n${served.foreign.join('\n')}`);
  }
  if (served.missing.length > 0) {
    throw new Error(`构建中缺少页面要加载的文件：\n${served.missing.join('\n')}`);
  }
}

export const deploySpecs: BrowserSpec[] = [
  {
    name: '部署包（--office-js local）：任务窗格只从本单位服务器加载，office.js 随构建提供',
    timeoutMs: 10 * 60_000,
    async run(driver) {
      const dir = await deploymentBuild();
      const manifest = fs.readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
      const hosts = new Set(
        [...manifest.matchAll(/https:\/\/([^/"<]+)/g)].map((match) => match[1]),
      );
      if ([...hosts].join() !== 'forms.example.gov.cn') {
        throw new Error(`清单中的主机应只有 forms.example.gov.cn，实际：${[...hosts].join('、')}`);
      }
      const webDir = path.join(dir, 'web');
      const builtFiles = fs.readdirSync(webDir).filter((name) => /\.(html|js)$/.test(name));
      const naming = builtFiles.filter((name) =>
        /localhost|https:\/\/appsforoffice/.test(fs.readFileSync(path.join(webDir, name), 'utf8')),
      );
      if (naming.length > 0)
        throw new Error(`构建中的文件仍指向开发服务器或 CDN：${naming.join('、')}`);
      const page = driver.page;
      const served = await serveBuild(page, webDir);
      await page.goto(`${BASE_URL}taskpane.html`);
      // office.js loaded from the build: outside Excel it answers "no host", and the pane says so.
      await page.getByText('请在 Excel 中打开绩效目标申报助手').waitFor();
      if (!(await page.evaluate(() => typeof Office === 'object'))) {
        throw new Error('office.js 没有从构建中加载');
      }
      assertNoStrayRequests(served);
    },
  },
  {
    name: '部署包（--office-js local）：以 Excel 的方式打开时 office.js 加载的脚本也都在构建中',
    timeoutMs: 10 * 60_000,
    async run(driver) {
      const dir = await deploymentBuild();
      const page = driver.page;
      const served = await serveBuild(page, path.join(dir, 'web'));
      await page.goto(`${BASE_URL}taskpane.html?${OFFICE_HOST_INFO}`);
      await page.waitForLoadState('networkidle');
      const officeScripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('/office-js/')),
      );
      if (!officeScripts.some((name) => /excel-win32/i.test(name))) {
        throw new Error(`office.js 未加载 Excel 的脚本：\n${officeScripts.join('\n')}`);
      }
      assertNoStrayRequests(served);
    },
  },
];

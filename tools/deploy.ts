/**
 * The deployment kit: everything a bureau's web server serves, and the manifest for it
 * (scripts/build.ts is its command line:
 * `npm run build -- --base-url https://host/path/ [--office-js local] [--id GUID] [--out DIR]`).
 *
 * Writes DIR/web/ (the pages, assets, and with --office-js local office.js and what it loads)
 * and DIR/manifest.xml whose every URL is under --base-url (DIR: dist). Without --base-url the
 * build is for the development server (https://localhost:3000/). The add-in id defaults to one
 * derived from the base URL, so two bureaus' builds never share an id; --id sets it. The built
 * manifest is validated offline (tools/manifest.ts) before the build counts as done.
 */
import { spawnSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { checkManifest } from './manifest';

const ROOT = path.join(__dirname, '..');
/** The development server, as manifest.xml names it. */
export const DEV_BASE_URL = 'https://localhost:3000/';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BuildOptions {
  /** https URL of the folder the web server serves dist/web from, ending in "/". */
  baseUrl: string;
  officeJs: 'cdn' | 'local';
  /** The add-in's Id; derived from the base URL when absent. */
  id?: string;
  /** Where web/ and manifest.xml go. */
  outDir: string;
}

/** A usage mistake, told in Chinese; the script prints it and exits 2. */
export class BuildUsageError extends Error {}

export function parseBuildArgs(argv: string[]): BuildOptions {
  const options: BuildOptions = {
    baseUrl: DEV_BASE_URL,
    officeJs: 'cdn',
    outDir: path.join(ROOT, 'dist'),
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (!['--base-url', '--office-js', '--id', '--out'].includes(flag)) {
      throw new BuildUsageError(`不认识的参数：${flag}`);
    }
    if (value === undefined || value.startsWith('--')) {
      throw new BuildUsageError(`${flag} 后面缺少取值`);
    }
    index++;
    if (flag === '--base-url') options.baseUrl = normalizeBaseUrl(value);
    if (flag === '--id') {
      if (!GUID.test(value))
        throw new BuildUsageError(`--id 必须是 GUID，例如 ${idForBaseUrl(DEV_BASE_URL)}`);
      options.id = value.toLowerCase();
    }
    if (flag === '--out') options.outDir = path.resolve(value);
    if (flag === '--office-js') {
      if (value !== 'cdn' && value !== 'local') {
        throw new BuildUsageError(
          '--office-js 只能是 local（随构建提供）或 cdn（微软的 CDN，默认）',
        );
      }
      options.officeJs = value;
    }
  }
  return options;
}

/** The base URL as the manifest uses it: https, no query or fragment, ending in "/". */
export function normalizeBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BuildUsageError(`--base-url 不是有效的网址：${text}`);
  }
  if (url.protocol !== 'https:') {
    throw new BuildUsageError(`--base-url 必须使用 https（Office 只加载 https 页面）：${text}`);
  }
  if (url.search || url.hash) throw new BuildUsageError(`--base-url 不能带 ? 或 #：${text}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A stable GUID for a base URL (name-based, like UUID v5): the same server keeps its id. */
export function idForBaseUrl(baseUrl: string): string {
  const hex = crypto.createHash('sha1').update(`perf-forms ${baseUrl}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * manifest.xml rewritten for a server: every development URL moved under `baseUrl`, the app
 * domain to its origin, the Id replaced. Fails if any localhost URL would be left behind.
 */
export function deploymentManifest(template: string, baseUrl: string, id: string): string {
  const origin = new URL(baseUrl).origin;
  const devOrigin = new URL(DEV_BASE_URL).origin;
  const manifest = template
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .split(devOrigin)
    .join(origin)
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  if (baseUrl !== DEV_BASE_URL && /localhost/i.test(manifest.replace(/<!--[\s\S]*?-->/g, ''))) {
    throw new Error(
      'manifest.xml 中有不以 https://localhost:3000/ 开头的 localhost 地址，无法改写',
    );
  }
  return manifest;
}

async function runWebpack(options: BuildOptions): Promise<void> {
  // webpack.config.js is CommonJS shared with `webpack serve` and tools/sandboxServer.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../webpack.config.js') as (
    env: Record<string, string>,
    argv: Record<string, string>,
  ) => Promise<import('webpack').Configuration>;
  const config = await makeConfig(
    { officeJs: options.officeJs, outputDir: path.join(options.outDir, 'web') },
    { mode: 'production' },
  );
  const stats = await new Promise<import('webpack').Stats | undefined>((resolve, reject) =>
    webpack(config).run((error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats?.hasErrors()) {
    throw new Error(stats.toString({ all: false, errors: true, colors: false }));
  }
}

/**
 * Every script the build emitted parses as ES2017 (es-check), so that Chromium 70 and later
 * webviews can run it; a vendor module that slipped past Babel fails the build here.
 */
export function checkEcmaVersion(webDir: string): void {
  const esCheck = path.join(ROOT, 'node_modules', '.bin', 'es-check');
  const result = spawnSync(esCheck, ['es2017', path.join(webDir, '*.js')], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`脚本不是 ES2017 语法：\n${result.stdout}${result.stderr}`);
  }
}

export async function build(options: BuildOptions): Promise<string> {
  const id =
    options.id ??
    (options.baseUrl === DEV_BASE_URL
      ? /<Id>([^<]*)<\/Id>/.exec(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'))![1]
      : idForBaseUrl(options.baseUrl));
  await runWebpack(options);
  checkEcmaVersion(path.join(options.outDir, 'web'));
  const template = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const manifestPath = path.join(options.outDir, 'manifest.xml');
  fs.writeFileSync(manifestPath, deploymentManifest(template, options.baseUrl, id));
  const problems = await checkManifest(manifestPath);
  if (problems.length > 0) {
    throw new Error(
      `生成的清单有问题：\n${problems.map((problem) => `  - ${problem.message} @ ${problem.where}`).join('\n')}`,
    );
  }
  return manifestPath;
}

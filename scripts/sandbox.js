#!/usr/bin/env node
/**
 * `npm run sandbox`: builds the web pages (webpack) and serves the sandbox page until stopped.
 *
 *   node scripts/sandbox.js [--port N] [--no-build]
 *
 * Port: --port, else PORT, else 3000. --no-build serves dist/web as it is (it must exist).
 * Besides the built files, the server answers
 *   GET /api/examples               → ["examples/…xlsx", …]
 *   GET /api/snapshot?file=F.xlsx   → F converted to a WorkbookSnapshot (snapshotFromXlsx)
 * so the page can open .xlsx files without bundling exceljs and without any network.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const WEB_DIR = path.join(ROOT, 'dist', 'web');
const EXAMPLES_DIR = path.join(ROOT, 'examples');
const DEFAULT_PORT = 3000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': CONTENT_TYPES['.json'], 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A path inside the project, or null if `relative` tries to leave it. */
function insideProject(relative) {
  const resolved = path.resolve(ROOT, relative);
  return resolved.startsWith(ROOT + path.sep) ? resolved : null;
}

let snapshotModule = null;
/** snapshotFromXlsx is TypeScript (shared with the tests); tsx loads it on first use. */
function snapshotFromXlsx(buffer) {
  if (!snapshotModule) {
    const tsx = require('tsx/cjs/api');
    snapshotModule = tsx.require('../src/sandbox/snapshotFromXlsx.ts', __filename);
  }
  return snapshotModule.snapshotFromXlsx(buffer);
}

/** Converted workbooks by path, reused while the file is unchanged. */
const snapshotCache = new Map();

async function snapshotResponse(res, file) {
  if (!file)
    return sendJson(res, 400, {
      error: '缺少参数 file，例如 /api/snapshot?file=examples/suizhou-2025.xlsx。',
    });
  const resolved = insideProject(file);
  if (!resolved || !/\.xlsx$/i.test(resolved)) {
    return sendJson(res, 400, { error: `只能打开本项目目录内的 .xlsx 文件：${file}` });
  }
  let stat;
  try {
    stat = fs.statSync(resolved);
  } catch {
    return sendJson(res, 404, { error: `找不到文件 ${file}。` });
  }
  const cached = snapshotCache.get(resolved);
  if (cached && cached.mtimeMs === stat.mtimeMs) return sendJson(res, 200, cached.snapshot);
  try {
    const snapshot = await snapshotFromXlsx(fs.readFileSync(resolved));
    snapshotCache.set(resolved, { mtimeMs: stat.mtimeMs, snapshot });
    return sendJson(res, 200, snapshot);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return sendJson(res, 422, { error: `无法读取 ${file}：${reason}` });
  }
}

function listExamples() {
  if (!fs.existsSync(EXAMPLES_DIR)) return [];
  return fs
    .readdirSync(EXAMPLES_DIR)
    .filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$'))
    .sort()
    .map((name) => `examples/${name}`);
}

/**
 * The sandbox API, as a connect-style middleware (also mounted by webpack-dev-server, see
 * webpack.config.js). Calls next() for anything that is not /api/….
 */
function handleApiRequest(req, res, next) {
  const url = new URL(req.originalUrl || req.url, 'http://localhost');
  if (url.pathname === '/api/examples') return sendJson(res, 200, listExamples());
  if (url.pathname === '/api/snapshot') {
    snapshotResponse(res, url.searchParams.get('file')).catch((error) =>
      sendJson(res, 500, { error: String(error) }),
    );
    return undefined;
  }
  if (url.pathname.startsWith('/api/'))
    return sendJson(res, 404, { error: `没有这个接口：${url.pathname}` });
  return next();
}

function serveFile(res, file) {
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  fs.createReadStream(file).pipe(res);
}

function handleRequest(req, res) {
  handleApiRequest(req, res, () => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (pathname === '/') {
      res.writeHead(302, { Location: '/sandbox.html' });
      return res.end();
    }
    const fromExamples = pathname.startsWith('/examples/');
    const base = fromExamples ? ROOT : WEB_DIR;
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt'] });
      return res.end(`找不到 ${pathname}`);
    }
    return serveFile(res, file);
  });
}

async function build() {
  const webpack = require('webpack');
  const config = await require('../webpack.config.js')({}, { mode: 'production' });
  console.log('正在构建页面（webpack）… / building pages…');
  const stats = await new Promise((resolve, reject) => {
    webpack(config).run((error, result) => (error ? reject(error) : resolve(result)));
  });
  if (stats.hasErrors()) {
    console.error(
      '构建失败 / build failed:\n' + stats.toString({ all: false, errors: true, colors: false }),
    );
    process.exit(1);
  }
}

function parseArgs(argv) {
  const options = { port: Number(process.env.PORT) || DEFAULT_PORT, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.slice('--port='.length) : argv[++i];
      options.port = Number(value);
      if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535) {
        console.error(`端口无效 / invalid port: ${value}`);
        process.exit(2);
      }
    } else {
      console.error(
        `未知参数 / unknown argument: ${arg}\n用法 / usage: node scripts/sandbox.js [--port N] [--no-build]`,
      );
      process.exit(2);
    }
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) await build();
  else if (!fs.existsSync(path.join(WEB_DIR, 'sandbox.html'))) {
    console.error(
      'dist/web/sandbox.html 不存在，请去掉 --no-build 先构建。 / not built yet: drop --no-build.',
    );
    process.exit(1);
  }
  const server = http.createServer(handleRequest);
  server.on('error', (error) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `端口 ${options.port} 已被占用，可用 --port 换一个`
        : error.message;
    console.error(`沙盒无法启动 / cannot start: ${reason}`);
    process.exit(1);
  });
  server.listen(options.port, 'localhost', () => {
    console.log(
      `沙盒已启动 / sandbox running: http://localhost:${options.port}/sandbox.html  (Ctrl+C 停止)`,
    );
  });
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

module.exports = { handleApiRequest };

if (require.main === module) {
  main().catch((error) => {
    console.error(`沙盒无法启动 / cannot start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}

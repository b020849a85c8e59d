/**
 * The sandbox server's request handling (scripts/sandbox.js runs it; webpack-dev-server mounts its
 * API, see webpack.config.js). It serves the built pages (dist/web) and examples/, nothing else,
 * and answers only requests addressed to localhost. Besides the files, it answers
 *   GET /api/examples               → ["examples/…xlsx", …]
 *   GET /api/snapshot?file=F.xlsx   → F converted to a WorkbookSnapshot (snapshotFromXlsx)
 * so the page can open .xlsx files without bundling exceljs and without any network.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/** The names the page is reached by: any other Host header is a rebound DNS name (DNS rebinding). */
const ALLOWED_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Larger .xlsx files are not converted: the sandbox is for forms, not for any file. */
const MAX_XLSX_BYTES = 20 * 1024 * 1024;
/** Converted workbooks kept for reuse. */
const SNAPSHOT_CACHE_ENTRIES = 8;

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
  sendText(res, status, JSON.stringify(body), CONTENT_TYPES['.json']);
}

function sendText(res, status, text, contentType = CONTENT_TYPES['.txt']) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  return res.end(text);
}

/** The Host header's name without the port, lower case; '' when there is none. */
function hostName(host) {
  if (!host) return '';
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return name.toLowerCase();
}

/**
 * A request's decoded path and query, or null for a URL that cannot be decoded. Parsed by hand:
 * `new URL` throws on "//[" and decodeURIComponent on "%E0%A4%A".
 */
function parseRequestUrl(rawUrl) {
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!pathname.startsWith('/') || pathname.includes('\0')) return null;
  return { pathname, query: new URLSearchParams(queryAt < 0 ? '' : rawUrl.slice(queryAt + 1)) };
}

/**
 * The regular file `relative` names inside `base`, or null: resolved after decoding and after
 * following links, so neither "..", an encoded slash nor a symbolic link leaves `base`.
 */
async function fileInside(base, relative) {
  const candidate = path.resolve(base, relative.replace(/^[/\\]+/, ''));
  try {
    const realBase = await fs.promises.realpath(base);
    const real = await fs.promises.realpath(candidate);
    if (!real.startsWith(realBase + path.sep)) return null;
    const stat = await fs.promises.stat(real);
    return stat.isFile() ? { file: real, stat } : null;
  } catch {
    return null;
  }
}

/** The sandbox server's request handling: files of `webDir` and `examplesDir`, the API. */
function createHandlers({ webDir, examplesDir, snapshotFromXlsx }) {
  /** Converted workbooks (JSON text) by real path, least recently used first; and conversions under way. */
  const snapshotCache = new Map();
  const converting = new Map();

  async function snapshotJson(file, stat) {
    const key = `${file}\0${stat.mtimeMs}\0${stat.size}`;
    const cached = snapshotCache.get(file);
    if (cached && cached.key === key) {
      snapshotCache.delete(file);
      snapshotCache.set(file, cached);
      return cached.json;
    }
    // Parallel requests for one file share one conversion.
    if (!converting.has(key)) {
      const conversion = fs.promises
        .readFile(file)
        .then((bytes) => snapshotFromXlsx(bytes))
        .then((snapshot) => {
          const json = JSON.stringify(snapshot);
          snapshotCache.delete(file);
          snapshotCache.set(file, { key, json });
          if (snapshotCache.size > SNAPSHOT_CACHE_ENTRIES)
            snapshotCache.delete(snapshotCache.keys().next().value);
          return json;
        })
        .finally(() => converting.delete(key));
      converting.set(key, conversion);
    }
    return converting.get(key);
  }

  async function snapshotResponse(res, file) {
    if (!file)
      return sendJson(res, 400, {
        error: '缺少参数 file，例如 /api/snapshot?file=examples/suizhou-2025.xlsx。',
      });
    if (!file.startsWith('examples/') || !/\.xlsx$/i.test(file))
      return sendJson(res, 400, { error: `只能打开 examples 文件夹中的 .xlsx 文件：${file}` });
    const found = await fileInside(examplesDir, file.slice('examples/'.length));
    if (!found) return sendJson(res, 404, { error: `找不到文件 ${file}。` });
    if (found.stat.size > MAX_XLSX_BYTES)
      return sendJson(res, 413, {
        error: `${file} 有 ${found.stat.size} 字节，超过沙盒能打开的 ${MAX_XLSX_BYTES} 字节。`,
      });
    let json;
    try {
      json = await snapshotJson(found.file, found.stat);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return sendJson(res, 422, { error: `无法读取 ${file}：${reason}` });
    }
    return sendText(res, 200, json, CONTENT_TYPES['.json']);
  }

  function listExamples() {
    if (!fs.existsSync(examplesDir)) return [];
    return fs
      .readdirSync(examplesDir)
      .filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$'))
      .sort()
      .map((name) => `examples/${name}`);
  }

  /**
   * The sandbox API, as a connect-style middleware (also mounted by webpack-dev-server, see
   * webpack.config.js). Calls next() for anything that is not /api/….
   */
  function handleApiRequest(req, res, next) {
    if (!ALLOWED_HOSTS.has(hostName(req.headers.host)))
      return sendText(res, 403, `只接受以 localhost 访问：${req.headers.host ?? ''}`);
    const url = parseRequestUrl(req.originalUrl || req.url);
    if (!url) return sendText(res, 400, '网址无法解析');
    if (url.pathname === '/api/examples') return sendJson(res, 200, listExamples());
    if (url.pathname === '/api/snapshot') {
      snapshotResponse(res, url.query.get('file')).catch((error) =>
        sendJson(res, 500, { error: String(error) }),
      );
      return undefined;
    }
    if (url.pathname.startsWith('/api/'))
      return sendJson(res, 404, { error: `没有这个接口：${url.pathname}` });
    return next();
  }

  async function serveStatic(req, res) {
    const { pathname } = parseRequestUrl(req.url);
    if (pathname === '/') {
      res.writeHead(302, { Location: '/sandbox.html' });
      return res.end();
    }
    const found = pathname.startsWith('/examples/')
      ? await fileInside(examplesDir, pathname.slice('/examples/'.length))
      : await fileInside(webDir, pathname);
    if (!found) return sendText(res, 404, `找不到 ${pathname}`);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    });
    return fs
      .createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  /** Every request gets an answer: a bug of ours is a 500, never a stopped server. */
  function handleRequest(req, res) {
    try {
      handleApiRequest(req, res, () => {
        serveStatic(req, res).catch(() => sendText(res, 500, '服务器内部错误'));
      });
    } catch {
      sendText(res, 500, '服务器内部错误');
    }
  }

  return { handleApiRequest, handleRequest };
}

let snapshotModule = null;
/** snapshotFromXlsx is TypeScript (shared with the tests); tsx loads it on first use. */
function snapshotWithTsx(buffer) {
  if (!snapshotModule) {
    const tsx = require('tsx/cjs/api');
    snapshotModule = tsx.require('../src/sandbox/snapshotFromXlsx.ts', __filename);
  }
  return snapshotModule.snapshotFromXlsx(buffer);
}

/** The handlers over this repository's dist/web and examples/. */
const projectHandlers = createHandlers({
  webDir: path.join(ROOT, 'dist', 'web'),
  examplesDir: path.join(ROOT, 'examples'),
  snapshotFromXlsx: snapshotWithTsx,
});

module.exports = { createHandlers, projectHandlers };

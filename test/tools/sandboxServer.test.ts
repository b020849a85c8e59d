/** tools/sandboxServer.js: serves dist/web and examples/ only, and survives whatever it is sent. */
import { once } from 'events';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { createHandlers, type SandboxOptions } from '../../tools/sandboxServer';
import { snapshotFromXlsx } from '../../src/sandbox/snapshotFromXlsx';

const ROOT = join(__dirname, '..', '..');

interface Answer {
  status: number;
  body: string;
}

/** A raw request: the path goes on the wire as written (no URL normalisation by a client). */
function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, headers: { Host: host } });
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

async function start(options: SandboxOptions): Promise<{ port: number; stop: () => void }> {
  const server = http.createServer(createHandlers(options).handleRequest);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

describe('the sandbox server on the project', () => {
  let port: number;
  let stop: () => void;
  beforeAll(async () => {
    ({ port, stop } = await start({
      webDir: join(ROOT, 'dist', 'web'),
      examplesDir: join(ROOT, 'examples'),
      snapshotFromXlsx,
    }));
  });
  afterAll(() => stop());

  it('serves the examples', async () => {
    const examples = await get(port, '/api/examples');
    expect(JSON.parse(examples.body)).toContain('examples/suizhou-2025.xlsx');
    expect((await get(port, '/examples/suizhou-2025.xlsx')).status).toBe(200);
  });

  it.each([
    '/examples/..%2Fpackage.json',
    '/examples/..%2F.git%2Fconfig',
    '/examples/%2E%2E/package.json',
    '/..%2Fpackage.json',
    '/examples/..%5Cpackage.json',
  ])('does not serve %s from outside dist/web and examples/', async (path) => {
    const answer = await get(port, path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('"name": "perf-forms"');
  });

  it('converts only workbooks of examples/', async () => {
    const outside = await get(port, '/api/snapshot?file=test%2F..%2Fexamples%2F..%2Fpackage.xlsx');
    expect(outside.status).toBe(400);
    const climbing = await get(port, '/api/snapshot?file=examples%2F..%2Fpackage.xlsx');
    expect(climbing.status).toBe(404);
  });

  it('answers malformed URLs with 400 and stays up', async () => {
    expect((await get(port, '/%E0%A4%A')).status).toBe(400);
    expect((await get(port, '//[')).status).toBe(404);
    expect((await get(port, '/api/snapshot%E0?file=x')).status).toBe(400);
    expect((await get(port, '/api/examples')).status).toBe(200);
  });

  it('answers only requests addressed to localhost (no DNS rebinding)', async () => {
    expect((await get(port, '/api/examples', 'evil.example')).status).toBe(403);
    expect((await get(port, '/api/examples', `evil.example:${port}`)).status).toBe(403);
    expect((await get(port, '/api/examples', `localhost:${port}`)).status).toBe(200);
    expect((await get(port, '/api/examples', `[::1]:${port}`)).status).toBe(200);
  });
});

describe('the sandbox server on folders with links and sparse workbooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-forms-sandbox-'));
  const examplesDir = join(dir, 'examples');
  let port: number;
  let stop: () => void;

  beforeAll(async () => {
    mkdirSync(examplesDir);
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(examplesDir, 'link.txt'));
    symlinkSync(dir, join(examplesDir, 'up'));
    // Two cells at opposite corners of the sheet: a few kilobytes on disk.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('稀疏');
    sheet.getCell('A1').value = '左上';
    sheet.getCell('XFD1048576').value = '右下';
    writeFileSync(join(examplesDir, 'sparse.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
    ({ port, stop } = await start({ webDir: join(dir, 'web'), examplesDir, snapshotFromXlsx }));
  });
  afterAll(() => {
    stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not follow symbolic links out of the served folders', async () => {
    expect((await get(port, '/examples/link.txt')).status).toBe(404);
    expect((await get(port, '/examples/up/secret.txt')).status).toBe(404);
  });

  it('converts a sparse workbook 100 times in parallel and stays up', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => get(port, '/api/snapshot?file=examples%2Fsparse.xlsx')),
    );
    for (const answer of answers) expect(answer.status).toBe(200);
    const [sheet] = JSON.parse(answers[0].body).sheets;
    expect(Object.keys(sheet.cells)).toEqual(['A1', 'XFD1048576']);
    expect((await get(port, '/api/examples')).status).toBe(200);
  }, 60000);
});

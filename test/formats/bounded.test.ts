/** Reading is bounded: hostile and odd inputs end quickly with a Chinese message naming the limit. */
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createServer } from 'net';
import { join } from 'path';
import { tempDir } from '../cli/tempDir';
import { checkJson, checkJsonBounded } from './cli';
import { sparseSheetXml, worksheetXml, xlsxPackage, zipBomb } from './packages';

const dir = tempDir('bounded');

function write(name: string, data: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('a sparse sheet (a few cells in column XFD over 60,000 rows)', () => {
  it('ends within 1 GB and 30 s with JSON naming the sheet and the limit, not an out-of-memory abort', () => {
    const path = write('sparse.xlsx', xlsxPackage([{ name: '稀疏', xml: sparseSheetXml() }]));
    const { status, report } = checkJsonBounded(path);
    expect(status).toBe(1); // the unreadable sheet is an error finding
    const [issue] = report.files[0].issues;
    expect(issue).toMatchObject({ rule: 'file.sheet-unreadable', sheet: '稀疏' });
    expect(issue.message).toContain('10,000,000');
  });
});

describe('a 3 MB zip that inflates to 3 GB', () => {
  it('is refused by its declared size, naming the limit', () => {
    const { report } = checkJsonBounded(write('bomb.xlsx', zipBomb(3, 'true')));
    expect(report.files[0].error).toContain('256 MB');
  });

  it('is stopped where it outgrows a size it lies about, naming the sheet', () => {
    const { report } = checkJsonBounded(write('bomb-lying.xlsx', zipBomb(3, 'small')));
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].issues[0]).toMatchObject({
      rule: 'file.sheet-unreadable',
      sheet: 'Sheet1',
    });
    expect(report.files[0].issues[0].message).toContain('比压缩包目录所记的大');
  });
});

describe('an .ods whose few bytes repeat a row of values 200,000 times', () => {
  it('is refused before SheetJS writes the repeats out, naming the limit', async () => {
    const parts = unzipSync(readFileSync('test/fixtures/converted/yantian-2022.ods'));
    const bomb =
      '<table:table-row table:number-rows-repeated="200000"><table:table-cell office:value-type="float" ' +
      'office:value="1" table:number-columns-repeated="1000"><text:p>1</text:p></table:table-cell></table:table-row>';
    const content = strFromU8(parts['content.xml']);
    const at = content.indexOf('<table:table-row');
    parts['content.xml'] = strToU8(content.slice(0, at) + bomb + content.slice(at));
    const { mimetype, ...rest } = parts;
    const { report } = await checkJson(write('repeats.ods', zipSync({ mimetype, ...rest })));
    expect(report.files[0].error).toContain('2,000,000');
  });
});

describe('cell limits', () => {
  it('refuses a cell longer than Excel allows, naming the cell and the limit', async () => {
    const long = 'x'.repeat(40_000);
    const xml = worksheetXml(
      `<row r="2"><c r="B2" t="inlineStr"><is><t>${long}</t></is></c></row>`,
    );
    const { code, report } = await checkJson(
      write('long.xlsx', xlsxPackage([{ name: '表1', xml }])),
    );
    expect(code).toBe(2);
    expect(report.files[0].error).toContain('B2');
    expect(report.files[0].error).toContain('32,767');
  });

  it('refuses a cell outside Excel’s grid', async () => {
    const xml = worksheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>');
    const { report } = await checkJson(write('wide.xlsx', xlsxPackage([{ name: '表1', xml }])));
    expect(report.files[0].error).toContain('16,384 列');
  });
});

describe('inputs that are no regular file', () => {
  it('refuses a device such as /dev/zero at once, by name', async () => {
    const { code, report } = await checkJson('/dev/zero');
    expect(code).toBe(2);
    expect(report.files[0].error).toBe(
      '/dev/zero 不是普通文件（是设备、管道或套接字），不是工作簿，未读取',
    );
  });

  it('refuses a pipe without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const { report } = await checkJson(fifo);
    expect(report.files[0].error).toContain('不是普通文件');
  });

  it('refuses a socket', async () => {
    const path = join(dir, 'socket.xlsx');
    const server = createServer();
    await new Promise<void>((listening) => server.listen(path, listening));
    try {
      const { report } = await checkJson(path);
      expect(report.files[0].error).toContain('不是普通文件');
    } finally {
      server.close();
    }
  });
});

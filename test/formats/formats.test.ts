/** .xls, .et and .ods read like .xlsx; what cannot be read is said, by name, never skipped. */
import { copyFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { CFB } from '@e965/xlsx';
import { zipSync } from 'fflate';
import type { Io } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { tempDir } from '../cli/tempDir';
import { checkJson, type JsonReport } from './cli';
import { worksheetXml, xlsxPackage, xlsxParts } from './packages';

const EXAMPLES = ['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'];
/** LibreOffice's .xls and .ods copies of the examples (soffice --headless --convert-to). */
const CONVERTED = 'test/fixtures/converted';

const dir = tempDir('formats');

const withoutFile = (report: JsonReport) => report.files.map(({ file: _file, ...rest }) => rest);

describe.each(EXAMPLES)('%s as .xls, .et and .ods', (example) => {
  let original: JsonReport;
  beforeAll(async () => {
    original = (await checkJson(`examples/${example}.xlsx`)).report;
  });

  it('gives the findings of the .xlsx original', async () => {
    const et = join(dir, `${example}.et`); // WPS's own format is the .xls format
    copyFileSync(`${CONVERTED}/${example}.xls`, et);
    for (const copy of [`${CONVERTED}/${example}.xls`, et, `${CONVERTED}/${example}.ods`]) {
      const { report } = await checkJson(copy);
      expect(report.files[0].error).toBeNull();
      expect(withoutFile(report)).toEqual(withoutFile(original));
    }
  });
});

it('takes .xls and .ods files from a folder', async () => {
  const { report } = await checkJson(CONVERTED);
  expect(report.files.map((f) => f.file.slice(CONVERTED.length + 1)).sort()).toEqual(
    EXAMPLES.flatMap((e) => [`${e}.ods`, `${e}.xls`]).sort(),
  );
});

it('says a workbook has an opening password (an encrypted .xlsx is a compound file)', async () => {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096));
  const path = join(dir, '加密.xlsx');
  writeFileSync(path, CFB.write(cfb, { type: 'buffer' }) as Buffer);
  const { report } = await checkJson(path);
  expect(report.files[0].error).toMatch(/^文件设有打开密码/);
});

it('reports a package without a workbook part as unreadable, naming the part', async () => {
  const parts = xlsxParts([{ name: '表1', xml: worksheetXml('') }]);
  delete parts['xl/workbook.xml'];
  const path = join(dir, 'no-workbook.xlsx');
  writeFileSync(path, zipSync(parts));
  const { code, report } = await checkJson(path);
  expect(code).toBe(2);
  expect(report.files[0].error).toContain('xl/workbook.xml');
});

it('reports a sheet whose part is missing by name, and reads the others', async () => {
  const title = '<row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row>';
  const path = join(dir, 'missing-sheet.xlsx');
  writeFileSync(
    path,
    xlsxPackage([{ name: '封面', xml: worksheetXml(title) }, { name: '项目一' }]),
  );
  const { report } = await checkJson(path);
  const unreadable = report.files[0].issues.filter((i) => i.rule === 'file.sheet-unreadable');
  expect(unreadable).toEqual([
    expect.objectContaining({ sheet: '项目一', severity: 'error', cell: 'A1' }),
  ]);
  expect(unreadable[0].message).toContain('xl/worksheets/sheet2.xml');
  expect(report.files[0].issues.some((i) => i.sheet === '封面')).toBe(true); // form.unrecognized
});

it('says annotate needs an .xlsx where it is given an .ods or .xls (no internal error)', async () => {
  for (const copy of ['yantian-2022.ods', 'yantian-2022.xls']) {
    let stderr = '';
    const io: Io = { stdout: () => undefined, stderr: (t) => (stderr += t), interactive: false };
    const output = join(dir, `${copy}.annotated.xlsx`);
    expect(await main(['annotate', `${CONVERTED}/${copy}`, '-o', output], io)).toBe(2);
    expect(stderr).toContain('标注副本只能在 .xlsx 工作簿上写出');
    expect(stderr).not.toContain('内部错误');
  }
});

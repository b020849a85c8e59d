/** `perf-forms annotate`: a marked copy with notes and a results sheet; the input untouched. */
import { createHash } from 'crypto';
import {
  copyFileSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/args';
import { ruleById, SEVERITY_FILL } from '../../src/engine';
import {
  addChart,
  addContentType,
  editPart,
  YANTIAN_SHEET,
  yantianWith,
} from '../fixtures/packageEdits';
import { tempDir } from './tempDir';

const quiet: Io = { stdout: () => undefined, stderr: () => undefined, interactive: false };
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const argb = (hex: string) => `FF${hex.slice(1)}`;

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

describe('annotate', () => {
  const dir = tempDir('annotate');
  const input = join(dir, 'package.xlsx');
  const output = join(dir, 'package-checked.xlsx');

  beforeAll(async () => {
    // A reviewer's own note on the cell the checker will mark must survive.
    const workbook = await open('examples/suizhou-2025.xlsx');
    workbook.getWorksheet('部门整体')!.getCell('F13').note = '审核人：请核对';
    await workbook.xlsx.writeFile(input);
  });

  it('writes a marked copy and leaves the input byte for byte as it was', async () => {
    const before = sha(input);
    expect(await main(['annotate', input, '-o', output], quiet)).toBe(1);
    expect(sha(input)).toBe(before);

    const marked = await open(output);
    const f13 = marked.getWorksheet('部门整体')!.getCell('F13');
    expect((f13.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(SEVERITY_FILL.error));
    const note = noteText(f13);
    expect(note).toContain('审核人：请核对');
    expect(note).toContain('10.64（270.98 − 260.34）');
    expect(note).toContain('budget.change');
    // Cells without a finding keep their own look (exceljs shares style objects between cells).
    const original = (await open(input)).getWorksheet('部门整体')!.getCell('F12').fill;
    expect(marked.getWorksheet('部门整体')!.getCell('F12').fill).toEqual(original);
    const operator = marked.getWorksheet('大厅前台岗位服务外包')!.getCell('G15');
    expect(noteText(operator)).toContain('定义');
  });

  it('lists every finding on a 检查结果 sheet with a link to its cell', async () => {
    const marked = await open(output);
    const results = marked.getWorksheet('检查结果')!;
    const rows = results.getSheetValues().slice(2) as unknown[][];
    // The layout of the reviewer summary's 问题清单, without its 文件 column.
    expect(results.getRow(1).values).toEqual([
      undefined,
      '工作表',
      '单元格',
      '规则名称',
      '严重程度',
      '说明',
      '建议',
    ]);
    const change = rows.find((row) => row[3] === ruleById('budget.change')!.meta.name)!;
    expect(change[4]).toBe('错误');
    expect(change[1]).toBe('部门整体');
    expect(change[2]).toEqual({ text: 'F13', hyperlink: "#'部门整体'!F13" });
    // Every finding of check is listed, once.
    let json = '';
    await main(['check', '--format', 'json', input], { ...quiet, stdout: (t) => (json += t) });
    expect(rows).toHaveLength(JSON.parse(json).files[0].issues.length);
  });

  it('annotating the annotated copy again replaces its own marks instead of piling them up', async () => {
    const again = join(dir, 'package-checked-again.xlsx');
    expect(await main(['annotate', output, '-o', again], quiet)).toBe(1);
    const twice = await open(again);
    expect(
      twice.worksheets.map((sheet) => sheet.name).filter((name) => name.startsWith('检查结果')),
    ).toEqual(['检查结果']);
    const note = noteText(twice.getWorksheet('部门整体')!.getCell('F13'));
    expect(note.split('\n').filter((line) => line.includes('budget.change'))).toHaveLength(1);
    expect(note).toContain('审核人：请核对');
    let json = '';
    await main(['check', '--format', 'json', again], { ...quiet, stdout: (t) => (json += t) });
    expect(JSON.parse(json).files[0].issues.map((i: { rule: string }) => i.rule)).not.toContain(
      'form.unrecognized',
    );
  });

  it('never overwrites an existing file without --force, nor the input', async () => {
    let stderr = '';
    const io: Io = { ...quiet, stderr: (t) => (stderr += t) };
    writeFileSync(join(dir, 'exists.xlsx'), 'keep me');
    expect(await main(['annotate', input, '-o', join(dir, 'exists.xlsx')], io)).toBe(2);
    expect(readFileSync(join(dir, 'exists.xlsx'), 'utf8')).toBe('keep me');
    expect(stderr).toContain('已存在');
    expect(await main(['annotate', input, '-o', input, '--force'], io)).toBe(2);
    expect(stderr).toContain('就是输入文件');
  });

  it('never writes onto the input through another name, a symbolic link or a hard link', async () => {
    const before = sha(input);
    const symbolic = join(dir, 'symbolic.xlsx');
    const hard = join(dir, 'hard.xlsx');
    symlinkSync(input, symbolic);
    linkSync(input, hard);
    for (const output of [symbolic, hard, join(dir, '.', 'package.xlsx')]) {
      let stderr = '';
      const io: Io = { ...quiet, stderr: (t) => (stderr += t) };
      expect(await main(['annotate', input, '-o', output, '--force'], io)).toBe(2);
      expect(stderr).toContain('就是输入文件');
      expect(sha(input)).toBe(before);
    }
  });

  it('does not follow a symbolic link it was not given', async () => {
    const elsewhere = join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, 'not yours');
    const link = join(dir, 'link.xlsx');
    symlinkSync(elsewhere, link);
    let stderr = '';
    const io: Io = { ...quiet, stderr: (t) => (stderr += t) };
    expect(await main(['annotate', input, '-o', link, '--force'], io)).toBe(2);
    expect(stderr).toContain('符号链接');
    expect(readFileSync(elsewhere, 'utf8')).toBe('not yours');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('leaves no temporary file behind and replaces only with --force', async () => {
    const replaced = join(dir, 'replaced.xlsx');
    writeFileSync(replaced, 'old');
    expect(await main(['annotate', input, '-o', replaced, '--force'], quiet)).toBe(1);
    expect(readFileSync(replaced).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('annotate keeps what exceljs cannot carry', () => {
  const dir = tempDir('keep');

  async function annotateCopy(
    input: string,
  ): Promise<{ code: number; stderr: string; copy: JSZip }> {
    const output = `${input}-checked.xlsx`;
    let stderr = '';
    const code = await main(['annotate', input, '-o', output], {
      ...quiet,
      stderr: (t) => (stderr += t),
    });
    return { code, stderr, copy: await JSZip.loadAsync(readFileSync(output)) };
  }

  it('a chart: the copy has it, drawn on its sheet, and still opens', async () => {
    const input = join(dir, 'charted.xlsx');
    await yantianWith(input, addChart);
    const { code, stderr, copy } = await annotateCopy(input);
    expect([code, stderr]).toEqual([0, '']);
    expect(Object.keys(copy.files)).toEqual(
      expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']),
    );
    expect(await copy.file(YANTIAN_SHEET)!.async('string')).toMatch(
      /<drawing r:id="[^"]+"\/><legacyDrawing /,
    );
    // The copy is a workbook exceljs reads again, its notes beside the chart.
    const marked = await open(`${input}-checked.xlsx`);
    expect(marked.getWorksheet('检查结果')).toBeDefined();
  });

  it('a chart whose drawing has the name exceljs gives the pictures of another sheet', async () => {
    // Excel numbers drawings as it likes: here the pictures' drawing is drawing2, the chart's drawing1.
    const base = new ExcelJS.Workbook();
    await base.xlsx.readFile('examples/yantian-2022.xlsx');
    const pictures = base.addWorksheet('图片');
    const image = base.addImage({ filename: 'assets/icon-80.png', extension: 'png' });
    pictures.addImage(image, 'B2:D6');
    const input = join(dir, 'pictures-and-chart.xlsx');
    await base.xlsx.writeFile(input);
    const zip = await JSZip.loadAsync(readFileSync(input));
    for (const [from, to] of [
      ['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml'],
      ['xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/_rels/drawing2.xml.rels'],
    ]) {
      zip.file(to, await zip.file(from)!.async('nodebuffer'));
      zip.remove(from);
    }
    const rename = (xml: string) => xml.replace('drawings/drawing1.xml', 'drawings/drawing2.xml');
    await editPart(zip, 'xl/worksheets/_rels/sheet2.xml.rels', rename);
    await editPart(zip, '[Content_Types].xml', rename);
    await addChart(zip);
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const { stderr, copy } = await annotateCopy(input);
    expect(stderr).toBe('');
    const sheetRels = await copy.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    const drawing = /Target="\.\.\/drawings\/(drawing[^"]+\.xml)"/.exec(sheetRels)![1];
    expect(drawing).not.toBe('drawing1.xml');
    expect(await copy.file(`xl/drawings/_rels/${drawing}.rels`)!.async('string')).toContain(
      '../charts/chart1.xml',
    );
    expect(copy.file('xl/charts/chart1.xml')).not.toBeNull();
    const marked = await open(`${input}-checked.xlsx`);
    expect(marked.getWorksheet('图片')!.getImages()).toHaveLength(1);
  });

  it('sheet protection with a LibreOffice password: the copy is protected the same way', async () => {
    const input = join(dir, 'protected.xlsx');
    const protection =
      '<sheetProtection sheet="true" password="CC3D" objects="true" scenarios="true"/>';
    await yantianWith(input, (zip) =>
      editPart(zip, YANTIAN_SHEET, (xml) => xml.replace('<mergeCells', `${protection}<mergeCells`)),
    );
    const { code, stderr, copy } = await annotateCopy(input);
    expect([code, stderr]).toEqual([0, '']);
    expect(await copy.file(YANTIAN_SHEET)!.async('string')).toContain(`</sheetData>${protection}`);
  });

  it('what it cannot put back, it names, and the original keeps it', async () => {
    const input = join(dir, 'pivot.xlsx');
    await yantianWith(input, async (zip) => {
      zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
      await addContentType(
        zip,
        'xl/pivotTables/pivotTable1.xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
      );
    });
    const { code, stderr } = await annotateCopy(input);
    expect(code).toBe(0);
    expect(stderr).toContain(`副本 ${input}-checked.xlsx 缺少原文件中的 数据透视表 1 处（原有 1）`);
    expect(stderr).toContain(`原文件 ${input} 未改动`);
  });

  it('says nothing of the kind when the copy keeps everything', async () => {
    const input = join(dir, 'plain.xlsx');
    copyFileSync('examples/yantian-2022.xlsx', input);
    expect((await annotateCopy(input)).stderr).toBe('');
  });
});

/** `perf-forms annotate`: a marked copy with notes and a results sheet; the input untouched. */
import { createHash } from 'crypto';
import {
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/args';
import { SEVERITY_FILL } from '../../src/engine';

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
  const dir = mkdtempSync(join(tmpdir(), 'perf-forms-annotate-'));
  const input = join(dir, 'package.xlsx');
  const output = join(dir, 'package-checked.xlsx');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    const change = rows.find((row) => row[4] === 'budget.change')!;
    expect(change[1]).toBe('错误');
    expect(change[2]).toBe('部门整体');
    expect(change[3]).toEqual({ text: 'F13', hyperlink: "#'部门整体'!F13" });
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

/** `perf-forms fix`: the safe fixes written into a copy; the input untouched; a re-check agrees. */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Io } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { tempDir } from './tempDir';
import type { Finding } from '../../src/engine';

const EXAMPLE = 'examples/suizhou-2025.xlsx';
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function capture(): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    interactive: false,
    out: () => out,
    err: () => err,
  };
}

async function findingsOf(file: string): Promise<Finding[]> {
  const io = capture();
  await main(['check', '--format', 'json', file], io);
  return (JSON.parse(io.out()) as { files: { issues: Finding[] }[] }).files[0].issues;
}

/** What a re-check compares: rule, place and message. */
const key = ({ rule, sheet, cell, message }: Finding) => `${rule} ${sheet}!${cell} ${message}`;

async function cellTexts(file: string, test: (text: string) => boolean): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const found: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && test(cell.value))
          found.push(`${sheet.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}

describe('fix', () => {
  const dir = tempDir('fix');
  const output = join(dir, 'fixed.xlsx');
  let before: Finding[];
  let printed: string;

  beforeAll(async () => {
    before = await findingsOf(EXAMPLE);
    const original = sha(EXAMPLE);
    const io = capture();
    expect(await main(['fix', EXAMPLE, '-o', output], io)).toBe(0);
    expect(sha(EXAMPLE)).toBe(original);
    printed = io.out();
  });

  it('the JSON of check carries each fix: its cell, the old text it expects and the new one', () => {
    const withFix = before.filter((finding) => finding.fix);
    expect(withFix.length).toBeGreaterThan(0);
    for (const { sheet, cell, fix } of withFix) {
      expect(fix).toEqual({
        sheet,
        cell,
        oldValue: expect.any(String),
        newValue: expect.any(String),
      });
      expect(['≧→≥', '定义→定性']).toContain(`${fix!.oldValue}→${fix!.newValue}`);
    }
  });

  it('turns every ≧ into ≥ and 定义 into 定性 in the copy', async () => {
    expect(await cellTexts(EXAMPLE, (text) => /≧|^定义$/.test(text))).not.toEqual([]);
    expect(await cellTexts(output, (text) => /≧|^定义$/.test(text))).toEqual([]);
  });

  it('a re-check of the copy: no operator finding left, every other finding as before', async () => {
    const after = await findingsOf(output);
    expect(after.filter((finding) => finding.rule.startsWith('operator.'))).toEqual([]);
    expect(new Set(after.map(key))).toEqual(
      new Set(before.filter((finding) => !finding.rule.startsWith('operator.')).map(key)),
    );
  });

  it('prints each change with its sheet, cell, old → new text and the rule', () => {
    const edits = new Set(before.flatMap((f) => (f.fix ? [`${f.fix.sheet}!${f.fix.cell}`] : [])));
    expect(printed).toContain(`修正 ${edits.size} 个单元格`);
    const lines = printed.split('\n').filter((line) => line.includes(' → '));
    expect(lines).toHaveLength(edits.size);
    expect(printed).toContain('G15：定义 → 定性（计算符号无法识别）');
    expect(printed).toContain('：≧ → ≥（计算符号写法不规范）');
  });

  it('keeps what the original package holds (styles, merges, validations)', async () => {
    const parts = async (file: string) =>
      Object.keys((await JSZip.loadAsync(readFileSync(file))).files)
        .filter((name) => !name.endsWith('/'))
        .sort();
    expect(await parts(output)).toEqual(expect.arrayContaining(await parts(EXAMPLE)));
    const sheetXml = async (file: string) =>
      (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    const count = (xml: string, tag: string) => xml.split(`<${tag} `).length - 1;
    const [a, b] = [await sheetXml(EXAMPLE), await sheetXml(output)];
    for (const tag of ['mergeCell', 'dataValidation']) expect(count(b, tag)).toBe(count(a, tag));
  });

  it('refuses to replace OUT without --force, and replaces it with', async () => {
    const io = capture();
    writeFileSync(output, 'mine');
    expect(await main(['fix', EXAMPLE, '-o', output], io)).toBe(2);
    expect(io.err()).toContain('已存在');
    expect(readFileSync(output, 'utf8')).toBe('mine');
    expect(await main(['fix', '--force', EXAMPLE, '-o', output], capture())).toBe(0);
    expect(readFileSync(output, 'utf8')).not.toBe('mine');
  });

  it.each([
    ['the output is the input', [EXAMPLE, '-o', EXAMPLE], '输入文件'],
    ['a file that is not there', ['不存在.xlsx', '-o', join(dir, 'x.xlsx')], '不存在.xlsx'],
    ['no -o', [EXAMPLE], '缺少 -o'],
  ])('%s: a Chinese message, exit 2, nothing written', async (_name, args, words) => {
    const io = capture();
    expect(await main(['fix', ...args], io)).toBe(2);
    expect(io.err()).toContain(words);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});

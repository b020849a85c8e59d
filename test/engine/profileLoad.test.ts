/** A profile file's bytes, as bureaus save them: encodings, syntax and every problem in one pass. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadProfileBytes } from '../../src/engine';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'profiles', name));
const EXAMPLE = readFileSync(
  join(__dirname, '..', '..', 'examples', 'profiles', 'example-city-project.json'),
  'utf8',
);

test('UTF-8 with a byte-order mark (Notepad) reads as the same profile as without one', () => {
  const withBom = loadProfileBytes(fixture('notepad-utf8-bom.json'));
  const plain = loadProfileBytes(new TextEncoder().encode(EXAMPLE));
  expect(withBom.ok).toBe(true);
  expect(withBom).toEqual(plain);
});

test.each<[string, Uint8Array, string[]]>([
  ['GBK (Notepad ANSI)', fixture('notepad-gbk.json'), ['GBK', '乱码', 'UTF-8', '另存为']],
  [
    'UTF-16 with a BOM (Notepad Unicode)',
    fixture('notepad-utf16.json'),
    ['UTF-16（LE）', '另存为'],
  ],
  ['UTF-16 without a BOM', Buffer.from(EXAMPLE, 'utf16le'), ['UTF-16（LE）', 'UTF-8']],
  ['UTF-16 big-endian without a BOM', Buffer.from(EXAMPLE, 'utf16le').swap16(), ['UTF-16（BE）']],
  ['binary bytes', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xc3, 0x28]), ['不是 UTF-8']],
])(
  'a file in %s is refused, naming the encoding and how to save it as UTF-8',
  (_, bytes, mentions) => {
    const result = loadProfileBytes(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    for (const text of mentions) expect(result.errors[0]).toContain(text);
  },
);

test('a syntax error names its line and column', () => {
  const broken = EXAMPLE.replace('"form": "project",', '"form": "project",,');
  const result = loadProfileBytes(new TextEncoder().encode(broken));
  expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/第 4 行第 \d+ 列/)] });
});

test('three schema problems and one across fields are all reported at once', () => {
  const result = loadProfileBytes(fixture('several-problems.json'));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors).toEqual([
    expect.stringContaining('quantifiedShare（产出指标量化比例） 类型不对'),
    expect.stringContaining('moneyUnit（金额单位） 只能是 元、千元、万元、亿元'),
    expect.stringContaining(
      'level3RowsPerLevel2（模板中每个二级指标预留的三级指标行数） 不能小于 1',
    ),
    expect.stringContaining(
      'requiredLevel1[1]（必填一级指标）“效果指标”不在 hierarchy（指标体系）',
    ),
  ]);
});

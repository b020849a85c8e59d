/** `perf-forms annotate` on several files and folders: one copy each, names and folders kept. */
import { createHash } from 'crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { expandInputs } from '../../src/cli/files';
import { runCli } from './runCli';
import { tempDir } from './tempDir';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * A new folder in `parent` of the given files: relative path → example it is a copy of (or text
 * for a bad file).
 */
function folder(parent: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(parent, 'case-'));
  for (const [relative, source] of Object.entries(files)) {
    const path = join(root, 'in', relative);
    mkdirSync(dirname(path), { recursive: true });
    if (source.startsWith('examples/')) copyFileSync(source, path);
    else writeFileSync(path, source);
  }
  return root;
}

describe('annotate DIR -o OUTDIR', () => {
  const scratch = tempDir('annotate-folder');

  it.each([
    ['no error finding', { 'a.xlsx': 'examples/yantian-2022.xlsx' }, 0],
    [
      'an error finding',
      { 'a.xlsx': 'examples/yantian-2022.xlsx', 'sub/b.xlsx': 'examples/suizhou-2025.xlsx' },
      1,
    ],
    [
      'an unreadable file',
      { 'a.xlsx': 'examples/yantian-2022.xlsx', 'sub/bad.xlsx': '改了扩展名的文本' },
      2,
    ],
  ])('exits as check does on a folder with %s', async (_, files, expected) => {
    const root = folder(scratch, files);
    const input = join(root, 'in');
    expect((await runCli('check', input)).code).toBe(expected);
    expect((await runCli('annotate', input, '-o', join(root, 'out'))).code).toBe(expected);
  });

  it('mirrors subfolders, keeps names and originals, and replaces nothing without --force', async () => {
    const root = folder(scratch, {
      'a.xlsx': 'examples/yantian-2022.xlsx',
      'sub/deeper/b.xlsx': 'examples/suizhou-2025.xlsx',
    });
    const input = join(root, 'in');
    const out = join(root, 'out');
    const inputs = expandInputs([input]);
    const before = inputs.map(sha);

    const first = await runCli('annotate', input, '-o', out);
    expect(first.code).toBe(1);
    const copies = expandInputs([out]);
    expect(copies.map((copy) => copy.slice(out.length))).toEqual(
      inputs.map((file) => file.slice(input.length)),
    );
    expect(first.stdout).toContain(`共 2 个文件，写出 2 个标注副本到 ${out}`);
    // A copy is checked like its original: the same findings, plus nothing lost.
    const findings = async (path: string) =>
      JSON.parse((await runCli('check', '--format', 'json', path)).stdout).files[0].issues.length;
    expect(await findings(copies[1])).toBe(await findings(inputs[1]));
    const written = copies.map(sha);

    const again = await runCli('annotate', input, '-o', out);
    expect(again.code).toBe(2);
    for (const copy of copies) expect(again.stderr).toContain(copy);
    expect(again.stderr).toContain('未写出任何副本');
    expect(copies.map(sha)).toEqual(written);

    expect((await runCli('annotate', input, '-o', out, '--force')).code).toBe(1);
    expect(inputs.map(sha)).toEqual(before);
  });

  it('does not take the copies in an output folder inside the input for inputs', async () => {
    const root = folder(scratch, { 'a.xlsx': 'examples/yantian-2022.xlsx' });
    const input = join(root, 'in');
    const out = join(input, '已标注');
    for (let run_ = 0; run_ < 2; run_++) {
      const { code, stdout } = await runCli('annotate', input, '-o', out, '--force');
      expect(code).toBe(0);
      expect(stdout).toContain(`已写出 ${join(out, 'a.xlsx')}`);
    }
    expect(expandInputs([out])).toEqual([join(out, 'a.xlsx')]);
  });

  it('refuses two inputs whose copies would share a name, writing nothing', async () => {
    const root = folder(scratch, {
      'x/a.xlsx': 'examples/yantian-2022.xlsx',
      'y/a.xlsx': 'examples/yantian-2022.xlsx',
    });
    const out = join(root, 'out');
    const { code, stderr } = await runCli(
      'annotate',
      join(root, 'in', 'x', 'a.xlsx'),
      join(root, 'in', 'y', 'a.xlsx'),
      '-o',
      out,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`的副本都会写成 ${join(out, 'a.xlsx')}`);
    expect(expandInputs([out])).toEqual([out]); // nothing there: the path is kept as given
  });
});

import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkManifest } from '../../tools/manifest';
import { RIBBON_FUNCTIONS } from '../../src/addin/commands/commands';

// office-addin-manifest's XML reader loads uuid (ES module only, which jest cannot require)
// just to write new Ids; validation never writes, so a stand-in suffices.
jest.mock(require.resolve('uuid', { paths: [require.resolve('office-addin-manifest')] }), () => ({
  v4: () => '00000000-0000-4000-8000-000000000000',
}));

const root = path.join(__dirname, '..', '..');
const manifestPath = path.join(root, 'manifest.xml');
const assetsDir = path.join(root, 'assets');

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-forms-manifest-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Writes a copy of manifest.xml with `edit` applied; fails loudly if the edit did not apply. */
function brokenCopy(name: string, edit: (xml: string) => string): string {
  const original = fs.readFileSync(manifestPath, 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  const file = path.join(scratch, name);
  fs.writeFileSync(file, edited);
  return file;
}

describe('manifest.xml offline validation', () => {
  test('the shipped manifest passes every check', async () => {
    expect(await checkManifest(manifestPath)).toEqual([]);
  });

  test('every ExecuteFunction of the ribbon is a function the add-in registers', () => {
    const xml = fs.readFileSync(manifestPath, 'utf8');
    const named = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
      (match) => match[1],
    );
    expect(named.sort()).toEqual(Object.keys(RIBBON_FUNCTIONS).sort());
  });

  test('a resid with no resource is reported', async () => {
    const file = brokenCopy('missing-resid.xml', (xml) =>
      xml.replace('<Label resid="Highlight.Label"/>', '<Label resid="Highlight.Missing"/>'),
    );
    const messages = (await checkManifest(file, assetsDir)).map((problem) => problem.message);
    expect(messages).toEqual([expect.stringContaining('"Highlight.Missing" does not resolve')]);
  });

  test('an http URL is reported', async () => {
    const file = brokenCopy('http-url.xml', (xml) =>
      xml.replace(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
      ),
    );
    const problems = await checkManifest(file, assetsDir);
    expect(problems).toEqual([
      {
        where: 'OfficeApp/DefaultSettings/SourceLocation',
        message: expect.stringContaining('http://localhost:3000/taskpane.html'),
      },
    ]);
  });

  test('a missing icon file and a wrongly sized icon are reported', async () => {
    const file = brokenCopy('bad-icons.xml', (xml) =>
      xml
        .replace('assets/clear-80.png', 'assets/clear-96.png')
        .replace(
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
        ),
    );
    const messages = (await checkManifest(file, assetsDir)).map((problem) => problem.message);
    expect(messages).toHaveLength(2);
    expect(messages).toContainEqual(expect.stringMatching(/图标文件不存在.*clear-96\.png/));
    expect(messages).toContainEqual(expect.stringMatching(/图标尺寸应为 64×64，实际 80×80/));
  });

  test('malformed XML, a non-GUID Id and a missing zh-CN string are reported', async () => {
    const malformed = brokenCopy('malformed.xml', (xml) => xml.replace('</Hosts>', ''));
    expect(await checkManifest(malformed, assetsDir)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('无法读取清单') }),
    ]);

    const file = brokenCopy('id-and-locale.xml', (xml) =>
      xml
        .replace(/<Id>[^<]+<\/Id>/, '<Id>perf-forms</Id>')
        .replace('<bt:Override Locale="zh-CN" Value="清除高亮"/>', ''),
    );
    const messages = (await checkManifest(file, assetsDir)).map((problem) => problem.message);
    expect(messages).toHaveLength(2);
    expect(messages).toContainEqual(expect.stringContaining('Id 不是 GUID'));
    expect(messages).toContainEqual(expect.stringContaining('no zh-CN Override for Clear.Label'));
  });
});

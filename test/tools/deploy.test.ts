import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  BuildUsageError,
  deploymentManifest,
  idForBaseUrl,
  parseBuildArgs,
} from '../../tools/deploy';
import { checkManifest } from '../../tools/manifest';

// office-addin-manifest's XML reader loads uuid (ES module only, which jest cannot require)
// just to write new Ids; validation never writes, so a stand-in suffices.
jest.mock(require.resolve('uuid', { paths: [require.resolve('office-addin-manifest')] }), () => ({
  v4: () => '00000000-0000-4000-8000-000000000000',
}));

const root = path.join(__dirname, '..', '..');
const template = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const assetsDir = path.join(root, 'assets');
const BUREAU = 'https://forms.example.gov.cn/perf-forms/';

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-forms-deploy-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

function writeManifest(name: string, xml: string): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, xml);
  return file;
}

/** Every host an https URL in the manifest names. */
function hostsOf(xml: string): string[] {
  return [...new Set([...xml.matchAll(/https:\/\/([^/"<]+)/g)].map((match) => match[1]))];
}

describe('npm run build: the manifest for a bureau’s server', () => {
  test('a build for forms.example.gov.cn names only that host, under its path, and validates', async () => {
    const manifest = deploymentManifest(template, BUREAU, idForBaseUrl(BUREAU));
    expect(hostsOf(manifest)).toEqual(['forms.example.gov.cn']);
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BUREAU}taskpane.html"/>`);
    expect(manifest).toContain(`DefaultValue="${BUREAU}assets/icon-32.png"`);
    expect(manifest).toContain('<AppDomain>https://forms.example.gov.cn</AppDomain>');
    expect(await checkManifest(writeManifest('bureau.xml', manifest), assetsDir)).toEqual([]);
  });

  test('two bureaus get different ids by default; --id sets it', () => {
    const other = 'https://budget.example.org/addin/';
    expect(idForBaseUrl(BUREAU)).not.toBe(idForBaseUrl(other));
    expect(idForBaseUrl(BUREAU)).toBe(idForBaseUrl(BUREAU));
    expect(idForBaseUrl(BUREAU)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const id = '0f0e0d0c-0b0a-4908-8706-050403020100';
    const options = parseBuildArgs(['--base-url', BUREAU, '--id', id]);
    expect(options.id).toBe(id);
    expect(deploymentManifest(template, BUREAU, id)).toContain(`<Id>${id}</Id>`);
  });

  test('the base URL must be https; a missing trailing slash is added', () => {
    expect(parseBuildArgs(['--base-url', 'https://forms.example.gov.cn/perf-forms']).baseUrl).toBe(
      BUREAU,
    );
    expect(() => parseBuildArgs(['--base-url', 'http://forms.example.gov.cn/'])).toThrow(
      BuildUsageError,
    );
    expect(() => parseBuildArgs(['--office-js', 'intranet'])).toThrow(/local/);
    expect(() => parseBuildArgs(['--id', 'bureau-1'])).toThrow(/GUID/);
    expect(parseBuildArgs(['--office-js', 'local']).officeJs).toBe('local');
  });

  test('the validator refuses a manifest that names a second host or misplaces an icon', async () => {
    const manifest = deploymentManifest(template, BUREAU, idForBaseUrl(BUREAU));
    const file = writeManifest(
      'two-hosts.xml',
      manifest.replace(
        `<bt:Url id="Taskpane.Url" DefaultValue="${BUREAU}taskpane.html"/>`,
        '<bt:Url id="Taskpane.Url" DefaultValue="https://cdn.example.com/taskpane.html"/>',
      ),
    );
    const messages = (await checkManifest(file, assetsDir)).map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringContaining('不在任务窗格所在的主机 forms.example.gov.cn 上'),
    ]);

    const icons = writeManifest(
      'icon-outside-base.xml',
      manifest.replace(
        `${BUREAU}assets/icon-16.png`,
        'https://forms.example.gov.cn/assets/icon-16.png',
      ),
    );
    const iconMessages = (await checkManifest(icons, assetsDir)).map((problem) => problem.message);
    expect(iconMessages).toEqual([
      expect.stringContaining('图标不在 forms.example.gov.cn/perf-forms/assets/ 下'),
    ]);
  });
});

describe('manifest requirements: Excel 2016 and 2019 can install the add-in', () => {
  test('the shipped manifest demands nothing above ExcelApi 1.1, and keeps the shared runtime', () => {
    const sets = [...template.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    );
    expect(sets).toEqual(['ExcelApi 1.1']);
    expect(template).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
  });

  test('a manifest demanding SharedRuntime 1.1 is reported', async () => {
    const file = writeManifest(
      'shared-runtime-required.xml',
      template.replace(
        '<Set Name="ExcelApi" MinVersion="1.1"/>',
        '<Set Name="SharedRuntime" MinVersion="1.1"/>',
      ),
    );
    const messages = (await checkManifest(file, assetsDir)).map((problem) => problem.message);
    expect(messages).toEqual([expect.stringContaining('SharedRuntime 1.1 keeps older Excel')]);
  });
});

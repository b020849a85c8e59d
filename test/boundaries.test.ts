/** The import boundaries of docs/ARCHITECTURE.md, as `npm run lint` enforces them: the rule bites. */
import { execFileSync } from 'child_process';
import { join } from 'path';

/** Small files, by where they would sit in the repository. */
const FILES: Record<string, string> = {
  'src/cli/internal.ts': "export { toA1 } from '../engine/grid';\n",
  'src/cli/public.ts': "export { toA1 } from '../engine';\n",
  'src/engine/host.ts':
    "export { annotateWorkbook } from '../xlsx/annotate';\nexport { default } from 'exceljs';\n",
  'src/template/host.ts': "export { loadWorkbook } from '../xlsx/readXlsx';\n",
  'src/sandbox/page/internal.ts': "export { Highlighter } from '../../addin/highlighter';\n",
  'src/sandbox/page/public.ts': "export { AddinController } from '../../addin';\n",
  'scripts/uses-test.ts': "export { TABLE_LABELS } from '../test/template/helpers';\n",
  'tools/uses-tool.ts': "export { checkManifest } from './manifest';\n",
  'tools/uses-script.ts': "export { listExampleNames } from '../scripts/build-examples';\n",
  'test/tools/uses-script.test.ts': "export { build } from '../../scripts/build';\n",
  'test/tools/uses-tool.test.ts': "export { build } from '../../tools/deploy';\n",
  'src/sandbox/page/outside.ts':
    "export { loadExample } from '../../../test/engine/fixtures';\nexport { listExampleNames } from '../../../scripts/build-examples';\n",
};

/**
 * ESLint's API run in a process of its own: it loads eslint.config.mjs by a dynamic import,
 * which jest's module sandbox does not allow.
 */
const LINT = `
const { ESLint } = require('eslint');
const files = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint();
  const found = {};
  for (const [filePath, code] of Object.entries(files)) {
    const [result] = await eslint.lintText(code, { filePath });
    found[filePath] = result.messages
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message);
  }
  process.stdout.write(JSON.stringify(found));
})();
`;

let refusals: Record<string, string[]>;

beforeAll(() => {
  const output = execFileSync(process.execPath, ['-e', LINT, JSON.stringify(FILES)], {
    cwd: join(__dirname, '..'),
    encoding: 'utf8',
  });
  refusals = JSON.parse(output) as Record<string, string[]>;
}, 60000);

test('a host importing an engine internal is refused; the public index is not', () => {
  expect(refusals['src/cli/internal.ts']).toEqual([
    expect.stringContaining("Hosts use the engine's public index only"),
  ]);
  expect(refusals['src/cli/public.ts']).toEqual([]);
});

test('the engine imports no host and no package beyond zod and decimal.js', () => {
  expect(refusals['src/engine/host.ts']).toEqual([
    expect.stringContaining('src/engine may import only itself of src'),
    expect.stringContaining(
      'src/engine may import only these packages: zod, zod/v4/locales/zh-CN.cjs, decimal.js',
    ),
  ]);
});

test('the template imports no host', () => {
  expect(refusals['src/template/host.ts']).toEqual([
    expect.stringContaining('src/template may import only engine of src'),
  ]);
});

test('nothing in src imports from test/ or scripts/', () => {
  expect(refusals['src/sandbox/page/outside.ts']).toEqual([
    expect.stringContaining('src/ never imports from test/, scripts/, bench/ or tools/'),
    expect.stringContaining('src/ never imports from test/, scripts/, bench/ or tools/'),
  ]);
});

test('scripts, benchmarks and tools import no test', () => {
  expect(refusals['scripts/uses-test.ts']).toEqual([
    expect.stringContaining('Nothing outside test/ imports a test.'),
  ]);
  expect(refusals['tools/uses-tool.ts']).toEqual([]);
});

test('nothing imports a script: tests and tools use the library in tools/', () => {
  for (const file of ['tools/uses-script.ts', 'test/tools/uses-script.test.ts']) {
    expect(refusals[file]).toEqual([expect.stringContaining('scripts/ holds entry points only')]);
  }
  expect(refusals['test/tools/uses-tool.test.ts']).toEqual([]);
});

test('the simulated Excel runs the add-in through its public index, not its parts', () => {
  expect(refusals['src/sandbox/page/internal.ts']).toEqual([
    expect.stringContaining('src/sandbox uses src/addin through its public index only'),
  ]);
  expect(refusals['src/sandbox/page/public.ts']).toEqual([]);
});

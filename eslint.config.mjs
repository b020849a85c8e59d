import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * What each folder of src may import: docs/ARCHITECTURE.md's table, enforced. Hosts reach the
 * engine through its public index only (src/engine/index.ts); nothing in src imports from test/,
 * scripts/, bench/ or tools/.
 */
const BOUNDARIES = {
  // zod's zh-CN messages alone: its index of locales would bring every language into the web bundle.
  engine: { folders: [], packages: ['zod', 'zod/v4/locales/zh-CN.cjs', 'decimal.js'] },
  template: { folders: ['engine'], packages: ['decimal.js'] },
  // Report sheets as data (reviewer summary, list of findings), written by every host.
  summary: { folders: ['engine', 'template'], packages: [] },
  // The Host interface the Office.js and .xlsx hosts implement: types only.
  hostInterface: { folders: ['engine', 'template'], packages: [] },
  xlsx: {
    folders: ['engine', 'template', 'formats', 'summary', 'hostInterface'],
    packages: ['exceljs', 'fflate', 'fs', 'path', 'crypto'],
  },
  // The file readers run in workers that load nothing of the engine but its grid and findings.
  formats: {
    folders: ['engine'],
    packages: ['fflate', '@e965/xlsx'],
    engineModules: ['grid', 'findings'],
  },
  cli: {
    folders: ['engine', 'template', 'xlsx', 'formats', 'summary'],
    packages: ['exceljs', 'fs', 'path', 'os', 'url', 'zlib', 'v8', 'piscina', 'commander'],
  },
  addin: {
    folders: ['engine', 'template', 'summary', 'hostInterface'],
    packages: ['react', 'react-dom/client', '@fluentui/react-components', 'zod'],
  },
  // The browser checker: the engine, the readers and writers that run without Node, the pane's views.
  web: {
    folders: ['engine', 'template', 'formats', 'xlsx', 'cli', 'addin', 'summary'],
    packages: ['react', 'react-dom/client', '@fluentui/react-components', 'fflate'],
  },
  // The simulated Excel runs the add-in through its public index (src/addin/index.ts) only.
  sandbox: {
    folders: ['engine', 'xlsx', 'addin', 'formats', 'summary'],
    indexOnly: ['addin'],
    packages: ['react', 'react-dom/client', '@fluentui/react-components', 'exceljs'],
  },
};

const OUTSIDE_SRC = ['test', 'scripts', 'bench', 'tools'];
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A relative import that passes through one of the named folders. */
const throughFolder = (names) => `^\\.\\.?/(?:.*/)?(?:${names.join('|')})(?:/|$)`;

/** scripts/ holds commands only: what they share lives in tools/ (or src/). */
const SCRIPTS_ARE_ENTRY_POINTS = {
  regex: throughFolder(['scripts']),
  message: 'scripts/ holds entry points only: import the library from tools/ instead.',
};

function boundary(folder, { folders, packages, engineModules = [], indexOnly = [] }) {
  const others = Object.keys(BOUNDARIES).filter(
    (name) => name !== folder && !folders.includes(name),
  );
  const patterns = [
    {
      regex: throughFolder(OUTSIDE_SRC),
      message: 'src/ never imports from test/, scripts/, bench/ or tools/.',
    },
    {
      regex: `^(?!\\.|(?:${packages.map(escape).join('|')})$)`,
      message: `src/${folder} may import only these packages: ${packages.join(', ')} (docs/ARCHITECTURE.md).`,
    },
  ];
  if (others.length > 0) {
    patterns.push({
      regex: throughFolder(others),
      message: `src/${folder} may import only ${folders.length > 0 ? folders.join(', ') : 'itself'} of src (docs/ARCHITECTURE.md).`,
    });
  }
  if (folder !== 'engine') {
    patterns.push({
      regex: `^(?:\\.\\./)+engine/(?!(?:${['index', ...engineModules].join('|')})$)`,
      message:
        "Hosts use the engine's public index only: import from '…/engine' (src/engine/index.ts).",
    });
  }
  for (const other of indexOnly) {
    patterns.push({
      regex: `^(?:\\.\\./)+${other}/`,
      message: `src/${folder} uses src/${other} through its public index only: import from '…/${other}'.`,
    });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...Object.entries(BOUNDARIES).map(([folder, allowed]) => boundary(folder, allowed)),
  {
    // Tools, scripts and benchmarks share what they need through tools/, never through a test;
    // scripts are entry points, imported by nothing.
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: throughFolder(['test']), message: 'Nothing outside test/ imports a test.' },
            SCRIPTS_ARE_ENTRY_POINTS,
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SCRIPTS_ARE_ENTRY_POINTS] }] },
  },
);

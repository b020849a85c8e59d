/**
 * `perf-forms check --profile` reads a bureau's own word for a column label (the profile's label
 * aliases) on the files it checks.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { readCorpusEntry } from '../../tools/corpus';
import { buildExampleWorkbook } from '../../tools/examples';
import { builtinProfile, profileToJson } from '../../src/engine';
import { runCli } from './runCli';
import { tempDir } from './tempDir';

const dir = tempDir('aliases');
let bureauProfile: string;
const entry = readCorpusEntry('hunan-xiangtan-2023-wupaoche');

beforeAll(async () => {
  // The 湘潭 form as a bureau that heads the 三级 column 考核内容 would print it.
  const renamed = {
    ...entry,
    sheets: entry.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) => row.map((cell) => (cell === '三级指标' ? '考核内容' : cell))),
    })),
  };
  const bytes = Buffer.from(await buildExampleWorkbook(renamed).xlsx.writeBuffer());
  writeFileSync(join(dir, '湘潭.xlsx'), bytes);
  bureauProfile = join(dir, 'xiangtan-bureau.json');
  writeFileSync(
    bureauProfile,
    JSON.stringify({
      ...JSON.parse(profileToJson(builtinProfile('legacy-project')!)),
      id: 'xiangtan-bureau',
      aliases: { labels: { 三级指标: ['考核内容'] } },
    }),
  );
});

interface Issue {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

async function issues(...options: string[]): Promise<Issue[]> {
  const { stdout } = await runCli('check', '--format', 'json', ...options, dir);
  const report = JSON.parse(stdout) as { files: { issues: Issue[] }[] };
  return report.files.flatMap((file) => file.issues);
}

const errorsOf = (found: Issue[]) =>
  found
    .filter((issue) => issue.severity === 'error')
    .map(({ sheet, cell, rule }) => `${sheet}!${cell} ${rule}`)
    .sort();

test('without the profile the renamed header is said to be unread', async () => {
  const found = await issues();
  expect(found.filter((issue) => issue.rule === 'form.unplaced')).toHaveLength(1);
});

test('with --profile of the bureau’s profile the table is read and its real errors found', async () => {
  const found = await issues('--profile', bureauProfile);
  expect(found.filter((issue) => issue.rule === 'form.unplaced')).toEqual([]);
  expect(errorsOf(found)).toEqual(
    entry.expect.errors.map(({ sheet, cell, rule }) => `${sheet}!${cell} ${rule}`).sort(),
  );
});

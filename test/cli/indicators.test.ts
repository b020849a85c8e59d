/** `perf-forms indicators` and docs/指标库.md, both from the built-in library and the profile's list. */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { libraryMarkdown } from '../../src/cli/indicators';
import { builtinProfile, indicatorSuggestions } from '../../src/engine';
import { runCli } from './runCli';
import { tempDir } from './tempDir';

const dir = tempDir('indicators');

const run = (...args: string[]) => runCli('indicators', ...args);

test('without a 二级 it lists every 二级 of the default project profile, each with its sources', async () => {
  const { code, stdout } = await run();
  expect(code).toBe(0);
  const mof = builtinProfile('mof-2021')!;
  for (const node of mof.hierarchy)
    for (const level2 of node.level2) expect(stdout).toContain(`【${node.name} → ${level2}】`);
  const suggestions = mof.hierarchy.flatMap((node) =>
    node.level2.flatMap((level2) => indicatorSuggestions(mof, level2)),
  );
  expect(stdout.match(/来源：/g)).toHaveLength(suggestions.length);
});

test.each([
  ['mof-2021', '时效', '时效指标'],
  ['shenzhen-department', '数量指标', '数量'],
  ['hubei-department', '服务对象满意度', '社会公众或服务对象满意度'],
])('--profile %s %s gives the suggestions of %s as JSON', async (id, asked, level2) => {
  const { code, stdout } = await run('--profile', id, '--format', 'json', asked);
  expect(code).toBe(0);
  const output = JSON.parse(stdout) as {
    profile: string;
    level2: { level2: string; suggestions: { name: string; source?: { url?: string } }[] }[];
  };
  expect(output.profile).toBe(id);
  expect(output.level2.map((group) => group.level2)).toEqual([level2]);
  expect(output.level2[0].suggestions.map((s) => s.name)).toEqual(
    indicatorSuggestions(builtinProfile(id)!, level2).map((s) => s.name),
  );
});

test("a profile file's own indicators come first, marked as the bureau's", async () => {
  const file = join(dir, 'city.json');
  writeFileSync(
    file,
    JSON.stringify({
      id: 'city',
      name: '某市',
      form: 'project',
      hierarchy: [{ name: '产出指标', level2: ['数量指标'] }],
      indicators: {
        数量指标: [{ name: '巡查次数', operator: '≥', unit: '次', note: '按巡查计划' }],
      },
    }),
  );
  const { code, stdout } = await run('--profile', file, '数量');
  expect(code).toBe(0);
  expect(stdout).toContain(
    '【产出指标 → 数量指标】\n  巡查次数（≥，次）：按巡查计划\n    来源：本单位配置\n',
  );
});

test.each([
  [['不存在'], '二级指标“不存在”不在配置 mof-2021 的指标体系中'],
  [['--format', 'xml'], '--format 只能是 text 或 json'],
  [['数量', '质量'], '多余的参数：质量'],
])('refuses %j in Chinese, without a stack trace', async (args, message) => {
  const { code, stdout, stderr } = await run(...args);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toContain(message);
  expect(stderr).not.toMatch(/\n\s+at /);
});

test('docs/指标库.md is up to date (npm run docs:indicators writes it)', () => {
  const written = readFileSync(join(__dirname, '..', '..', 'docs', '指标库.md'), 'utf8');
  expect(written).toBe(libraryMarkdown());
});

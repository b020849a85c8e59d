/** `perf-forms rules` and docs/rules.md, both generated from the rules' meta. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { rulesMarkdown } from '../../src/cli/rules';
import { RULES } from '../../src/engine';
import { runCli } from './runCli';

test('perf-forms rules lists every rule: id, Chinese name, severity, description', async () => {
  const { code, stdout } = await runCli('rules');
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split('\n');
  expect(lines.map((line) => line.split('\t')[0])).toEqual(RULES.map((rule) => rule.id));
  expect(lines).toContain(
    'budget.change\t增减额计算错误\t错误\t部门表：预算增减变化 ≠ 本年（C）− 上年（D）',
  );
});

test('docs/rules.md is up to date (npm run docs:rules writes it)', () => {
  const written = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
  expect(written).toBe(rulesMarkdown());
});

test('docs/rules.md gives each rule its section with its message templates', () => {
  const catalog = rulesMarkdown();
  for (const { id, meta } of RULES) {
    expect(catalog).toContain(`### \`${id}\` ${meta.name}`);
    for (const template of Object.values(meta.messages)) expect(catalog).toContain(template);
  }
});

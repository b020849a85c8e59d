/** `perf-forms profiles validate FILE…`, and what `check` says of a bureau profile given as a file. */
import { join } from 'path';
import { runCli } from './runCli';

const fixture = (name: string) => join('test', 'fixtures', 'profiles', name);
const EXAMPLE = join('examples', 'profiles', 'example-city-project.json');

test('files that pass say 通过 and exit 0', async () => {
  const { code, stdout } = await runCli(
    'profiles',
    'validate',
    EXAMPLE,
    fixture('notepad-utf8-bom.json'),
  );
  expect(code).toBe(0);
  expect(stdout).toBe(
    `${EXAMPLE}：通过\n${fixture('notepad-utf8-bom.json')}：通过\n共 2 个配置文件：通过 2，有问题 0\n`,
  );
});

test("each file's problems are listed under it, and any problem exits 1", async () => {
  const gbk = fixture('notepad-gbk.json');
  const several = fixture('several-problems.json');
  const missing = fixture('no-such-profile.json');
  const { code, stdout, stderr } = await runCli(
    'profiles',
    'validate',
    EXAMPLE,
    gbk,
    several,
    missing,
  );
  expect(code).toBe(1);
  expect(stderr).toBe('');
  const lines = stdout.split('\n');
  expect(lines[0]).toBe(`${EXAMPLE}：通过`);
  expect(lines[1]).toBe(`${gbk}：1 个问题`);
  expect(lines[2]).toContain('GBK');
  expect(lines[3]).toBe(`${several}：4 个问题`);
  expect(lines.slice(4, 8).every((line) => line.startsWith('  字段 '))).toBe(true);
  expect(lines[8]).toBe(`${missing}：1 个问题`);
  expect(lines[9]).toContain('找不到');
  expect(lines[10]).toBe('共 4 个配置文件：通过 1，有问题 3');
});

test.each([
  [['profiles', 'validate'], '缺少参数：配置文件'],
  [['profiles', 'my.json'], '多余的参数：my.json'],
])('%j is a usage error (exit 2), not a silent pass', async (argv, mention) => {
  const { code, stderr } = await runCli(...argv);
  expect(code).toBe(2);
  expect(stderr).toContain(mention);
});

test('check --profile FILE shows in its text which findings the bureau profile decided', async () => {
  const { stdout } = await runCli('check', '--profile', EXAMPLE, 'examples/ezhou-2025.xlsx');
  expect(stdout).toContain(
    '按“某市财政局项目支出绩效指标（示例：在财政部 2021 年体系上的本地调整）”配置要求',
  );
});

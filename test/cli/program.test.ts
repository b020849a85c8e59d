/** The command line's parser: Chinese help and usage errors, --version, -- before file names. */
import { readFileSync } from 'fs';
import { runCli } from './runCli';

const ENGLISH = /Usage|Options|Arguments|Commands|display help|error:|default:/;
const COMMANDS = ['check', 'annotate', 'generate', 'profiles', 'rules'];

describe('perf-forms help and usage errors', () => {
  it.each([[[]], [['--help']], [['-h']], [['help']]])(
    '%j lists every command in Chinese',
    async (argv) => {
      const { stdout, stderr } = await runCli(...argv);
      const help = stdout + stderr;
      expect(help).toContain('用法： perf-forms [选项] <命令>');
      for (const command of COMMANDS) expect(help).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      expect(help).not.toMatch(ENGLISH);
    },
  );

  it.each(
    COMMANDS.flatMap((command) => [
      [command, '--help'],
      ['help', command],
    ]),
  )('%s %s answers with the command help in Chinese, exit 0', async (...argv) => {
    const { code, stdout, stderr } = await runCli(...argv);
    const command = argv.find((arg) => arg !== 'help' && arg !== '--help');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain(`用法： perf-forms ${command}`);
    expect(stdout).toContain('-h, --help  ');
    expect(stdout).not.toMatch(ENGLISH);
  });

  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const flag of ['--version', '-V'])
      expect(await runCli(flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['check', '-x.xlsx'], '不认识的选项：-x.xlsx\n用“perf-forms check --help”查看用法'],
    [['annotate', 'a.xlsx', '-o', 'b.xlsx', '--colour'], '不认识的选项：--colour'],
    [['check'], '缺少参数：文件或文件夹'],
    [['check', '--format'], '选项 --format 需要一个值'],
    [['check', '--format', 'xml', 'examples'], '--format 只能是 text 或 json，而不是“xml”'],
    [['annotate', 'examples/yantian-2022.xlsx'], '缺少 -o：'],
    [['generate', '-o', 'x.xlsx'], '缺少 --kind：'],
    [['rules', 'extra'], '多余的参数：extra'],
    [['nope'], '不认识的命令：nope\n用“perf-forms --help”查看用法'],
  ])('%j: a Chinese usage error, exit 2, no stack trace', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(ENGLISH);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('takes a name after -- as a file, even one starting with -', async () => {
    const { code, stdout } = await runCli('check', '--', '-x.xlsx');
    expect(code).toBe(2);
    expect(stdout).toContain('■ -x.xlsx\n  无法读取：找不到文件：-x.xlsx');
  });
});

describe('check text output', () => {
  it("names each finding's rule in Chinese with its id after it", async () => {
    const text = await runCli('check', 'examples/suizhou-2025.xlsx');
    const json = await runCli('check', '--format', 'json', 'examples/suizhou-2025.xlsx');
    const issues: { rule: string; ruleName: string }[] = JSON.parse(json.stdout).files[0].issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const { rule, ruleName } of issues) {
      expect(ruleName).not.toBe(rule);
      expect(text.stdout).toContain(`${ruleName}（${rule}）`);
    }
  });
});

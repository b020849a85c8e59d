/** --profile paths that are no profile files, and the profiles a workbook carries, from the CLI. */
import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { tempDir } from './tempDir';
import {
  builtinProfile,
  PROFILE_SHEET,
  profileToJson,
  RULES,
  type Profile,
} from '../../src/engine';

const dir = tempDir('profile');

describe('--profile with a path that is no profile file', () => {
  it('names a folder as a folder', async () => {
    const folder = join(dir, 'profiles');
    mkdirSync(folder);
    const { code, stderr } = await runCli(
      'check',
      '--profile',
      folder,
      'examples/yantian-2022.xlsx',
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`配置 ${folder} 是一个文件夹`);
    expect(stderr).not.toContain('内部错误');
  });

  it('refuses a named pipe at once instead of waiting for it', async () => {
    const pipe = join(dir, 'profile.json');
    execFileSync('mkfifo', [pipe]);
    const { code, stderr } = await runCli('check', '--profile', pipe, 'examples/yantian-2022.xlsx');
    expect(code).toBe(2);
    expect(stderr).toContain('不是普通文件');
  }, 5000);

  it('refuses a file far too large to be a profile', async () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, ' '.repeat(2 * 1024 * 1024));
    const { code, stderr } = await runCli('check', '--profile', huge, 'examples/yantian-2022.xlsx');
    expect(code).toBe(2);
    expect(stderr).toContain('太大');
  });
});

describe('a workbook carrying a weakened copy of a built-in profile', () => {
  const file = join(dir, 'silenced.xlsx');
  const mof = builtinProfile('mof-2021') as Profile;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile('examples/ezhou-2025.xlsx');
    const silenced = {
      ...JSON.parse(profileToJson(mof)),
      severity: Object.fromEntries(RULES.map((rule) => [rule.id, 'info'])),
    };
    workbook.addWorksheet(PROFILE_SHEET, { state: 'veryHidden' }).getCell('A1').value =
      JSON.stringify(silenced);
    await workbook.xlsx.writeFile(file);
  });

  it('fails the check and names the lowered severities', async () => {
    const { code, stdout } = await runCli('check', file);
    expect(code).toBe(1);
    expect(stdout).toContain('profile.modified-builtin');
    expect(stdout).toContain('规则 hierarchy.required-level1 的级别由“错误”改为“提示”');
    expect(stdout).toContain('（配置 mof-2021，内置，指纹 ');
  });

  it('with --ignore-embedded checks by the built-ins alone, saying so', async () => {
    const { code, stdout } = await runCli('check', '--ignore-embedded', '--format', 'json', file);
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout).files;
    expect(report.issues.map((issue: { rule: string }) => issue.rule)).not.toContain(
      'profile.modified-builtin',
    );
    expect(
      report.forms.every((form: { profileOrigin: string }) => form.profileOrigin === 'builtin'),
    ).toBe(true);
  });
});

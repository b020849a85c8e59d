/** `perf-forms check` on the transcribed seed packages, as docs/CLI.md and the issue describe. */
import { copyFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runCli as run } from './runCli';
import { tempDir } from './tempDir';

interface JsonIssue {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  suggestion?: string;
}

async function json(...paths: string[]) {
  const result = await run('check', '--format', 'json', ...paths);
  return { ...result, report: JSON.parse(result.stdout) };
}

const issuesOf = (report: { files: { issues: JsonIssue[] }[] }) =>
  report.files.flatMap((f) => f.issues);

describe('check --format json on the Suizhou 2025 package (seed 000)', () => {
  let report: {
    version: number;
    files: { file: string; error: string | null; forms: unknown[]; issues: JsonIssue[] }[];
    summary: Record<string, number>;
  };
  let code: number;
  beforeAll(async () => {
    ({ report, code } = await json('examples/suizhou-2025.xlsx'));
  });

  it('finds the department form and its eight project forms', () => {
    expect(report.version).toBe(1);
    expect(report.files[0].forms).toHaveLength(9);
    expect(report.files[0].forms[0]).toEqual({
      sheet: '部门整体',
      kind: 'department',
      year: 2025,
      name: '随州市曾都区政务服务和大数据管理局(汇总）',
      profile: 'hubei-department',
      profileOrigin: 'builtin',
      profileFingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(report.summary.forms).toBe(9);
  });

  it('finds the C−D sign error on 基本支出', () => {
    const change = issuesOf(report).find((i) => i.rule === 'budget.change');
    expect(change).toMatchObject({
      severity: 'error',
      sheet: '部门整体',
      cell: 'F13',
      suggestion: '10.64',
    });
    expect(change!.message).toContain('270.98');
    expect(change!.message).toContain('260.34');
    expect(change!.message).toContain('-10.64');
  });

  it('finds the column years that do not match a 2025 form', () => {
    const years = issuesOf(report).filter((i) => i.rule === 'form.year-mismatch');
    expect(years.map((i) => i.cell).sort()).toEqual(['D9', 'E9']);
    expect(years.find((i) => i.cell === 'D9')!.message).toContain('2024');
    expect(years.find((i) => i.cell === 'E9')!.message).toContain('2023');
  });

  it('finds the operator 定义 in the 大厅前台岗位服务外包 form and suggests 定性', () => {
    const unknown = issuesOf(report).find((i) => i.rule === 'operator.unknown');
    expect(unknown).toMatchObject({
      sheet: '大厅前台岗位服务外包',
      cell: 'G15',
      suggestion: '定性',
    });
    expect(unknown!.message).toContain('定义');
  });

  it('reports no error where the forms are right', () => {
    const errorSheets = new Set(
      issuesOf(report)
        .filter((i) => i.severity === 'error')
        .map((i) => i.sheet),
    );
    expect([...errorSheets].sort()).toEqual(['大厅前台岗位服务外包', '部门整体']);
    for (const sheet of [
      '12345热线',
      '政务公开',
      '门户网站维护',
      'OA系统使用费',
      '便民寄递',
      '放管服改革',
      '合署办公',
    ]) {
      expect(issuesOf(report).filter((i) => i.sheet === sheet && i.severity === 'error')).toEqual(
        [],
      );
    }
  });

  it('exits 1 when there is an error finding', () => {
    expect(code).toBe(1);
  });
});

describe('check on the Ezhou approvals (seed 002)', () => {
  it('finds 社会效益 rows filed under 产出指标 and the 总成本 "等于36人" row', async () => {
    const { report } = await json('examples/ezhou-2025.xlsx');
    const issues = issuesOf(report);
    const misplaced = issues.filter((i) => i.rule === 'hierarchy.level2-parent');
    expect(misplaced.length).toBeGreaterThanOrEqual(7);
    expect(misplaced.every((i) => i.suggestion === '效益指标' && /社会效益/.test(i.message))).toBe(
      true,
    );
    const cost = issues.find((i) => i.rule === 'cost.unit-not-money');
    expect(cost).toMatchObject({
      sheet: '城市数字公共基础设施专班工作经费',
      cell: 'E20',
      severity: 'error',
    });
    expect(cost!.message).toContain('等于36人');
  });
});

describe('check across files and directories', () => {
  const dir = tempDir('check');

  it('compares the 2025 form’s 上年 column with the 2024 form given in the same run', async () => {
    const { report } = await json('examples/suizhou-2025.xlsx', 'examples/suizhou-2024.xlsx');
    const prior = issuesOf(report).filter((i) => i.rule === 'budget.prior-year');
    const income = prior.find((i) => i.message.startsWith('财政拨款'));
    expect(income).toMatchObject({
      sheet: '部门整体',
      cell: 'E10',
      severity: 'warning',
      suggestion: '447.48',
    });
    expect(income!.message).toContain('537.34');
  });

  it('reads every .xlsx below a directory', async () => {
    const { report } = await json('examples');
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      'examples/ezhou-2025.xlsx',
      'examples/suizhou-2024.xlsx',
      'examples/suizhou-2025.xlsx',
      'examples/yantian-2022.xlsx',
    ]);
  });

  it('reports an unreadable file in its error field, checks the others, and exits 2', async () => {
    writeFileSync(join(dir, 'renamed.xlsx'), '这是一个改了扩展名的文本文件');
    copyFileSync('examples/yantian-2022.xlsx', join(dir, 'yantian.xlsx'));
    const { report, code } = await json(dir);
    expect(code).toBe(2);
    const [renamed, yantian] = report.files;
    expect(renamed.error).toMatch(/不是 Excel、WPS 或 OpenDocument 工作簿/);
    expect(renamed.forms).toEqual([]);
    expect(yantian.error).toBeNull();
    expect(yantian.forms).toHaveLength(1);
  });

  it('exits 0 on a form with no error finding', async () => {
    const { code, stdout } = await run('check', 'examples/yantian-2022.xlsx');
    expect(code).toBe(0);
    expect(stdout).toContain('部门整体');
    expect(stdout).toMatch(/错误 0/);
  });

  it('exits 2 with a Chinese message on bad arguments', async () => {
    const bad = await run('check', '--format', 'xml', 'examples');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format 只能是 text 或 json');
    const unknown = await run('check', '--profile', 'no-such-profile', 'examples');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('找不到配置“no-such-profile”');
  });

  it('uses a profile given by id and reports it', async () => {
    const { report } = await json('--profile', 'mof-2021', 'examples/suizhou-2025.xlsx');
    const projects = report.files[0].forms.filter((f: { kind: string }) => f.kind === 'project');
    expect(projects.every((f: { profile: string }) => f.profile === 'mof-2021')).toBe(true);
  });

  it('pins one profile per kind for a whole package, and refuses two for one kind', async () => {
    const { report } = await json(
      '--profile',
      'mof-2015,shenzhen-department',
      'examples/suizhou-2025.xlsx',
    );
    const profileOf = (kind: string) =>
      new Set(
        report.files[0].forms
          .filter((f: { kind: string }) => f.kind === kind)
          .map((f: { profile: string }) => f.profile),
      );
    expect(profileOf('project')).toEqual(new Set(['mof-2015']));
    expect(profileOf('department')).toEqual(new Set(['shenzhen-department']));
    const twice = await run('check', '--profile', 'mof-2015,mof-2021', 'examples');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--profile 为项目支出表给了 2 个配置（mof-2015、mof-2021）');
  });
});

describe('profiles', () => {
  it('lists the four built-in profiles', async () => {
    const { code, stdout } = await run('profiles');
    expect(code).toBe(0);
    for (const id of ['mof-2021', 'legacy-project', 'hubei-department', 'shenzhen-department'])
      expect(stdout).toContain(id);
  });
});

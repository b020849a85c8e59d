/** perf-forms generate: arguments, defaults, profiles, packages, and never overwriting by surprise. */
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { parseProfileJson } from '../../src/engine/profiles/schema';
import { PROFILE_SHEET } from '../../src/template';
import { runCli } from '../cli/runCli';
import { CITY_PROFILE_FILE } from './helpers';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'perf-forms-generate-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const generate = (...args: string[]) => runCli('generate', ...args);

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function embeddedIds(workbook: ExcelJS.Workbook): string[] {
  const sheet = workbook.getWorksheet(PROFILE_SHEET)!;
  const ids: string[] = [];
  sheet.eachRow((row) => {
    const parsed = parseProfileJson(String(row.getCell(1).value));
    ids.push(parsed.ok ? parsed.profile.id : `无效：${parsed.errors.join('；')}`);
  });
  return ids;
}

const visibleText = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets
    .filter((sheet) => sheet.state === 'visible')
    .flatMap((sheet) => sheet.getSheetValues().flat())
    .map((value) =>
      value && typeof value === 'object' && 'result' in value ? value.result : value,
    )
    .join('|');

describe('generate', () => {
  it('writes a project template for next year with the default profile', async () => {
    const out = join(dir, 'project.xlsx');
    const { code, stdout } = await generate(
      '--kind',
      'project',
      '--name',
      '城区道路养护',
      '-o',
      out,
    );
    expect(code).toBe(0);
    const nextYear = new Date().getFullYear() + 1;
    expect(stdout).toContain(out);
    const workbook = await open(out);
    expect(visibleText(workbook)).toContain(`（${nextYear}年度）`);
    expect(visibleText(workbook)).toContain('城区道路养护');
    expect(embeddedIds(workbook)).toEqual(['mof-2021']);
  });

  it('writes a department template with the department default profile and the given year', async () => {
    const out = join(dir, 'department.xlsx');
    expect((await generate('--kind', 'department', '--year', '2030', '-o', out)).code).toBe(0);
    const workbook = await open(out);
    expect(visibleText(workbook)).toContain('2030年预算金额（C）');
    expect(visibleText(workbook)).toContain('2029年预算金额（D）');
    expect(embeddedIds(workbook)).toEqual(['hubei-department']);
  });

  it('refuses to overwrite an existing file without --force, and overwrites with it', async () => {
    const out = join(dir, 'form.xlsx');
    await fs.writeFile(out, 'earlier work');
    const refused = await generate('--kind', 'project', '-o', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/已存在.*--force/);
    expect(await fs.readFile(out, 'utf8')).toBe('earlier work');
    expect((await generate('--kind', 'project', '--force', '-o', out)).code).toBe(0);
    expect(embeddedIds(await open(out))).toEqual(['mof-2021']);
  });

  it('embeds a bureau’s profile file', async () => {
    const out = join(dir, 'city.xlsx');
    expect(
      (await generate('--kind', 'project', '--profile', CITY_PROFILE_FILE, '-o', out)).code,
    ).toBe(0);
    expect(embeddedIds(await open(out))).toEqual(['example-city-project']);
  });

  it('writes a package: the department form, one project form each, both profiles', async () => {
    const out = join(dir, 'package.xlsx');
    const { code } = await generate(
      '--kind',
      'department',
      '--name',
      '某局',
      '--projects',
      '热线运行:12.5，政务公开：30',
      '--project-profile',
      'legacy-project',
      '-o',
      out,
    );
    expect(code).toBe(0);
    const workbook = await open(out);
    const visible = workbook.worksheets
      .filter((sheet) => sheet.state === 'visible')
      .map((sheet) => sheet.name);
    expect(visible).toEqual(['部门整体支出绩效目标申报表', '热线运行', '政务公开']);
    expect(embeddedIds(workbook).sort()).toEqual(['hubei-department', 'legacy-project']);
    expect(visibleText(workbook)).toContain('42.5');
  });

  it('keeps 、 inside a project name: one sheet per project, not one per part', async () => {
    const out = join(dir, 'package.xlsx');
    const { code } = await generate(
      '--kind',
      'department',
      '--projects',
      '市、区合署办公:3.5,项目B:2',
      '-o',
      out,
    );
    expect(code).toBe(0);
    const visible = (await open(out)).worksheets
      .filter((sheet) => sheet.state === 'visible')
      .map((sheet) => sheet.name);
    expect(visible).toEqual(['部门整体支出绩效目标申报表', '市、区合署办公', '项目B']);
  });

  it.each([
    [['-o', 'x.xlsx'], /缺少 --kind/],
    [['--kind', 'budget', '-o', 'x.xlsx'], /--kind 只能是 project 或 department/],
    [['--kind', 'project'], /缺少 -o/],
    [['--kind', 'project', '-o', 'x.xls'], /\.xlsx 结尾/],
    [
      ['--kind', 'project', '--year', '26', '-o', 'x.xlsx'],
      /--year：年度应为 2000–2100 之间的四位数字/,
    ],
    [['--kind', 'project', '--profile', 'no-such-profile', '-o', 'x.xlsx'], /no-such-profile/],
    [
      ['--kind', 'project', '--profile', 'hubei-department', '-o', 'x.xlsx'],
      /hubei-department.*部门整体支出表/,
    ],
    [
      ['--kind', 'project', '--projects', 'A:1', '-o', 'x.xlsx'],
      /--projects 只能与 --kind department/,
    ],
    [
      ['--kind', 'department', '--projects', 'A:十万', '-o', 'x.xlsx'],
      /第 1 项“A:十万”的金额“十万”不是大于 0 的数字/,
    ],
    [['--kind', 'department', '--projects', ':5', '-o', 'x.xlsx'], /缺少项目名称/],
    [['--kind', 'department', '--projects', 'A:1,A:2', '-o', 'x.xlsx'], /“A”与前面的项目重复/],
    [['--kind', 'department', '--projects', 'A', '-o', 'x.xlsx'], /第 1 项“A”缺少金额/],
    [['--kind', 'project', '--colour', 'red', '-o', 'x.xlsx'], /不认识的选项/],
  ])('refuses %j with a Chinese message and exit 2', async (args, message) => {
    const { code, stderr } = await generate(
      ...args.map((arg) => (arg.endsWith('.xlsx') || arg.endsWith('.xls') ? join(dir, arg) : arg)),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('names the fields a broken profile file gets wrong', async () => {
    const file = join(dir, 'broken.json');
    await fs.writeFile(
      file,
      JSON.stringify({ id: 'Bad Id', name: '', form: 'project', hierarchy: [] }),
    );
    const { code, stderr } = await generate(
      '--kind',
      'project',
      '--profile',
      file,
      '-o',
      join(dir, 'x.xlsx'),
    );
    expect(code).toBe(2);
    expect(stderr).toContain('配置编号');
    expect(stderr).toContain('指标体系');
  });
});

/**
 * perf-forms generate: writes a blank template (cli.md). With --projects, a department's whole
 * package: its department form and one project form per project.
 */
import { promises as fs } from 'fs';
import Decimal from 'decimal.js';
import { BUILTIN_PROFILES, builtinProfile } from '../engine/profiles/builtins';
import { parseProfileJson } from '../engine/profiles/schema';
import type { FormKind, Profile } from '../engine/profiles/types';
import {
  DEPARTMENT_TITLE,
  describePackage,
  describeTemplate,
  PROJECT_TITLE,
  TemplateError,
  type ProjectSpec,
  type TemplateLayout,
} from '../template';
import { OutputFileError, writeTemplateFile } from '../xlsx/writeTemplate';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const GENERATE_USAGE = `用法：perf-forms generate --kind project|department [--year YYYY] [--profile ID|FILE]
                          [--name NAME] [--projects "项目A:12.5,项目B:30"] [--force] -o OUT.xlsx

  --kind      project（项目支出绩效目标申报表）或 department（部门整体支出绩效目标申报表）
  --year      表的年度，默认明年
  --profile   内置配置编号或配置文件（JSON）；默认项目表用 mof-2021，部门表用 hubei-department。
              生成整套表时可给两次：一个部门配置、一个项目配置
  --name      项目名称（project）或部门名称（department），预先填入
  --projects  与 --kind department 一起用：生成整套表（部门表加每个项目一张项目表），
              “名称:年度资金总额（万元）”，多个项目用逗号分开
  --force     覆盖已存在的输出文件
  -o          输出的 .xlsx 文件
`;

const DEFAULT_PROFILE: Record<FormKind, string> = {
  project: 'mof-2021',
  department: 'hubei-department',
};
const KIND_NAME: Record<FormKind, string> = { project: '项目支出表', department: '部门整体支出表' };

/** A mistake in the arguments; the message is Chinese and names the option. */
class UsageError extends Error {}

interface GenerateArgs {
  kind: FormKind;
  year: number;
  profiles: string[];
  name: string | undefined;
  projects: ProjectSpec[] | undefined;
  force: boolean;
  output: string;
}

export async function runGenerate(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(GENERATE_USAGE);
    return 0;
  }
  try {
    const options = parseArgs(args);
    const layout = await describe(options);
    await writeTemplateFile(layout, options.output, { force: options.force });
    io.stdout.write(`已生成 ${options.output}：${summary(layout, options.year)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`错误：${error.message}\n\n${GENERATE_USAGE}`);
      return 2;
    }
    const known = error instanceof TemplateError || error instanceof OutputFileError;
    io.stderr.write(`错误：${known ? '' : '生成模板时出了意外：'}${(error as Error).message}\n`);
    return 2;
  }
}

const VALUE_OPTIONS = new Set([
  '--kind',
  '--year',
  '--profile',
  '--name',
  '--projects',
  '-o',
  '--output',
]);

function parseArgs(args: string[]): GenerateArgs {
  const values = new Map<string, string[]>();
  let force = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const [option, inline] =
      arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if (option === '--force') {
      force = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(option)) {
      throw new UsageError(
        option.startsWith('-') ? `不认识的选项 ${option}` : `多余的参数“${arg}”`,
      );
    }
    const value = inline ?? args[++index];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`选项 ${option} 后面缺少取值`);
    }
    const key = option === '--output' ? '-o' : option;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const single = (option: string): string | undefined => {
    const given = values.get(option) ?? [];
    if (given.length > 1) throw new UsageError(`选项 ${option} 只能给一次`);
    return given[0];
  };

  const kind = single('--kind');
  if (kind === undefined) throw new UsageError('缺少 --kind（project 或 department）');
  if (kind !== 'project' && kind !== 'department') {
    throw new UsageError(`--kind 只能是 project 或 department，收到“${kind}”`);
  }
  const output = single('-o');
  if (output === undefined) throw new UsageError('缺少 -o（输出的 .xlsx 文件）');
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`-o 的文件名应以 .xlsx 结尾，收到“${output}”`);
  const projectsText = single('--projects');
  if (projectsText !== undefined && kind !== 'department') {
    throw new UsageError('--projects 只能与 --kind department 一起使用（生成部门整套表）');
  }
  return {
    kind,
    year: parseYear(single('--year')),
    profiles: values.get('--profile') ?? [],
    name: single('--name')?.trim() || undefined,
    projects: projectsText === undefined ? undefined : parseProjects(projectsText),
    force,
    output,
  };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}

function parseYear(text: string | undefined): number {
  if (text === undefined) return new Date().getFullYear() + 1;
  if (!/^\d{4}$/.test(text.trim()))
    throw new UsageError(`--year 应为四位年份，例如 2026，收到“${text}”`);
  return Number(text.trim());
}

/** "项目A:12.5,项目B:30": full-width separators too; a project without an amount is left to fill. */
function parseProjects(text: string): ProjectSpec[] {
  const items = text
    .split(/[,，、;；]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    throw new UsageError('--projects 没有列出任何项目，格式如 "项目A:12.5,项目B:30"');
  return items.map((item) => {
    const at = Math.max(item.lastIndexOf(':'), item.lastIndexOf('：'));
    const name = (at < 0 ? item : item.slice(0, at)).trim();
    const amount = at < 0 ? '' : item.slice(at + 1).trim();
    if (name === '') throw new UsageError(`--projects 中的“${item}”缺少项目名称`);
    if (amount === '') return { name, funding: null };
    if (!/^\d+(\.\d+)?$/.test(amount)) {
      throw new UsageError(
        `--projects 中项目“${name}”的年度资金总额“${amount}”不是不小于 0 的数字（单位万元）`,
      );
    }
    return { name, funding: new Decimal(amount) };
  });
}

async function describe(options: GenerateArgs): Promise<TemplateLayout> {
  const profiles = await Promise.all(options.profiles.map(loadProfile));
  const forms: FormKind[] = options.projects ? ['department', 'project'] : [options.kind];
  const chosen = pickProfiles(profiles, forms, options.kind);
  if (options.projects) {
    return describePackage({
      year: options.year,
      departmentProfile: chosen.department,
      projectProfile: chosen.project,
      department: options.name,
      projects: options.projects,
    });
  }
  return options.kind === 'project'
    ? describeTemplate({
        kind: 'project',
        year: options.year,
        profile: chosen.project,
        project: options.name ? { name: options.name, funding: null } : undefined,
      })
    : describeTemplate({
        kind: 'department',
        year: options.year,
        profile: chosen.department,
        department: options.name,
      });
}

/** Each profile declares its form: at most one per form, none for a form not generated. */
function pickProfiles(
  given: Profile[],
  forms: FormKind[],
  kind: FormKind,
): Record<FormKind, Profile> {
  const chosen = {} as Record<FormKind, Profile>;
  for (const profile of given) {
    if (!forms.includes(profile.form)) {
      throw new UsageError(
        `配置 ${profile.id} 适用于${KIND_NAME[profile.form]}，与 --kind ${kind} 不符` +
          (profile.form === 'project' ? '（项目配置只在带 --projects 生成整套表时用得到）' : ''),
      );
    }
    if (chosen[profile.form]) {
      throw new UsageError(
        `--profile 给了两个${KIND_NAME[profile.form]}配置：${chosen[profile.form].id} 和 ${profile.id}`,
      );
    }
    chosen[profile.form] = profile;
  }
  for (const form of forms) chosen[form] ??= builtinProfile(DEFAULT_PROFILE[form]) as Profile;
  return chosen;
}

/** A built-in profile id, or a JSON file a finance bureau wrote. */
async function loadProfile(reference: string): Promise<Profile> {
  const builtin = builtinProfile(reference);
  if (builtin) return builtin;
  let text: string;
  try {
    text = await fs.readFile(reference, 'utf8');
  } catch (error) {
    const ids = BUILTIN_PROFILES.map((profile) => profile.id).join('、');
    throw new UsageError(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `--profile “${reference}”既不是内置配置（${ids}），也不是存在的文件`
        : `无法读取配置文件 ${reference}：${(error as Error).message}`,
    );
  }
  const parsed = parseProfileJson(text);
  if (!parsed.ok)
    throw new UsageError(`配置文件 ${reference} 有误：\n  ${parsed.errors.join('\n  ')}`);
  return parsed.profile;
}

function summary(layout: TemplateLayout, year: number): string {
  const forms = layout.sheets.filter((sheet) => sheet.form !== null);
  const projects = forms.filter((sheet) => sheet.form === 'project').length;
  const department = forms.some((sheet) => sheet.form === 'department');
  const what = department
    ? DEPARTMENT_TITLE + (projects > 0 ? ` 和 ${projects} 张${PROJECT_TITLE}` : '')
    : PROJECT_TITLE;
  return `${year}年度${what}（配置 ${layout.profiles.map((profile) => profile.id).join('、')}）`;
}

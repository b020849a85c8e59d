/**
 * perf-forms generate: writes a blank template (cli.md). With --projects, a department's whole
 * package: its department form and one project form per project.
 */
import type { FormKind, Profile } from '../engine';
import {
  DEFAULT_PROFILE_IDS,
  DEPARTMENT_TITLE,
  describeRequest,
  PROJECT_TITLE,
  readFunding,
  TemplateError,
  type ProjectSpec,
  type TemplateLayout,
} from '../template';
import { OutputFileError } from '../xlsx/outputFile';
import { writeTemplateFile } from '../xlsx/writeFile';
import { parseArgs, UsageError, type Io } from './args';
import { resolveProfile } from './profileOption';

export const GENERATE_USAGE = `用法：perf-forms generate --kind project|department [--year YYYY] [--profile ID|FILE]
         [--name NAME] [--projects "项目A:12.5,项目B:30"] [--project-profile ID|FILE] [--force] -o OUT.xlsx

  --kind             project（项目支出绩效目标申报表）或 department（部门整体支出绩效目标申报表）
  --year             表的年度，默认明年
  --profile          内置配置编号或配置文件（JSON），须适用于 --kind 的表；
                     默认项目表用 mof-2021，部门表用 hubei-department
  --name             项目名称（project）或部门名称（department），预先填入
  --projects         与 --kind department 一起用：生成整套表（部门表加每个项目一张项目表），
                     写成“名称:年度资金总额（万元）”，多个项目用逗号分开
  --project-profile  整套表中项目表的配置，默认 mof-2021
  --force            覆盖已存在的输出文件
  -o                 输出的 .xlsx 文件
`;

interface GenerateArgs {
  kind: FormKind;
  year: number;
  profile: Profile;
  /** Set for a package (--projects). */
  projectProfile: Profile | undefined;
  name: string | undefined;
  projects: ProjectSpec[] | undefined;
  force: boolean;
  output: string;
}

export async function runGenerate(
  args: string[],
  io: Pick<Io, 'stdout' | 'stderr'>,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(GENERATE_USAGE);
    return 0;
  }
  try {
    const options = readArgs(args);
    const layout = describe(options);
    await writeTemplateFile(layout, options.output, { force: options.force });
    io.stdout(`已生成 ${options.output}：${summary(layout, options.year)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${GENERATE_USAGE}`);
      return 2;
    }
    if (error instanceof TemplateError || error instanceof OutputFileError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readArgs(args: string[]): GenerateArgs {
  const { options, flags, positionals } = parseArgs(
    args,
    [
      '--kind',
      '--year',
      '--profile',
      '--project-profile',
      '--name',
      '--projects',
      '-o',
      '--output',
    ],
    ['--force'],
  );
  if (positionals.length > 0) throw new UsageError(`多余的参数：${positionals.join(' ')}`);
  const kind = options['--kind'];
  if (kind === undefined) throw new UsageError('缺少 --kind（project 或 department）');
  if (kind !== 'project' && kind !== 'department') {
    throw new UsageError(`--kind 只能是 project 或 department，而不是“${kind}”`);
  }
  const output = options['-o'] ?? options['--output'];
  if (output === undefined) throw new UsageError('缺少 -o（输出的 .xlsx 文件）');
  if (!/\.xlsx$/i.test(output))
    throw new UsageError(`-o 的文件名应以 .xlsx 结尾，而不是“${output}”`);
  const projectsText = options['--projects'];
  if (projectsText === undefined && options['--project-profile'] !== undefined) {
    throw new UsageError('--project-profile 只在用 --projects 生成整套表时使用');
  }
  if (projectsText !== undefined && kind !== 'department') {
    throw new UsageError('--projects 只能与 --kind department 一起使用（生成部门整套表）');
  }
  const isPackage = projectsText !== undefined;
  return {
    kind,
    year: parseYear(options['--year']),
    profile: profileFor(kind, options['--profile']),
    projectProfile: isPackage ? profileFor('project', options['--project-profile']) : undefined,
    name: options['--name']?.trim() || undefined,
    projects: isPackage ? parseProjects(projectsText) : undefined,
    force: flags.has('--force'),
    output,
  };
}

/** The profile an option names, or the form's default; describeTemplate checks it fits the form. */
function profileFor(kind: FormKind, value: string | undefined): Profile {
  // Given a name, resolveProfile returns a profile or throws.
  return resolveProfile(value ?? DEFAULT_PROFILE_IDS[kind]) as Profile;
}

function parseYear(text: string | undefined): number {
  if (text === undefined) return new Date().getFullYear() + 1;
  if (!/^\d{4}$/.test(text.trim())) {
    throw new UsageError(`--year 应为四位年份，例如 2026，而不是“${text}”`);
  }
  return Number(text.trim());
}

/** "项目A:12.5,项目B:30": full-width separators too; a project without an amount is left to fill. */
function parseProjects(text: string): ProjectSpec[] {
  const items = text
    .split(/[,，、;；]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) {
    throw new UsageError('--projects 没有列出任何项目，格式如 "项目A:12.5,项目B:30"');
  }
  return items.map((item) => {
    const at = Math.max(item.lastIndexOf(':'), item.lastIndexOf('：'));
    const name = (at < 0 ? item : item.slice(0, at)).trim();
    const amount = at < 0 ? '' : item.slice(at + 1).trim();
    if (name === '') throw new UsageError(`--projects 中的“${item}”缺少项目名称`);
    try {
      return { name, funding: readFunding(name, amount) };
    } catch (error) {
      if (error instanceof TemplateError) throw new UsageError(`--projects 中${error.message}`);
      throw error;
    }
  });
}

function describe(options: GenerateArgs): TemplateLayout {
  const { year, profile, projectProfile, name, projects } = options;
  return describeRequest(
    projects && projectProfile
      ? { kind: 'package', year, departmentProfile: profile, projectProfile, name, projects }
      : { kind: options.kind, year, profile, name },
  );
}

function summary(layout: TemplateLayout, year: number): string {
  const forms = layout.sheets.filter((sheet) => sheet.form !== null);
  const projects = forms.filter((sheet) => sheet.form === 'project').length;
  const department = forms.some((sheet) => sheet.form === 'department');
  const what = department
    ? DEPARTMENT_TITLE + (projects > 0 ? ` 和 ${projects} 张${PROJECT_TITLE}` : '')
    : PROJECT_TITLE;
  const profiles = layout.profiles.map((profile) => profile.id).join('、');
  return `${year}年度${what}（配置 ${profiles}）`;
}

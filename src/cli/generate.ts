/**
 * perf-forms generate: writes a blank template (docs/CLI.md). With --projects, a department's whole
 * package: its department form and one project form per project.
 */
import type { Command } from 'commander';
import type { FormKind, Profile } from '../engine';
import {
  DEFAULT_PROFILE_IDS,
  defaultYear,
  DEPARTMENT_TITLE,
  describeRequest,
  parseProjectList,
  PROJECT_LIST_EXAMPLE,
  PROJECT_TITLE,
  readFunding,
  TemplateError,
  yearProblem,
  type ProjectSpec,
  type TemplateLayout,
} from '../template';
import { OutputFileError } from '../xlsx/outputFile';
import { UsageError, type Io } from './args';
import { resolveProfile } from './profileOption';
import { runAction, type CliContext } from './program';

/** generate's options as typed on the command line (commander's names). */
export interface GenerateFlags {
  kind?: string;
  year?: string;
  profile?: string;
  projectProfile?: string;
  name?: string;
  projects?: string;
  force?: boolean;
  output?: string;
}

export interface GenerateOptions {
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

export async function generate(
  options: GenerateOptions,
  io: Pick<Io, 'stdout' | 'stderr'>,
): Promise<number> {
  try {
    const layout = describe(options);
    // exceljs is loaded only to write: `perf-forms check` never needs it.
    const { writeTemplateFile } = await import('../xlsx/writeFile');
    await writeTemplateFile(layout, options.output, { force: options.force });
    io.stdout(`已生成 ${options.output}：${summary(layout, options.year)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TemplateError || error instanceof OutputFileError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export function registerGenerate(program: Command, context: CliContext): void {
  const command: Command = program
    .command('generate')
    .description('生成空白的绩效目标申报表（.xlsx），或部门的整套表（部门表加每个项目一张项目表）')
    .requiredOption(
      '--kind <类型>',
      'project（项目支出绩效目标申报表）或 department（部门整体支出绩效目标申报表）',
    )
    .option('--year <年度>', `表的年度，默认明年（${defaultYear()}）`)
    .option(
      '--profile <编号或文件>',
      `内置配置编号或配置文件（JSON），须适用于 --kind 的表；默认项目表用 ${DEFAULT_PROFILE_IDS.project}，部门表用 ${DEFAULT_PROFILE_IDS.department}`,
    )
    .option('--name <名称>', '项目名称（project）或部门名称（department），预先填入')
    .option(
      '--projects <项目清单>',
      `与 --kind department 一起用：生成整套表；写成“名称:年度资金总额（万元）”，多个项目用逗号、分号或换行分开，如“${PROJECT_LIST_EXAMPLE}”`,
    )
    .option(
      '--project-profile <编号或文件>',
      `整套表中项目表的配置，默认 ${DEFAULT_PROFILE_IDS.project}`,
    )
    .option('--force', '覆盖已存在的输出文件')
    .requiredOption('-o, --output <文件>', '输出的 .xlsx 文件')
    .action((flags: GenerateFlags) =>
      runAction(command, context, () => generate(readFlags(flags), context.io)),
    );
}

export function readFlags(flags: GenerateFlags): GenerateOptions {
  const { kind, output } = flags;
  if (kind !== 'project' && kind !== 'department') {
    throw new UsageError(`--kind 只能是 project 或 department，而不是“${kind}”`);
  }
  if (output === undefined) throw new UsageError('缺少 -o（输出的 .xlsx 文件）');
  if (!/\.xlsx$/i.test(output))
    throw new UsageError(`-o 的文件名应以 .xlsx 结尾，而不是“${output}”`);
  const projectsText = flags.projects;
  if (projectsText === undefined && flags.projectProfile !== undefined) {
    throw new UsageError('--project-profile 只在用 --projects 生成整套表时使用');
  }
  if (projectsText !== undefined && kind !== 'department') {
    throw new UsageError('--projects 只能与 --kind department 一起使用（生成部门整套表）');
  }
  const isPackage = projectsText !== undefined;
  return {
    kind,
    year: readYear(flags.year),
    profile: profileFor(kind, flags.profile),
    projectProfile: isPackage ? profileFor('project', flags.projectProfile) : undefined,
    name: flags.name?.trim() || undefined,
    projects: isPackage ? readProjects(projectsText) : undefined,
    force: Boolean(flags.force),
    output,
  };
}

/** The profile an option names, or the form's default; describeTemplate checks it fits the form. */
function profileFor(kind: FormKind, value: string | undefined): Profile {
  // Given a name, resolveProfile returns a profile or throws.
  return resolveProfile(value ?? DEFAULT_PROFILE_IDS[kind]) as Profile;
}

function readYear(text: string | undefined): number {
  if (text === undefined) return defaultYear();
  const problem = yearProblem(text);
  if (problem) throw new UsageError(`--year：${problem}`);
  return Number(text.trim());
}

function readProjects(text: string): ProjectSpec[] {
  const list = parseProjectList(text);
  if (!list.ok) throw new UsageError(`--projects 有误：\n  ${list.errors.join('\n  ')}`);
  return list.projects.map(({ name, funding }) => ({ name, funding: readFunding(name, funding) }));
}

function describe(options: GenerateOptions): TemplateLayout {
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

/**
 * describeTemplate / describePackage: the whole workbook of a template as data — the form
 * sheets, the hidden lists sheet with its defined names, and the very hidden profile sheet.
 */
import Decimal from 'decimal.js';
import {
  absoluteA1,
  builtinProfile,
  PROFILE_SHEET,
  profileToJson,
  type FormKind,
  type Profile,
} from '../engine';
import { describeDepartmentSheet, DEPARTMENT_TITLE } from './departmentForm';
import { DEFAULT_PROFILE_IDS, YEAR_RANGE } from './defaults';
import { TemplateError } from './errors';
import type { SheetLayout, TemplateLayout } from './layout';
import { describeListsSheet, LISTS_SHEET, listsForForm, type ListSpec } from './lists';
import { describeProjectSheet, PROJECT_TITLE, type ProjectSpec } from './projectForm';
import { SheetBuilder } from './sheetBuilder';
import { STYLES } from './styles';
import { freeSheetName, SHEET_NAME_LIMIT } from './sheetNames';

export type { ProjectSpec };

interface CommonOptions {
  year: number;
  profile: Profile;
  /** 部门名称 on a department form, 主管部门 on a project form. */
  department?: string;
}

export type TemplateOptions =
  | (CommonOptions & { kind: 'project'; project?: ProjectSpec })
  | (CommonOptions & { kind: 'department' });

export interface PackageOptions {
  year: number;
  departmentProfile: Profile;
  projectProfile: Profile;
  department?: string;
  projects: ProjectSpec[];
}

/** What to generate: a blank form of one kind, or a department's package. */
export type FormRequest =
  | { kind: FormKind; year: number; profile: Profile; name?: string }
  | ({ kind: 'package'; name?: string } & Omit<PackageOptions, 'department'>);

/** The layout a request asks for; `name` is the project's or the department's. */
export function describeRequest(request: FormRequest): TemplateLayout {
  if (request.kind === 'package') {
    const { year, departmentProfile, projectProfile, name, projects } = request;
    return describePackage({ year, departmentProfile, projectProfile, department: name, projects });
  }
  const { year, profile, name } = request;
  return request.kind === 'project'
    ? describeTemplate({
        kind: 'project',
        year,
        profile,
        project: name ? { name, funding: null } : undefined,
      })
    : describeTemplate({ kind: 'department', year, profile, department: name });
}

/**
 * A project's 年度资金总额 as typed, in 万元 ("35", "120.5"): null where blank (filled in
 * later); a TemplateError naming the project for anything but a number not below 0.
 */
export function readFunding(project: string, typed: string): Decimal | null {
  const funding = typed.trim();
  if (funding === '') return null;
  if (!/^\d+(\.\d+)?$/.test(funding)) {
    throw new TemplateError(
      `项目“${project}”的年度资金总额“${funding}”不是不小于 0 的数字（单位万元）`,
    );
  }
  return new Decimal(funding);
}

/** Short names of the two forms, for messages. */
const FORM_KIND_NAMES: Record<FormKind, string> = {
  project: '项目支出表',
  department: '部门整体支出表',
};

/** A blank form of one kind, in a workbook of its own. */
export function describeTemplate(options: TemplateOptions): TemplateLayout {
  checkYear(options.year);
  checkProfile(options.profile, options.kind);
  if (options.kind === 'project') return describeProjectTemplate(options).layout;
  const sheet = describeDepartmentSheet({
    sheetName: DEPARTMENT_TITLE,
    year: options.year,
    profile: options.profile,
    department: options.department ?? null,
    projects: null,
  });
  return assemble([sheet], [{ kind: 'department', profile: options.profile }]);
}

/**
 * A project form in a workbook of its own, on a sheet named `sheetName` (the title by
 * default), with its 年度资金总额 cell (A1) for a department's 项目支出 to add up.
 */
export function describeProjectTemplate(
  options: CommonOptions & { project?: ProjectSpec; sheetName?: string },
): { layout: TemplateLayout; fundingCell: string } {
  checkYear(options.year);
  checkProfile(options.profile, 'project');
  const { sheet, fundingCell } = describeProjectSheet({
    sheetName: options.sheetName ?? PROJECT_TITLE,
    year: options.year,
    profile: options.profile,
    project: options.project ? checkProject(options.project) : null,
    department: options.department ?? null,
  });
  return {
    layout: assemble([sheet], [{ kind: 'project', profile: options.profile }]),
    fundingCell,
  };
}

/**
 * What a department sends in: its department form first, then one project form per project;
 * the department's 项目支出 (C) is the sum of the projects' 年度资金总额, by formula.
 */
export function describePackage(options: PackageOptions): TemplateLayout {
  checkYear(options.year);
  checkProfile(options.departmentProfile, 'department');
  checkProfile(options.projectProfile, 'project');
  if (options.projects.length === 0) throw new TemplateError('项目列表为空：至少需要一个项目');
  const department = options.department ?? null;
  const names = uniqueSheetNames(
    options.projects.map((project) => project.name),
    [DEPARTMENT_TITLE, LISTS_SHEET, PROFILE_SHEET],
  );
  const projects = options.projects.map((spec, index) => {
    const project = checkProject(spec);
    const { sheet, fundingCell } = describeProjectSheet({
      sheetName: names[index],
      year: options.year,
      profile: options.projectProfile,
      project,
      department,
    });
    return { sheet, fundingRef: sheetReference(sheet.name, fundingCell), funding: project.funding };
  });
  const departmentSheet = describeDepartmentSheet({
    sheetName: DEPARTMENT_TITLE,
    year: options.year,
    profile: options.departmentProfile,
    department,
    projects,
  });
  return assemble(
    [departmentSheet, ...projects.map((project) => project.sheet)],
    [
      { kind: 'department', profile: options.departmentProfile },
      { kind: 'project', profile: options.projectProfile },
    ],
  );
}

function assemble(
  forms: SheetLayout[],
  issued: { kind: FormKind; profile: Profile }[],
): TemplateLayout {
  const lists: ListSpec[] = issued.flatMap(({ kind, profile }) => listsForForm(kind, profile));
  const { sheet: listsSheet, names } = describeListsSheet(lists);
  const profiles = issued.map(({ profile }) => profile);
  return {
    sheets: [...forms, listsSheet, describeProfileSheet(profiles)],
    definedNames: names,
    styles: STYLES,
    profiles,
  };
}

/** One profile JSON per cell of column A (the reader takes them from there). */
function describeProfileSheet(profiles: readonly Profile[]): SheetLayout {
  const builder = new SheetBuilder(PROFILE_SHEET, [100]);
  profiles.forEach((profile, row) =>
    builder.put(row, 0, 'plain', true, { value: profileToJson(profile) }),
  );
  return builder.build({
    visibility: 'veryHidden',
    form: null,
    print: null,
    protection: null,
    showGridLines: true,
  });
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw new TemplateError(`年度“${year}”不在 ${YEAR_RANGE.min}–${YEAR_RANGE.max} 之间`);
  }
}

function checkProfile(profile: Profile, kind: FormKind): void {
  if (profile.form !== kind) {
    throw new TemplateError(
      `配置 ${profile.id} 适用于${FORM_KIND_NAMES[profile.form]}，不能用来生成${FORM_KIND_NAMES[kind]}`,
    );
  }
}

function checkProject(project: ProjectSpec): ProjectSpec {
  const name = project.name.trim();
  if (name === '') throw new TemplateError('项目名称不能为空');
  if (project.funding && (project.funding.isNaN() || project.funding.isNegative())) {
    throw new TemplateError(`项目“${name}”的年度资金总额应为不小于 0 的数字`);
  }
  return { name, funding: project.funding };
}

/**
 * Excel: at most 31 characters, none of []:*?/\, unique. Apostrophes become ’ too: exceljs
 * writes a sheet's print area without escaping them, which breaks the file.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  return wanted.map((raw) => {
    const base =
      raw
        .replace(/[[\]:*?/\\]/g, '_')
        .replace(/'/g, '’')
        .trim()
        .slice(0, SHEET_NAME_LIMIT) || '项目';
    const name = freeSheetName(
      base,
      (candidate) => used.has(candidate.toLowerCase()),
      (copy) => `（${copy}）`,
    );
    used.add(name.toLowerCase());
    return name;
  });
}

/** "'项目A'!$B$6": always quoted (sheet names hold no apostrophe, see above). */
export function sheetReference(sheetName: string, address: string): string {
  return `'${sheetName}'!${absoluteA1(address)}`;
}

/** What an officer asks for in the pane or on the web page: kind, year, name, projects as typed. */
export interface TemplateAsk {
  kind: FormKind | 'package';
  year: number;
  /** Project name or department name. */
  name?: string;
  /** For 'package'. */
  projects?: { name: string; funding: string }[];
  /** For 'package': the project forms' profile (its hierarchy), else the chosen or default one. */
  projectProfile?: Profile;
}

/**
 * The template request for an ask: the chosen profile for forms of its kind, each kind's default
 * for the others (the CLI's defaults), the projects' funding read as typed.
 */
export function requestFor(ask: TemplateAsk, chosen: Profile | null): FormRequest {
  const profileFor = (form: FormKind): Profile =>
    chosen?.form === form ? chosen : (builtinProfile(DEFAULT_PROFILE_IDS[form]) as Profile);
  const { year, name } = ask;
  if (ask.kind !== 'package') return { kind: ask.kind, year, profile: profileFor(ask.kind), name };
  return {
    kind: 'package',
    year,
    name,
    departmentProfile: profileFor('department'),
    projectProfile: ask.projectProfile ?? profileFor('project'),
    projects: (ask.projects ?? []).map((project) => ({
      name: project.name,
      funding: readFunding(project.name, project.funding),
    })),
  };
}

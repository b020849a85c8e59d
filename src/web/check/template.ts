/** 生成模板 on the page: the workbook `perf-forms generate` writes for the same request, as bytes. */
import { builtinProfile, type FormKind, type Profile } from '../../engine';
import type { GenerateRequest } from '../../addin/controller';
import {
  DEFAULT_PROFILE_IDS,
  DEPARTMENT_TITLE,
  describeRequest,
  PROJECT_TITLE,
  readFunding,
  type FormRequest,
} from '../../template';
import { writeTemplate } from '../../xlsx/writeTemplate';

/** The pane's request (a built-in profile by id) as the template's, the way the CLI fills it. */
function formRequest(request: GenerateRequest): FormRequest {
  const chosen = request.profileId ? builtinProfile(request.profileId) : undefined;
  const profileFor = (form: FormKind): Profile =>
    chosen?.form === form ? chosen : (builtinProfile(DEFAULT_PROFILE_IDS[form]) as Profile);
  const { year, name } = request;
  if (request.kind !== 'package')
    return { kind: request.kind, year, profile: profileFor(request.kind), name };
  return {
    kind: 'package',
    year,
    name,
    departmentProfile: profileFor('department'),
    projectProfile: profileFor('project'),
    projects: (request.projects ?? []).map((project) => ({
      name: project.name,
      funding: readFunding(project.name, project.funding),
    })),
  };
}

/** The .xlsx file name the download suggests: year, what it is, and the name given. */
export function templateFileName(request: GenerateRequest): string {
  const what = {
    project: PROJECT_TITLE,
    department: DEPARTMENT_TITLE,
    package: `${DEPARTMENT_TITLE}（申报包）`,
  }[request.kind];
  return `${request.year}年度${what}${request.name ? `-${request.name}` : ''}.xlsx`;
}

/** Throws TemplateError (Chinese) for a request the templates refuse. */
export async function templateBytes(request: GenerateRequest): Promise<ArrayBuffer> {
  const workbook = await writeTemplate(describeRequest(formRequest(request)));
  return workbook.xlsx.writeBuffer();
}

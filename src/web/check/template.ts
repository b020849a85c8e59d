/** 生成模板 on the page: the workbook `perf-forms generate` writes for the same request, as bytes. */
import { builtinProfile, type Profile } from '../../engine';
import type { GenerateRequest } from '../../addin/controller';
import { DEPARTMENT_TITLE, describeRequest, PROJECT_TITLE, requestFor } from '../../template';
import { writeTemplate } from '../../xlsx/writeTemplate';

/** The .xlsx file name the download suggests: year, what it is, and the name given. */
export function templateFileName(request: GenerateRequest): string {
  const what = {
    project: PROJECT_TITLE,
    department: DEPARTMENT_TITLE,
    package: `${DEPARTMENT_TITLE}（申报包）`,
  }[request.kind];
  return `${request.year}年度${what}${request.name ? `-${request.name}` : ''}.xlsx`;
}

/**
 * Throws TemplateError (Chinese) for a request the templates refuse. The profile it names is an
 * imported one (a bureau's file picked on the page, as `generate --profile FILE`), else a built-in.
 */
export async function templateBytes(
  request: GenerateRequest,
  imported: readonly Profile[],
): Promise<ArrayBuffer> {
  const id = request.profileId;
  const chosen = id
    ? (imported.find((profile) => profile.id === id) ?? builtinProfile(id) ?? null)
    : null;
  const workbook = await writeTemplate(describeRequest(requestFor(request, chosen)));
  return workbook.xlsx.writeBuffer();
}

/**
 * 生成: the template a request asks for, written as new sheets beside the existing ones (never
 * in place of one) in one sync; 添加项目: a project form added to a package, joining its
 * department's 项目支出 (C) formula.
 */
import { formName, toA1, type DepartmentForm, type FormSummary } from '../engine';
import {
  addedProjectSheetName,
  DEFAULT_PROFILE_IDS,
  describeAddedProject,
  describeRequest,
  readFunding,
  requestFor,
  TemplateError,
  type ProjectExpenseCell,
  type TemplateAsk,
  type TemplateLayout,
} from '../template';
import type { HostCapabilities } from './host/capabilities';
import type * as ExcelApi from './host/excelApi';
import { planTemplate, queueTemplate } from './host/writeTemplate';
import { MESSAGES } from './messages';
import type { ProfileStore } from './profileStore';
import type { WorkbookSession } from './workbookSession';

export interface GenerateRequest extends TemplateAsk {
  /** Built-in or embedded profile id; default by kind. */
  profileId?: string;
  /** A package's project forms: their profile id (the hierarchy); the default where absent. */
  projectProfileId?: string;
}

/** 添加项目: a project for the package in the workbook. */
export interface AddProjectRequest {
  year: number;
  name: string;
  /** 年度资金总额 as typed, in 万元; blank: filled in later. */
  funding: string;
  /** The project forms' profile where the workbook has none yet (else theirs: one hierarchy). */
  profileId?: string;
}

/** What 添加项目 wrote. */
export interface AddedProject {
  sheet: string;
  /** The department sheet whose 项目支出 now adds the project up; null: none was changed. */
  department: string | null;
  /** Why no department was changed: no 项目支出 (C) cell found, or one typed in by the officer. */
  unchanged: 'notFound' | 'typed' | null;
}

export class TemplateWriter {
  constructor(
    private readonly session: WorkbookSession,
    private readonly profiles: ProfileStore,
    private readonly capabilities: Pick<HostCapabilities, 'printLayout'>,
  ) {}

  /** Writes the template a request asks for; returns the names of the form sheets added. */
  write(request: GenerateRequest): Promise<string[]> {
    return this.writeLayout(this.describe(request));
  }

  /** Writes a layout beside the sheets as last read (a taken name gets a suffix); returns the form sheets. */
  async writeLayout(layout: TemplateLayout): Promise<string[]> {
    const existing = this.session.all().map((sheet) => ({
      name: sheet.info.name,
      rows: sheet.grid.rows,
    }));
    const plan = planTemplate(layout, existing);
    await this.session.run(async (context) => {
      queueTemplate(context, plan, layout.styles, this.capabilities);
      await context.sync();
    });
    return plan.formSheets;
  }

  /**
   * Adds a project form named after the project beside the sheets as last read, and writes its
   * 年度资金总额 into the first department form's 项目支出 (C) formula: one Excel.run, which reads
   * that cell's formula (1 sync) and then writes both (1 sync), the protected department sheet
   * unprotected and protected again around its one cell. A name already taken is refused.
   */
  async addProject(
    request: AddProjectRequest,
    forms: readonly FormSummary[],
  ): Promise<AddedProject> {
    const name = request.name.trim();
    if (name === '') throw new TemplateError(MESSAGES.projectNameMissing);
    const sheetNames = this.session.all().map((sheet) => sheet.info.name);
    const sheetName = addedProjectSheetName(sheetNames, name);
    const wanted = addedProjectSheetName([], name);
    if (sheetName !== wanted) throw new TemplateError(MESSAGES.projectSheetTaken(wanted));
    const funding = readFunding(name, request.funding);
    const projectForm = forms.find((form) => form.kind === 'project');
    const profile = this.profiles.byId(
      projectForm?.profile ?? request.profileId ?? DEFAULT_PROFILE_IDS.project,
    );
    const department = this.departmentForm();
    const expenseCell = department?.funds?.rows['expense.project']?.current ?? null;
    const existing = this.session.all().map((sheet) => ({
      name: sheet.info.name,
      rows: sheet.grid.rows,
    }));

    return this.session.run(async (context) => {
      let projectExpense: ProjectExpenseCell | null = null;
      let departmentSheet: ExcelApi.Worksheet | null = null;
      let protection: ExcelApi.WorksheetProtection | null = null;
      if (department && expenseCell) {
        const cell = toA1(expenseCell.row, expenseCell.col);
        departmentSheet = context.workbook.worksheets.getItem(department.sheet);
        const range = departmentSheet.getRange(cell);
        range.load('formulas,values');
        protection = departmentSheet.protection.load('protected,options');
        await context.sync();
        const formula = range.formulas[0][0];
        const value = range.values[0][0];
        projectExpense = {
          sheet: department.sheet,
          cell,
          formula: typeof formula === 'string' && formula.startsWith('=') ? formula : null,
          value: typeof value === 'number' || typeof value === 'string' ? value : null,
        };
      }
      const added = describeAddedProject({
        year: request.year,
        profile,
        department: department ? formName(department) || undefined : undefined,
        project: { name, funding },
        sheetNames,
        projectExpense,
      });
      // The department first: should its sheet refuse the write, nothing else is written.
      const update = added.departmentUpdate;
      if (update && departmentSheet && protection) {
        const wasProtected = protection.protected;
        const options = protection.options;
        if (wasProtected) departmentSheet.protection.unprotect();
        departmentSheet.getRange(update.cell).formulas = [[update.formula]];
        if (wasProtected) departmentSheet.protection.protect(options);
      }
      queueTemplate(
        context,
        planTemplate(added.layout, existing),
        added.layout.styles,
        this.capabilities,
      );
      await context.sync();
      return {
        sheet: added.sheetName,
        department: update ? update.sheet : null,
        unchanged: update ? null : projectExpense ? 'typed' : 'notFound',
      };
    });
  }

  /** The workbook's first department form, as last read. */
  private departmentForm(): DepartmentForm | null {
    for (const sheet of this.session.all()) {
      const form = sheet.reading.forms.find(
        (candidate): candidate is DepartmentForm => candidate.kind === 'department',
      );
      if (form) return form;
    }
    return null;
  }

  /** The template a request asks for, with the profile it names (embedded ones first), else the defaults. */
  private describe(request: GenerateRequest): TemplateLayout {
    const chosen = request.profileId ? this.profiles.byId(request.profileId) : null;
    if (chosen && request.kind !== 'package' && chosen.form !== request.kind) {
      throw new TemplateError(MESSAGES.profileForOtherKind(chosen.name, chosen.form, request.kind));
    }
    const projectProfile =
      request.kind === 'package' && request.projectProfileId
        ? this.profiles.byId(request.projectProfileId)
        : undefined;
    if (projectProfile && projectProfile.form !== 'project') {
      throw new TemplateError(
        MESSAGES.profileForOtherKind(projectProfile.name, projectProfile.form, 'project'),
      );
    }
    return describeRequest(requestFor({ ...request, projectProfile }, chosen));
  }
}

/**
 * 生成: the template a request asks for, written as new sheets beside the existing ones (never
 * in place of one) in one sync.
 */
import {
  describeRequest,
  requestFor,
  TemplateError,
  type TemplateAsk,
  type TemplateLayout,
} from '../template';
import type { HostCapabilities } from './host/capabilities';
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

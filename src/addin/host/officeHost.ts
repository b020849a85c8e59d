/**
 * The Host (src/hostInterface) over Office.js: each call reads the workbook afresh (2 syncs) and then
 * does its one read and one write through the parts the controller uses.
 */
import type { Finding, WorkbookGrid } from '../../engine';
import type { Host } from '../../hostInterface';
import type { TemplateLayout } from '../../template';
import { Highlighter } from '../highlighter';
import { ProfileStore } from '../profileStore';
import { TemplateWriter } from '../templateWriter';
import { WorkbookSession, type ExcelRun } from '../workbookSession';
import { hostCapabilities, type HostCapabilities } from './capabilities';

export class OfficeHost implements Host {
  private readonly session: WorkbookSession;
  private readonly highlighter: Highlighter;
  private readonly templates: TemplateWriter;

  constructor(run: ExcelRun, capabilities: HostCapabilities = hostCapabilities()) {
    this.session = new WorkbookSession(run, capabilities);
    this.highlighter = new Highlighter(this.session, capabilities);
    this.templates = new TemplateWriter(this.session, new ProfileStore(this.session), capabilities);
  }

  async readGrids(): Promise<WorkbookGrid> {
    await this.session.readAll();
    return { sheets: this.session.all().map((sheet) => sheet.grid) };
  }

  async writeTemplate(layout: TemplateLayout): Promise<string[]> {
    await this.session.readAll();
    return this.templates.writeLayout(layout);
  }

  async markFindings(findings: Finding[]): Promise<number> {
    await this.readMarks();
    return this.highlighter.markAll(findings);
  }

  async clearMarks(): Promise<number> {
    await this.readMarks();
    return this.highlighter.clearAll();
  }

  /** The marks as the workbook records them; a damaged record is refused, not overwritten. */
  private async readMarks(): Promise<void> {
    await this.session.readAll();
    const damaged = this.highlighter.load();
    if (damaged) throw new Error(damaged);
  }
}

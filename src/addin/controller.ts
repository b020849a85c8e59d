/**
 * The add-in's controller: the one place the task pane and the ribbon commands go through.
 * It owns the pane state, the live check on edits, highlight/clear and template generation.
 */
import type { Finding, FormSummary } from '../engine';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type PaneStatus = 'idle' | 'checking' | 'highlighting' | 'clearing' | 'generating';

export interface PaneProfile {
  id: string;
  name: string;
  form: 'project' | 'department';
  source: 'embedded' | 'builtin';
}

export interface PaneMessage {
  kind: 'error' | 'success' | 'info';
  text: string;
}

export interface PaneState {
  status: PaneStatus;
  forms: FormSummary[];
  /** Sorted by sheet order, severity, row. */
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  /** Marks are in the workbook now. */
  highlighted: boolean;
  /** Profiles in use. */
  profiles: PaneProfile[];
  /** Chinese, for the pane's message bar. */
  message: PaneMessage | null;
}

export interface GenerateRequest {
  kind: 'project' | 'department' | 'package';
  year: number;
  /** Built-in id; default by kind. */
  profileId?: string;
  /** Project name or department name. */
  name?: string;
  /** For 'package'. */
  projects?: { name: string; funding: string }[];
}

type Listener = (state: PaneState) => void;

export class AddinController {
  private state: PaneState = {
    status: 'idle',
    forms: [],
    findings: [],
    counts: { error: 0, warning: 0, info: 0 },
    highlighted: false,
    profiles: [],
    message: null,
  };
  private readonly listeners = new Set<Listener>();

  constructor(private readonly run: ExcelRun) {}

  getState(): PaneState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Full check, then registers worksheets onChanged / onSelectionChanged (debounced). */
  async start(): Promise<void> {
    throw new Error(`start: ${this.run.name} not wired yet`);
  }
  /** 检查 */
  async check(): Promise<void> {}
  /** 高亮错误 */
  async highlight(): Promise<void> {}
  /** 清除高亮 */
  async clearHighlight(): Promise<void> {}
  /** Activates the finding's sheet and selects its cell. */
  async select(finding: Finding): Promise<void> {
    void finding;
  }
  /** New sheets only, never replaces one. */
  async generate(request: GenerateRequest): Promise<void> {
    void request;
  }
  /** Engine parseProfileJson (Chinese errors), then embeds into the workbook's profile sheet. */
  async importProfile(jsonText: string): Promise<{ ok: boolean; errors: string[] }> {
    return { ok: false, errors: [jsonText] };
  }
  /** JSON of the profile in use (first embedded), else null. */
  async exportProfile(): Promise<string | null> {
    return null;
  }
}

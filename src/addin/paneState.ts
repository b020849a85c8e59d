/**
 * What the pane shows, held in one store: the controller's parts update it, the views and the
 * ribbon read it. A new pane feature adds its field here and the part that fills it.
 */
import type { Finding, FormProgress, FormSummary, ProfileOrigin, Severity } from '../engine';
import type { RowSuggestions } from './indicatorHelp';

export type PaneStatus =
  'idle' | 'checking' | 'highlighting' | 'clearing' | 'generating' | 'fixing' | 'filling';

export interface PaneProfile {
  id: string;
  name: string;
  form: 'project' | 'department';
  /** Where the rules came from and their fingerprint, as the CLI report says. */
  source: ProfileOrigin;
  fingerprint: string;
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
  /** How many applies of suggestions (采用建议, 全部采用) 撤销 can take back. */
  undoableFixes: number;
  /** Chinese, for the pane's message bar. */
  message: PaneMessage | null;
  /** Forms not started yet, shown as 待填写 lists (blankForms.ts). */
  blankForms: FormProgress[];
  /** The findings the pane lists: `findings` less those of blank forms; counts to match. */
  listed: Finding[];
  listedCounts: Record<Severity, number>;
  /** Suggested indicators for the empty 三级 row selected, else null (indicatorHelp.ts). */
  rowSuggestions: RowSuggestions | null;
}

type Listener = (state: PaneState) => void;

export const INITIAL_PANE_STATE: PaneState = {
  status: 'idle',
  forms: [],
  findings: [],
  counts: { error: 0, warning: 0, info: 0 },
  highlighted: false,
  profiles: [],
  undoableFixes: 0,
  message: null,
  blankForms: [],
  listed: [],
  listedCounts: { error: 0, warning: 0, info: 0 },
  rowSuggestions: null,
};

/** The pane state and its listeners; every change is a new object, so views compare by identity. */
export class PaneStore {
  private state: PaneState = INITIAL_PANE_STATE;
  private readonly listeners = new Set<Listener>();

  get(): PaneState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  /** Sets the message bar. */
  say(message: PaneMessage | null): void {
    this.update({ message });
  }
}

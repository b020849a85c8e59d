/** Findings: what every rule produces and every host shows. */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** A rule id of the catalog (rules.md), e.g. "budget.change". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the one cell to change (top-left of a merge). */
  cell: string;
  /** One Chinese sentence naming the values involved. */
  message: string;
  suggestion?: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** Highlight fills by severity (RGB hex), shared by the annotated .xlsx and the add-in. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** A finding as one line of a cell note, the same in the annotated .xlsx and the add-in. */
export function findingNote(finding: Finding): string {
  const suggestion = finding.suggestion ? `（建议：${finding.suggestion}）` : '';
  return `【${SEVERITY_LABEL[finding.severity]}】${finding.message}${suggestion} [${finding.rule}]`;
}

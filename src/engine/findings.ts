/** Findings: what every rule produces and every host shows. */
import { toA1 } from './grid';
import type { CellFix } from './fixes';

/** Worst first: the order findings are sorted and counted in. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** A rule id of the catalog (docs/rules.md), e.g. "budget.change". */
  rule: string;
  /** The rule's Chinese name, what a reviewer reads (budget.change: 增减额计算错误). */
  ruleName: string;
  severity: Severity;
  sheet: string;
  /** Zero-based row of the one cell to change (top-left of a merge), as in the grid: where hosts go. */
  row: number;
  /** Zero-based column of that cell. */
  col: number;
  /** The same cell in A1, what people read and the CLI JSON's `cell`; hosts never parse it back. */
  cell: string;
  /** One Chinese sentence naming the values involved. */
  message: string;
  suggestion?: string;
  /** A safe fix (notation only) a host may apply for the user: fixes.ts. */
  fix?: CellFix;
  /** Set when a bureau's own profile decided the finding: "按“××”配置要求：产出指标量化比例 0.6". */
  profileBasis?: string;
}

/** Where a finding points: the grid's zero-based row and column, and their A1 for output. */
export type FindingPlace = Pick<Finding, 'row' | 'col' | 'cell'>;

export function findingPlace(row: number, col: number): FindingPlace {
  return { row, col, cell: toA1(row, col) };
}

/** A finding as the CLI JSON prints it: its place as `cell` (A1) alone, as scripts have always read it. */
export type FindingJson = Omit<Finding, 'row' | 'col'>;

export function findingJson({ row: _row, col: _col, ...json }: Finding): FindingJson {
  return json;
}

export const SEVERITY_ORDER = Object.fromEntries(
  SEVERITIES.map((severity, rank) => [severity, rank]),
) as Record<Severity, number>;

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

/** How many findings there are of each severity (the CLI's summary, the pane's counts). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/**
 * A finding as one line of a cell note, the same in the annotated .xlsx and the add-in: the
 * severity and the rule's Chinese name lead, the rule id trails for whoever looks it up.
 */
export function findingNote(finding: Finding): string {
  const suggestion = finding.suggestion ? `（建议：${finding.suggestion}）` : '';
  const basis = finding.profileBasis ? `（${finding.profileBasis}）` : '';
  return `【${SEVERITY_LABEL[finding.severity]}·${finding.ruleName}】${finding.message}${suggestion}${basis} [${finding.rule}]`;
}

/** The findings that point at one cell, most severe first: its fill is the first one's. */
export interface CellFindings {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  findings: Finding[];
}

/**
 * Findings grouped by their cell, in the order the cells first appear; within a cell, most
 * severe first (otherwise as given). What the annotated .xlsx and 高亮错误 both mark.
 */
export function findingsByCell(findings: readonly Finding[]): CellFindings[] {
  const byCell = new Map<string, CellFindings>();
  for (const finding of findings) {
    const { sheet, row, col, cell } = finding;
    const key = `${sheet}\u0000${row}\u0000${col}`;
    let group = byCell.get(key);
    if (!group) byCell.set(key, (group = { sheet, row, col, cell, findings: [] }));
    group.findings.push(finding);
  }
  const groups = [...byCell.values()];
  for (const group of groups)
    group.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return groups;
}

/**
 * What a rule is: an ESLint-like module with its meta (name, description, messages) and hooks
 * per form kind, per workbook or per run, reporting `{ at, messageId, data, suggestion? }`.
 */
import type { TextFix } from '../fixes';
import type { Severity } from '../findings';
import type { FormKind } from '../profiles/types';
import {
  isDepartmentForm,
  isProjectForm,
  type AnalyzedDepartmentForm,
  type AnalyzedForm,
  type AnalyzedProjectForm,
  type AnalyzedRow,
  type BookView,
} from '../analyze';
import { rowCell, type CellPos, type RowCellRole } from '../model';

/** Message templates by id; `{name}` is filled from the report's data. */
export type Messages = Record<string, string>;

export interface RuleMeta<M extends Messages = Messages> {
  /** The default severity; a profile may change it. */
  severity: Severity;
  /** A few Chinese words a reviewer reads beside the finding (budget.change: 增减额计算错误). */
  name: string;
  /** What the rule checks, in Chinese. */
  description: string;
  messages: M;
  /** What the suggested value is, in Chinese, for a rule whose findings suggest one. */
  fix?: string;
  /**
   * What the rule's safe fixes rewrite, in Chinese: only a rule that declares it may report a
   * `fix`, and only for a change of notation (≧ → ≥), never of meaning (which cell of a wrong sum
   * is wrong is the officer's call).
   */
  fixable?: string;
}

/** A safe fix as a rule reports it: the report's cell, or `at` where the text sits in another. */
export type ReportedFix = TextFix & { at?: CellPos };

/** The placeholder names of a message template: 'a {x} b {y}' → 'x' | 'y'. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type MessageData = Record<string, string | number>;

type DataOf<T extends string> = [Placeholders<T>] extends [never]
  ? { data?: undefined }
  : { data: Record<Placeholders<T>, string | number> };

/** A report of one finding: the message id picks the template, and the data must fill all of it. */
export type Report<M extends Messages> = {
  [Id in keyof M & string]: {
    at: CellPos;
    messageId: Id;
    suggestion?: string;
    fix?: ReportedFix;
  } & DataOf<M[Id]>;
}[keyof M & string];

/** A report as the runner receives it, whatever the rule. */
export interface AnyReport {
  at: CellPos;
  messageId: string;
  data?: MessageData;
  suggestion?: string;
  fix?: ReportedFix;
}

export type ReportOnForm<R = AnyReport> = (report: R) => void;
export type ReportOn<R = AnyReport> = (form: AnalyzedForm, report: R) => void;
export type ReportOnSheet<R = AnyReport> = (sheet: string, report: R) => void;

/** What a rule module declares: its meta, and any of the hooks. */
export interface RuleSpec<M extends Messages> {
  id: string;
  meta: RuleMeta<M>;
  project?(form: AnalyzedProjectForm, report: ReportOnForm<Report<M>>): void;
  department?(form: AnalyzedDepartmentForm, report: ReportOnForm<Report<M>>): void;
  /** Every form, of either kind. */
  form?(form: AnalyzedForm, report: ReportOnForm<Report<M>>): void;
  /** The forms of one workbook together; `reportSheet` for a sheet that holds no form. */
  book?(book: BookView, report: ReportOn<Report<M>>, reportSheet: ReportOnSheet<Report<M>>): void;
  /** The workbooks of one run together (files checked in one `check`). */
  run?(books: BookView[], report: ReportOn<Report<M>>): void;
  /** The kinds of form `run` compares: a run of many files keeps only these for it. */
  runKinds?: readonly FormKind[];
}

/** A rule as the runner sees it: its hooks take any report. */
export interface Rule {
  id: string;
  meta: RuleMeta;
  checkForm?(form: AnalyzedForm, report: ReportOnForm): void;
  checkBook?(book: BookView, report: ReportOn, reportSheet: ReportOnSheet): void;
  checkRun?(books: BookView[], report: ReportOn): void;
  /** The kinds of form checkRun compares; absent: every kind. */
  runKinds?: readonly FormKind[];
}

export function createRule<const M extends Messages>(spec: RuleSpec<M>): Rule {
  const { id, meta, project, department, form, book, run, runKinds } = spec;
  const byKind = project || department || form;
  return {
    id,
    meta,
    checkForm: byKind
      ? (analyzed, report) => {
          form?.(analyzed, report);
          if (isProjectForm(analyzed)) project?.(analyzed, report);
          else if (isDepartmentForm(analyzed)) department?.(analyzed, report);
        }
      : undefined,
    checkBook: book,
    checkRun: run,
    runKinds,
  };
}

/** A rule that judges each indicator row on its own: at most one finding per row. */
export function rowRule<const M extends Messages>(spec: {
  id: string;
  meta: RuleMeta<M>;
  checkRow(row: AnalyzedRow, form: AnalyzedForm): Report<M> | undefined;
}): Rule {
  const { checkRow } = spec;
  return createRule<M>({
    id: spec.id,
    meta: spec.meta,
    form(form, report) {
      for (const row of form.rows) {
        const found = checkRow(row, form);
        if (found) report(found);
      }
    },
  });
}

/** A `{name}` of a message template. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** The message of a report: its template with each `{name}` replaced by the data's value. */
export function formatMessage(template: string, data: MessageData | undefined): string {
  const pieces = templatePieces(template);
  if (pieces.length === 1) return template;
  // Joined, not added up: a finding's message is kept to the end of a folder's check, and `+`
  // keeps it as a tree of the pieces.
  const parts = pieces.slice();
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    parts[i] = data && name in data ? String(data[name]) : `{${name}}`;
  }
  return parts.join('');
}

/**
 * A template cut at its placeholders: text, name, text, … (odd places are names). Cut once per
 * template: a folder's findings share a few hundred templates.
 */
const TEMPLATE_PIECES = new Map<string, string[]>();

function templatePieces(template: string): string[] {
  let pieces = TEMPLATE_PIECES.get(template);
  if (!pieces) {
    // split() keeps a capture group's text: text, name, text, …
    pieces = template.split(PLACEHOLDER);
    TEMPLATE_PIECES.set(template, pieces);
  }
  return pieces;
}

/** The placeholder names a template has, in order: what a report's data must fill. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/**
 * Where a finding about a row's cell points. 计算符号: the filled operator cell, else the value
 * cell (the operator was written inside the value, or not at all); 单位: the unit cell, else the
 * value cell where the table has no unit column.
 */
export function cellOf(row: AnalyzedRow, role: RowCellRole): CellPos {
  if (role === 'operator' && !row.source.operator) role = 'value';
  return rowCell(row.table, row.source, role);
}

/** Runs every rule over the forms of one or more workbooks and collects the findings. */
import { analyzeForm, hierarchyMisfits } from './analyze';
import { SEVERITY_ORDER, type Finding } from './findings';
import { toA1, type WorkbookGrid } from './grid';
import { formName, type CellPos, type FormModel } from './model';
import { BUILTIN_PROFILES } from './profiles/builtins';
import {
  modifiedBuiltinMessage,
  MODIFIED_BUILTIN_RULE,
  profileFingerprint,
  profileOrigin,
  vetEmbeddedProfile,
  type ProfileOrigin,
} from './profiles/provenance';
import type { FormKind, Profile } from './profiles/types';
import { readWorkbook, type BookReading } from './reader/workbook';
import { RULES } from './rules/registry';
import type { AnalyzedForm, BookView, Report, Rule } from './rules/types';

export interface CheckOptions {
  /** A profile chosen by the user (--profile): used for every form of its kind. */
  profile?: Profile;
  /** Labels of the books (file names), for messages that compare books. */
  labels?: string[];
}

export interface FormSummary {
  sheet: string;
  kind: FormKind;
  year: number | null;
  name: string;
  /** The id of the profile the form was checked with, where it came from and its fingerprint. */
  profile: string;
  profileOrigin: ProfileOrigin;
  profileFingerprint: string;
}

export interface BookResult {
  forms: FormSummary[];
  findings: Finding[];
}

function chooseProfile(
  form: FormModel,
  embedded: Profile[],
  forced: Profile | undefined,
): { profile: Profile; source: AnalyzedForm['profileSource'] } {
  if (forced && forced.form === form.kind) return { profile: forced, source: 'forced' };
  const carried = embedded.filter((profile) => profile.form === form.kind);
  const candidates =
    carried.length > 0 ? carried : BUILTIN_PROFILES.filter((p) => p.form === form.kind);
  let best = candidates[0];
  // A lone candidate fits best whatever its misfit: only a choice needs the count.
  if (candidates.length > 1) {
    const misfits = hierarchyMisfits(form, candidates);
    let bestMisfit = Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (misfits[i] < bestMisfit) {
        best = candidates[i];
        bestMisfit = misfits[i];
      }
    }
  }
  return { profile: best, source: carried.length > 0 ? 'embedded' : 'best-fit' };
}

/** `rows[i]` is the row of `findings[i]`, kept when it was reported (no A1 address parsed back). */
function sortFindings(findings: Finding[], rows: number[], sheetOrder: string[]): Finding[] {
  const order = new Map(sheetOrder.map((name, index) => [name, index]));
  // Each finding's keys worked out once, not in every comparison (the sort is stable).
  const keyed = findings.map((finding, index) => ({
    finding,
    sheet: order.get(finding.sheet) ?? 0,
    severity: SEVERITY_ORDER[finding.severity],
    row: rows[index],
  }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.severity - b.severity || a.row - b.row);
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i].finding;
  return findings;
}

/** Checks readings of one run: each is a workbook; cross-book rules compare them. */
export function checkReadings(books: BookReading[], options: CheckOptions = {}): BookResult[] {
  // Copies of built-in profiles that differ from them are checked as the built-in (provenance.ts).
  const vetted = books.map((book) => book.embeddedProfiles.map(vetEmbeddedProfile));
  const views: BookView[] = books.map((book, index) => {
    const label = options.labels?.[index] ?? `工作簿${index + 1}`;
    const embedded = vetted[index].map((carried) => carried.profile);
    const forms = book.sheets.flatMap((sheet) =>
      sheet.forms.map((form) => {
        const { profile, source } = chooseProfile(form, embedded, options.profile);
        return analyzeForm(form, profile, source, index, label);
      }),
    );
    const unrecognizedSheets = book.sheets
      .filter((s) => !s.ignored && !s.recognized)
      .map((s) => s.sheet);
    return { index, label, forms, unrecognizedSheets };
  });
  const findings: Finding[][] = books.map(() => []);
  const findingRows: number[][] = books.map(() => []);

  const emit = (
    rule: Rule,
    book: number,
    sheet: string,
    profile: Profile | null,
    at: CellPos,
    message: string,
    suggestion?: string,
  ) => {
    const finding: Finding = {
      rule: rule.id,
      severity: profile?.severity[rule.id] ?? rule.severity,
      sheet,
      cell: toA1(at.row, at.col),
      message,
    };
    if (suggestion !== undefined) finding.suggestion = suggestion;
    findings[book].push(finding);
    findingRows[book].push(at.row);
  };
  const reportOn =
    (rule: Rule) => (form: AnalyzedForm, at: CellPos, message: string, suggestion?: string) =>
      emit(rule, form.book, form.form.sheet, form.profile, at, message, suggestion);

  // One report function per form, for the rule being run (not one per rule and form).
  let running: Rule = RULES[0];
  const formReports = views.map((view) =>
    view.forms.map(
      (form): Report =>
        (at, message, suggestion) =>
          emit(running, form.book, form.form.sheet, form.profile, at, message, suggestion),
    ),
  );

  for (const view of views) {
    for (const form of view.forms) {
      const modified = vetted[view.index].find(
        (carried) => carried.profile === form.profile && carried.changes.length > 0,
      );
      if (modified)
        emit(
          MODIFIED_BUILTIN_RULE,
          view.index,
          form.form.sheet,
          null,
          form.form.title,
          modifiedBuiltinMessage(form.profile.id, modified.changes),
        );
    }
  }

  for (const rule of RULES) {
    running = rule;
    for (const view of views) {
      if (rule.checkForm) {
        const reports = formReports[view.index];
        for (let i = 0; i < view.forms.length; i++) rule.checkForm(view.forms[i], reports[i]);
      }
      rule.checkBook?.(view, reportOn(rule), (sheet, at, message) =>
        emit(rule, view.index, sheet, null, at, message),
      );
    }
    rule.checkRun?.(views, reportOn(rule));
  }

  return views.map((view, index) => ({
    forms: view.forms.map((form) => ({
      sheet: form.form.sheet,
      kind: form.form.kind,
      year: form.form.year,
      name: formName(form.form),
      profile: form.profile.id,
      profileOrigin: profileOrigin(form),
      profileFingerprint: profileFingerprint(form.profile),
    })),
    findings: sortFindings(
      findings[index],
      findingRows[index],
      books[index].sheets.map((s) => s.sheet),
    ),
  }));
}

export function checkWorkbook(book: WorkbookGrid, options: CheckOptions = {}): BookResult {
  return checkReadings([readWorkbook(book)], options)[0];
}

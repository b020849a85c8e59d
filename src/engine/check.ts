/** Runs every rule over the forms of one or more workbooks and collects the findings. */
import { analyzeForm, hierarchyMisfits, type AnalyzedForm, type BookView } from './analyze';
import { findingPlace, SEVERITY_ORDER, type Finding } from './findings';
import { type WorkbookGrid, toA1 } from './grid';
import { formName, type FormModel } from './model';
import { BUILTIN_PROFILES } from './profiles/builtins';
import {
  MODIFIED_BUILTIN_RULE,
  profileBasis,
  profileFingerprint,
  profileOrigin,
  vetEmbeddedProfile,
  type ProfileOrigin,
} from './profiles/provenance';
import type { FormKind, Profile } from './profiles/types';
import { readWorkbook, type BookReading } from './reader/workbook';
import { RULES } from './rules/registry';
import {
  formatMessage,
  type AnyReport,
  type MessageData,
  type ReportOnForm,
  type Rule,
} from './rules/rule';

export interface CheckOptions {
  /** Profiles chosen by the user (--profile), at most one per form kind: each used for every form of its kind. */
  profiles?: readonly Profile[];
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
  forced: readonly Profile[],
): { profile: Profile; source: AnalyzedForm['profileSource'] } {
  const chosen = forced.find((profile) => profile.form === form.kind);
  if (chosen) return { profile: chosen, source: 'forced' };
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

/** A finding with how its rule reported it: the message's id and data (what the RuleTester compares). */
export interface RuleReport {
  finding: Finding;
  messageId: string;
  data: MessageData;
  /** The finding's row, kept as reported (no A1 address parsed back to sort by it). */
  row: number;
}

export interface RuleRun {
  forms: FormSummary[];
  reports: RuleReport[];
}

/** A rule's place in the order the runner runs them (the notice of a modified profile comes first). */
const RULE_ORDER = new Map<string, number>([
  [MODIFIED_BUILTIN_RULE.id, -1],
  ...RULES.map((rule, index): [string, number] => [rule.id, index]),
]);

/**
 * By sheet, severity and row; ties in the order the rules run, so reports of the two phases
 * (checkBookAlone, then checkAcrossBooks) come out as one run of all the rules puts them.
 */
function sortReports<R extends { finding: Finding; row: number }>(
  reports: R[],
  sheetOrder: string[],
): R[] {
  const order = new Map(sheetOrder.map((name, index) => [name, index]));
  // Each report's keys worked out once, not in every comparison (the sort is stable).
  const keyed = reports.map((report) => ({
    report,
    sheet: order.get(report.finding.sheet) ?? 0,
    severity: SEVERITY_ORDER[report.finding.severity],
    rule: RULE_ORDER.get(report.finding.rule) ?? RULES.length,
  }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.severity - b.severity ||
      a.report.row - b.report.row ||
      a.rule - b.rule,
  );
  return keyed.map(({ report }) => report);
}

/** Which hooks a run calls: a book's own (forms, book) or those comparing the books (run). */
type Hooks = 'all' | 'book' | 'run';

/** Runs the given rules over readings of one run: each is a workbook; cross-book rules compare them. */
export function runRules(
  books: BookReading[],
  options: CheckOptions,
  rules: readonly Rule[],
  hooks: Hooks = 'all',
): RuleRun[] {
  // Copies of built-in profiles that differ from them are checked as the built-in (provenance.ts).
  const vetted = books.map((book) => book.embeddedProfiles.map(vetEmbeddedProfile));
  const views: BookView[] = books.map((book, index) => {
    const label = options.labels?.[index] ?? `工作簿${index + 1}`;
    const embedded = vetted[index].map((carried) => carried.profile);
    const forms = book.sheets.flatMap((sheet) =>
      sheet.forms.map((form) => {
        const { profile, source } = chooseProfile(form, embedded, options.profiles ?? []);
        return analyzeForm(form, profile, source, index, label);
      }),
    );
    const unrecognizedSheets = book.sheets
      .filter((s) => !s.ignored && !s.recognized)
      .map((s) => s.sheet);
    return { index, label, forms, unrecognizedSheets };
  });
  const reports: RuleReport[][] = books.map(() => []);

  const emit = (
    rule: Rule,
    book: number,
    sheet: string,
    profile: Profile | null,
    { at, messageId, data, suggestion, fix }: AnyReport,
  ) => {
    const finding: Finding = {
      rule: rule.id,
      ruleName: rule.meta.name,
      severity: profile?.severity[rule.id] ?? rule.meta.severity,
      sheet,
      ...findingPlace(at.row, at.col),
      message: formatMessage(rule.meta.messages[messageId], data),
    };
    if (suggestion !== undefined) finding.suggestion = suggestion;
    // Only a rule that declares its fixes safe (meta.fixable) hands them to the user.
    if (fix && rule.meta.fixable && fix.oldValue !== fix.newValue) {
      const fixAt = fix.at ?? at;
      finding.fix = {
        sheet,
        cell: toA1(fixAt.row, fixAt.col),
        oldValue: fix.oldValue,
        newValue: fix.newValue,
      };
    }
    const basis = profile && profileBasis(profile, rule.id, rule.meta.severity);
    if (basis) finding.profileBasis = basis;
    reports[book].push({ finding, messageId, data: data ?? {}, row: at.row });
  };
  const reportOn = (rule: Rule) => (form: AnalyzedForm, report: AnyReport) =>
    emit(rule, form.book, form.form.sheet, form.profile, report);

  // One report function per form, for the rule being run (not one per rule and form).
  let running: Rule = rules[0];
  const formReports = views.map((view) =>
    view.forms.map(
      (form): ReportOnForm =>
        (report) =>
          emit(running, form.book, form.form.sheet, form.profile, report),
    ),
  );

  for (const view of hooks === 'run' ? [] : views) {
    for (const form of view.forms) {
      const modified = vetted[view.index].find(
        (carried) => carried.profile === form.profile && carried.changes.length > 0,
      );
      if (modified)
        emit(MODIFIED_BUILTIN_RULE, view.index, form.form.sheet, null, {
          at: form.form.title,
          messageId: 'modified',
          data: { id: form.profile.id, changes: modified.changes.join('；') },
        });
    }
  }

  for (const rule of rules) {
    running = rule;
    for (const view of hooks === 'run' ? [] : views) {
      if (rule.checkForm) {
        const formReport = formReports[view.index];
        for (let i = 0; i < view.forms.length; i++) rule.checkForm(view.forms[i], formReport[i]);
      }
      rule.checkBook?.(view, reportOn(rule), (sheet, report) =>
        emit(rule, view.index, sheet, null, report),
      );
    }
    if (hooks !== 'book') rule.checkRun?.(views, reportOn(rule));
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
    reports: sortReports(
      reports[index],
      books[index].sheets.map((s) => s.sheet),
    ),
  }));
}

/** Checks readings of one run with every rule: each is a workbook; cross-book rules compare them. */
export function checkReadings(books: BookReading[], options: CheckOptions = {}): BookResult[] {
  return runRules(books, options, RULES).map(({ forms, reports }) => ({
    forms,
    findings: reports.map((report) => report.finding),
  }));
}

export function checkWorkbook(book: WorkbookGrid, options: CheckOptions = {}): BookResult {
  return checkReadings([readWorkbook(book, options)], options)[0];
}

/** A book checked alone (checkBookAlone), as a run of many files holds it until every book is. */
export interface BookAlone {
  forms: FormSummary[];
  /** Sorted, with each finding's row (for merging the cross-book findings in). */
  reports: { finding: Finding; row: number }[];
  /** The reading cut to what the cross-book rules compare (their runKinds). */
  forRun: BookReading;
}

const RUN_KINDS: ReadonlySet<FormKind> | null = RULES.some(
  (rule) => rule.checkRun && !rule.runKinds,
)
  ? null
  : new Set(RULES.flatMap((rule) => (rule.checkRun ? (rule.runKinds ?? []) : [])));

/**
 * The first half of checkReadings for one book, in a worker of its own: every rule but the
 * cross-book ones. `options.labels` holds this book's label alone.
 */
export function checkBookAlone(book: BookReading, options: CheckOptions = {}): BookAlone {
  const [{ forms, reports }] = runRules([book], options, RULES, 'book');
  const kinds = RUN_KINDS;
  const forRun = kinds
    ? {
        ...book,
        sheets: book.sheets.map((sheet) => ({
          ...sheet,
          forms: sheet.forms.filter((form) => kinds.has(form.kind)),
        })),
      }
    : book;
  return { forms, reports: reports.map(({ finding, row }) => ({ finding, row })), forRun };
}

/** The second half: the cross-book rules over all the books, their findings merged in. */
export function checkAcrossBooks(books: BookAlone[], options: CheckOptions = {}): BookResult[] {
  const runs = runRules(
    books.map((book) => book.forRun),
    options,
    RULES,
    'run',
  );
  return books.map((book, index) => {
    const across = runs[index].reports;
    const reports = across.length
      ? sortReports(
          [...book.reports, ...across],
          book.forRun.sheets.map((sheet) => sheet.sheet),
        )
      : book.reports;
    return { forms: book.forms, findings: reports.map((report) => report.finding) };
  });
}

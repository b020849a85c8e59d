/**
 * The reviewer summary of a check run (`perf-forms check --summary`, the web page's 下载检查汇总):
 * 汇总, one row per form with its counts, worst first, under a title block saying what was
 * checked, when and by which profiles; 问题清单, one row per finding in reading order.
 */
import {
  countBySeverity,
  FORM_KIND_LABEL,
  PROFILE_ORIGIN_LABEL,
  RULES,
  SEVERITIES,
  SEVERITY_LABEL,
  type Finding,
  type FormSummary,
  type Severity,
} from '../engine';
import { FILE_COLUMN, findingColumns, findingRows, SHEET_COLUMN } from './findingTable';
import {
  tableRow,
  type SheetTable,
  type TableCell,
  type TableColumn,
  type TableRow,
} from './table';

/** A file of the run as the check reports it (the CLI's FileReport). */
export interface ReportedFile {
  file: string;
  /** Why the file could not be read; null where it was. */
  error: string | null;
  forms: FormSummary[];
  issues: Finding[];
}

export interface SummaryRun {
  reports: readonly ReportedFile[];
  /** What the reviewer named to check (folders, files), for the title block. */
  inputs: readonly string[];
  checkedAt: Date;
  /** Where a file's link points, from where the summary is kept; null: no link. */
  linkTo: (file: string) => string | null;
}

export interface ReviewSummary {
  overview: SheetTable;
  issues: SheetTable;
}

export const OVERVIEW_SHEET = '汇总';
export const ISSUES_SHEET = '问题清单';
const SUMMARY_TITLE = '绩效目标申报表检查汇总';

const OVERVIEW_COLUMNS: TableColumn[] = [
  FILE_COLUMN,
  SHEET_COLUMN,
  { header: '表类型', width: 9, wrap: false, align: 'center' },
  { header: '单位或项目名称', width: 32, wrap: true, align: 'left' },
  { header: '年度', width: 7, wrap: false, align: 'center' },
  { header: '配置', width: 18, wrap: true, align: 'left' },
  ...SEVERITIES.map((severity): TableColumn => ({
    header: SEVERITY_LABEL[severity],
    width: 6,
    wrap: false,
    align: 'right',
  })),
];
/** Where the counts start: 错误, 警告, 提示 in SEVERITIES order. */
const FIRST_COUNT_COLUMN = 6;

/** One row of 汇总 before it is laid out: what it says and how bad it is. */
interface OverviewEntry {
  order: number;
  unreadable: boolean;
  counts: Record<Severity, number>;
  cells: TableCell[];
}

/**
 * A hyperlink to a file at this relative path ("/" between folders): a hyperlink is a URI
 * reference, so the characters a URI gives a meaning (%, #, space) are escaped.
 */
export function fileLink(relativePath: string): string {
  return relativePath.replace(/%/g, '%25').replace(/#/g, '%23').replace(/ /g, '%20');
}

function fileCell(file: string, linkTo: SummaryRun['linkTo']): TableCell {
  const link = linkTo(file);
  return link ? { text: file, link } : file;
}

/**
 * A file's rows: one per form, counting the findings on its sheet (a sheet holding two forms
 * counts them on the first), and one per other sheet with findings, so that the rows add up to
 * every finding of the file.
 */
function overviewEntries(report: ReportedFile, linkTo: SummaryRun['linkTo']): OverviewEntry[] {
  const file = fileCell(report.file, linkTo);
  const none = countBySeverity([]);
  if (report.error !== null)
    return [
      {
        order: 0,
        unreadable: true,
        counts: none,
        cells: [file, '', '', `无法读取：${report.error}`, '', '', '', '', ''],
      },
    ];
  const bySheet = new Map<string, Finding[]>();
  for (const issue of report.issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    bySheet.set(issue.sheet, list.concat(issue));
  }
  const entries: OverviewEntry[] = [];
  /** A readable file's row: the file, what the sheet is, its counts. */
  const add = (counts: Record<Severity, number>, described: TableCell[]) =>
    entries.push({
      order: 0,
      unreadable: false,
      counts,
      cells: [file, ...described, ...SEVERITIES.map((severity) => counts[severity])],
    });
  const counted = new Set<string>();
  for (const form of report.forms) {
    const first = !counted.has(form.sheet);
    counted.add(form.sheet);
    add(countBySeverity(first ? (bySheet.get(form.sheet) ?? []) : []), [
      form.sheet,
      FORM_KIND_LABEL[form.kind],
      form.name || '（未填名称）',
      form.year ?? '',
      form.profile,
    ]);
  }
  for (const [sheet, findings] of bySheet)
    if (!counted.has(sheet))
      add(countBySeverity(findings), [sheet, '', '（不是可识别的申报表）', '', '']);
  if (entries.length === 0) add(none, ['', '', '没有找到绩效目标申报表', '', '']);
  return entries;
}

/** Worst first: files that could not be read, then by errors, warnings, notes; else as listed. */
function worstFirst(a: OverviewEntry, b: OverviewEntry): number {
  return (
    Number(b.unreadable) - Number(a.unreadable) ||
    b.counts.error - a.counts.error ||
    b.counts.warning - a.counts.warning ||
    b.counts.info - a.counts.info ||
    a.order - b.order
  );
}

function timestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Each profile the forms were checked with: id, origin, fingerprint, how many forms. */
function profilesLine(reports: readonly ReportedFile[]): string {
  const used = new Map<string, number>();
  for (const form of reports.flatMap((report) => report.forms)) {
    const key = `${form.profile}（${PROFILE_ORIGIN_LABEL[form.profileOrigin]}，指纹 ${form.profileFingerprint}`;
    used.set(key, (used.get(key) ?? 0) + 1);
  }
  const listed = [...used].map(([key, forms]) => `${key}，${forms} 张表）`);
  return `配置：${listed.length > 0 ? listed.join('；') : '无（没有读出申报表）'}`;
}

function overviewTable(run: SummaryRun): SheetTable {
  const entries = run.reports
    .flatMap((report) => overviewEntries(report, run.linkTo))
    .map((entry, order) => ({ ...entry, order }))
    .sort(worstFirst);
  const counts = countBySeverity(run.reports.flatMap((report) => report.issues));
  const forms = run.reports.reduce((total, report) => total + report.forms.length, 0);
  const unreadable = run.reports.filter((report) => report.error !== null).length;
  const title = [
    SUMMARY_TITLE,
    `检查对象：${run.inputs.join('、')}，共 ${run.reports.length} 个文件、${forms} 张表`,
    `检查时间：${timestamp(run.checkedAt)}；规则 ${RULES.length} 条（perf-forms rules 可列出）`,
    profilesLine(run.reports),
    `结果：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}` +
      (unreadable > 0 ? `；${unreadable} 个文件无法读取` : ''),
  ];
  const rows: TableRow[] = entries.map((entry) =>
    tableRow(
      OVERVIEW_COLUMNS,
      entry.cells,
      entry.unreadable
        ? [{ column: 3, severity: 'error' }]
        : SEVERITIES.flatMap((severity, i) =>
            entry.counts[severity] > 0 ? [{ column: FIRST_COUNT_COLUMN + i, severity }] : [],
          ),
    ),
  );
  return {
    name: OVERVIEW_SHEET,
    title,
    columns: OVERVIEW_COLUMNS,
    rows,
    totals: [
      `合计：${run.reports.length} 个文件`,
      '',
      `${forms} 张表`,
      '',
      '',
      '',
      ...SEVERITIES.map((severity) => counts[severity]),
    ],
    pageHeader: `${SUMMARY_TITLE} · ${OVERVIEW_SHEET}`,
    orientation: 'landscape',
  };
}

function issuesTable(run: SummaryRun): SheetTable {
  const columns = findingColumns(true);
  const rows = run.reports.flatMap((report) => {
    const file = { name: report.file, link: run.linkTo(report.file) };
    if (report.error === null)
      return findingRows(
        report.issues,
        report.forms.map((form) => form.sheet),
        file,
      );
    const name: TableCell = file.link ? { text: file.name, link: file.link } : file.name;
    return [
      tableRow(
        columns,
        [name, '', '', '无法读取文件', SEVERITY_LABEL.error, report.error, ''],
        [{ column: 4, severity: 'error' }],
      ),
    ];
  });
  return {
    name: ISSUES_SHEET,
    title: [],
    columns,
    rows,
    totals: null,
    pageHeader: `${SUMMARY_TITLE} · ${ISSUES_SHEET}`,
    orientation: 'landscape',
  };
}

export function reviewSummary(run: SummaryRun): ReviewSummary {
  return { overview: overviewTable(run), issues: issuesTable(run) };
}

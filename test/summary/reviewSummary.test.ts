/** The reviewer summary of the published examples: one row per form and per finding, worst first. */
import { checkLoaded, loadFile, summarize, type FileReport } from '../../src/cli/runCheck';
import { unreadableFile } from '../../src/cli/report';
import { RULES, SEVERITY_LABEL } from '../../src/engine';
import {
  cellText,
  findingTable,
  inReadingOrder,
  reviewSummary,
  toCsv,
  type SheetTable,
} from '../../src/summary';

const NO_CHOICE = { profiles: [], ignoreEmbedded: false };
const EXAMPLES = [
  'examples/suizhou-2025.xlsx',
  'examples/suizhou-2024.xlsx',
  'examples/ezhou-2025.xlsx',
  'examples/yantian-2022.xlsx',
];
const MISSING = 'examples/不存在.xlsx';
const CHECKED_AT = new Date(2026, 0, 5, 9, 7);

const column = (table: SheetTable, header: string) =>
  table.columns.findIndex((c) => c.header === header);
const values = (table: SheetTable, header: string) =>
  table.rows.map((row) => row.cells[column(table, header)]);

describe('reviewSummary on the examples and a file that cannot be read', () => {
  let reports: FileReport[];
  let summary: ReturnType<typeof reviewSummary>;
  beforeAll(async () => {
    const loaded = await Promise.all(EXAMPLES.map((file) => loadFile(file, [])));
    reports = checkLoaded(
      [...loaded, unreadableFile(MISSING, `找不到文件：${MISSING}`)],
      NO_CHOICE,
    );
    summary = reviewSummary({
      reports,
      inputs: ['examples', MISSING],
      checkedAt: CHECKED_AT,
      linkTo: (file) => `../${file}`,
    });
  });

  it('汇总 has a row per form, one for the unreadable file, and counts adding up to the check', () => {
    const { overview } = summary;
    const totals = summarize(reports);
    const forms = reports.flatMap((report) => report.forms);
    expect(overview.rows).toHaveLength(forms.length + 1);
    expect(values(overview, '工作表').filter(Boolean).sort()).toEqual(
      forms.map((form) => form.sheet).sort(),
    );
    const sum = (header: string) =>
      values(overview, header).reduce<number>((total, cell) => total + Number(cell || 0), 0);
    expect([sum('错误'), sum('警告'), sum('提示')]).toEqual([
      totals.errors,
      totals.warnings,
      totals.infos,
    ]);
    const totalsRow = overview.totals!;
    expect(totalsRow.slice(-3)).toEqual([totals.errors, totals.warnings, totals.infos]);
    expect(cellText(totalsRow[0])).toContain(`${reports.length} 个文件`);
  });

  it('汇总 puts the unreadable file first, then the forms by errors, then warnings', () => {
    const { overview } = summary;
    expect(overview.rows[0].cells[0]).toEqual({ text: MISSING, link: `../${MISSING}` });
    expect(cellText(overview.rows[0].cells[3])).toContain('找不到文件');
    const ranks = overview.rows
      .slice(1)
      .map((row) => [
        Number(row.cells[column(overview, '错误')]),
        Number(row.cells[column(overview, '警告')]),
      ]);
    const sorted = [...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(ranks).toEqual(sorted);
    expect(ranks[0][0]).toBeGreaterThan(ranks[ranks.length - 1][0]);
  });

  it('汇总 names the form as the check does: kind, name, year, profile', () => {
    const suizhou = reports[0].forms.find((form) => form.kind === 'department')!;
    const row = summary.overview.rows.find(
      (r) => r.cells[1] === suizhou.sheet && cellText(r.cells[0]) === EXAMPLES[0],
    )!;
    expect(row.cells.slice(2, 6)).toEqual([
      '部门整体',
      suizhou.name,
      suizhou.year,
      suizhou.profile,
    ]);
  });

  it('the title block says what was checked, when, and each profile with its fingerprint', () => {
    const title = summary.overview.title.join('\n');
    expect(title).toContain(
      `examples、${MISSING}，共 5 个文件、${reports.flatMap((r) => r.forms).length} 张表`,
    );
    expect(title).toContain('2026-01-05 09:07');
    expect(title).toContain(`规则 ${RULES.length} 条`);
    for (const form of reports.flatMap((report) => report.forms))
      expect(title).toContain(`${form.profile}（内置，指纹 ${form.profileFingerprint}`);
    expect(title).toContain('1 个文件无法读取');
  });

  it('问题清单 has a row per finding, by file, then sheet, then row, and one for the unreadable file', () => {
    const { issues } = summary;
    const findings = reports.flatMap((report) => report.issues);
    expect(issues.rows).toHaveLength(findings.length + 1);
    const expected = reports.flatMap((report) =>
      report.error
        ? [[report.file, '', '无法读取文件', '错误', report.error]]
        : inReadingOrder(
            report.issues,
            report.forms.map((form) => form.sheet),
          ).map((finding) => [
            report.file,
            finding.cell,
            finding.ruleName,
            SEVERITY_LABEL[finding.severity],
            finding.message,
          ]),
    );
    expect(issues.rows.map((row) => [0, 2, 3, 4, 5].map((i) => cellText(row.cells[i])))).toEqual(
      expected,
    );
    // Within a file: sheets in the workbook's order, rows going down.
    const suizhou = issues.rows.filter((row) => cellText(row.cells[0]) === EXAMPLES[0]);
    const sheets = reports[0].forms.map((form) => form.sheet);
    const order = suizhou.map((row) => sheets.indexOf(String(row.cells[1])));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('findingTable, the annotated copy’s 检查结果 sheet', () => {
  it('links each cell within the workbook and says so when there is nothing to list', async () => {
    const [report] = checkLoaded([await loadFile('examples/yantian-2022.xlsx', [])], NO_CHOICE);
    const table = findingTable('检查结果', report.issues, []);
    expect(table.columns.map((c) => c.header)).toEqual([
      '工作表',
      '单元格',
      '规则名称',
      '严重程度',
      '说明',
      '建议',
    ]);
    const first = inReadingOrder(report.issues, [])[0];
    expect(table.rows[0].cells[1]).toEqual({
      text: first.cell,
      link: `#'${first.sheet}'!${first.cell}`,
    });
    expect(findingTable('检查结果', [], []).rows.map((row) => row.cells[4])).toEqual([
      '未发现问题',
    ]);
  });
});

describe('toCsv', () => {
  const table = (cells: string[]): SheetTable => ({
    name: 't',
    title: ['不写入 CSV'],
    columns: [{ header: '说明', width: 10, wrap: true, align: 'left' }],
    rows: [{ cells, height: 15, fills: [] }],
    totals: ['合计'],
    pageHeader: '',
    orientation: 'portrait',
  });
  it.each([
    ['plain text', '未发现问题', '未发现问题'],
    ['a comma', '甲,乙', '"甲,乙"'],
    ['a quote', '写作"其他"', '"写作""其他"""'],
    ['a line break', '第一行\n第二行', '"第一行\n第二行"'],
    ['a formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a suggested operator', '=', "'="],
    ['a negative number', '-10.64', '-10.64'],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
  ])('%s', (_, text, field) => {
    expect(toCsv(table([text]))).toBe(`\ufeff说明\r\n${field}\r\n`);
  });
});

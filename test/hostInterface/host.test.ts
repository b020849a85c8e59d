/**
 * One Host, two implementations: the .xlsx host (exceljs) and the Office.js host (on the
 * simulated Excel) read, mark, clear and write templates the same way on the published examples.
 */
import { checkWorkbook, SEVERITY_FILL, type Finding } from '../../src/engine';
import type { Host } from '../../src/hostInterface';
import { OfficeHost } from '../../src/addin/host/officeHost';
import { createFakeExcel } from '../../src/sandbox/fakeExcel';
import { XlsxHost } from '../../src/xlsx/xlsxHost';
import { loadWorkbook } from '../../src/xlsx/readXlsx';
import { describeRequest, requestFor } from '../../src/template';
import { exampleBytes, exampleSnapshot } from '../addin/workbooks';

/** A host on the example, and how to see a cell's fill and note, and the whole workbook, in it. */
interface Subject {
  host: Host;
  fill(sheet: string, cell: string): string | null;
  note(sheet: string, cell: string): string | null;
  /** Everything a person could see, to compare before and after. */
  contents(): unknown;
}

async function xlsxSubject(example: string): Promise<Subject> {
  const workbook = await loadWorkbook(exampleBytes(example));
  const cellOf = (sheet: string, cell: string) => workbook.getWorksheet(sheet)!.getCell(cell);
  return {
    host: new XlsxHost(workbook),
    fill: (sheet, cell) => {
      const fill = cellOf(sheet, cell).fill;
      return fill?.type === 'pattern' && fill.fgColor?.argb
        ? `#${fill.fgColor.argb.slice(2)}`
        : null;
    },
    note: (sheet, cell) => {
      const note = cellOf(sheet, cell).note;
      return typeof note === 'string'
        ? note
        : note
          ? (note.texts ?? []).map((t) => t.text).join('')
          : null;
    },
    contents: () =>
      workbook.worksheets.map((sheet) => {
        const cells: unknown[] = [];
        sheet.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (cell) =>
            cells.push([cell.address, cell.value, JSON.stringify(cell.style), cell.note ?? null]),
          ),
        );
        return [sheet.name, cells];
      }),
  };
}

async function officeSubject(example: string): Promise<Subject> {
  const excel = createFakeExcel(await exampleSnapshot(example));
  return {
    host: new OfficeHost(excel.run),
    fill: (sheet, cell) => excel.getFill(sheet, cell),
    note: (sheet, cell) => excel.getNote(sheet, cell),
    contents: () => excel.snapshot(),
  };
}

const HOSTS: [string, (example: string) => Promise<Subject>][] = [
  ['.xlsx', xlsxSubject],
  ['Office.js', officeSubject],
];

describe.each(HOSTS)('the %s host', (_, subject) => {
  it.each(['suizhou-2025', 'ezhou-2025'])(
    'marks every finding of %s and clears back to the workbook as it was',
    async (example) => {
      const { host, fill, note, contents } = await subject(example);
      const before = contents();
      const findings: Finding[] = checkWorkbook(await host.readGrids()).findings;
      expect(findings.length).toBeGreaterThan(0);

      const cells = new Set(findings.map((finding) => `${finding.sheet}!${finding.cell}`)).size;
      expect(await host.markFindings(findings)).toBe(cells);
      for (const finding of findings) {
        expect(note(finding.sheet, finding.cell)).toContain(finding.message);
        expect(fill(finding.sheet, finding.cell)).not.toBeNull();
      }
      const worst = findings[0]; // sorted: the first finding of a cell is its worst
      expect(fill(worst.sheet, worst.cell)).toBe(SEVERITY_FILL[worst.severity]);

      expect(await host.clearMarks()).toBe(cells);
      expect(contents()).toEqual(before);
    },
  );

  it('writes a template beside the existing sheets and reads it back as a form', async () => {
    const { host } = await subject('suizhou-2025');
    const before = (await host.readGrids()).sheets.map((grid) => grid.name);
    const layout = describeRequest(
      requestFor({ kind: 'project', year: 2026, name: '新项目' }, null),
    );
    const written = await host.writeTemplate(layout);
    expect(written).toHaveLength(1);
    const after = (await host.readGrids()).sheets.map((grid) => grid.name);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toContain(written[0]);
    const forms = checkWorkbook(await host.readGrids()).forms;
    expect(forms.some((form) => form.sheet === written[0] && form.kind === 'project')).toBe(true);
  });
});

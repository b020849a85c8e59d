/**
 * 生成 in Excel prints like the generated .xlsx: for the same request the Office.js writer sets
 * the print setup and the page breaks the .xlsx writer sets, both taken from the template layout.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { AddinController, type GenerateRequest } from '../../src/addin/controller';
import { capabilitiesOf } from '../../src/addin/host/capabilities';
import { createFakeExcel, type SheetSnapshot } from '../../src/sandbox/fakeExcel';
import { describeRequest, requestFor } from '../../src/template';
import { writeTemplate } from '../../src/xlsx/writeTemplate';
import { PACKAGE_REQUEST } from './workbooks';

const POINTS_PER_INCH = 72;

const REQUESTS: [string, GenerateRequest][] = [
  ['a project form', { kind: 'project', year: 2026, name: '政务公开工作经费' }],
  ['a department form', { kind: 'department', year: 2026, name: '随州市财政局' }],
  ['a package', PACKAGE_REQUEST],
];

/** A printed sheet's setup in one vocabulary: 1-based first rows of pages, margins in inches. */
interface PrintedSheet {
  orientation: string;
  scale: number | undefined;
  printArea: string | undefined;
  titleRows: string | undefined;
  margins: number[];
  pageStarts: number[];
}

/** What the .xlsx writer sets, read back from the file (exceljs does not read <rowBreaks>). */
async function printedInXlsx(request: GenerateRequest): Promise<Map<string, PrintedSheet>> {
  const layout = describeRequest(requestFor(request, null));
  const written = await (await writeTemplate(layout)).xlsx.writeBuffer();
  const parts = unzipSync(new Uint8Array(written));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(written);
  const printed = new Map<string, PrintedSheet>();
  for (const sheet of book.worksheets.filter((candidate) => candidate.state === 'visible')) {
    const setup = sheet.pageSetup;
    const xml = strFromU8(parts[`xl/worksheets/sheet${sheet.id}.xml`]);
    printed.set(sheet.name, {
      orientation: String(setup.orientation),
      scale: setup.scale,
      printArea: setup.printArea,
      titleRows: setup.printTitlesRow,
      margins: marginList(setup.margins),
      // <brk id> is the last row of a page: the next page starts one row below.
      pageStarts: [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]) + 1),
    });
  }
  return printed;
}

/** What the Office.js writer set, as the simulated Excel keeps it. */
function printedInExcel(sheet: SheetSnapshot): PrintedSheet {
  const setup = sheet.pageSetup ?? {};
  const inches = (points: number | undefined) =>
    points === undefined ? Number.NaN : points / POINTS_PER_INCH;
  return {
    orientation: String(setup.orientation).toLowerCase(),
    scale: setup.zoom?.scale,
    printArea: setup.printArea,
    titleRows: setup.printTitleRows?.replace(/\$/g, ''),
    margins: marginList({
      left: inches(setup.leftMargin),
      right: inches(setup.rightMargin),
      top: inches(setup.topMargin),
      bottom: inches(setup.bottomMargin),
      header: inches(setup.headerMargin),
      footer: inches(setup.footerMargin),
    }),
    pageStarts: (sheet.rowBreaks ?? []).map((pageBreak) => pageBreak.rowIndex + 1),
  };
}

function marginList(margins: Partial<ExcelJS.Margins> | undefined): number[] {
  const sides = ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const;
  return sides.map((side) => Math.round((margins?.[side] ?? Number.NaN) * 1000) / 1000);
}

async function generateIn(
  request: GenerateRequest,
  excelApi: string,
  printLayout?: boolean,
): Promise<SheetSnapshot[]> {
  const excel = createFakeExcel(undefined, { excelApi, sharedRuntime: true });
  const capabilities = capabilitiesOf(excel.requirements);
  const controller = new AddinController(excel.run, {
    capabilities: { ...capabilities, printLayout: printLayout ?? capabilities.printLayout },
  });
  await controller.check();
  await controller.generate(request);
  expect(controller.getState().message?.kind).toBe('success');
  await controller.stop();
  return excel.snapshot().sheets.filter((sheet) => sheet.visibility === 'Visible');
}

describe.each(REQUESTS)('%s', (_, request) => {
  test('prints in Excel as the .xlsx prints: scale, orientation, margins, title rows, page breaks', async () => {
    const expected = await printedInXlsx(request);
    const sheets = (await generateIn(request, '1.9')).filter((sheet) => expected.has(sheet.name));
    expect(sheets.map((sheet) => sheet.name)).toEqual([...expected.keys()]);
    for (const sheet of sheets) {
      expect(printedInExcel(sheet)).toEqual(expected.get(sheet.name));
      expect(sheet.pageSetup?.paperSize).toBe('A4');
    }
    // The layouts of these requests are long enough to need a break somewhere.
    expect(sheets.some((sheet) => (sheet.rowBreaks ?? []).length > 0)).toBe(true);
  });

  test('a host without page layout still gets the form, printed with Excel defaults', async () => {
    const sheets = await generateIn(request, '1.9', false);
    const forms = sheets.filter((sheet) => Object.keys(sheet.cells).length > 0);
    expect(forms.length).toBeGreaterThan(0);
    for (const sheet of forms) {
      expect(sheet.pageSetup).toBeUndefined();
      expect(sheet.rowBreaks).toBeUndefined();
    }
  });
});

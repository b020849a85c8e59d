/** apiLevel.ts: a member above the simulated ExcelApi level throws ApiNotFound, at its level it works. */
import type { ExcelApi } from '../../../src/addin';
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book, SHEET } from './workbook';

type Use = (sheet: ExcelApi.Worksheet, context: ExcelApi.RequestContext) => unknown;

/** Each member, the ExcelApi set that brought it (Microsoft's reference) and a use of it. */
const MEMBERS: [string, string, Use][] = [
  ['Worksheet.protection', '1.2', (sheet) => sheet.protection.load('protected')],
  [
    'WorksheetCollection.getItemOrNullObject',
    '1.4',
    (_, c) => c.workbook.worksheets.getItemOrNullObject('x'),
  ],
  ['NamedItemCollection.add', '1.4', (_, c) => c.workbook.names.add('列表_甲', `'${SHEET}'!$A$1`)],
  ['Range.dataValidation', '1.8', (sheet) => sheet.getRange('A20').dataValidation.clear()],
  ['Worksheet.getRanges', '1.9', (sheet) => sheet.getRanges('A1, C12').load('address')],
  ['Worksheet.pageLayout', '1.9', (sheet) => (sheet.pageLayout.orientation = 'Landscape')],
  ['Worksheet.horizontalPageBreaks', '1.9', (sheet) => sheet.horizontalPageBreaks.add('A30')],
  [
    'Range.getMergedAreasOrNullObject',
    '1.13',
    (sheet) => sheet.getRange().getMergedAreasOrNullObject(),
  ],
  ['Worksheet.notes', '1.18', (sheet) => sheet.notes.add('C12', '说明')],
];

/** The ExcelApi version just below `version` ("1.9" → "1.8"). */
function below(version: string): string {
  return `1.${Number(version.split('.')[1]) - 1}`;
}

function useAt(excelApi: string, use: Use): Promise<unknown> {
  const excel = createFakeExcel(book(), { excelApi, sharedRuntime: true });
  return excel.run(async (context) => {
    use(context.workbook.worksheets.getItem(SHEET), context);
    await context.sync();
  });
}

test.each(MEMBERS)(
  '%s works from ExcelApi %s and throws ApiNotFound below it',
  async (member, level, use) => {
    await expect(useAt(level, use)).resolves.toBeUndefined();
    await expect(useAt(below(level), use)).rejects.toMatchObject({
      code: 'ApiNotFound',
      message: expect.stringContaining(member),
    });
  },
);

test('isSetSupported answers by the level; an unknown set or version is not supported', () => {
  const excel = createFakeExcel(book(), { excelApi: '1.13', sharedRuntime: false });
  const asked: [string, string | undefined, boolean][] = [
    ['ExcelApi', '1.13', true],
    ['ExcelApi', '1.14', false],
    ['ExcelApi', undefined, true],
    ['ExcelApi', '2.0', false],
    ['SharedRuntime', '1.1', false],
    ['WordApi', '1.1', false],
  ];
  for (const [name, version, supported] of asked)
    expect([name, version, excel.requirements.isSetSupported(name, version)]).toEqual([
      name,
      version,
      supported,
    ]);
});

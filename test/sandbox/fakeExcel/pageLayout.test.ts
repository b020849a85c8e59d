/** Excel.PageLayout: Excel's defaults until set, settings kept on the sheet and readable after a load. */
import type { ExcelApi } from '../../../src/addin';
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book, SHEET } from './workbook';

test('reads Excel defaults before anything is set, and PropertyNotLoaded before a load', async () => {
  const excel = createFakeExcel(book());
  await excel.run(async (context) => {
    const page = context.workbook.worksheets.getItem(SHEET).pageLayout;
    expect(() => page.orientation).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    page.load('paperSize,orientation,zoom,leftMargin');
    await context.sync();
    expect([page.paperSize, page.orientation, page.zoom, page.leftMargin]).toEqual([
      'Letter',
      'Portrait',
      { scale: 100 },
      50.4,
    ]);
  });
  expect(excel.snapshot().sheets[0].pageSetup).toBeUndefined();
});

test('keeps what is set: paper, orientation, scale, margins, print area, title rows, footer', async () => {
  const excel = createFakeExcel(book());
  await excel.run(async (context) => {
    const page = context.workbook.worksheets.getItem(SHEET).pageLayout;
    page.paperSize = 'A4';
    page.orientation = 'Landscape';
    page.zoom = { scale: 71 };
    page.leftMargin = 28.8;
    page.setPrintArea('A1:H33');
    page.setPrintTitleRows('$16:$16');
    page.headersFooters.defaultForAllPages.centerFooter = '第 &P 页，共 &N 页';
    await context.sync();
    page.load('orientation,zoom,leftMargin,rightMargin');
    await context.sync();
    expect([page.orientation, page.zoom, page.leftMargin, page.rightMargin]).toEqual([
      'Landscape',
      { scale: 71 },
      28.8,
      50.4,
    ]);
  });
  expect(excel.snapshot().sheets[0].pageSetup).toEqual({
    paperSize: 'A4',
    orientation: 'Landscape',
    zoom: { scale: 71 },
    leftMargin: 28.8,
    printArea: 'A1:H33',
    printTitleRows: '$16:$16',
    centerFooter: '第 &P 页，共 &N 页',
  });
});

test.each([
  [
    'a scale together with fit-to-pages',
    (page: ExcelApi.PageLayout) => (page.zoom = { scale: 80, horizontalFitToPages: 1 }),
  ],
  [
    'title rows that are not whole rows',
    (page: ExcelApi.PageLayout) => page.setPrintTitleRows('A16:H16'),
  ],
  ['a negative margin', (page: ExcelApi.PageLayout) => (page.topMargin = -1)],
])('refuses %s with InvalidArgument', async (_, set) => {
  const excel = createFakeExcel(book());
  await expect(
    excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem(SHEET).pageLayout;
      set(page);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

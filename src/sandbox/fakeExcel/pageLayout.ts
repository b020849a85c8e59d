/**
 * Excel.PageLayout (ExcelApi 1.9): paper, orientation, scale, margins (points), print area,
 * rows repeated on every page and the footer, kept on the sheet as Excel keeps them, so a test
 * can compare what the add-in set with what the .xlsx writer sets.
 */
import type { ExcelApi } from '../../addin';
import type { SheetModel } from './book';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import type { PageSetupSnapshot } from './snapshot';

/** What a new sheet prints with in Excel (US defaults: Letter, margins in points). */
const EXCEL_DEFAULTS: Required<Omit<PageSetupSnapshot, 'printArea' | 'printTitleRows'>> = {
  paperSize: 'Letter',
  orientation: 'Portrait',
  zoom: { scale: 100 },
  centerHorizontally: false,
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
  leftFooter: '',
  centerFooter: '',
  rightFooter: '',
};

/** Reads a setting as Excel reports it: as set, else Excel's default (no print area: null). */
function setting(sheet: SheetModel, name: string): unknown {
  const settings = new Map<string, unknown>(
    Object.entries({
      ...EXCEL_DEFAULTS,
      printArea: null,
      printTitleRows: null,
      ...sheet.pageSetup,
    }),
  );
  if (!settings.has(name))
    throw new FakeOfficeError('InvalidArgument', `页面设置没有属性“${name}”。`);
  return settings.get(name);
}

abstract class PageSettings extends FakeClientObject<SheetModel> {
  constructor(context: FakeContext, resolve: () => SheetModel | null) {
    super(context, resolve, { queued: false });
  }

  protected put<K extends keyof PageSetupSnapshot>(key: K, value: PageSetupSnapshot[K]): void {
    this.later((sheet) => {
      sheet.pageSetup[key] = value;
    });
  }

  protected readScalar(name: string, sheet: SheetModel): unknown {
    return setting(sheet, name);
  }
}

export class FakePageLayout extends PageSettings implements ExcelApi.PageLayout {
  protected readonly scalarNames = [
    'paperSize',
    'orientation',
    'zoom',
    'centerHorizontally',
    'leftMargin',
    'rightMargin',
    'topMargin',
    'bottomMargin',
    'headerMargin',
    'footerMargin',
  ] as const;

  get paperSize(): Excel.PageLayout['paperSize'] {
    return this.loadedValue('paperSize');
  }
  set paperSize(size: Excel.PageLayout['paperSize']) {
    this.put('paperSize', `${size}`);
  }
  get orientation(): Excel.PageLayout['orientation'] {
    return this.loadedValue('orientation');
  }
  set orientation(orientation: Excel.PageLayout['orientation']) {
    this.put('orientation', `${orientation}` as const);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loadedValue('zoom');
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    // Excel keeps either a scale or fit-to-pages, never both.
    if (zoom.scale !== undefined && (zoom.horizontalFitToPages || zoom.verticalFitToPages))
      throw new FakeOfficeError('InvalidArgument', '缩放比例与“调整为几页”不能同时设置。');
    this.put('zoom', { ...zoom });
  }
  get centerHorizontally(): boolean {
    return this.loadedValue('centerHorizontally');
  }
  set centerHorizontally(center: boolean) {
    this.put('centerHorizontally', center);
  }
  get leftMargin(): number {
    return this.loadedValue('leftMargin');
  }
  set leftMargin(points: number) {
    this.put('leftMargin', margin(points));
  }
  get rightMargin(): number {
    return this.loadedValue('rightMargin');
  }
  set rightMargin(points: number) {
    this.put('rightMargin', margin(points));
  }
  get topMargin(): number {
    return this.loadedValue('topMargin');
  }
  set topMargin(points: number) {
    this.put('topMargin', margin(points));
  }
  get bottomMargin(): number {
    return this.loadedValue('bottomMargin');
  }
  set bottomMargin(points: number) {
    this.put('bottomMargin', margin(points));
  }
  get headerMargin(): number {
    return this.loadedValue('headerMargin');
  }
  set headerMargin(points: number) {
    this.put('headerMargin', margin(points));
  }
  get footerMargin(): number {
    return this.loadedValue('footerMargin');
  }
  set footerMargin(points: number) {
    this.put('footerMargin', margin(points));
  }

  get headersFooters(): FakeHeaderFooterGroup {
    return new FakeHeaderFooterGroup(this.context, () => this.bound());
  }

  /** The simulated Excel takes the print area as an address. */
  setPrintArea(printArea: ExcelApi.Range | ExcelApi.RangeAreas | string): void {
    this.put('printArea', addressText(printArea, '打印区域'));
  }

  setPrintTitleRows(printTitleRows: ExcelApi.Range | string): void {
    const rows = addressText(printTitleRows, '打印标题行');
    if (!/^\$?\d+:\$?\d+$/.test(rows))
      throw new FakeOfficeError('InvalidArgument', `打印标题行“${rows}”应为整行，如 $12:$12。`);
    this.put('printTitleRows', rows);
  }
}

/** Excel.HeaderFooterGroup: the footer of every page (the only one the forms use). */
export class FakeHeaderFooterGroup implements ExcelApi.HeaderFooterGroup {
  readonly defaultForAllPages: FakeHeaderFooter;

  constructor(context: FakeContext, resolve: () => SheetModel | null) {
    this.defaultForAllPages = new FakeHeaderFooter(context, resolve);
  }
}

export class FakeHeaderFooter extends PageSettings implements ExcelApi.HeaderFooter {
  protected readonly scalarNames = ['leftFooter', 'centerFooter', 'rightFooter'] as const;

  get leftFooter(): string {
    return this.loadedValue('leftFooter');
  }
  set leftFooter(text: string) {
    this.put('leftFooter', text);
  }
  get centerFooter(): string {
    return this.loadedValue('centerFooter');
  }
  set centerFooter(text: string) {
    this.put('centerFooter', text);
  }
  get rightFooter(): string {
    return this.loadedValue('rightFooter');
  }
  set rightFooter(text: string) {
    this.put('rightFooter', text);
  }
}

function margin(points: number): number {
  if (!Number.isFinite(points) || points < 0)
    throw new FakeOfficeError('InvalidArgument', `页边距“${points}”无效。`);
  return points;
}

function addressText(target: unknown, what: string): string {
  if (typeof target !== 'string' || target.trim() === '')
    throw new FakeOfficeError('InvalidArgument', `模拟的 Excel 只接受文字地址作为${what}。`);
  return target;
}

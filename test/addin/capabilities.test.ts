/**
 * The add-in on Excel versions with fewer requirement sets (docs/COMPATIBILITY.md): what each
 * host gets, and that no message claims what was not done. Capabilities are passed in as
 * Office.context.requirements would report them.
 */
import { AddinController } from '../../src/addin/controller';
import {
  ALL_CAPABILITIES,
  capabilitiesOf,
  type HostCapabilities,
} from '../../src/addin/host/capabilities';
import { readAllGrids } from '../../src/addin/host/grids';
import { createFakeExcel, type WorkbookSnapshot } from '../../src/sandbox/fakeExcel';
import { packageSnapshot } from './workbooks';

/** A host reporting ExcelApi up to `excelApi` and, if `sharedRuntime`, SharedRuntime 1.1. */
function hostAt(excelApi: string, sharedRuntime: boolean): HostCapabilities {
  const minor = (version: string) => Number(version.split('.')[1]);
  return capabilitiesOf({
    isSetSupported: (name, version = '1.1') =>
      name === 'ExcelApi'
        ? minor(version) <= minor(excelApi)
        : name === 'SharedRuntime' && sharedRuntime && version === '1.1',
  });
}

let original: WorkbookSnapshot;
beforeAll(async () => {
  original = await packageSnapshot();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('capabilitiesOf', () => {
  test.each([
    ['1.9', { reading: true, mergedAreas: false, notes: false }],
    ['1.12', { reading: true, mergedAreas: false, notes: false }],
    ['1.13', { reading: true, mergedAreas: true, notes: false }],
    ['1.17', { reading: true, mergedAreas: true, notes: false }],
    ['1.18', { reading: true, mergedAreas: true, notes: true }],
  ])('ExcelApi %s', (level, expected) => {
    expect(hostAt(level, true)).toEqual({ ...expected, sharedRuntime: true });
  });
});

describe('reading below ExcelApi 1.13: merged areas are not asked for', () => {
  test('the grids carry no merges, and the findings are those of a host that reads them', async () => {
    const excel = createFakeExcel(original);
    const withMerges = await excel.run((context) => readAllGrids(context, ALL_CAPABILITIES));
    const inferred = await excel.run((context) => readAllGrids(context, hostAt('1.12', true)));
    expect(withMerges.grids.some((grid) => grid.merges.length > 0)).toBe(true);
    expect(inferred.grids.every((grid) => grid.merges.length === 0)).toBe(true);

    const full = new AddinController(excel.run, { capabilities: ALL_CAPABILITIES });
    const old = new AddinController(excel.run, { capabilities: hostAt('1.12', true) });
    await full.check();
    await old.check();
    expect(old.getState().findings).toEqual(full.getState().findings);
    expect(old.getState().findings.length).toBeGreaterThan(0);
  });
});

describe('notes only where ExcelApi 1.18', () => {
  test.each([['1.13'], ['1.17']])(
    'at ExcelApi %s 高亮错误 fills, writes no note, and says the problems are in the pane',
    async (level) => {
      const excel = createFakeExcel(original);
      const controller = new AddinController(excel.run, { capabilities: hostAt(level, true) });
      await controller.check();
      await controller.highlight();
      const { findings, message } = controller.getState();
      const first = findings[0];
      expect(excel.getFill(first.sheet, first.cell)).not.toBeNull();
      expect(excel.getNote(first.sheet, first.cell)).toBeNull();
      expect(message?.text).toMatch(/问题列在任务窗格中/);
      expect(message?.text).not.toMatch(/批注写明/);
      await controller.clearHighlight();
      expect(controller.getState().message?.text).toMatch(/原来的填充已恢复。$/);
      expect(excel.getFill(first.sheet, first.cell)).toBeNull();
    },
  );

  test('at ExcelApi 1.18 高亮错误 writes each cell’s problems into its note', async () => {
    const excel = createFakeExcel(original);
    const controller = new AddinController(excel.run, { capabilities: hostAt('1.18', true) });
    await controller.check();
    await controller.highlight();
    const first = controller.getState().findings[0];
    expect(excel.getNote(first.sheet, first.cell)).toContain(first.message);
    expect(controller.getState().message?.text).toMatch(/批注写明了问题/);
    await controller.clearHighlight();
    expect(controller.getState().message?.text).toMatch(/原来的填充和批注已恢复。$/);
  });
});

describe('below ExcelApi 1.9', () => {
  test('the pane says the Excel is too old and what to use instead, without touching the workbook', async () => {
    const excel = createFakeExcel(original);
    const controller = new AddinController(excel.run, { capabilities: hostAt('1.8', true) });
    await controller.start();
    expect(excel.syncCount()).toBe(0);
    expect(controller.getState().message).toEqual({
      kind: 'error',
      text: expect.stringMatching(/ExcelApi 1\.9.*perf-forms check/),
    });
    await controller.highlight();
    expect(excel.syncCount()).toBe(0);
  });
});

describe('without a shared runtime: pane and ribbon agree through the workbook', () => {
  test('marks made by the ribbon’s own runtime show in the pane, and the ribbon sees the pane’s clearing', async () => {
    jest.useFakeTimers();
    const excel = createFakeExcel(original);
    const separate = hostAt('1.13', false);
    const pane = new AddinController(excel.run, { capabilities: separate });
    const ribbon = new AddinController(excel.run, { capabilities: separate });
    await pane.start();
    await ribbon.start();

    await ribbon.highlight();
    expect(ribbon.getState().highlighted).toBe(true);
    await jest.advanceTimersByTimeAsync(300);
    await pane.settle();
    expect(pane.getState().highlighted).toBe(true);

    await pane.clearHighlight();
    expect(pane.getState().message?.text).toMatch(/^已清除/);
    await ribbon.clearHighlight();
    expect(ribbon.getState().message?.text).toBe('当前没有高亮，无需清除。');
    expect(ribbon.getState().highlighted).toBe(false);
    await pane.stop();
    await ribbon.stop();
  });
});

/**
 * The add-in on every Excel level it supports (docs/COMPATIBILITY.md): the simulated Excel plays
 * ExcelApi 1.9 … 1.18 with and without a shared runtime (members above the level throw
 * ApiNotFound, isSetSupported answers by the level), and the controller takes its capabilities
 * from it as it does from Office.context.requirements.
 */
import { AddinController } from '../../src/addin/controller';
import { capabilitiesOf } from '../../src/addin/host/capabilities';
import { readAllGrids } from '../../src/addin/host/grids';
import { columnLetters, PROFILE_SHEET, type Finding } from '../../src/engine';
import { findingColumns, inReadingOrder, RESULTS_SHEET } from '../../src/summary';
import { createFakeExcel, FULL_HOST, type WorkbookSnapshot } from '../../src/sandbox/fakeExcel';
import { afterTyping, controllerOn, startLive, stopLive } from './liveExcel';
import { packageSnapshot } from './workbooks';

const PROJECT = '政府雇员经费';
const LEVELS = ['1.9', '1.12', '1.13', '1.14', '1.17', '1.18'];
const HOSTS = LEVELS.flatMap((excelApi) =>
  [true, false].map((sharedRuntime) => ({ excelApi, sharedRuntime })),
);

let original: WorkbookSnapshot;
let fullFindings: Finding[];
beforeAll(async () => {
  original = await packageSnapshot();
  const controller = controllerOn(createFakeExcel(original));
  await controller.check();
  fullFindings = controller.getState().findings;
});

afterEach(() => {
  jest.useRealTimers();
});

function projectsTotal(controller: AddinController): Finding | undefined {
  return controller.getState().findings.find((finding) => finding.rule === 'budget.projects-total');
}

describe('the simulated Excel at a level', () => {
  test('answers isSetSupported by its level and shared-runtime switch', () => {
    const excel = createFakeExcel(original, { excelApi: '1.13', sharedRuntime: false });
    expect(excel.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(excel.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(excel.requirements.isSetSupported('ExcelApi', '1.14')).toBe(false);
    expect(excel.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(false);
    expect(capabilitiesOf(excel.requirements)).toEqual({
      reading: true,
      mergedAreas: true,
      notes: false,
      sharedRuntime: false,
    });
  });

  test('throws ApiNotFound for a member above its level, as Office does', async () => {
    const excel = createFakeExcel(original, { excelApi: '1.12', sharedRuntime: true });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(PROJECT).getRange().getMergedAreasOrNullObject();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    // What a host at 1.12 has: reading without merged areas.
    const { grids } = await excel.run((context) =>
      readAllGrids(context, capabilitiesOf(excel.requirements)),
    );
    expect(grids.every((grid) => grid.merges.length === 0)).toBe(true);
  });
});

describe.each(HOSTS)('ExcelApi $excelApi, shared runtime $sharedRuntime', (host) => {
  const notes = host.excelApi === '1.18';

  test('检查 finds what a host with every API finds', async () => {
    const excel = createFakeExcel(original, host);
    const controller = controllerOn(excel);
    await controller.check();
    expect(controller.getState().findings).toEqual(fullFindings);
  });

  test('live checking follows an edit', async () => {
    const { excel, controller } = await startLive(original, host);
    expect(projectsTotal(controller)).toBeDefined();
    excel.setValue(PROJECT, 'B4', '194万');
    await afterTyping(controller);
    expect(projectsTotal(controller)).toBeUndefined();
    await stopLive(controller);
  });

  test(`高亮错误 and 清除高亮 ${notes ? 'write and restore notes' : 'list the findings in 检查结果, then delete it'}`, async () => {
    const excel = createFakeExcel(original, host);
    const controller = controllerOn(excel);
    await controller.check();
    await controller.highlight();
    const { findings } = controller.getState();
    const [first] = findings;
    expect(excel.getFill(first.sheet, first.cell)).not.toBeNull();
    const message = controller.getState().message?.text;
    if (notes) {
      expect(excel.getNote(first.sheet, first.cell)).toContain(first.message);
      expect(excel.getNote(first.sheet, first.cell)).toContain(first.ruleName);
      expect(message).toMatch(/批注写明了问题/);
      expect(excel.sheets()).not.toContain(RESULTS_SHEET);
    } else {
      expect(excel.getNote(first.sheet, first.cell)).toBeNull();
      expect(message).toContain('问题列在新加的工作表“检查结果”');
      expect(message).not.toContain('批注写明');
      expect(excel.sheets()).toContain(RESULTS_SHEET);
      // The annotated copy's layout: its header row, then one row per finding.
      const headers = findingColumns(false).map((column) => column.header);
      headers.forEach((header, i) =>
        expect(excel.getValue(RESULTS_SHEET, `${columnLetters(i)}1`)).toBe(header),
      );
      const listed = findings.map((_, r) => [
        excel.getValue(RESULTS_SHEET, `A${r + 2}`),
        excel.getValue(RESULTS_SHEET, `C${r + 2}`),
      ]);
      expect(listed).toEqual(
        inReadingOrder(findings, excel.sheets()).map((finding) => [
          finding.sheet,
          finding.ruleName,
        ]),
      );
      expect(excel.getValue(RESULTS_SHEET, `A${findings.length + 2}`)).toBeNull();
    }
    expect(controller.getState().highlighted).toBe(true);
    await controller.clearHighlight();
    expect(controller.getState().message?.text).toMatch(
      notes ? /原来的填充和批注已恢复。$/ : /原来的填充已恢复，工作表“检查结果”已删除。$/,
    );
    expect(excel.getFill(first.sheet, first.cell)).toBeNull();
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });

  test('generates a template and imports a profile', async () => {
    const excel = createFakeExcel(original, host);
    const controller = controllerOn(excel);
    await controller.check();
    await controller.generate({ kind: 'project', year: 2026, name: '新项目' });
    expect(controller.getState().message?.kind).toBe('success');
    const added = controller.getState().forms.filter((form) => form.year === 2026);
    expect(added.map((form) => form.kind)).toEqual(['project']);
    const profile = JSON.parse((await controller.exportProfile()) ?? 'null');
    const result = await controller.importProfile(
      new TextEncoder().encode(
        JSON.stringify({ ...profile, id: 'bureau-project', name: '本局项目配置' }),
      ),
    );
    expect(result).toEqual({ ok: true, errors: [] });
    expect(excel.sheets()).toContain(PROFILE_SHEET);
  });
});

describe('ExcelApi 1.13: the 检查结果 sheet', () => {
  const older = { excelApi: '1.13', sharedRuntime: false };

  test('a second 高亮错误 replaces it, and 清除高亮 in a new session deletes it', async () => {
    const excel = createFakeExcel(original, older);
    const first = controllerOn(excel);
    await first.check();
    await first.highlight();
    await first.highlight();
    expect(excel.sheets().filter((name) => name.startsWith(RESULTS_SHEET))).toEqual([
      RESULTS_SHEET,
    ]);
    // Saved, closed and reopened: the workbook says what to delete.
    const reopened = createFakeExcel(excel.snapshot(), older);
    const second = controllerOn(reopened);
    await second.check();
    await second.clearHighlight();
    expect(reopened.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });

  test('a sheet of the workbook already named 检查结果 is left alone', async () => {
    const excel = createFakeExcel(original, older);
    const own = controllerOn(excel);
    await own.check();
    await excel.run(async (context) => {
      context.workbook.worksheets.add(RESULTS_SHEET).getRange('A1').values = [['我的记录']];
      await context.sync();
    });
    const before = excel.snapshot();
    const controller = controllerOn(excel);
    await controller.check();
    await controller.highlight();
    expect(controller.getState().message?.text).toContain('“检查结果(2)”');
    expect(excel.sheets()).toContain('检查结果(2)');
    await controller.clearHighlight();
    expect(excel.snapshot()).toEqual(before);
  });
});

describe('below ExcelApi 1.9', () => {
  test('the pane says the Excel is too old and what to use instead, without touching the workbook', async () => {
    const excel = createFakeExcel(original, { excelApi: '1.8', sharedRuntime: false });
    const controller = controllerOn(excel);
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
    const excel = createFakeExcel(original, { ...FULL_HOST, sharedRuntime: false });
    const pane = controllerOn(excel);
    const ribbon = controllerOn(excel);
    await pane.start();

    await ribbon.highlight();
    expect(ribbon.getState().highlighted).toBe(true);
    await afterTyping(pane);
    expect(pane.getState().highlighted).toBe(true);

    await pane.clearHighlight();
    expect(pane.getState().message?.text).toMatch(/^已清除/);
    await ribbon.clearHighlight();
    expect(ribbon.getState().message?.text).toBe('当前没有高亮，无需清除。');
    expect(ribbon.getState().highlighted).toBe(false);
    await pane.stop();
  });
});

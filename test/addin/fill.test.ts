/**
 * The pane's filling help on a package the CLI generated: blank forms as 待填写 lists (while
 * `check` reports their empty cells as errors), and suggested indicators for an empty 三级 row,
 * the same list `perf-forms indicators` prints, filled in with one click.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { AddinController } from '../../src/addin/controller';
import { fromA1 } from '../../src/engine';
import type { FakeExcel, WorkbookSnapshot } from '../../src/sandbox/fakeExcel';
import { snapshotFromXlsx } from '../../src/sandbox/snapshotFromXlsx';
import { DEPARTMENT_TITLE } from '../../src/template';
import { runCli as cli } from '../cli/runCli';
import { tempDir } from '../cli/tempDir';
import { afterTyping, startLive, stopLive } from './liveExcel';
import { cellHolding } from './workbooks';

const PROJECT = '城区道路维修';

const folder = tempDir('fill');
let packageFile: string;
let generated: WorkbookSnapshot;

beforeAll(async () => {
  packageFile = join(folder, '申报包.xlsx');
  const { code } = await cli(
    'generate',
    '--kind',
    'department',
    '--year',
    '2026',
    '--name',
    '随州市财政局',
    '--projects',
    `${PROJECT}：35\n社区养老服务补贴：120.5`,
    '--output',
    packageFile,
  );
  expect(code).toBe(0);
  generated = await snapshotFromXlsx(readFileSync(packageFile));
});

let excel: FakeExcel;
let controller: AddinController;

beforeEach(async () => {
  ({ excel, controller } = await startLive(generated));
});

afterEach(() => stopLive(controller));

describe('a generated package', () => {
  it('shows each form as 待填写 with its progress and lists no errors; check reports them', async () => {
    const state = controller.getState();
    expect(state.blankForms.map((form) => form.sheet)).toEqual([
      DEPARTMENT_TITLE,
      PROJECT,
      '社区养老服务补贴',
    ]);
    for (const form of state.blankForms) {
      expect(form.pending.length).toBeGreaterThan(0);
      expect(form.summary).toBe(`已填 ${form.filled}/${form.total}`);
    }
    expect(state.listed).toEqual([]);
    expect(state.listedCounts.error).toBe(0);
    // The findings stay whole for 高亮错误 …
    expect(state.counts.error).toBeGreaterThan(0);
    // … and the CLI reports the same empty cells as errors.
    const { code, stdout } = await cli('check', packageFile, '--format', 'json');
    expect(code).not.toBe(0);
    const reported = JSON.stringify(JSON.parse(stdout));
    for (const finding of state.findings.filter((f) => f.severity === 'error'))
      expect(reported).toContain(finding.message);
  });

  it('lists a form again, as errors, once the officer has started it', async () => {
    const firstLevel3 = controller
      .getState()
      .blankForms.find((form) => form.sheet === PROJECT)
      ?.pending.find((cell) => cell.label.endsWith('的三级指标'));
    if (!firstLevel3) throw new Error('no pending 三级 on the project form');
    excel.setValue(PROJECT, firstLevel3.cell, '道路维修里程');
    await afterTyping(controller);
    const state = controller.getState();
    expect(state.blankForms.map((form) => form.sheet)).not.toContain(PROJECT);
    expect(state.listed.some((finding) => finding.sheet === PROJECT)).toBe(true);
    expect(state.listed.every((finding) => finding.sheet === PROJECT)).toBe(true);
  });
});

describe('suggested indicators', () => {
  /** The first empty 三级 cell under 数量指标 on the project form. */
  function quantityRow(): string {
    const label = fromA1(cellHolding(excel.snapshot(), PROJECT, '数量指标'));
    const header = fromA1(cellHolding(excel.snapshot(), PROJECT, '三级指标'));
    if (!label || !header) throw new Error('数量指标 row missing');
    return `${String.fromCharCode(65 + header.col)}${label.row + 1}`;
  }

  it('selecting an empty 三级 row under 数量指标 shows what perf-forms indicators 数量指标 prints', async () => {
    excel.resetCounters();
    excel.select(PROJECT, quantityRow());
    await jest.advanceTimersByTimeAsync(0);
    const shown = controller.getState().rowSuggestions;
    // Shown on the click itself, before the debounced read of the workbook.
    expect(excel.syncCount()).toBe(0);
    expect(shown).toMatchObject({ sheet: PROJECT, cell: quantityRow(), level2: '数量指标' });
    const { stdout } = await cli(
      'indicators',
      '--profile',
      'mof-2021',
      '--format',
      'json',
      '数量指标',
    );
    const printed = JSON.parse(stdout) as {
      level2: { suggestions: { name: string; origin: string }[] }[];
    };
    expect(shown?.suggestions.map((s) => [s.name, s.origin])).toEqual(
      printed.level2[0].suggestions.map((s) => [s.name, s.origin]),
    );
    await afterTyping(controller);
  });

  it('one click fills name, operator and unit in one sync; the row then lacks only its value', async () => {
    const cell = quantityRow();
    excel.select(PROJECT, cell);
    await afterTyping(controller);
    const suggestion = controller.getState().rowSuggestions?.suggestions[0];
    if (!suggestion) throw new Error('no suggestion shown');
    excel.resetCounters();
    await controller.fillSuggestion(suggestion);
    // The write, then the sheet read again.
    expect(excel.syncCount()).toBe(2);
    const row = fromA1(cell)!.row;
    const rowValues = Object.entries(excel.snapshot().sheets.find((s) => s.name === PROJECT)!.cells)
      .filter(([address]) => fromA1(address)?.row === row)
      .map(([, written]) => written.value);
    expect(rowValues).toEqual(expect.arrayContaining([suggestion.name, suggestion.operator]));
    if (suggestion.unit !== '') expect(rowValues).toContain(suggestion.unit);
    const state = controller.getState();
    expect(state.rowSuggestions).toBeNull();
    expect(state.message).toMatchObject({ kind: 'success' });
    const onRow = state.findings.filter(
      (finding) => finding.sheet === PROJECT && fromA1(finding.cell)?.row === row,
    );
    expect(onRow.map((finding) => finding.rule)).toEqual(['value.missing']);
  });

  it('shows nothing for a row already written in', async () => {
    excel.select(PROJECT, cellHolding(excel.snapshot(), PROJECT, '项目名称'));
    await jest.advanceTimersByTimeAsync(0);
    expect(controller.getState().rowSuggestions).toBeNull();
    await afterTyping(controller);
  });
});

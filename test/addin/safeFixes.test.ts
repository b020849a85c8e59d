/**
 * 采用建议 / 全部采用 / 撤销 against the simulated Excel on suizhou-2025 as published (≧ in the
 * operator columns, 定义 for 定性): one batch per click, a stale fix never applied, undo only
 * where the cell still holds what the fix wrote.
 */
import { AddinController } from '../../src/addin/controller';
import { keptAsText } from '../../src/addin/safeFixes';
import type { Finding } from '../../src/engine';
import type { FakeExcel, WorkbookSnapshot } from '../../src/sandbox/fakeExcel';
import { afterTyping, startLive, stopLive } from './liveExcel';
import { exampleSnapshot } from './workbooks';

const HOTLINE = '12345热线';

let original: WorkbookSnapshot;
let excel: FakeExcel;
let controller: AddinController;

const findings = () => controller.getState().findings;
const fixable = (sheet?: string) =>
  findings().filter((finding) => finding.fix && (!sheet || finding.sheet === sheet));
const at = (sheet: string, cell: string) =>
  findings().filter((finding) => finding.sheet === sheet && finding.cell === cell);

beforeAll(async () => {
  original = await exampleSnapshot('suizhou-2025');
});

beforeEach(async () => {
  ({ excel, controller } = await startLive(original));
});

afterEach(() => stopLive(controller));

describe('采用建议', () => {
  it('writes one finding’s fix: one read and one write, then its sheet checked again', async () => {
    const [finding] = at(HOTLINE, 'G6');
    expect(finding.fix).toEqual({ sheet: HOTLINE, cell: 'G6', oldValue: '≧', newValue: '≥' });
    const others = findings().filter((f) => f !== finding);
    excel.resetCounters();
    await controller.applyFixes([finding]);
    // Read the cell, write it, re-read the sheet.
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    expect(excel.getValue(HOTLINE, 'G6')).toBe('≥');
    expect(excel.getValue(HOTLINE, 'G7')).toBe('≧');
    expect(at(HOTLINE, 'G6')).toEqual([]);
    expect(findings()).toEqual(others);
    const state = controller.getState();
    expect(state.undoableFixes).toBe(1);
    expect(state.message?.text).toContain('“12345热线”G6 ≧ → ≥');
  });

  it('leaves a cell alone that was changed since the check (a stale fix)', async () => {
    const [finding] = at(HOTLINE, 'G6');
    // Changed without an event (some Excel builds fire none for a pick from a list).
    excel.setValue(HOTLINE, 'G6', '≤', { fireChanged: false });
    await controller.applyFixes([finding]);
    expect(excel.getValue(HOTLINE, 'G6')).toBe('≤');
    expect(controller.getState().undoableFixes).toBe(0);
    expect(controller.getState().message?.text).toContain('单元格的内容与检查时读到的不同');
  });

  it('does not write a text Excel would read as a number (９５％ → 95％ may become 0.95)', async () => {
    excel.setValue(HOTLINE, 'H7', '９５％');
    await afterTyping(controller);
    const [finding] = at(HOTLINE, 'H7').filter((f) => f.rule === 'value.full-width-digits');
    expect(finding.fix?.newValue).toBe('95％');
    await controller.applyFixes([finding]);
    expect(excel.getValue(HOTLINE, 'H7')).toBe('９５％');
    expect(controller.getState().message?.text).toContain('perf-forms fix');
  });
});

describe('全部采用', () => {
  it.each([HOTLINE, '大厅前台岗位服务外包'])(
    'writes every fix of %s in one batch, and 撤销 restores them',
    async (sheet) => {
      const fixes = fixable(sheet);
      expect(fixes.length).toBeGreaterThan(0);
      const before = new Map(fixes.map((f) => [f.cell, excel.getValue(sheet, f.cell)]));
      const findingsBefore = findings();
      excel.resetCounters();
      await controller.applyFixes(fixes);
      expect(excel.syncCount()).toBeLessThanOrEqual(3);
      for (const { fix } of fixes) expect(excel.getValue(sheet, fix!.cell)).toBe(fix!.newValue);
      expect(fixable(sheet)).toEqual([]);
      expect(findings().filter((f: Finding) => f.sheet !== sheet)).toEqual(
        findingsBefore.filter((f) => f.sheet !== sheet),
      );

      excel.resetCounters();
      await controller.undoFixes();
      expect(excel.syncCount()).toBeLessThanOrEqual(3);
      for (const [cell, value] of before) expect(excel.getValue(sheet, cell)).toBe(value);
      expect(findings()).toEqual(findingsBefore);
      expect(controller.getState().undoableFixes).toBe(0);
    },
  );
});

describe('撤销', () => {
  it('restores only the cells that still hold the fixed text', async () => {
    await controller.applyFixes(fixable(HOTLINE));
    expect(excel.getValue(HOTLINE, 'G7')).toBe('≥');
    excel.setValue(HOTLINE, 'G7', '=');
    await afterTyping(controller);
    await controller.undoFixes();
    expect(excel.getValue(HOTLINE, 'G6')).toBe('≧');
    expect(excel.getValue(HOTLINE, 'G7')).toBe('=');
    expect(controller.getState().message?.text).toContain('1 个单元格已被再次修改，保留现状');
  });

  it('takes back the latest apply first, one apply at a time', async () => {
    const [g6] = at(HOTLINE, 'G6');
    const [g7] = at(HOTLINE, 'G7');
    await controller.applyFixes([g6]);
    await controller.applyFixes([g7]);
    expect(controller.getState().undoableFixes).toBe(2);
    await controller.undoFixes();
    expect([excel.getValue(HOTLINE, 'G6'), excel.getValue(HOTLINE, 'G7')]).toEqual(['≥', '≧']);
    await controller.undoFixes();
    expect(excel.getValue(HOTLINE, 'G6')).toBe('≧');
    await controller.undoFixes();
    expect(controller.getState().message?.text).toBe('没有可撤销的修改。');
  });
});

test.each([
  ['≥95%', true],
  ['定性', true],
  ['%', true],
  ['≥９５％', true],
  ['95', false],
  ['95%', false],
  ['98.5 ％', false],
  ['2025-12-31', false],
  ['=A1', false],
])('written as a value, %s stays text: %s', (text, kept) => {
  expect(keptAsText(text)).toBe(kept);
});

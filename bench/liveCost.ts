/**
 * What the add-in costs in Excel calls while a person works, on the simulated Excel: a cell
 * edit, a selection change, and an edit that fixes a marked cell, in workbooks of 50 to 1,000
 * project forms with 0 to 1,000 cells marked by 高亮错误. Counts, not times: they are the same
 * on every machine, and each Excel call is a round trip in Excel on the web.
 */
import { toA1 } from '../src/engine';
import { AddinController } from '../src/addin/controller';
import {
  createFakeExcel,
  type CellSnapshot,
  type FakeExcel,
  type SheetSnapshot,
} from '../src/sandbox/fakeExcel';
import type { ExampleSheet } from '../scripts/build-examples';
import { projectSheet, type Mistakes } from './projectSheet';

export const LIVE_SHEETS = [50, 200, 1000];
export const LIVE_MARKS = [0, 100, 1000];

export interface CallCount {
  syncs: number;
  apiCalls: number;
  /** Objects loaded: ranges, collections, notes. */
  loads: number;
}

export interface LiveCosts {
  sheets: number;
  /** Cells marked by 高亮错误 before the edits. */
  marks: number;
  /** A value typed on an unmarked form. */
  edit: CallCount;
  /** A click on another form, unchanged. */
  select: CallCount;
  /** A mistake corrected on a marked form (null: nothing is marked). */
  fix: CallCount | null;
}

/** The first row of indicators (row 5) holds the operator in G and the value in H. */
const OPERATOR_CELL = 'G5';
const VALUE_CELL = 'H5';

function toSnapshot(sheet: ExampleSheet): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  sheet.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) cells[toA1(r, c)] = { value };
    }),
  );
  return { name: sheet.name, visibility: 'Visible', cells, merges: sheet.merges, validations: [] };
}

/** Events are delivered after the call that fired them; then the debounced re-check runs. */
async function settled(controller: AddinController): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await controller.settle();
}

async function counted(
  excel: FakeExcel,
  controller: AddinController,
  act: () => void,
): Promise<CallCount> {
  excel.resetCounters();
  act();
  await settled(controller);
  return { syncs: excel.syncCount(), apiCalls: excel.apiCallCount(), loads: excel.loadCount() };
}

/** `sheets` forms, the first `wrong` with every indicator row wrong, the others without mistakes. */
async function started(sheets: number, wrong: number) {
  const forms = Array.from({ length: sheets }, (_, index) => {
    const mistakes: Mistakes = index < wrong ? 'every' : 'none';
    return toSnapshot(projectSheet(index, mistakes));
  });
  const excel = createFakeExcel({ sheets: forms, selection: null });
  const controller = new AddinController(excel.run, { debounceMs: 0 });
  await controller.start();
  return { excel, controller, names: forms.map((form) => form.name) };
}

/** Cells 高亮错误 marks on one form with every row wrong. */
async function marksPerWrongForm(): Promise<number> {
  const { controller } = await started(1, 1);
  await controller.highlight();
  const cells = new Set(controller.getState().findings.map((f) => `${f.sheet}!${f.cell}`));
  await controller.stop();
  return cells.size;
}

export async function measureLiveCosts(): Promise<LiveCosts[]> {
  const perForm = await marksPerWrongForm();
  const results: LiveCosts[] = [];
  for (const sheets of LIVE_SHEETS) {
    for (const wantedMarks of LIVE_MARKS) {
      const wrong = Math.min(sheets, Math.round(wantedMarks / perForm));
      const { excel, controller, names } = await started(sheets, wrong);
      if (wrong > 0) await controller.highlight();
      const marks = new Set(controller.getState().findings.map((f) => `${f.sheet}!${f.cell}`)).size;
      const last = names[names.length - 1];
      const edit = await counted(excel, controller, () => excel.setValue(last, VALUE_CELL, 7));
      const select = await counted(excel, controller, () => excel.select(names[sheets - 2], 'B3'));
      const fix =
        wrong > 0
          ? await counted(excel, controller, () => excel.setValue(names[0], OPERATOR_CELL, '≥'))
          : null;
      await controller.stop();
      results.push({ sheets, marks: wrong > 0 ? marks : 0, edit, select, fix });
    }
  }
  return results;
}

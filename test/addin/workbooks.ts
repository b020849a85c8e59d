/** Real-looking workbooks for the add-in tests: the transcribed seed examples as snapshots. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { GenerateRequest } from '../../src/addin/controller';
import { snapshotFromXlsx } from '../../src/sandbox/snapshotFromXlsx';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/sandbox/fakeExcel';
import { findingPlace, fromA1, type FindingPlace } from '../../src/engine';

export const EXAMPLES = join(__dirname, '..', '..', 'examples');

export function exampleBytes(name: string): Buffer {
  return readFileSync(join(EXAMPLES, `${name}.xlsx`));
}

/** A hand-written finding's place, from the A1 address rules.md names. */
export function placeAt(cell: string): FindingPlace {
  const at = fromA1(cell);
  if (!at) throw new Error(`not an A1 address: ${cell}`);
  return findingPlace(at.row, at.col);
}

export async function exampleSnapshot(name: string): Promise<WorkbookSnapshot> {
  return snapshotFromXlsx(exampleBytes(name));
}

/** A department package of two projects, as an officer asks 生成 for it. */
export const PACKAGE_REQUEST: GenerateRequest = {
  kind: 'package',
  year: 2026,
  name: '随州市财政局',
  projects: [
    { name: '项目A', funding: '35' },
    { name: '项目B', funding: '12.5' },
  ],
};

/**
 * A department's 2025 package: the Suizhou department form (项目支出 C = 219 万元) and two
 * Ezhou project forms of 2025 with their 项目预算 (150万 and 25万, so 44 万元 short).
 */
export async function packageSnapshot(): Promise<WorkbookSnapshot> {
  const suizhou = await exampleSnapshot('suizhou-2025');
  const ezhou = await exampleSnapshot('ezhou-2025');
  const pick = (book: WorkbookSnapshot, name: string): SheetSnapshot => {
    const sheet = book.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`example sheet ${name} missing`);
    return sheet;
  };
  return {
    sheets: [
      pick(suizhou, '部门整体'),
      pick(ezhou, '政府雇员经费'),
      pick(ezhou, '政务服务提升工作经费'),
    ],
    names: [],
    selection: null,
  };
}

/** Where a cell holding `text` is on a sheet of the snapshot (the tests find cells by content, as the reader does). */
export function cellHolding(book: WorkbookSnapshot, sheetName: string, text: string): string {
  const sheet = book.sheets.find((candidate) => candidate.name === sheetName);
  const found = Object.entries(sheet?.cells ?? {}).find(([, cell]) => cell.value === text);
  if (!found) throw new Error(`no cell holding ${text} on ${sheetName}`);
  return found[0];
}

/**
 * What 高亮错误 and 清除高亮 cost in Excel round trips, for the benchmark (`npm run bench`):
 * `findingCount` findings on a department sheet, painted and cleared through the add-in's own
 * host code on the simulated Excel, counting syncs and queued API calls.
 */
import { findingPlace, SEVERITIES, type Finding } from '../src/engine';
import { readAllGrids } from '../src/addin/host/grids';
import { applyPaints, paintsFor } from '../src/addin/host/highlight';
import {
  createFakeExcel,
  type CellSnapshot,
  type WorkbookSnapshot,
} from '../src/sandbox/fakeExcel';

export interface HighlightCost {
  syncs: number;
  apiCalls: number;
}

/** Amount columns C–G, as on the fund table; findings fill them row by row. */
const FIRST_COLUMN = 2;
const COLUMNS = 5;

/** A department sheet with `count` findings on its amount cells; every seventh cell has its own fill and note. */
export function syntheticFindings(count: number): {
  snapshot: WorkbookSnapshot;
  findings: Finding[];
} {
  const cells: Record<string, CellSnapshot> = {};
  const findings: Finding[] = [];
  for (let index = 0; index < count; index++) {
    const place = findingPlace(Math.floor(index / COLUMNS), FIRST_COLUMN + (index % COLUMNS));
    cells[place.cell] =
      index % 7 === 0 ? { value: index, fill: '#FFFF00', note: '原有批注' } : { value: index };
    const severity = SEVERITIES[index % SEVERITIES.length];
    findings.push({
      rule: 'budget.change',
      ruleName: '增减额计算错误',
      severity,
      sheet: '部门整体',
      ...place,
      message: `第 ${index + 1} 处问题`,
    });
  }
  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: '部门整体', visibility: 'Visible', cells, merges: [], validations: [] }],
    selection: null,
  };
  return { snapshot, findings };
}

export async function measureHighlight(
  findingCount: number,
): Promise<HighlightCost & { clear: HighlightCost }> {
  const { snapshot, findings } = syntheticFindings(findingCount);
  const excel = createFakeExcel(snapshot);
  const { sheets } = await excel.run((context) => readAllGrids(context));
  const paints = paintsFor(findings, sheets);

  excel.resetCounters();
  const painted = await excel.run((context) =>
    applyPaints(context, { marks: [], sheet: { exists: false, rows: 0 } }, paints, true),
  );
  const highlight = { syncs: excel.syncCount(), apiCalls: excel.apiCallCount() };

  excel.resetCounters();
  const record = {
    marks: painted.marks,
    sheet: { exists: true, rows: painted.written.pieces.length },
  };
  await excel.run((context) => applyPaints(context, record, [], true));
  return { ...highlight, clear: { syncs: excel.syncCount(), apiCalls: excel.apiCallCount() } };
}

/**
 * `npm run bench`: what reading and checking cost next to exceljs's own parse.
 * Builds a package of one department form (Suizhou 2025, from examples/) and N project forms of
 * 20 indicator rows each, writes it to .xlsx in memory, then measures:
 *   - exceljs parse alone (xlsx.load),
 *   - our grid conversion, and reader + rules on the parsed grid,
 *   - what 高亮错误 / 清除高亮 cost in Excel round trips for 50, 500 and 5,000 findings,
 * at 1×, 2× and 4× the size, and prints the ratio (target: reader + rules < 5% of the parse).
 */
import ExcelJS from 'exceljs';
import { checkReadings, readWorkbook } from '../src/engine';
import type { WorkbookGrid } from '../src/engine/grid';
import { workbookToGrid } from '../src/xlsx/readXlsx';
import { measureHighlight } from './highlightCost';
import { measureLiveCosts, LIVE_SHEETS, type LiveCosts } from './liveCost';
import { projectSheet } from './projectSheet';
import { buildExampleWorkbook, readExampleSource } from '../scripts/build-examples';

const BASE_PROJECTS = 300;
/**
 * Untimed warm-up runs first: a check takes about a dozen runs to settle (the JIT compiles the
 * rules as forms reach them), a parse a few. Then rounds of one parse and a batch of checks.
 */
const PARSE_WARM_UP = 3;
const CHECK_WARM_UP = 15;
const ROUNDS = 7;
const SETTLING_PARSES = 1;
const SETTLING_CHECKS = 6;
const CHECK_BATCH = 5;
async function packageBuffer(projects: number): Promise<Buffer> {
  const department = readExampleSource('suizhou-2025').sheets.find(
    (sheet) => sheet.name === '部门整体',
  )!;
  const sheets = [department, ...Array.from({ length: projects }, (_, i) => projectSheet(i))];
  const workbook = buildExampleWorkbook({ sheets });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A full collection, where node runs with --expose-gc (npm run bench does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function millis(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: millis(start), result };
}

async function parse(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer); // exceljs types lag behind Node 20 Buffers
  return workbook;
}

function readAndCheck(grid: WorkbookGrid) {
  const reading = readWorkbook(grid);
  return { reading, result: checkReadings([reading])[0] };
}

/**
 * The mean time of `batch` runs timed together, after a full collection and `settle` untimed
 * runs, so that the timed runs pay for their own collections (a median of single runs would skip
 * the runs that collect). Both sides are timed this way. The runs just after a full collection
 * are slow (here the first parse by about a third, the first few checks two to four times):
 * each side runs until it is back at speed, a parse once, a check six times (about as long).
 */
async function settledMean(settle: number, batch: number, work: () => unknown): Promise<number> {
  collectGarbage();
  for (let run = 0; run < settle; run++) await work();
  const start = process.hrtime.bigint();
  for (let run = 0; run < batch; run++) await work();
  return millis(start) / batch;
}

/**
 * The first (cold) parse, and the package's grid with the time of turning the workbook into it;
 * only the grid outlives this (the add-in never has an exceljs workbook).
 */
async function firstParse(buffer: Buffer) {
  const cold = await timed(() => parse(buffer));
  const convert = await settledMean(SETTLING_CHECKS, CHECK_BATCH, () =>
    workbookToGrid(cold.result),
  );
  return { coldParse: cold.ms, grid: workbookToGrid(cold.result), convert };
}

/**
 * Times the parse and our reading + rules in alternating rounds: this machine's speed swings by
 * a third or more from one moment to the next, and a ratio of two figures taken seconds apart
 * measures the swing. Each side starts from a collected heap (neither pays for the other's
 * garbage) and settles before it is timed. The first run of each is shown apart (cold, with the
 * JIT's warm-up); the figures are medians of the rounds.
 */
async function measure(projects: number) {
  const buffer = await packageBuffer(projects);
  const { coldParse, grid, convert } = await firstParse(buffer);
  const coldCheck = (await timed(() => readAndCheck(grid))).ms; // its reading is dropped
  for (let round = 0; round < PARSE_WARM_UP; round++) await parse(buffer);
  for (let round = 0; round < CHECK_WARM_UP; round++) readAndCheck(grid);

  const parses: number[] = [];
  const checks: number[] = [];
  const ratios: number[] = [];
  let last: ReturnType<typeof readAndCheck> | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const parseMs = await settledMean(SETTLING_PARSES, 1, () => parse(buffer)); // workbooks dropped
    const checkMs = await settledMean(SETTLING_CHECKS, CHECK_BATCH, () => {
      // The run before leaves nothing alive but the memos of label texts and profile answers,
      // as in the add-in, which re-reads only the sheet that changed (the first run is shown cold).
      last = undefined;
      last = readAndCheck(grid);
    });
    parses.push(parseMs);
    checks.push(checkMs);
    ratios.push(checkMs / parseMs);
  }
  const { reading, result } = last!; // ROUNDS ≥ 1
  const rows = reading.sheets
    .flatMap((sheet) => sheet.forms)
    .reduce((n, form) => n + form.tables.reduce((k, table) => k + table.rows.length, 0), 0);
  return {
    projects,
    bytes: buffer.length,
    rows,
    findings: result.findings.length,
    parse: median(parses),
    convert,
    check: median(checks),
    ratio: median(ratios),
    coldParse,
    coldCheck,
  };
}

async function main(): Promise<void> {
  console.log(
    `perf-forms 基准：1 张部门表 + N 张项目表（每张 20 行指标）。预热（解析 ${PARSE_WARM_UP} 次、读取+规则 ${CHECK_WARM_UP} 次）后，` +
      `${ROUNDS} 轮交替计时：每轮解析 1 次、读取+规则连续 ${CHECK_BATCH} 次取平均（含其自身的垃圾回收）；两者计时前各回收一次内存、先空跑（解析 ${SETTLING_PARSES} 次、读取+规则 ${SETTLING_CHECKS} 次）；取各轮中位数（本机速度时快时慢，交替计时使两者处于同样状态）\n`,
  );
  const results = [];
  for (const factor of [1, 2, 4]) {
    const r = await measure(BASE_PROJECTS * factor);
    results.push(r);
    console.log(
      `${factor}×  项目表 ${r.projects}  指标行 ${r.rows}  文件 ${(r.bytes / 1024).toFixed(0)} KiB  发现 ${r.findings}\n` +
        `    exceljs 解析 ${r.parse.toFixed(1)} ms   网格转换 ${r.convert.toFixed(1)} ms   读取+规则 ${r.check.toFixed(1)} ms` +
        `   读取+规则/解析 = ${(r.ratio * 100).toFixed(2)}%（各轮比值的中位数）   每千行 ${((r.check / r.rows) * 1000).toFixed(2)} ms\n` +
        `    首次（含 JIT 预热）：解析 ${r.coldParse.toFixed(1)} ms，读取+规则 ${r.coldCheck.toFixed(1)} ms（${((r.coldCheck / r.coldParse) * 100).toFixed(1)}%）`,
    );
  }
  const [one, , four] = results;
  const growth = four.check / four.rows / (one.check / one.rows);
  console.log(`\n线性：4× 规模的每行耗时是 1× 的 ${growth.toFixed(2)} 倍（1.00 为完全线性）`);
  const worst = Math.max(...results.map((r) => r.ratio));
  console.log(
    `目标：读取+规则 < 解析的 5%：${worst < 0.05 ? '达到' : '未达到'}（最高 ${(worst * 100).toFixed(2)}%）`,
  );
  console.log('\n加载项（模拟 Excel 计数）：');
  for (const count of [50, 500, 5000]) {
    const cost = await measureHighlight(count);
    console.log(
      `  ${String(count).padStart(5)} 处问题：高亮错误 ${cost.syncs} 次 context.sync、${cost.apiCalls} 次 API 调用；` +
        `清除高亮 ${cost.clear.syncs} 次 sync、${cost.clear.apiCalls} 次 API 调用`,
    );
  }
  console.log(
    '\n实时检查（模拟 Excel 计数，每次编辑或点击；基准为同样工作表数、无高亮时）：sync 次数 / API 调用 / 加载对象',
  );
  const live = await measureLiveCosts();
  const calls = (cost: LiveCosts['edit'] | null) =>
    cost ? `${cost.syncs} / ${cost.apiCalls} / ${cost.loads}` : '—';
  for (const sheets of LIVE_SHEETS) {
    const rows = live.filter((row) => row.sheets === sheets);
    const baseline = rows.find((row) => row.marks === 0)!; // LIVE_MARKS starts at 0
    console.log(`  ${String(sheets).padStart(4)} 张表：`);
    for (const row of rows) {
      console.log(
        `    高亮 ${String(row.marks).padStart(4)} 格：编辑 ${calls(row.edit)}（基准 ${calls(baseline.edit)}）` +
          `  点击 ${calls(row.select)}（基准 ${calls(baseline.select)}）  改正已高亮的单元格 ${calls(row.fix)}`,
      );
    }
  }
  const flat = live.every(
    (row) =>
      JSON.stringify([row.edit, row.select]) ===
      JSON.stringify(
        [live.find((other) => other.sheets === row.sheets && other.marks === 0)!].flatMap(
          (base) => [base.edit, base.select],
        ),
      ),
  );
  console.log(`目标：编辑和点击的开销不随高亮数增长：${flat ? '达到' : '未达到'}`);
  const heap = process.memoryUsage();
  console.log(
    `内存：堆 ${(heap.heapUsed / 1048576).toFixed(0)} MiB，常驻 ${(heap.rss / 1048576).toFixed(0)} MiB`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

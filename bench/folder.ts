/**
 * `npm run bench`, second part: a bureau's folder checked by the CLI as users run it (compiled,
 * dist/), each figure next to its floor:
 *   - checking 400 copies of the examples, against a bare sequential exceljs read of the same
 *     files (target: at most half its time) and a plain unzip + tokenizing of every sheet's XML
 *     on one core (the floor per core);
 *   - peak memory at 400 and 1,600 files (target: at most 1.5× from the one to the other);
 *   - a one-shot check of one small form against `node -e 0` (target: at most 3×).
 * Every run is a fresh process; the figures are medians of alternating rounds, since this
 * machine's speed swings from one moment to the next. `npm run bench -- DIR` also runs another
 * checkout's compiled CLI (DIR/dist, e.g. main's) in the same rounds and prints its figures
 * beside ours as the baseline, so a change is measured under the same load.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { availableParallelism, tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');
/** A checkout whose dist/ is measured beside ours, when one is given. */
const BASELINE = process.argv[2] === undefined ? null : resolve(process.argv[2]);
const EXAMPLES = ['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'];
const ROUNDS = 3;
const ONE_SHOT_ROUNDS = 7;

/**
 * Node code run in a child: `files` is the folder's file list; prints {ms, rss} on stderr.
 * `check` runs the CLI of the checkout in process.argv[2].
 */
const CHILDREN = {
  check: `const { main } = require(process.argv[2] + '/dist/cli/main.js');
    const start = process.hrtime.bigint();
    main(['check', '--format', 'json', process.argv[1]], { stdout() {}, stderr() {}, interactive: false })
      .then(() => report(start));`,
  exceljs: `const ExcelJS = require('exceljs');
    const start = process.hrtime.bigint();
    (async () => {
      for (const file of files()) await new ExcelJS.Workbook().xlsx.load(require('fs').readFileSync(file));
      report(start);
    })();`,
  floor: `const { unzipSync, strFromU8 } = require('fflate');
    const start = process.hrtime.bigint();
    let tags = 0;
    for (const file of files()) {
      const parts = unzipSync(require('fs').readFileSync(file));
      for (const [name, bytes] of Object.entries(parts))
        if (name.startsWith('xl/')) tags += (strFromU8(bytes).match(/<[^>]*>/g) || []).length;
    }
    report(start);`,
};

const PRELUDE = `const files = () => require('fs').readdirSync(process.argv[1]).map((f) => process.argv[1] + '/' + f);
  const report = (start) => process.stderr.write(JSON.stringify({
    ms: Number(process.hrtime.bigint() - start) / 1e6, rss: process.resourceUsage().maxRSS * 1024 }));`;

function runChild(
  kind: keyof typeof CHILDREN,
  folder: string,
  checkout = ROOT,
): { ms: number; rss: number } {
  const child = spawnSync(process.execPath, ['-e', PRELUDE + CHILDREN[kind], folder, checkout], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`${kind} failed: ${child.stderr}`);
  return JSON.parse(child.stderr) as { ms: number; rss: number };
}

function wallMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (child.status === null) throw new Error(`${args.join(' ')} did not end`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function makeFolder(root: string, files: number): string {
  const folder = join(root, String(files));
  mkdirSync(folder);
  for (let i = 0; i < files; i++) {
    const example = EXAMPLES[i % EXAMPLES.length];
    copyFileSync(join(ROOT, 'examples', `${example}.xlsx`), join(folder, `${i}-${example}.xlsx`));
  }
  return folder;
}

/** How many modules a one-shot check of `form` has loaded by its end: CPU-independent. */
function modulesLoaded(checkout: string, form: string): number {
  const code = `require(process.argv[1] + '/dist/cli/main.js')
    .main(['check', process.argv[2]], { stdout() {}, stderr() {}, interactive: false })
    .then(() => process.stderr.write(String(Object.keys(require.cache).length)));`;
  const child = spawnSync(process.execPath, ['-e', code, checkout, form], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return Number(child.stderr);
}

const verdict = (met: boolean) => (met ? '达到' : '未达到');
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;

/** Medians of the same measure for our checkout and the baseline's, in the same rounds. */
interface Paired {
  ours: number[];
  baseline: number[];
}

const paired = (): Paired => ({ ours: [], baseline: [] });

/** A figure, and the baseline's beside it when one is measured. */
function figure(values: Paired, show: (value: number) => string): string {
  const ours = show(median(values.ours));
  return BASELINE ? `${ours}（基线 ${show(median(values.baseline))}）` : ours;
}

/** Runs `measure` for our checkout and then the baseline's, adding each result to its side. */
function eachCheckout(values: Paired[], measure: (checkout: string) => number[]): void {
  const sides: [keyof Paired, string][] = [['ours', ROOT]];
  if (BASELINE) sides.push(['baseline', BASELINE]);
  for (const [side, checkout] of sides)
    measure(checkout).forEach((value, index) => values[index][side].push(value));
}

function main(): void {
  const cores = availableParallelism();
  const root = mkdtempSync(join(tmpdir(), 'perf-forms-bench-'));
  try {
    const small = makeFolder(root, 400);
    const large = makeFolder(root, 1600);
    console.log(
      `\n文件夹检查（命令行 dist/，${cores} 核；每项 ${ROUNDS} 轮交替，取中位数` +
        `${BASELINE ? `；括号中为基线 ${BASELINE}` : ''}）：`,
    );
    const [check, rss400, rss1600] = [paired(), paired(), paired()];
    const exceljs: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      eachCheckout([check, rss400, rss1600], (checkout) => {
        const ours = runChild('check', small, checkout);
        return [ours.ms, ours.rss, runChild('check', large, checkout).rss];
      });
      exceljs.push(runChild('exceljs', small).ms);
      floor.push(runChild('floor', small).ms);
    }
    const [exceljsMs, floorMs] = [median(exceljs), median(floor)];
    const perSecond = (ms: number) => (400 / ms) * 1000;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(
      `  400 个文件：检查 ${figure(check, ms)}（每核 ${figure(check, (value) => (perSecond(value) / cores).toFixed(0))} 个/秒）` +
        `；exceljs 顺序读取 ${ms(exceljsMs)}（${perSecond(exceljsMs).toFixed(0)} 个/秒）` +
        `；下限（单核解压 + 标记切分）${ms(floorMs)}（${perSecond(floorMs).toFixed(0)} 个/秒）`,
    );
    const ourMs = median(check.ours);
    console.log(
      `  目标：检查 ≤ exceljs 顺序读取的一半：${verdict(ourMs <= exceljsMs / 2)}` +
        `（${figure(check, (value) => `${((value / exceljsMs) * 100).toFixed(0)}%`)}）` +
        `；每核速度为下限的 ${((perSecond(ourMs) / cores / perSecond(floorMs)) * 100).toFixed(0)}%`,
    );
    const growth: Paired = {
      ours: [median(rss1600.ours) / median(rss400.ours)],
      baseline: BASELINE ? [median(rss1600.baseline) / median(rss400.baseline)] : [],
    };
    console.log(
      `  峰值内存：400 个文件 ${figure(rss400, mib)}，1600 个文件 ${figure(rss1600, mib)}` +
        `（${figure(growth, (value) => `${value.toFixed(2)} 倍`)}；目标 ≤ 1.5 倍：${verdict(growth.ours[0] <= 1.5)}）`,
    );
    const [oneShot, modules] = [paired(), paired()];
    const bare: number[] = [];
    const form = join('examples', 'yantian-2022.xlsx');
    for (let round = 0; round < ONE_SHOT_ROUNDS; round++) {
      eachCheckout([oneShot], (checkout) => [
        wallMs([join(checkout, 'bin', 'perf-forms.js'), 'check', form]),
      ]);
      bare.push(wallMs(['-e', '0']));
    }
    eachCheckout([modules], (checkout) => [modulesLoaded(checkout, form)]);
    const bareMs = median(bare);
    console.log(
      `  单次检查一张小表 ${figure(oneShot, ms)}，node -e 0 ${ms(bareMs)}` +
        `（${figure(oneShot, (value) => `${(value / bareMs).toFixed(2)} 倍`)}` +
        `；目标 ≤ 3 倍：${verdict(median(oneShot.ours) <= bareMs * 3)}）` +
        `；加载模块 ${figure(modules, String)} 个`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();

/**
 * `npm run bench`, second part: a bureau's folder checked by the CLI as users run it (compiled,
 * dist/), each figure next to its floor:
 *   - checking 400 copies of the examples, against a bare sequential exceljs read of the same
 *     files (target: at most half its time) and a plain unzip + tokenizing of every sheet's XML
 *     on one core (the floor per core);
 *   - peak memory at 400 and 1,600 files (target: at most 1.5× from the one to the other);
 *   - a one-shot check of one small form against `node -e 0` (target: at most 3×).
 * Every run is a fresh process; the figures are medians of alternating rounds, since this
 * machine's speed swings from one moment to the next.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { availableParallelism, tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');
const EXAMPLES = ['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'];
const ROUNDS = 3;
const ONE_SHOT_ROUNDS = 7;

/** Node code run in a child: `files` is the folder's file list; prints {ms, rss} on stderr. */
const CHILDREN = {
  check: `const { main } = require(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
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

function runChild(kind: keyof typeof CHILDREN, folder: string): { ms: number; rss: number } {
  const child = spawnSync(process.execPath, ['-e', PRELUDE + CHILDREN[kind], folder], {
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

const verdict = (met: boolean) => (met ? '达到' : '未达到');
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;

function main(): void {
  const cores = availableParallelism();
  const root = mkdtempSync(join(tmpdir(), 'perf-forms-bench-'));
  try {
    const small = makeFolder(root, 400);
    const large = makeFolder(root, 1600);
    console.log(`\n文件夹检查（命令行 dist/，${cores} 核；每项 ${ROUNDS} 轮交替，取中位数）：`);
    const check: number[] = [];
    const exceljs: number[] = [];
    const floor: number[] = [];
    const rss400: number[] = [];
    const rss1600: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const ours = runChild('check', small);
      check.push(ours.ms);
      rss400.push(ours.rss);
      exceljs.push(runChild('exceljs', small).ms);
      floor.push(runChild('floor', small).ms);
      rss1600.push(runChild('check', large).rss);
    }
    const [ourMs, exceljsMs, floorMs] = [median(check), median(exceljs), median(floor)];
    const perSecond = (ms: number) => (400 / ms) * 1000;
    console.log(
      `  400 个文件：检查 ${ourMs.toFixed(0)} ms（${perSecond(ourMs).toFixed(0)} 个/秒，每核 ${(perSecond(ourMs) / cores).toFixed(0)} 个/秒）` +
        `；exceljs 顺序读取 ${exceljsMs.toFixed(0)} ms（${perSecond(exceljsMs).toFixed(0)} 个/秒）` +
        `；下限（单核解压 + 标记切分）${floorMs.toFixed(0)} ms（${perSecond(floorMs).toFixed(0)} 个/秒）`,
    );
    console.log(
      `  目标：检查 ≤ exceljs 顺序读取的一半：${verdict(ourMs <= exceljsMs / 2)}（${((ourMs / exceljsMs) * 100).toFixed(0)}%）` +
        `；每核速度为下限的 ${((perSecond(ourMs) / cores / perSecond(floorMs)) * 100).toFixed(0)}%`,
    );
    const [memory400, memory1600] = [median(rss400), median(rss1600)];
    console.log(
      `  峰值内存：400 个文件 ${mib(memory400)}，1600 个文件 ${mib(memory1600)}` +
        `（${(memory1600 / memory400).toFixed(2)} 倍；目标 ≤ 1.5 倍：${verdict(memory1600 <= memory400 * 1.5)}）`,
    );
    const oneShot: number[] = [];
    const bare: number[] = [];
    const form = join('examples', 'yantian-2022.xlsx');
    for (let round = 0; round < ONE_SHOT_ROUNDS; round++) {
      oneShot.push(wallMs([join('bin', 'perf-forms.js'), 'check', form]));
      bare.push(wallMs(['-e', '0']));
    }
    const [shotMs, bareMs] = [median(oneShot), median(bare)];
    console.log(
      `  单次检查一张小表 ${shotMs.toFixed(0)} ms，node -e 0 ${bareMs.toFixed(0)} ms` +
        `（${(shotMs / bareMs).toFixed(2)} 倍；目标 ≤ 3 倍：${verdict(shotMs <= bareMs * 3)}）`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();

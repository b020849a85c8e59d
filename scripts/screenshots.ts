/**
 * Retakes docs/screenshots/*.png (the task pane's three views and the sandbox page) without
 * running the other browser specs: `tsx scripts/screenshots.ts [--no-build]`.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const runner = path.join(__dirname, '..', 'test', 'browser', 'run.ts');
const result = spawnSync(
  process.execPath,
  [require.resolve('tsx/cli'), runner, '--grep', '截图', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);

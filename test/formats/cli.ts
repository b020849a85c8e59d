/** Runs `perf-forms check --format json` in-process or in a child capped at 1 GB of heap. */
import { spawnSync } from 'child_process';
import { runCli } from '../cli/runCli';

export interface JsonReport {
  files: {
    file: string;
    error: string | null;
    forms: { sheet: string; kind: string }[];
    issues: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
  }[];
  summary: Record<string, number>;
}

export async function checkJson(...paths: string[]): Promise<{ code: number; report: JsonReport }> {
  const { code, stdout } = await runCli('check', '--format', 'json', ...paths);
  return { code, report: JSON.parse(stdout) as JsonReport };
}

/**
 * The CLI as a user runs it, in its own process with at most 1 GB of heap and 30 s: past
 * either it dies without JSON (as today's exceljs reading does on a sparse sheet or a zip bomb).
 */
export function checkJsonBounded(path: string): { status: number | null; report: JsonReport } {
  const child = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), 'src/cli/main.ts', 'check', '--format', 'json', path],
    {
      encoding: 'utf8',
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=1024' },
    },
  );
  return { status: child.status, report: JSON.parse(child.stdout) as JsonReport };
}

/** Runs the command line in the test's process, with what it prints captured. */
import type { Io } from '../../src/cli/args';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

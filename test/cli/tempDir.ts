/** Scratch folders for tests that write files: the command line's outputs, edited inputs. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * A new empty folder in the system's temporary folder, removed with all it holds after the tests
 * of the describe block (or file) that asks for it. Call it where hooks may be declared.
 */
export function tempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `perf-forms-${purpose}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

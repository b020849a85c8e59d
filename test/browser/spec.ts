import type { SandboxDriver } from './harness';

/** One browser test: a fresh tab on the sandbox page for each. */
export interface BrowserSpec {
  name: string;
  /** For a spec that builds something first; others get the runner's default. */
  timeoutMs?: number;
  run(driver: SandboxDriver): Promise<void>;
}

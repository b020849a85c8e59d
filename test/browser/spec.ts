import type { SandboxDriver } from './harness';

/** One browser test: a fresh tab on the sandbox page for each. */
export interface BrowserSpec {
  name: string;
  run(driver: SandboxDriver): Promise<void>;
}

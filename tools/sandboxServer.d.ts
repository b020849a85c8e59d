/** Types of tools/sandboxServer.js for the TypeScript that tests it. */
import type { IncomingMessage, ServerResponse } from 'http';

export interface SandboxOptions {
  /** The built pages (dist/web). */
  webDir: string;
  /** The example workbooks, served under /examples/ and converted by /api/snapshot. */
  examplesDir: string;
  snapshotFromXlsx(bytes: Buffer): Promise<unknown>;
}

export interface SandboxHandlers {
  handleApiRequest(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  handleRequest(req: IncomingMessage, res: ServerResponse): void;
}

export function createHandlers(options: SandboxOptions): SandboxHandlers;
/** The handlers over this repository's dist/web and examples/. */
export const projectHandlers: SandboxHandlers;

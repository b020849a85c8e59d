/** What the commands share: the usage error they throw, and where they write. */

/** A bad argument or option value: reported in Chinese with the way to help, exit 2. */
export class UsageError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: long runs show progress there. */
  interactive: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

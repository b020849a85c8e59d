/** A small argument parser: flags with values, boolean flags, positionals; Chinese errors. */

export class UsageError extends Error {}

export interface ParsedArgs {
  options: Record<string, string>;
  flags: Set<string>;
  positionals: string[];
}

/**
 * `valued` names options that take a value ("--format json" or "--format=json");
 * `booleans` names switches. Anything else starting with "-" is a usage error.
 */
export function parseArgs(args: string[], valued: string[], booleans: string[] = []): ParsedArgs {
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`选项 ${name} 需要一个值`);
      options[name] = value;
    } else if (booleans.includes(name)) {
      flags.add(name);
    } else {
      throw new UsageError(`不认识的选项：${arg}`);
    }
  }
  return { options, flags, positionals };
}

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

/** The .xlsx files a command works on: files as given, directories searched recursively. */
import { readdirSync, statSync } from 'fs';
import { join } from 'path';

function isWorkbookFile(name: string): boolean {
  // "~$x.xlsx" are Excel's lock files, not workbooks.
  return /\.xlsx$/i.test(name) && !name.startsWith('~$');
}

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path, found);
    } else if (isWorkbookFile(entry.name)) {
      found.push(path);
    }
  }
}

/** Expands directories; a path that does not exist is kept, so it is reported as unreadable. */
export function expandInputs(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // reported when the file is read
    }
    if (isDirectory) walk(path, files);
    else files.push(path);
  }
  return files;
}

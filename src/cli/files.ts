/** The workbook files a command works on: files as given, directories searched recursively. */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'fs';
import { basename, join } from 'path';
import { READ_LIMITS, UnreadableWorkbookError } from '../formats';
import { overFileLimit } from '../formats/limits';

/** The formats the reader takes: Excel 2007+, Excel 97–2003, WPS, OpenDocument. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xls', '.et', '.ods'];

function isWorkbookFile(name: string): boolean {
  // "~$x.xlsx" are Excel's lock files, not workbooks.
  const lower = name.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !name.startsWith('~$');
}

/**
 * One collator for every folder (localeCompare made one per comparison: 9 ms per 400 names),
 * made when a folder is first listed: making it loads ICU's data (15 ms), which a check of one
 * file does without.
 */
let byName: Intl.Collator | undefined;

/** The workbook files under `root`/`folder`, as paths relative to `root` (`folder`: '' at first). */
function walk(root: string, folder: string, found: string[]): void {
  const entries = readdirSync(join(root, folder), { withFileTypes: true });
  const collator = (byName ??= new Intl.Collator());
  for (const entry of entries.sort((a, b) => collator.compare(a.name, b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(root, path, found);
    } else if (isWorkbookFile(entry.name)) {
      found.push(path); // a pipe or device named like a workbook is refused when read, by name
    }
  }
}

/** A workbook file to work on, and its path below the folder it was found in (or its name). */
export interface InputFile {
  path: string;
  relative: string;
}

/** Expands directories; a path that does not exist is kept, so it is reported as unreadable. */
export function listInputs(paths: string[]): InputFile[] {
  const files: InputFile[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // reported when the file is read
    }
    if (!isDirectory) {
      files.push({ path, relative: basename(path) });
      continue;
    }
    const found: string[] = [];
    walk(path, '', found);
    for (const file of found) files.push({ path: join(path, file), relative: file });
  }
  return files;
}

export function expandInputs(paths: string[]): string[] {
  return listInputs(paths).map((file) => file.path);
}

/**
 * A file's bytes, refusing at once what is no regular file (a device such as /dev/zero, a pipe,
 * a socket would never end or never start) and what is past the size limit. Opened without
 * blocking, so a pipe with no writer cannot hold the run; checked on the opened file, so what
 * is read is what was checked.
 */
export function readInputFile(file: string): Uint8Array {
  const notRegular = () =>
    new UnreadableWorkbookError(`${file} 不是普通文件（是设备、管道或套接字），不是工作簿，未读取`);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A socket cannot be opened at all.
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw notRegular();
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(file), { code: 'EISDIR' });
    if (!stat.isFile()) throw notRegular();
    if (stat.size > READ_LIMITS.fileBytes) throw overFileLimit(stat.size);
    const data = new Uint8Array(stat.size);
    let read = 0;
    while (read < data.length) {
      const count = readSync(fd, data, read, data.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return data.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writing an output file (generate, annotate) so that it can never land on the input or anywhere
 * the user did not name: files are compared by device and inode, links at the output path are
 * refused, and the bytes go to a temporary file in the target folder that then takes the name.
 */
import { randomBytes } from 'crypto';
import { constants as fsConstants, promises as fs, lstatSync, statSync, type Stats } from 'fs';
import { basename, dirname, join } from 'path';

/** The output file cannot be written; the message is Chinese and names the file. */
export class OutputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFileError';
  }
}

export interface OutputOptions {
  /** Replace an existing regular file. */
  force: boolean;
  /** The file the output is made from: never replaced, whatever name or link leads to it. */
  input?: string;
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function statOrNull(stat: () => Stats): Stats | null {
  try {
    return stat();
  } catch {
    return null;
  }
}

/**
 * Refuses an output path before any work is done: the input itself (under any name, through a
 * symbolic or hard link), a link, something that is not a regular file, or an existing file
 * without `force`. Checked again when writing.
 */
export function checkOutputPath(path: string, options: OutputOptions): void {
  const { input } = options;
  if (input !== undefined) {
    // stat follows links: a symbolic link, a hard link or another spelling of the input meet here.
    const inputFile = statOrNull(() => statSync(input));
    const target = statOrNull(() => statSync(path));
    if (inputFile && target && sameFile(inputFile, target))
      throw new OutputFileError(
        `输出文件 ${path} 就是输入文件 ${input}（同一文件或指向它的链接）：输入文件不会被修改，请换一个输出文件名`,
      );
  }
  const entry = statOrNull(() => lstatSync(path));
  if (!entry) return;
  if (entry.isSymbolicLink())
    throw new OutputFileError(
      `输出文件 ${path} 是一个符号链接，未写入（不会写到链接指向的地方）；请换一个输出文件名`,
    );
  if (entry.isDirectory()) throw new OutputFileError(`无法写入 ${path}：这是一个目录`);
  if (!entry.isFile())
    throw new OutputFileError(`无法写入 ${path}：这不是普通文件（设备、管道或套接字）`);
  if (!options.force)
    throw new OutputFileError(`文件 ${path} 已存在，未覆盖；如需覆盖请加 --force`);
}

/**
 * Writes `bytes` to `path` after checkOutputPath. The file appears whole or not at all: a new
 * name is linked to the finished temporary file (refusing a file created meanwhile), a forced
 * one renamed over the old entry (which replaces a link put there meanwhile, never its target).
 */
export async function writeOutputFile(
  path: string,
  bytes: Uint8Array,
  options: OutputOptions,
): Promise<void> {
  checkOutputPath(path, options);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    if (options.force) await fs.rename(temporary, path);
    else await createFrom(temporary, path);
  } catch (error) {
    throw new OutputFileError(describeWriteFailure(path, error as NodeJS.ErrnoException));
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/** Gives `path` the temporary file's bytes; an existing `path` is refused (EEXIST), not replaced. */
async function createFrom(temporary: string, path: string): Promise<void> {
  try {
    await fs.link(temporary, path);
  } catch (error) {
    // Folders without hard links (FAT, some network shares): an exclusive copy refuses too.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? ''))
      throw error;
    await fs.copyFile(temporary, path, fsConstants.COPYFILE_EXCL);
  }
}

function describeWriteFailure(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EEXIST':
      return `文件 ${path} 已存在，未覆盖；如需覆盖请加 --force`;
    case 'ENOENT':
      return `无法写入 ${path}：所在目录不存在`;
    case 'EACCES':
    case 'EPERM':
      return `无法写入 ${path}：没有写入权限`;
    case 'EISDIR':
      return `无法写入 ${path}：这是一个目录`;
    default:
      return `无法写入 ${path}：${error.message}`;
  }
}

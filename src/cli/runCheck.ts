/** Reads workbook files from disk and checks them as one run (cross-file rules see all of them). */
import type ExcelJS from 'exceljs';
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import type { Profile } from '../engine';
import { readInputFile } from './files';
import {
  annotateNeedsXlsx,
  checkAcross,
  checkAlone,
  loadBytes,
  readingError,
  unreadableFile,
  type CheckChoice,
  type FileAlone,
  type FileReport,
  type LoadedFile,
} from './report';

export {
  checkLoaded,
  type CheckChoice,
  exitCode,
  summarize,
  type FileReport,
  type LoadedFile,
  type Summary,
} from './report';

function readError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件：${file}`;
  if (code === 'EISDIR') return `${file} 是文件夹，不是工作簿文件`;
  if (code === 'EACCES') return `没有权限读取：${file}`;
  return readingError(error);
}

/**
 * Reads a file to check it by the given profiles (their label aliases read as labels): only the
 * reading is kept (a folder may hold hundreds of files).
 */
export async function loadFile(file: string, profiles: readonly Profile[]): Promise<LoadedFile> {
  let data: Uint8Array;
  try {
    data = readInputFile(file);
  } catch (error) {
    return unreadableFile(file, readError(file, error));
  }
  return (await loadBytes(file, data, profiles)).loaded;
}

/**
 * The exceljs workbook of a file already read, for a caller that writes a copy of it (annotate):
 * only an .xlsx, and only once reading has bounded it; otherwise the reason, in Chinese.
 */
export async function openWorkbook(
  loaded: LoadedFile,
): Promise<{ workbook: ExcelJS.Workbook } | { error: string }> {
  const { file } = loaded;
  if (!loaded.reading) return { error: loaded.error ?? `无法读取 ${file}` };
  if (loaded.format !== 'xlsx')
    return { error: `${annotateNeedsXlsx(file, loaded.format!)}（check 可直接检查它）` };
  try {
    // exceljs is loaded only to write: a check never needs it.
    const { loadWorkbook } = await import('../xlsx/readXlsx');
    return { workbook: await loadWorkbook(readInputFile(file)) };
  } catch (error) {
    return { error: readError(file, error) };
  }
}

/** Below this many files, starting a pool costs more than it saves. */
const POOL_MIN_FILES = 8;

/**
 * Cores left to the main thread and to V8's own background threads (optimizing compiler,
 * concurrent marking and sweeping): a check's JavaScript keeps them about a third as busy as
 * itself. On two cores a pool thread beside the main thread cost more than it gained: each
 * thread warms up its compiled code anew (a cold thread spends about 2.5× a warm one's time on
 * the same 400 files) and the two crowd out the background threads: checking 400 or 1,600 copies
 * of the examples took 30–50% more CPU time and more wall time with it than without.
 */
const CORES_KEPT = 2;

/**
 * Files a pool thread holds at once: the one it checks and the next, so that it starts on the
 * next as soon as it is done rather than wait for the main thread, itself busy checking a file,
 * to hand it one (with one at a time the pool thread sat idle about half the time).
 */
const FILES_PER_POOL_THREAD = 2;

/** The compiled pool thread beside this module; absent when run from the TypeScript sources. */
function checkWorkerScript(): string | null {
  const script = join(__dirname, 'readWorker.js');
  return existsSync(script) ? script : null;
}

/** A pool thread's task: a file read and checked alone. */
export async function checkFile({
  file,
  choice,
}: {
  file: string;
  choice: CheckChoice;
}): Promise<FileAlone> {
  return checkAlone(await loadFile(file, choice.profiles), choice);
}

/**
 * Reads and checks files on the cores there are: the main thread and a pool thread per core
 * beyond CORES_KEPT take the next file from one queue, in order of the list, and check it by
 * every rule but the cross-file ones; `onChecked` hears of each one finished. The cross-file rules run afterwards,
 * once, on what each file keeps for them (the pool threads send back no grids or forms beyond).
 */
export async function checkFiles(
  files: string[],
  choice: CheckChoice,
  onChecked: (done: number) => void = () => undefined,
): Promise<FileReport[]> {
  const checked = new Array<FileAlone>(files.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, file: FileAlone) => {
    checked[index] = file;
    onChecked(++done);
  };
  const workers = availableParallelism() - CORES_KEPT;
  const script = files.length >= POOL_MIN_FILES && workers > 0 ? checkWorkerScript() : null;
  const pool = script
    ? new (await import('piscina')).Piscina<{ file: string; choice: CheckChoice }, FileAlone>({
        filename: script,
        minThreads: workers,
        maxThreads: workers,
        concurrentTasksPerWorker: FILES_PER_POOL_THREAD,
      })
    : null;
  /** One slot of a pool thread: a file at a time, the next one once it is done. */
  const feed = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++)
      finish(index, await pool!.run({ file: files[index], choice }, { name: 'checkFile' }));
  };
  try {
    const fed = pool ? Array.from({ length: workers * FILES_PER_POOL_THREAD }, feed) : [];
    for (let index = next++; index < files.length; index = next++) {
      finish(index, await checkFile({ file: files[index], choice }));
      // Lets the pool's finished files come in, so its threads are fed again meanwhile.
      if (pool) await new Promise(setImmediate);
    }
    await Promise.all(fed);
  } finally {
    await pool?.destroy();
  }
  return checkAcross(checked, choice.profiles);
}

/**
 * A spreadsheet file's bytes to the grids the engine reads, whatever the format (told by the
 * content, not the name): .xlsx by our own reader, .xls/.et/.ods by SheetJS; all bounded by
 * READ_LIMITS. Plain TypeScript over byte arrays, for the CLI and a browser alike.
 */
import { overFileLimit, READ_LIMITS } from './limits';
import { readOoxml } from './ooxml';
import {
  SAVE_AS_XLSX,
  UnreadableWorkbookError,
  type WorkbookFormat,
  type WorkbookReading,
} from './reading';
import { DamagedZipError, isZip, ZipPackage } from './zip';

export { useNativeInflate, type NativeInflate } from './inflate';
export { READ_LIMITS, ReadLimitError } from './limits';
export { UnreadableWorkbookError, type WorkbookFormat, type WorkbookReading } from './reading';

/** Microsoft's compound file: .xls, .et, and an .xlsx encrypted with an opening password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

const PASSWORD =
  '文件设有打开密码，无法读取；请在 Excel 或 WPS 中打开，删除打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密）后另存，再检查';

function isCompoundFile(data: Uint8Array): boolean {
  return COMPOUND_FILE.every((byte, i) => data[i] === byte);
}

/** SheetJS is loaded only for the formats it reads: most runs see .xlsx files alone. */
async function readWithSheetJs(data: Uint8Array, format: WorkbookFormat): Promise<WorkbookReading> {
  return (await import('./sheetjs')).readWithSheetJs(data, format);
}

async function readCompoundFile(data: Uint8Array): Promise<WorkbookReading> {
  try {
    return await readWithSheetJs(data, 'xls');
  } catch (error) {
    const message = String((error as Error).message ?? error);
    if (/password|encrypt/i.test(message)) throw new UnreadableWorkbookError(PASSWORD);
    throw new UnreadableWorkbookError(
      `文件是旧版 .xls 或 WPS .et 格式，但无法读取（${message}）；${SAVE_AS_XLSX}`,
    );
  }
}

export async function readSpreadsheet(data: Uint8Array): Promise<WorkbookReading> {
  if (data.length === 0) throw new UnreadableWorkbookError('文件是空的');
  if (data.length > READ_LIMITS.fileBytes) throw overFileLimit(data.length);
  if (isCompoundFile(data)) return readCompoundFile(data);
  if (!isZip(data))
    throw new UnreadableWorkbookError(
      `文件内容不是 Excel、WPS 或 OpenDocument 工作簿（可能是改了扩展名的其他文件）；${SAVE_AS_XLSX}`,
    );
  try {
    const zip = new ZipPackage(data);
    if (zip.readText('mimetype')?.trim() === ODS_MIME) {
      const { boundedOds } = await import('./ods'); // with fflate: only for an .ods
      return await readWithSheetJs(boundedOds(zip), 'ods');
    }
    return readOoxml(zip);
  } catch (error) {
    if (error instanceof DamagedZipError)
      throw new UnreadableWorkbookError(`文件已损坏：${error.message}；${SAVE_AS_XLSX}`);
    throw error;
  }
}

/**
 * A spreadsheet file's bytes to the grids the engine reads, whatever the format (told by the
 * content, not the name): .xlsx by our own reader, .xls/.et/.ods by SheetJS; all bounded by
 * READ_LIMITS. Plain TypeScript over byte arrays, for the CLI and a browser alike.
 */
import { zipSync } from 'fflate';
import { overFileLimit, READ_LIMITS } from './limits';
import { readOoxml } from './ooxml';
import { UnreadableWorkbookError, type WorkbookFormat, type WorkbookReading } from './reading';
import { DamagedZipError, isZip, ZipPackage } from './zip';

export { READ_LIMITS, ReadLimitError } from './limits';
export { UnreadableWorkbookError, type WorkbookFormat, type WorkbookReading } from './reading';

/** Microsoft's compound file: .xls, .et, and an .xlsx encrypted with an opening password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

const PASSWORD =
  '文件设有打开密码，无法读取；请在 Excel 或 WPS 中打开，删除打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密）后另存，再检查';
const SAVE_AS_XLSX = '请在 Excel 或 WPS 中打开并“另存为” Excel 工作簿（.xlsx）后再检查';

function isCompoundFile(data: Uint8Array): boolean {
  return COMPOUND_FILE.every((byte, i) => data[i] === byte);
}

/** The parts of an .ods that SheetJS needs: the manifest and the cells. */
const ODS_PARTS = ['META-INF/manifest.xml', 'content.xml'];
/**
 * In place of styles.xml, which SheetJS insists on but the cells do not need (content.xml types
 * its dates itself), and whose conditional formats make SheetJS print warnings.
 */
const EMPTY_ODS_STYLES =
  '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>';

/**
 * SheetJS reads an .ods through its own unzip, which knows no limit: it gets a stored package of
 * the parts it reads, unpacked by ours.
 */
function boundedOds(zip: ZipPackage): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Record<string, Uint8Array> = {
    mimetype: encoder.encode(ODS_MIME),
    'styles.xml': encoder.encode(EMPTY_ODS_STYLES),
  };
  for (const name of ODS_PARTS) {
    const bytes = zip.read(name);
    if (bytes) parts[name] = bytes;
  }
  if (!parts['content.xml'])
    throw new UnreadableWorkbookError(`.ods 文件中没有 content.xml，文件已损坏；${SAVE_AS_XLSX}`);
  return zipSync(parts, { level: 0 });
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
    if (zip.readText('mimetype')?.trim() === ODS_MIME)
      return await readWithSheetJs(boundedOds(zip), 'ods');
    return readOoxml(zip);
  } catch (error) {
    if (error instanceof DamagedZipError)
      throw new UnreadableWorkbookError(`文件已损坏：${error.message}；${SAVE_AS_XLSX}`);
    throw error;
  }
}

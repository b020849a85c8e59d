/**
 * A profile file's bytes → the profile, or every problem with it in Chinese. Node-free: the CLI
 * (--profile FILE, `profiles validate`) and the pane's import read files through it alike.
 */
import { parseProfileJson } from './profileJson';
import type { ProfileParseResult } from './schema';

const SAVE_AS_UTF8 = '请用记事本打开它，选“另存为”，把“编码”选为“UTF-8”后保存，再重新使用';

/** UTF-16 by its byte-order mark, or by the NUL bytes ASCII characters have in it (JSON has none). */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < Math.min(bytes.length, 512); i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  if (evenNuls + oddNuls === 0) return null;
  return oddNuls >= evenNuls ? 'LE' : 'BE';
}

/** Whether the bytes read cleanly as GB18030 (GBK's superset), the encoding a Chinese Windows saves. */
function isGb18030(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    // Invalid as GB18030 too, or a runtime without that decoder: not said to be GBK.
    return false;
  }
}

export type DecodedText = { ok: true; text: string } | { ok: false; error: string };

/** The text of a UTF-8 file, with or without a byte-order mark; any other encoding is named. */
export function decodeProfileText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Order(bytes);
  if (utf16)
    return {
      ok: false,
      error: `配置文件是 UTF-16（${utf16}）编码（记事本中的“Unicode”），本工具只读 UTF-8 编码的配置文件；${SAVE_AS_UTF8}`,
    };
  try {
    // The decoder drops a leading byte-order mark (Notepad's "UTF-8 with BOM").
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error: isGb18030(bytes)
        ? `配置文件是 GBK（GB2312/GB18030）编码，本工具只读 UTF-8 编码的配置文件，否则其中的中文指标名会读成乱码；${SAVE_AS_UTF8}`
        : `配置文件不是 UTF-8 编码的文本（也不是 GBK 或 UTF-16），不像是 JSON 配置文件；如确是配置，${SAVE_AS_UTF8}`,
    };
  }
}

/** A profile file's bytes → the validated profile, or all its problems (encoding, JSON, fields). */
export function loadProfileBytes(bytes: Uint8Array): ProfileParseResult {
  const decoded = decodeProfileText(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return parseProfileJson(decoded.text);
}

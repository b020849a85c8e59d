/**
 * The parts of a zip package (.xlsx, .ods), each unpacked only when asked for and never past
 * the budget of READ_LIMITS.unpackedBytes: the sizes the central directory declares are checked
 * before anything is inflated, and the inflating itself stops at the budget (a declared size
 * may lie). The central directory is read here alone: src/xlsx's package writer reads through
 * `readZipDirectory` and `storedBytes` too, and writes the same signatures.
 */
import { InflatedTooLargeError, inflateRawBounded } from './inflate';
import { overUnpackedLimit, READ_LIMITS, ReadLimitError } from './limits';

export const END_OF_DIRECTORY = 0x06054b50;
export const DIRECTORY_ENTRY = 0x02014b50;
export const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Decodes every part read as text (one decoder: it keeps no state between parts). */
const UTF8 = new TextDecoder();

/** A package that is no zip, or one whose directory or part cannot be read. */
export class DamagedZipError extends Error {}

/** One part as the central directory describes it. */
export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  /** The unpacked size the directory declares (which may lie). */
  size: number;
  /** Where the part's local header is. */
  headerOffset: number;
}

export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
}

function viewOf(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The package's parts in the order of its central directory; nothing is read past the data. */
export function readZipDirectory(data: Uint8Array): ZipDirectoryEntry[] {
  const view = viewOf(data);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new DamagedZipError('压缩包目录已损坏');
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: names.decode(data.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A part's bytes as they are stored (compressed or not), found through its local header. */
export function storedBytes(data: Uint8Array, entry: ZipDirectoryEntry): Uint8Array {
  const view = viewOf(data);
  const header = entry.headerOffset;
  if (header + 30 > data.length || view.getUint32(header, true) !== LOCAL_HEADER)
    throw new DamagedZipError(`部件 ${entry.name} 已损坏`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  return data.subarray(start, start + entry.compressedSize);
}

export class ZipPackage {
  private readonly entries = new Map<string, ZipDirectoryEntry>();
  private unpacked = 0;

  constructor(private readonly data: Uint8Array) {
    // OOXML part names are case-insensitive.
    for (const entry of readZipDirectory(data)) this.entries.set(entry.name.toLowerCase(), entry);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's bytes, or null where the package has no such part. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    if (entry.encrypted) throw new DamagedZipError(`部件 ${entry.name} 已加密`);
    // A zip64 size (0xFFFFFFFF) declares 4 GB or more: past the budget as well.
    if (this.unpacked + entry.size > READ_LIMITS.unpackedBytes) throw overUnpackedLimit();
    const compressed = storedBytes(this.data, entry);
    if (entry.method === STORED) return this.spend(compressed);
    if (entry.method !== DEFLATED)
      throw new DamagedZipError(`部件 ${entry.name} 的压缩方式（${entry.method}）不受支持`);
    return this.inflate(compressed, entry);
  }

  /** A part as text (UTF-8, as OOXML and ODF write them), or null where there is none. */
  readText(name: string): string | null {
    const bytes = this.read(name);
    return bytes && UTF8.decode(bytes);
  }

  private spend(bytes: Uint8Array): Uint8Array {
    this.unpacked += bytes.length;
    if (this.unpacked > READ_LIMITS.unpackedBytes) throw overUnpackedLimit();
    return bytes;
  }

  /**
   * Inflates a part into at most its declared size (which the budget allowed): the inflating
   * stops where the data outgrows it, so a size that lies costs no more than one that does not.
   */
  private inflate(compressed: Uint8Array, { name, size }: ZipDirectoryEntry): Uint8Array {
    try {
      return this.spend(inflateRawBounded(compressed, size));
    } catch (error) {
      if (error instanceof ReadLimitError) throw error;
      if (error instanceof InflatedTooLargeError)
        throw new DamagedZipError(`部件 ${name} 解压后比压缩包目录所记的大`);
      throw new DamagedZipError(`部件 ${name} 已损坏（${(error as Error).message}）`);
    }
  }
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535.
  const last = Math.max(0, view.byteLength - 22 - 65535);
  for (let at = view.byteLength - 22; at >= last; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new DamagedZipError('找不到压缩包目录（文件不完整或不是压缩包）');
}

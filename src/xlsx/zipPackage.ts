/**
 * An .xlsx package's parts as a zip archive: read by src/formats' central-directory reader,
 * written back with untouched parts copied as they are compressed. No Node here (the web page's
 * annotated copy uses it too): bytes are Uint8Array, DEFLATE is fflate's, through src/formats'
 * bounded inflate.
 */
import { deflateSync } from 'fflate';
import { inflateRawBounded } from '../formats/inflate';
import {
  DamagedZipError,
  DIRECTORY_ENTRY,
  END_OF_DIRECTORY,
  LOCAL_HEADER,
  readZipDirectory,
  storedBytes,
} from '../formats/zip';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The bytes as stored in the archive. */
  stored: Uint8Array;
}

/** Bit 11: the name is UTF-8 (part names may be Chinese). */
const UTF8_NAMES = 0x0800;

/** The archive's entries in order; an archive it cannot read gives none. */
export function readZip(data: Uint8Array): ZipEntry[] {
  try {
    return readZipDirectory(data).map((entry) => ({
      name: entry.name,
      method: entry.method,
      crc: entry.crc,
      size: entry.size,
      stored: storedBytes(data, entry),
    }));
  } catch (error) {
    if (error instanceof DamagedZipError) return [];
    throw error;
  }
}

/** A part's bytes, unpacked to no more than the size the archive declares for it. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  return entry.method === 0 ? entry.stored : inflateRawBounded(entry.stored, entry.size);
}

export function entryText(entry: ZipEntry): string {
  return new TextDecoder().decode(entryBytes(entry));
}

/** A new deflated entry. */
export function zipEntry(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, method: 8, crc: crc32(bytes), size: bytes.length, stored: deflateSync(bytes) };
}

export function writeZip(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localsLength = entries.reduce(
    (sum, entry, i) => sum + 30 + names[i].length + entry.stored.length,
    0,
  );
  const directoryLength = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localsLength + directoryLength + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let directory = localsLength;
  entries.forEach((entry, i) => {
    const name = names[i];
    view.setUint32(at, LOCAL_HEADER, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, UTF8_NAMES, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint32(at + 14, entry.crc >>> 0, true);
    view.setUint32(at + 18, entry.stored.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(entry.stored, at + 30 + name.length);

    view.setUint32(directory, DIRECTORY_ENTRY, true);
    view.setUint16(directory + 4, 20, true);
    view.setUint16(directory + 6, 20, true);
    view.setUint16(directory + 8, UTF8_NAMES, true);
    view.setUint16(directory + 10, entry.method, true);
    view.setUint32(directory + 16, entry.crc >>> 0, true);
    view.setUint32(directory + 20, entry.stored.length, true);
    view.setUint32(directory + 24, entry.size, true);
    view.setUint16(directory + 28, name.length, true);
    view.setUint32(directory + 42, at, true);
    out.set(name, directory + 46);

    at += 30 + name.length + entry.stored.length;
    directory += 46 + name.length;
  });
  view.setUint32(directory, END_OF_DIRECTORY, true);
  view.setUint16(directory + 8, entries.length, true);
  view.setUint16(directory + 10, entries.length, true);
  view.setUint32(directory + 12, directoryLength, true);
  view.setUint32(directory + 16, localsLength, true);
  return out;
}

/** The zip CRC-32 (fflate computes one inside but does not export it). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * An .xlsx package's parts as a zip archive: read by the central directory, written back with
 * untouched parts copied as they are compressed. No Node here (the web page's annotated copy
 * uses it too): bytes are Uint8Array, DEFLATE is fflate's, through src/formats' bounded inflate.
 */
import { deflateSync } from 'fflate';
import { inflateRawBounded } from '../formats/inflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The bytes as stored in the archive. */
  stored: Uint8Array;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
/** Bit 11: the name is UTF-8 (part names may be Chinese). */
const UTF8_NAMES = 0x0800;

/** The archive's entries in order; an archive it cannot read gives none. */
export function readZip(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const names = new TextDecoder();
  let end = data.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_SIGNATURE) end--;
  if (end < 0) return [];
  const entries: ZipEntry[] = [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count && at + 46 <= data.length; i++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) break;
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > data.length) break;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: names.decode(data.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      stored: data.subarray(start, start + view.getUint32(at + 20, true)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
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
    view.setUint32(at, LOCAL_SIGNATURE, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, UTF8_NAMES, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint32(at + 14, entry.crc >>> 0, true);
    view.setUint32(at + 18, entry.stored.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(entry.stored, at + 30 + name.length);

    view.setUint32(directory, CENTRAL_SIGNATURE, true);
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
  view.setUint32(directory, END_SIGNATURE, true);
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

/**
 * DEFLATE unpacking that stops at a bound, by fflate: the same code and limits in Node and in a
 * browser (the web page), so no bundler stands in for Node's zlib.
 */
import { Inflate, inflateSync } from 'fflate';

/** The data unpacks to more than the bound it was given. */
export class InflatedTooLargeError extends Error {}

/** DEFLATE's largest ratio: no compressed byte unpacks to more than this many bytes. */
const MAX_RATIO = 1032;

/**
 * Data whose worst case unpacks within this is unpacked in one call: fflate drops what would
 * spill past the buffer given, so the cost of a lying size is that worst case at most.
 */
const ONE_CALL_BYTES = 64 * 1024 * 1024;

/** Larger data goes in slices this big, so no step unpacks more than SLICE × MAX_RATIO past the bound. */
const SLICE = 16 * 1024;

/**
 * A faster unpacker a host may hand in (the CLI: Node's native zlib, which needs no warming up):
 * the data unpacked, or null where it would outgrow maxLength or is damaged; fflate then decides
 * as it does alone, so that every reading and message stays the same.
 */
export type NativeInflate = (data: Uint8Array, maxLength: number) => Uint8Array | null;

let nativeInflate: NativeInflate | null = null;

/** Unpacks with `inflate` first from now on (null: fflate alone, as in a browser). */
export function useNativeInflate(inflate: NativeInflate | null): void {
  nativeInflate = inflate;
}

/** Raw DEFLATE data unpacked, or InflatedTooLargeError where it holds more than maxLength bytes. */
export function inflateRawBounded(data: Uint8Array, maxLength: number): Uint8Array {
  const unpacked = nativeInflate?.(data, maxLength);
  if (unpacked) return unpacked;
  if (data.length > 0 && data.length * MAX_RATIO <= ONE_CALL_BYTES) {
    let out: Uint8Array;
    try {
      // Room for no more than the data can hold, and one byte past the bound: filling that
      // byte tells data that outgrows it.
      const room = Math.min(maxLength, data.length * MAX_RATIO) + 1;
      out = inflateSync(data, { out: new Uint8Array(room) });
    } catch {
      // A stored block past the buffer fails like damage: the slices tell which it is.
      return inflateInSlices(data, maxLength);
    }
    if (out.length > maxLength) throw new InflatedTooLargeError();
    return out;
  }
  return inflateInSlices(data, maxLength);
}

function inflateInSlices(data: Uint8Array, maxLength: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > maxLength) throw new InflatedTooLargeError();
    chunks.push(chunk);
  });
  let at = 0;
  do {
    inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    at += SLICE;
  } while (at < data.length);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

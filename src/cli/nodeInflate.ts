/** Node's zlib as src/formats' unpacker in the CLI (nodeRuntime.ts hands it in). */
import { inflateRawSync } from 'zlib';
import type { NativeInflate } from '../formats';

/** zlib's smallest output buffer, and the largest taken at once: a declared size may lie. */
const MIN_CHUNK = 64;
const MAX_CHUNK = 1024 * 1024;

/** Null where the data outgrows maxLength or is damaged: fflate then says which (formats/inflate.ts). */
export const nodeInflate: NativeInflate = (data, maxLength) => {
  try {
    // zlib stops at maxOutputLength (at least 1); a part declared empty must unpack to nothing.
    const unpacked = inflateRawSync(data, {
      maxOutputLength: Math.max(1, maxLength),
      // One buffer the declared size (and the byte that tells the end), not 16 KB pieces joined.
      chunkSize: Math.min(Math.max(MIN_CHUNK, maxLength + 1), MAX_CHUNK),
    });
    return unpacked.length <= maxLength ? unpacked : null;
  } catch {
    return null;
  }
};

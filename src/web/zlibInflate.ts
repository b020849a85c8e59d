/**
 * Node's `zlib.inflateRawSync` as src/formats/zip.ts calls it, for the browser (webpack's
 * resolve.fallback): bounded the same way, by fflate. The compressed data goes in small slices,
 * so no step can unpack more than SLICE × 1032 (DEFLATE's largest ratio) past the limit.
 */
import { Inflate } from 'fflate';

const SLICE = 16 * 1024;

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    // Node's error code, which zip.ts tells from damage.
    if (length > options.maxOutputLength)
      throw Object.assign(new RangeError('解压后超过 maxOutputLength'), {
        code: 'ERR_BUFFER_TOO_LARGE',
      });
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

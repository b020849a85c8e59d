/** Node's zlib as src/formats' unpacker in the CLI: native, so a check's first files are not slowed by fflate's warming up. */
import { inflateRawSync } from 'zlib';
import type { NativeInflate } from '../formats';

/** Null where the data outgrows maxLength or is damaged: fflate then says which (formats/inflate.ts). */
export const nodeInflate: NativeInflate = (data, maxLength) => {
  try {
    // zlib stops at maxOutputLength (at least 1); a part declared empty must unpack to nothing.
    const unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, maxLength) });
    return unpacked.length <= maxLength ? unpacked : null;
  } catch {
    return null;
  }
};

import { deflateRawSync, inflateRawSync as nodeInflateRawSync } from 'zlib';
import { inflateRawSync } from '../../src/web/zlibInflate';

/** The browser's stand-in must answer src/formats/zip.ts as Node's zlib does. */
describe('inflateRawSync for the browser', () => {
  const text = Buffer.from('绩效目标 performance '.repeat(20_000));
  const packed = deflateRawSync(text);

  it('inflates what Node inflates', () => {
    const limit = { maxOutputLength: text.length };
    expect(Buffer.from(inflateRawSync(packed, limit))).toEqual(nodeInflateRawSync(packed, limit));
    expect(inflateRawSync(deflateRawSync(Buffer.alloc(0)), { maxOutputLength: 1 })).toHaveLength(0);
  });

  it('stops past maxOutputLength with Node’s error code', () => {
    const limit = { maxOutputLength: 1000 };
    expect(() => nodeInflateRawSync(packed, limit)).toThrow(
      expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }),
    );
    expect(() => inflateRawSync(packed, limit)).toThrow(
      expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }),
    );
  });

  it('refuses truncated data', () => {
    expect(() =>
      inflateRawSync(packed.subarray(0, 200), { maxOutputLength: text.length }),
    ).toThrow();
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import { constants, deflateRawSync, inflateRawSync } from 'zlib';
import { nodeInflate } from '../../src/cli/nodeInflate';
import { readSpreadsheet } from '../../src/formats';
import {
  InflatedTooLargeError,
  inflateRawBounded,
  useNativeInflate,
  type NativeInflate,
} from '../../src/formats/inflate';

const UNPACKERS: [string, NativeInflate | null][] = [
  ['fflate alone (a browser)', null],
  ["Node's zlib first (the CLI)", nodeInflate],
];

afterEach(() => useNativeInflate(null));

/**
 * src/formats unpacks with fflate in Node and the browser alike, and the CLI with Node's zlib
 * first: either way it must agree with Node's zlib, and stop and fail alike.
 */
describe.each(UNPACKERS)('inflateRawBounded, %s', (_, native) => {
  beforeEach(() => useNativeInflate(native));

  const text = Buffer.from('绩效目标 performance '.repeat(20_000));
  // Compressed small enough for the one-call path, and large enough (random) for the slices.
  const random = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251));
  const cases = [
    { name: 'text, one call', data: text, packed: deflateRawSync(text) },
    {
      name: 'stored blocks',
      data: text,
      packed: deflateRawSync(text, { level: constants.Z_NO_COMPRESSION }),
    },
    {
      name: 'incompressible, in slices',
      data: random,
      packed: deflateRawSync(random, { level: 0 }),
    },
    { name: 'empty', data: Buffer.alloc(0), packed: deflateRawSync(Buffer.alloc(0)) },
  ];

  it.each(cases)('unpacks what Node unpacks: $name', ({ data, packed }) => {
    // Buffer.equals: jest's toEqual walks a large buffer byte by byte, for minutes.
    expect(Buffer.from(inflateRawBounded(packed, data.length)).equals(inflateRawSync(packed))).toBe(
      true,
    );
  });

  it.each(cases.filter(({ data }) => data.length > 0))(
    'stops one byte past the bound: $name',
    ({ data, packed }) => {
      expect(() => inflateRawBounded(packed, data.length - 1)).toThrow(InflatedTooLargeError);
    },
  );

  it.each(cases.filter(({ data }) => data.length > 0))(
    'refuses truncated data: $name',
    ({ data, packed }) => {
      expect(() =>
        inflateRawBounded(packed.subarray(0, packed.length >> 1), data.length),
      ).toThrow();
    },
  );
});

test.each(['suizhou-2025', 'ezhou-2025', 'yantian-2022'])(
  '%s reads the same with zlib first as with fflate alone',
  async (name) => {
    const data = readFileSync(join(__dirname, '..', '..', 'examples', `${name}.xlsx`));
    const alone = await readSpreadsheet(data);
    useNativeInflate(nodeInflate);
    expect(await readSpreadsheet(data)).toEqual(alone);
  },
);

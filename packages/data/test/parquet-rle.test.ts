import fc from 'fast-check';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { describe, expect, it } from 'vitest';
import { decodeHybrid } from '../src/parquet-rle.ts';

type Run = { kind: 'rle'; count: number; value: number } | { kind: 'packed'; values: number[] };

function uleb(n: number, out: number[]): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Encodes runs as parquet-format describes them (independent of the decoder under test). */
function encode(runs: Run[], width: number): { bytes: Uint8Array; values: number[] } {
  const out: number[] = [];
  const values: number[] = [];
  for (const run of runs) {
    if (run.kind === 'rle') {
      uleb(run.count * 2, out);
      for (let i = 0; i < (width + 7) >> 3; i++) out.push((run.value >>> (8 * i)) & 0xff);
      for (let i = 0; i < run.count; i++) values.push(run.value);
      continue;
    }
    const groups = Math.ceil(run.values.length / 8);
    uleb(groups * 2 + 1, out);
    const packed = new Uint8Array(groups * width);
    run.values.forEach((value, i) => {
      for (let b = 0; b < width; b++) {
        const bit = i * width + b;
        if ((value >>> b) & 1) packed[bit >> 3]! |= 1 << (bit & 7);
      }
    });
    out.push(...packed);
    values.push(...run.values, ...new Array<number>(groups * 8 - run.values.length).fill(0));
  }
  return { bytes: Uint8Array.from(out), values };
}

const runsOf = (width: number) =>
  fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('rle' as const),
        count: fc.integer({ min: 1, max: 300 }),
        value: fc.integer({ min: 0, max: 2 ** width - 1 }),
      }),
      fc.record({
        kind: fc.constant('packed' as const),
        values: fc.array(fc.integer({ min: 0, max: 2 ** width - 1 }), { minLength: 1, maxLength: 70 }),
      }),
    ),
    { minLength: 1, maxLength: 12 },
  );

describe('decodeHybrid (RLE / bit-packed hybrid)', () => {
  it('decodes any mix of runs at widths 1-24 like the spec and like hyparquet (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }).chain((width) => fc.tuple(fc.constant(width), runsOf(width))),
        fc.integer({ min: 0, max: 3 }),
        ([width, runs], offset) => {
          const { bytes, values } = encode(runs, width);
          // Some leading bytes that are not part of the runs, as in a page.
          const page = new Uint8Array(offset + bytes.length);
          page.set(bytes, offset);
          const want = Math.max(1, values.length - (values.length > 1 ? 1 : 0));
          const output = new Int32Array(want);
          const end = decodeHybrid(page, offset, page.length, width, output);
          expect([...output]).toEqual(values.slice(0, want));
          expect(end).toBeLessThanOrEqual(page.length);
          const oracle = new Int32Array(want);
          readRleBitPackedHybrid({ view: new DataView(page.buffer), offset }, width, oracle, bytes.length);
          expect([...output]).toEqual([...oracle]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fills Uint8Array levels and rejects data that ends too early, or widths it does not handle', () => {
    const { bytes } = encode([{ kind: 'rle', count: 5, value: 1 }], 1);
    const levels = new Uint8Array(5);
    decodeHybrid(bytes, 0, bytes.length, 1, levels);
    expect([...levels]).toEqual([1, 1, 1, 1, 1]);
    expect(() => decodeHybrid(bytes, 0, bytes.length, 1, new Uint8Array(6))).toThrow(/ends after 5 of 6 values/);
    const packed = encode([{ kind: 'packed', values: [1, 2, 3, 4, 5, 6, 7, 8] }], 4).bytes;
    expect(() => decodeHybrid(packed, 0, packed.length - 1, 4, new Int32Array(8))).toThrow(/past the end/);
    expect(() => decodeHybrid(bytes, 0, bytes.length, 25, new Int32Array(1))).toThrow(/outside 1..24/);
  });
});

import { emptyCounts } from '@cairn/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBatch, mergeTableSide, NUMBER_CHUNK, numbersOf, type TableSide } from '../src/side-data.ts';

function side(): TableSide {
  return { sources: [], parquet: false, rows: 0, columns: new Map() };
}

function batchOf(values: Float64Array) {
  const column = {
    name: 'x',
    type: 'number' as const,
    length: values.length,
    counts: emptyCounts(),
    numbers: values,
    nullMask: undefined,
  };
  return { columns: new Map([['x', column]]), rowOffset: 0, rowCount: values.length };
}

// Fractions, -0 and integers outside int32 turn an integer column's chunks into doubles.
const special = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  -1.5,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
);
const batches = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * NUMBER_CHUNK }), fc.array(special, { maxLength: 5 })), {
  maxLength: 5,
});

describe('numbers of a side', () => {
  it('keeps every finite value in order across chunk boundaries, and counts missing and infinite', () => {
    fc.assert(
      fc.property(batches, fc.boolean(), (spec, split) => {
        const all: number[] = [];
        const parts = spec.map(([n, extra], b) => {
          const values = Float64Array.from({ length: n + extra.length }, (_, i) =>
            i < n ? b * 1e6 + i : extra[i - n]!,
          );
          for (const v of values) all.push(v);
          return values;
        });
        // One side reading every batch, or two sides (two files) merged.
        const into = side();
        const other = side();
        for (const [i, values] of parts.entries()) addBatch(split && i % 2 === 1 ? other : into, batchOf(values));
        if (split) mergeTableSide(into, other);
        const x = into.columns.get('x');
        const finite = all.filter((v) => Number.isFinite(v));
        if (!x) {
          expect(all).toHaveLength(0);
          return;
        }
        // -0 may come back as 0 (integer chunks); every statistic treats the two as equal.
        const plus = (v: number) => v + 0;
        const got = (split ? [...numbersOf(x)].sort((a, b) => a - b) : [...numbersOf(x)]).map(plus);
        expect(got).toEqual((split ? finite.sort((a, b) => a - b) : finite).map(plus));
        expect(x.missing).toBe(all.filter((v) => Number.isNaN(v)).length);
        expect(x.infinite).toBe(
          all.filter((v) => v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY).length,
        );
        expect(x.chunks).toHaveLength(finite.length > 0 ? 1 : x.chunks.length);
      }),
      { numRuns: 25 },
    );
  });
});

describe('numbers in a mixed column', () => {
  it('keeps a fraction that arrives first among text (no truncation to an integer)', () => {
    const table = side();
    const column = { name: 'x', type: 'mixed' as const, length: 4, counts: emptyCounts(), values: [2.5, 'a', 3, null] };
    addBatch(table, { columns: new Map([['x', column]]), rowOffset: 0, rowCount: 4 });
    const x = table.columns.get('x')!;
    expect([...numbersOf(x)]).toEqual([2.5, 3]);
    expect(x.categories).toEqual(new Map([['a', 1]]));
    expect(x.missing).toBe(1);
  });
});

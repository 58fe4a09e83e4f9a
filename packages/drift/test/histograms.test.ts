import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoricalHistogram, HISTOGRAM_BINS, numericHistogram, topCategories } from '../src/histograms.ts';

/** The definition topCategories must match: every key's total, sorted by count then value. */
function topBySort(ref: Map<string, number>, cur: Map<string, number>, k: number): string[] {
  const total = new Map<string, number>();
  for (const m of [ref, cur]) for (const [key, n] of m) total.set(key, (total.get(key) ?? 0) + n);
  return [...total]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([key]) => key);
}

const counts = fc
  .array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 1, max: 6 })), { maxLength: 40 })
  .map((entries) => new Map(entries));

describe('topCategories', () => {
  it('equals sorting every category by total count, ties by value', () => {
    fc.assert(
      fc.property(counts, counts, fc.integer({ min: 1, max: 15 }), (ref, cur, k) => {
        expect(topCategories(ref, cur, k)).toEqual(topBySort(ref, cur, k));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a value on both sides once, with both counts', () => {
    const ref = new Map([
      ['a', 5],
      ['b', 4],
    ]);
    const cur = new Map([
      ['b', 3],
      ['c', 6],
    ]);
    expect(topCategories(ref, cur, 2)).toEqual(['b', 'c']);
  });
});

describe('categoricalHistogram', () => {
  it('keeps the twelve most frequent values and sums the rest under (other)', () => {
    const ref = new Map(Array.from({ length: 20 }, (_, i) => [`v${String(i).padStart(2, '0')}`, 100 - i] as const));
    const cur = new Map([['v19', 500]]);
    const h = categoricalHistogram(ref, cur);
    expect(h.labels).toHaveLength(13);
    expect(h.labels[0]).toBe('v19');
    expect(h.labels.at(-1)).toBe('(other)');
    const kept = h.labels.slice(0, -1);
    const otherRef = [...ref].filter(([k]) => !kept.includes(k)).reduce((s, [, n]) => s + n, 0);
    expect(h.reference.at(-1)).toBe(otherRef);
    expect(h.current).toEqual([500, ...Array(11).fill(0), 0]);
    expect(h.reference.reduce((a, b) => a + b, 0)).toBe([...ref.values()].reduce((a, b) => a + b, 0));
  });
});

describe('numericHistogram', () => {
  it('counts sorted values into the same bins as placing each value', () => {
    const sorted = fc
      .array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), {
        minLength: 1,
        maxLength: 300,
      })
      .map((xs) => Float64Array.from(xs).sort());
    fc.assert(
      fc.property(sorted, sorted, (ref, cur) => {
        const h = numericHistogram(ref, cur)!;
        const min = Math.min(ref[0]!, cur[0]!);
        const max = Math.max(ref.at(-1)!, cur.at(-1)!);
        const bins = min === max ? 1 : HISTOGRAM_BINS;
        const width = (max - min) / bins;
        const place = (xs: Float64Array) => {
          const out = new Array<number>(bins).fill(0);
          for (const v of xs) out[width === 0 ? 0 : Math.min(bins - 1, Math.max(0, Math.floor((v - min) / width)))]!++;
          return out;
        };
        expect(h.reference).toEqual(place(ref));
        expect(h.current).toEqual(place(cur));
      }),
      { numRuns: 300 },
    );
  });
});

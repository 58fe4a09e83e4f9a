/**
 * Turning read columns into the cleaned sides @cairn/stats tests (sorted finite numbers, or counts
 * per category), and back into values for the profile path.
 */
import type { CategoricalSide, NumericSide } from '@cairn/stats';
import { type ColumnSide, numbersOf } from './side-data.ts';

/** Sorts a side's numbers in place (once) and returns them. */
export function sortedNumbers(side: ColumnSide, sort: (v: Float64Array) => Float64Array): Float64Array {
  return sort(numbersOf(side));
}

export function numericSide(side: ColumnSide, sorted: Float64Array): NumericSide {
  return {
    kind: 'numeric',
    sorted,
    count: side.count,
    nulls: side.missing + side.infinite,
    infinite: side.infinite,
  };
}

/** Category counts of a side; numbers count under their JavaScript text (3, 2.5). */
export function categoryMap(side: ColumnSide, sorted: Float64Array): Map<string, number> {
  if (sorted.length === 0) return side.categories;
  const counts = new Map(side.categories);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const key = String(sorted[i]);
    counts.set(key, (counts.get(key) ?? 0) + (j - i));
    i = j;
  }
  return counts;
}

export function categoricalSide(side: ColumnSide, counts: Map<string, number>): CategoricalSide {
  let n = 0;
  counts.forEach((c) => {
    n += c;
  });
  return { kind: 'categorical', counts, n, count: side.count, nulls: side.count - n };
}

/** The side as a value array (for driftFromProfile): numbers with NaN and +-Infinity restored. */
export function numericValues(side: ColumnSide, sorted: Float64Array): Float64Array {
  const out = new Float64Array(side.count).fill(Number.NaN);
  out.set(sorted);
  out.fill(Number.POSITIVE_INFINITY, sorted.length, sorted.length + side.infinite);
  return out;
}

export function categoricalValues(counts: Map<string, number>, total: number): (string | null)[] {
  const out = new Array<string | null>(total).fill(null);
  let i = 0;
  for (const [key, c] of counts) {
    out.fill(key, i, i + c);
    i += c;
  }
  return out;
}

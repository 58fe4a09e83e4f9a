/**
 * Distribution sketches for the reports: a few bins per column, reference and current counts over
 * the same bins (equal-width over the union of both sides for numbers, the most frequent values
 * plus "other" for categories). Plain numbers, so @cairn/report can draw them without the data.
 */
import type { NumericProfile } from '@cairn/stats';
import { categoryCounts, orderedBuckets } from '@cairn/stats';

export interface Histogram {
  kind: 'numeric' | 'categorical';
  /** Bin labels: "[lo, hi)" ranges for numbers, values for categories. */
  labels: string[];
  /** Bin edges for numbers (labels.length + 1 of them). */
  edges: number[] | null;
  reference: number[];
  current: number[];
}

export const HISTOGRAM_BINS = 20;
export const HISTOGRAM_CATEGORIES = 12;

function label(lo: number, hi: number): string {
  const f = (v: number) => String(Number(v.toPrecision(4)));
  return `${f(lo)} – ${f(hi)}`;
}

function binOf(value: number, min: number, width: number, bins: number): number {
  return width === 0 ? 0 : Math.min(bins - 1, Math.max(0, Math.floor((value - min) / width)));
}

/** Counts of weighted points into equal-width bins over [min, max] (last bin closed). */
function binPoints(points: readonly [number, number][], min: number, width: number, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  for (const [value, count] of points) {
    const i = binOf(value, min, width, bins);
    out[i] = (out[i] as number) + count;
  }
  return out;
}

/**
 * Counts of sorted values into the bins: binOf is monotone in the value, so each bin's first index
 * is found by binary search instead of placing every value (the same counts as a full pass).
 */
function binSorted(values: Float64Array, min: number, width: number, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  let start = 0;
  for (let b = 0; b < bins; b++) {
    // First index at or after `start` whose bin is above b.
    let lo = start;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (binOf(values[mid] as number, min, width, bins) > b) hi = mid;
      else lo = mid + 1;
    }
    out[b] = lo - start;
    start = lo;
  }
  return out;
}

/** Numeric histogram of two sorted sides (or a profile's sketch buckets for the reference). */
export function numericHistogram(ref: Float64Array | NumericProfile, cur: Float64Array): Histogram | null {
  const refPoints: [number, number][] | null =
    ref instanceof Float64Array
      ? null
      : ref.values !== null
        ? ref.values.map((v) => [v, 1])
        : orderedBuckets(ref.sketch).map((b) => [b.value, b.count]);
  const refMin = ref instanceof Float64Array ? ref[0] : (ref.min ?? undefined);
  const refMax = ref instanceof Float64Array ? ref[ref.length - 1] : (ref.max ?? undefined);
  const lows = [refMin, cur[0]].filter((v): v is number => v !== undefined);
  const highs = [refMax, cur[cur.length - 1]].filter((v): v is number => v !== undefined);
  if (lows.length === 0) return null;
  const min = Math.min(...lows);
  const max = Math.max(...highs);
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  return {
    kind: 'numeric',
    labels: edges.slice(0, -1).map((lo, i) => label(lo, edges[i + 1] as number)),
    edges,
    reference: refPoints ? binPoints(refPoints, min, width, bins) : binSorted(ref as Float64Array, min, width, bins),
    current: binSorted(cur, min, width, bins),
  };
}

/**
 * The `k` values with the highest count over both maps (ties: the smaller value first), without
 * sorting every category (a column can hold tens of thousands) and from the join the test itself
 * made (categoryCounts), so no map is probed again.
 */
export function topCategories(ref: ReadonlyMap<string, number>, cur: ReadonlyMap<string, number>, k: number): string[] {
  const { keys, ref: r, cur: c } = categoryCounts(ref, cur);
  const before = (i: number, j: number) => {
    const ti = (r[i] as number) + (c[i] as number);
    const tj = (r[j] as number) + (c[j] as number);
    return ti > tj || (ti === tj && (keys[i] as string) < (keys[j] as string));
  };
  // Indices kept best first; a candidate is inserted only when it beats the last kept one.
  const best: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (best.length === k && !before(i, best[k - 1] as number)) continue;
    let at = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push(i);
    while (at > 0 && before(i, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = i;
  }
  return best.map((i) => keys[i] as string);
}

/** Categorical histogram: the most frequent values over both sides, the rest as "(other)". */
export function categoricalHistogram(ref: ReadonlyMap<string, number>, cur: ReadonlyMap<string, number>): Histogram {
  const top = topCategories(ref, cur, HISTOGRAM_CATEGORIES);
  // Everything not in the top values is "(other)": the side's total minus the top counts.
  const count = (m: ReadonlyMap<string, number>) => {
    const counts = top.map((k) => m.get(k) ?? 0);
    let total = 0;
    m.forEach((n) => {
      total += n;
    });
    return { counts, other: total - counts.reduce((a, b) => a + b, 0) };
  };
  const r = count(ref);
  const c = count(cur);
  const hasOther = r.other + c.other > 0;
  return {
    kind: 'categorical',
    labels: hasOther ? [...top, '(other)'] : top,
    edges: null,
    reference: hasOther ? [...r.counts, r.other] : r.counts,
    current: hasOther ? [...c.counts, c.other] : c.counts,
  };
}

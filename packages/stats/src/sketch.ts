/**
 * A mergeable quantile sketch with a relative-error guarantee, after DDSketch (Masson, Rim & Lee,
 * "DDSketch: A Fast and Fully-Mergeable Quantile Sketch with Relative-Error Guarantees", VLDB 2019).
 *
 * A value x > 0 falls in bucket i = ceil(ln x / ln gamma), the interval (gamma^(i-1), gamma^i],
 * with gamma = (1 + alpha) / (1 - alpha); negative values use the same buckets on |x|, and values
 * with |x| < 1e-300 count as zeros (absolute error below 1e-300). The representative 2 gamma^i / (gamma + 1) is within a relative
 * alpha of every value of the bucket. Buckets are a deterministic grid, so merging is adding counts:
 * merge(sketch(A), sketch(B)) equals sketch(A + B) exactly, in any order.
 *
 * Guarantees (tested in profile.test.ts), while no bucket was collapsed:
 * - quantile(q) is within relative alpha of the sample's element of rank floor(q (n - 1));
 * - each value moves by at most alpha |x| to its representative, so the Wasserstein distance
 *   between two sketched samples is within alpha (E|a| + E|b|) of the exact one.
 * To bound the size, a store spanning more than `maxBuckets` indexes folds its smallest-magnitude
 * buckets into one ("collapsed"); the guarantees then hold for values above that bucket.
 */
import { UserError } from '@cairn/core';

export interface BucketStore {
  /** Index of counts[0]. */
  offset: number;
  counts: number[];
  /** True when counts[0] holds every value at or below its bucket (smaller magnitudes folded in). */
  collapsed: boolean;
}

export interface QuantileSketch {
  format: 'cairn-ddsketch-1';
  alpha: number;
  maxBuckets: number;
  zeros: number;
  positive: BucketStore;
  negative: BucketStore;
}

export const DEFAULT_ALPHA = 0.005;
/** Magnitudes below this count as zero (their powers of gamma would lose precision). */
export const MIN_INDEXABLE = 1e-300;
export const DEFAULT_MAX_BUCKETS = 2048;

export function gammaOf(alpha: number): number {
  return (1 + alpha) / (1 - alpha);
}

function emptyStore(): BucketStore {
  return { offset: 0, counts: [], collapsed: false };
}

/** Sketch of the finite values of `values` (NaN and infinities ignored). */
export function buildSketch(
  values: ArrayLike<number>,
  alpha = DEFAULT_ALPHA,
  maxBuckets = DEFAULT_MAX_BUCKETS,
): QuantileSketch {
  if (!(alpha > 0 && alpha < 1)) throw new UserError(`sketch alpha must be in (0, 1), got ${alpha}.`);
  if (!(Number.isInteger(maxBuckets) && maxBuckets >= 2)) {
    throw new UserError(`sketch maxBuckets must be an integer >= 2, got ${maxBuckets}.`);
  }
  const invLogGamma = 1 / Math.log(gammaOf(alpha));
  const pos = new Map<number, number>();
  const neg = new Map<number, number>();
  let zeros = 0;
  for (let k = 0; k < values.length; k++) {
    const x = values[k] as number;
    if (!Number.isFinite(x)) continue;
    if (Math.abs(x) < MIN_INDEXABLE) {
      zeros++;
      continue;
    }
    const i = Math.ceil(Math.log(Math.abs(x)) * invLogGamma);
    const store = x > 0 ? pos : neg;
    store.set(i, (store.get(i) ?? 0) + 1);
  }
  return {
    format: 'cairn-ddsketch-1',
    alpha,
    maxBuckets,
    zeros,
    positive: toStore(pos, maxBuckets, false),
    negative: toStore(neg, maxBuckets, false),
  };
}

/**
 * Dense store of a bucket map; indexes below `floor` (a collapsed bucket carried over from a
 * merge, or the lowest index that keeps the span within maxBuckets) are folded into it.
 */
function toStore(
  map: ReadonlyMap<number, number>,
  maxBuckets: number,
  collapsed: boolean,
  minFloor = Number.NEGATIVE_INFINITY,
): BucketStore {
  if (map.size === 0) return { ...emptyStore(), collapsed };
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const i of map.keys()) {
    if (i < lo) lo = i;
    if (i > hi) hi = i;
  }
  const floor = Math.min(hi, Math.max(lo, hi - maxBuckets + 1, minFloor));
  const counts = new Array<number>(hi - floor + 1).fill(0);
  for (const [i, c] of map) counts[Math.max(i, floor) - floor] = (counts[Math.max(i, floor) - floor] as number) + c;
  return { offset: floor, counts, collapsed: collapsed || floor > lo };
}

function storeMap(store: BucketStore, into: Map<number, number>): void {
  store.counts.forEach((c, k) => {
    if (c > 0) into.set(store.offset + k, (into.get(store.offset + k) ?? 0) + c);
  });
}

/** Sketch of the union of two samples. Both must use the same alpha. */
export function mergeSketches(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  if (a.alpha !== b.alpha) {
    throw new UserError(
      `cannot merge sketches with different accuracy (alpha ${a.alpha} and ${b.alpha}); rebuild one.`,
    );
  }
  const maxBuckets = Math.min(a.maxBuckets, b.maxBuckets);
  const merge = (x: BucketStore, y: BucketStore): BucketStore => {
    const map = new Map<number, number>();
    storeMap(x, map);
    storeMap(y, map);
    // A collapsed bucket stays a floor: values folded into it cannot be told apart again.
    const floorOf = (s: BucketStore) => (s.collapsed && s.counts.length > 0 ? s.offset : Number.NEGATIVE_INFINITY);
    return toStore(map, maxBuckets, x.collapsed || y.collapsed, Math.max(floorOf(x), floorOf(y)));
  };
  return {
    format: 'cairn-ddsketch-1',
    alpha: a.alpha,
    maxBuckets,
    zeros: a.zeros + b.zeros,
    positive: merge(a.positive, b.positive),
    negative: merge(a.negative, b.negative),
  };
}

export interface Bucket {
  /** Representative value; strictly increasing along `orderedBuckets`. */
  value: number;
  count: number;
}

/** Non-empty buckets in increasing value order (negatives, zero, positives). */
export function orderedBuckets(sketch: QuantileSketch): Bucket[] {
  const gamma = gammaOf(sketch.alpha);
  const rep = (i: number) => (2 * gamma ** i) / (gamma + 1);
  const out: Bucket[] = [];
  const neg = sketch.negative;
  for (let k = neg.counts.length - 1; k >= 0; k--) {
    const c = neg.counts[k] as number;
    if (c > 0) out.push({ value: -rep(neg.offset + k), count: c });
  }
  if (sketch.zeros > 0) out.push({ value: 0, count: sketch.zeros });
  const pos = sketch.positive;
  pos.counts.forEach((c, k) => {
    if (c > 0) out.push({ value: rep(pos.offset + k), count: c });
  });
  return out;
}

export function sketchCount(sketch: QuantileSketch): number {
  let n = sketch.zeros;
  for (const c of sketch.positive.counts) n += c;
  for (const c of sketch.negative.counts) n += c;
  return n;
}

/** Value at quantile q in [0, 1]: the bucket holding the element of rank floor(q (n - 1)). */
export function sketchQuantile(sketch: QuantileSketch, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new UserError(`quantile must be between 0 and 1, got ${q}.`);
  const n = sketchCount(sketch);
  if (n === 0) return Number.NaN;
  const rank = Math.floor(q * (n - 1));
  let seen = 0;
  const buckets = orderedBuckets(sketch);
  for (const b of buckets) {
    seen += b.count;
    if (seen > rank) return b.value;
  }
  return (buckets[buckets.length - 1] as Bucket).value;
}

/** Whether any bucket was collapsed (the relative-error guarantee then holds only above it). */
export function sketchCollapsed(sketch: QuantileSketch): boolean {
  return sketch.positive.collapsed || sketch.negative.collapsed;
}

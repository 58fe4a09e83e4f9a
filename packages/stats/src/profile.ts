/**
 * Mergeable column profiles for "reference profile" drift: check a current batch against a
 * stored profile without downloading the reference data. Plain JSON (it goes into the
 * `dataset-profile` record's `sketch` field); merging two profiles gives the profile of the
 * concatenated data (moments by Chan et al.'s pairwise update, sketch buckets by addition).
 *
 * Numeric profile: count, nulls (missing or infinite), min/max/mean/std, a quantile sketch
 * (sketch.ts), the exact values while there are at most `exactLimit` (1000) of them (Evidently
 * tests such small references with KS, so those stay exact), and exact value counts while there
 * are at most 20 distinct values (Evidently's per-value buckets).
 * Categorical profile: exact counts while there are at most `categoryCap` distinct values; past
 * that the most frequent `categoryCap` are kept and the rest summed into `other` (then approximate).
 */
import { UserError } from '@cairn/core';
import { buildSketch, DEFAULT_ALPHA, mergeSketches, type QuantileSketch } from './sketch.ts';
import { Accumulator } from './sums.ts';

export const PROFILE_FORMAT = 'cairn-profile-1';
export const EXACT_VALUES_LIMIT = 1000;
export const SMALL_DISTINCT_LIMIT = 20;
export const DEFAULT_CATEGORY_CAP = 1000;

export interface Moments {
  n: number;
  mean: number;
  /** Sum of squared deviations from the mean. */
  m2: number;
  /** Mean of |x| (for the Wasserstein error bound). */
  meanAbs: number;
  min: number;
  max: number;
}

export interface NumericProfile {
  format: typeof PROFILE_FORMAT;
  type: 'numeric';
  count: number;
  nulls: number;
  infinite: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Population standard deviation (ddof 0), as Evidently's normed Wasserstein uses. */
  std: number | null;
  moments: Moments;
  sketch: QuantileSketch;
  /** Sorted finite values while there are at most EXACT_VALUES_LIMIT of them. */
  values: number[] | null;
  /** Exact counts per distinct value ([value, count] pairs, ascending) while there are at most 20. */
  distinct: [number, number][] | null;
}

export interface CategoricalProfile {
  format: typeof PROFILE_FORMAT;
  type: 'categorical';
  count: number;
  nulls: number;
  /** [value, count] pairs, most frequent first (ties by value). */
  counts: [string, number][];
  /** Rows whose value was dropped by the cap. */
  other: number;
  truncated: boolean;
  categoryCap: number;
}

export type ColumnProfile = NumericProfile | CategoricalProfile;

export interface ProfileOptions {
  alpha?: number;
  categoryCap?: number;
}

function finishNumeric(base: Omit<NumericProfile, 'min' | 'max' | 'mean' | 'std'>): NumericProfile {
  const m = base.moments;
  const has = m.n > 0;
  return {
    ...base,
    min: has ? m.min : null,
    max: has ? m.max : null,
    mean: has ? m.mean : null,
    std: has ? Math.sqrt(m.m2 / m.n) : null,
  };
}

/** Profile of a numeric column (NaN for missing). */
export function profileNumeric(values: ArrayLike<number>, options: ProfileOptions = {}): NumericProfile {
  const finite: number[] = [];
  let nulls = 0;
  let infinite = 0;
  const sum = new Accumulator();
  const abs = new Accumulator();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const counts = new Map<number, number>();
  let smallDistinct = true;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = (values[i] as number) + 0; // -0 becomes 0, as it would through JSON
    if (!Number.isFinite(x)) {
      nulls++;
      if (!Number.isNaN(x)) infinite++;
      continue;
    }
    n++;
    sum.add(x);
    abs.add(Math.abs(x));
    if (x < min) min = x;
    if (x > max) max = x;
    if (n <= EXACT_VALUES_LIMIT) finite.push(x);
    if (smallDistinct) {
      counts.set(x, (counts.get(x) ?? 0) + 1);
      if (counts.size > SMALL_DISTINCT_LIMIT) smallDistinct = false;
    }
  }
  const mean = n > 0 ? sum.value / n : 0;
  const m2 = new Accumulator();
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (Number.isFinite(x)) m2.add((x - mean) * (x - mean));
  }
  return finishNumeric({
    format: PROFILE_FORMAT,
    type: 'numeric',
    count: values.length,
    nulls,
    infinite,
    moments: { n, mean, m2: m2.value, meanAbs: n > 0 ? abs.value / n : 0, min: n > 0 ? min : 0, max: n > 0 ? max : 0 },
    sketch: buildSketch(values, options.alpha ?? DEFAULT_ALPHA),
    values: n <= EXACT_VALUES_LIMIT ? finite.sort((a, b) => a - b) : null,
    distinct: smallDistinct ? [...counts].sort((a, b) => a[0] - b[0]) : null,
  });
}

function capCounts(map: ReadonlyMap<string, number>, cap: number): { counts: [string, number][]; dropped: number } {
  const all = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = all.slice(0, cap);
  const dropped = all.slice(cap).reduce((s, [, c]) => s + c, 0);
  return { counts: kept, dropped };
}

/** Profile of a categorical column (null for missing). */
export function profileCategorical(
  values: readonly (string | number | boolean | null)[],
  options: ProfileOptions = {},
): CategoricalProfile {
  const cap = options.categoryCap ?? DEFAULT_CATEGORY_CAP;
  if (!(Number.isInteger(cap) && cap >= 1)) throw new UserError(`categoryCap must be a positive integer, got ${cap}.`);
  const map = new Map<string, number>();
  let nulls = 0;
  for (const v of values) {
    if (v === null || v === undefined) {
      nulls++;
      continue;
    }
    const key = typeof v === 'string' ? v : String(v);
    map.set(key, (map.get(key) ?? 0) + 1);
  }
  const { counts, dropped } = capCounts(map, cap);
  return {
    format: PROFILE_FORMAT,
    type: 'categorical',
    count: values.length,
    nulls,
    counts,
    other: dropped,
    truncated: dropped > 0,
    categoryCap: cap,
  };
}

/** Profile of a column: numeric for Float64Array / number arrays, categorical for strings. */
export function profileColumn(
  values: Float64Array | readonly (number | null)[] | readonly (string | null)[],
  options: ProfileOptions & { type?: 'numeric' | 'categorical' } = {},
): ColumnProfile {
  const numeric =
    options.type === 'numeric' ||
    (options.type === undefined &&
      (values instanceof Float64Array || (values as readonly unknown[]).some((v) => typeof v === 'number')));
  if (numeric) {
    if (values instanceof Float64Array) return profileNumeric(values, options);
    const copy = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      copy[i] = typeof v === 'number' ? v : Number.NaN;
    }
    return profileNumeric(copy, options);
  }
  return profileCategorical(values as readonly (string | null)[], options);
}

function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
    meanAbs: (a.meanAbs * a.n + b.meanAbs * b.n) / n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}

/** Profile of the concatenation of the data behind `a` and `b`. */
export function mergeProfiles(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  if (a.type !== b.type) throw new UserError(`cannot merge a ${a.type} profile with a ${b.type} profile.`);
  if (a.type === 'numeric' && b.type === 'numeric') {
    const values = a.values && b.values && a.values.length + b.values.length <= EXACT_VALUES_LIMIT;
    let distinct: [number, number][] | null = null;
    if (a.distinct && b.distinct) {
      const map = new Map<number, number>(a.distinct);
      for (const [v, c] of b.distinct) map.set(v, (map.get(v) ?? 0) + c);
      if (map.size <= SMALL_DISTINCT_LIMIT) distinct = [...map].sort((x, y) => x[0] - y[0]);
    }
    return finishNumeric({
      format: PROFILE_FORMAT,
      type: 'numeric',
      count: a.count + b.count,
      nulls: a.nulls + b.nulls,
      infinite: a.infinite + b.infinite,
      moments: mergeMoments(a.moments, b.moments),
      sketch: mergeSketches(a.sketch, b.sketch),
      values: values ? [...(a.values ?? []), ...(b.values ?? [])].sort((x, y) => x - y) : null,
      distinct,
    });
  }
  const ca = a as CategoricalProfile;
  const cb = b as CategoricalProfile;
  const cap = Math.min(ca.categoryCap, cb.categoryCap);
  const map = new Map<string, number>(ca.counts);
  for (const [v, c] of cb.counts) map.set(v, (map.get(v) ?? 0) + c);
  const { counts, dropped } = capCounts(map, cap);
  const other = ca.other + cb.other + dropped;
  return {
    format: PROFILE_FORMAT,
    type: 'categorical',
    count: ca.count + cb.count,
    nulls: ca.nulls + cb.nulls,
    counts,
    other,
    truncated: ca.truncated || cb.truncated || dropped > 0,
    categoryCap: cap,
  };
}

/**
 * Drift of current data against a stored reference profile (profile.ts) instead of the
 * reference rows. Exact, and identical to driftColumn, whenever the profile still holds exact
 * values: references of at most 1000 values (the KS regime), numeric columns with at most 20
 * distinct values, and categorical columns under the category cap. Otherwise both sides are
 * bucketed on the sketch grid and the tests run on the buckets:
 * - KS: the statistic on bucket boundaries is a lower bound of the exact one; an upper bound
 *   comes from letting each bucket's values interleave in the worst way. Both are reported.
 * - normed Wasserstein: within alpha (E|ref| + E|cur|) / max(std_ref, 0.001) of the exact value
 *   (every value moves at most alpha |x|); the interval is reported.
 * - PSI / KL / JS / Hellinger: Sturges (or the requested) bins, each bucket assigned by its
 *   representative, i.e. bin edges snapped to the sketch grid (moved by at most a relative alpha).
 */
import { UserError } from '@cairn/core';
import { equalWidthEdges, fillEmpty, linspace, searchSorted } from './binning.ts';
import { hellinger, jensenShannon, kl, psi } from './divergences.ts';
import {
  type ColumnDriftOptions,
  type ColumnDriftResult,
  driftSides,
  emptySideReason,
  nullShare,
} from './drift-column.ts';
import { ksPValue } from './ks.ts';
import { defaultMethod, isDrift, METHOD_INFO } from './methods.ts';
import {
  type CategoricalSide,
  type ColumnValues,
  type NumericSide,
  prepareCategorical,
  prepareNumeric,
} from './prepare.ts';
import type { CategoricalProfile, ColumnProfile, NumericProfile } from './profile.ts';
import { type Bucket, buildSketch, orderedBuckets, sketchCollapsed, sketchQuantile } from './sketch.ts';
import { Accumulator } from './sums.ts';

export interface ProfileDriftResult extends ColumnDriftResult {
  /** False when the result equals driftColumn on the reference rows. */
  approximate: boolean;
  /** Guaranteed interval of the exact statistic, when one is known. */
  bounds: { statistic: [number, number] } | null;
}

const OTHER = '\u0000other';

/** Drift of `current` against the reference summarised by `profile`. */
export function driftFromProfile(
  name: string,
  profile: ColumnProfile,
  current: ColumnValues,
  options: ColumnDriftOptions = {},
): ProfileDriftResult {
  if (profile.type === 'categorical') return categoricalFromProfile(name, profile, current, options);
  for (const v of current instanceof Float64Array ? [] : current) {
    if (typeof v === 'string') {
      throw new UserError(`column "${name}": the reference profile is numeric but the current values are strings.`);
    }
  }
  const cur = prepareNumeric(current as Float64Array | readonly (number | null)[]);
  const refCounts = { count: profile.count, nulls: profile.nulls, infinite: profile.infinite };
  const exact = exactReference(profile);
  if (exact !== null) {
    const ref: NumericSide = { kind: 'numeric', sorted: exact, ...refCounts };
    return { ...driftSides(name, 'numeric', ref, cur, options), approximate: false, bounds: null };
  }
  // Here the reference has > 1000 values and > 20 distinct ones (anything smaller is exact above).
  const ref: NumericSide = { kind: 'numeric', sorted: new Float64Array(0), ...refCounts };
  const ns = nullShare(refCounts, cur, options.nullShareThreshold ?? 0.05);
  const base = {
    name,
    type: 'numeric' as const,
    method: null,
    statistic: null,
    score: null,
    threshold: null,
    drift: false,
    reference: { count: ref.count, nulls: ref.nulls },
    current: { count: cur.count, nulls: cur.nulls },
    nullShare: ns,
    approximate: true,
    bounds: null,
  };
  const empty = emptySideReason(ref, cur, profile.moments.n, cur.sorted.length);
  if (empty !== null) return { ...base, skipped: empty };
  const method = options.method ?? defaultMethod('numeric', profile.moments.n, SMALL_DISTINCT_LIMIT_PLUS);
  const threshold = options.threshold ?? METHOD_INFO[method].threshold;
  const scored = scoreFromSketch(method, profile, cur.sorted, options);
  if (scored === null) {
    return { ...base, skipped: `not tested: ${method} needs the exact reference values; the profile keeps a sketch` };
  }
  let drift = isDrift(method, scored.score, threshold);
  if (options.nullShareDrift === true && ns.drift) drift = true;
  return {
    ...base,
    method,
    statistic: scored.statistic,
    score: scored.score,
    threshold,
    drift,
    skipped: null,
    bounds: scored.bounds === null ? null : { statistic: scored.bounds },
  };
}

const SMALL_DISTINCT_LIMIT_PLUS = 21;

function exactReference(profile: NumericProfile): Float64Array | null {
  if (profile.values !== null) return Float64Array.from(profile.values);
  if (profile.distinct === null) return null;
  const out = new Float64Array(profile.moments.n);
  let k = 0;
  for (const [value, count] of profile.distinct) {
    out.fill(value, k, k + count);
    k += count;
  }
  return out;
}

interface SketchScore {
  statistic: number;
  score: number;
  bounds: [number, number] | null;
}

/** Walks two bucket lists in value order, calling `visit` with both CDFs before and after each bucket. */
function walk(
  a: Bucket[],
  b: Bucket[],
  na: number,
  nb: number,
  visit: (value: number, fa0: number, fb0: number, fa1: number, fb1: number) => void,
): void {
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  while (i < a.length || j < b.length) {
    const va = i < a.length ? (a[i] as Bucket).value : Number.POSITIVE_INFINITY;
    const vb = j < b.length ? (b[j] as Bucket).value : Number.POSITIVE_INFINITY;
    const v = Math.min(va, vb);
    const fa0 = ca / na;
    const fb0 = cb / nb;
    if (va === v) ca += (a[i++] as Bucket).count;
    if (vb === v) cb += (b[j++] as Bucket).count;
    visit(v, fa0, fb0, ca / na, cb / nb);
  }
}

function scoreFromSketch(
  method: string,
  profile: NumericProfile,
  cur: Float64Array,
  options: ColumnDriftOptions,
): SketchScore | null {
  const refSketch = profile.sketch;
  const curSketch = buildSketch(cur, refSketch.alpha, refSketch.maxBuckets);
  const a = orderedBuckets(refSketch);
  const b = orderedBuckets(curSketch);
  const na = profile.moments.n;
  const nb = cur.length;
  const collapsed = sketchCollapsed(refSketch) || sketchCollapsed(curSketch);
  if (method === 'ks') {
    let lower = 0;
    let upper = 0;
    walk(a, b, na, nb, (_v, fa0, fb0, fa1, fb1) => {
      lower = Math.max(lower, Math.abs(fa1 - fb1));
      upper = Math.max(upper, fa1 - fb0, fb1 - fa0);
    });
    const r = ksPValue(na, nb, lower);
    return { statistic: lower, score: r.pValue, bounds: collapsed ? null : [lower, upper] };
  }
  if (method === 'wasserstein' || method === 'energy') {
    const acc = new Accumulator();
    let prev = Number.NaN;
    let gap = 0;
    walk(a, b, na, nb, (v, _fa0, _fb0, fa1, fb1) => {
      if (!Number.isNaN(prev)) acc.add((method === 'energy' ? gap * gap : gap) * (v - prev));
      prev = v;
      gap = Math.abs(fa1 - fb1);
    });
    if (method === 'energy') {
      const e = Math.SQRT2 * Math.sqrt(acc.value);
      return { statistic: e, score: e, bounds: null };
    }
    const norm = Math.max(profile.std ?? 0, 0.001);
    const w = acc.value / norm;
    let curAbs = 0;
    for (const x of cur) curAbs += Math.abs(x);
    const slack = (refSketch.alpha * (profile.moments.meanAbs + curAbs / nb)) / norm;
    return { statistic: w, score: w, bounds: collapsed ? null : [Math.max(0, w - slack), w + slack] };
  }
  if (method === 'jensenshannon' || method === 'psi' || method === 'kl' || method === 'hellinger') {
    const lo = Math.min(profile.moments.min, cur[0] as number);
    const hi = Math.max(profile.moments.max, cur[cur.length - 1] as number);
    const edges = sketchEdges(profile, lo, hi, na + nb, options);
    const p = binShares(a, edges, na);
    const q = binShares(b, edges, nb);
    const value =
      method === 'jensenshannon'
        ? jensenShannon(p, q)
        : method === 'psi'
          ? psi(fillEmpty(p), fillEmpty(q))
          : method === 'kl'
            ? kl(fillEmpty(p), fillEmpty(q))
            : hellinger(p, q);
    return { statistic: value, score: value, bounds: null };
  }
  return null;
}

function sketchEdges(
  profile: NumericProfile,
  lo: number,
  hi: number,
  size: number,
  options: ColumnDriftOptions,
): Float64Array {
  const binning = options.binning ?? (options.bins !== undefined ? 'equal-width' : 'sturges');
  if (binning === 'equal-width') return equalWidthEdges(Float64Array.of(lo), Float64Array.of(hi), options.bins ?? 10);
  if (binning === 'quantile') {
    const bins = options.bins ?? 10;
    const qs = Array.from({ length: bins + 1 }, (_, i) => sketchQuantile(profile.sketch, i / bins));
    qs[0] = Math.min(qs[0] as number, lo);
    qs[bins] = Math.max(qs[bins] as number, hi);
    return Float64Array.from(qs.filter((v, i) => i === 0 || v !== qs[i - 1]));
  }
  // Sturges over the union, numpy's way (see binning.ts).
  const width = (hi - lo) / (Math.log2(size) + 1);
  const bins = width ? Math.ceil((hi - lo) / width) : 1;
  return lo === hi ? linspace(lo - 0.5, hi + 0.5, 2) : linspace(lo, hi, bins + 1);
}

/** Shares per bin with each bucket placed by its representative (clamped into the outer bins). */
function binShares(buckets: Bucket[], edges: Float64Array, n: number): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  for (const { value, count } of buckets) {
    const k = Math.min(Math.max(searchSorted(edges, value, true) - 1, 0), bins - 1);
    counts[k] = (counts[k] as number) + count;
  }
  return counts.map((c) => c / n);
}

function categoricalFromProfile(
  name: string,
  profile: CategoricalProfile,
  current: ColumnValues,
  options: ColumnDriftOptions,
): ProfileDriftResult {
  const counts = new Map<string, number>(profile.counts);
  if (profile.other > 0) counts.set(OTHER, profile.other);
  const ref: CategoricalSide = {
    kind: 'categorical',
    counts,
    n: profile.count - profile.nulls,
    count: profile.count,
    nulls: profile.nulls,
  };
  const cur = prepareCategorical(current as readonly (string | number | null)[]);
  if (profile.truncated) {
    // Values the profile no longer names are compared as one "other" category.
    const folded = new Map<string, number>();
    for (const [k, c] of cur.counts) {
      const key = counts.has(k) ? k : OTHER;
      folded.set(key, (folded.get(key) ?? 0) + c);
    }
    cur.counts = folded;
  }
  const folded = driftSides(name, 'categorical', ref, cur, options);
  if (!profile.truncated) return { ...folded, approximate: false, bounds: null };
  return { ...folded, approximate: true, bounds: foldedBounds(name, ref, cur, folded, options) };
}

/**
 * Methods whose statistic is a monotone function of an f-divergence summed over categories with
 * no empty-bin fill: merging categories never raises it, and the most a merged bin can hide is
 * its reference and current mass lying on different categories.
 */
const F_DIVERGENCE_DISTANCES = new Set(['jensenshannon', 'hellinger']);

/**
 * The interval the exact statistic lies in when the profile lumped its rarer categories into one
 * "other" bin (folded on both sides). Lower: the folded value itself (merging bins never increases
 * an f-divergence: the data-processing inequality). Upper: the other bin split into a reference-only
 * and a current-only category (an f-divergence term g(p, q) is convex and 1-homogeneous, so no
 * split of the lumped mass adds more than g(p, 0) + g(0, q)). Null for other methods.
 */
function foldedBounds(
  name: string,
  ref: CategoricalSide,
  cur: CategoricalSide,
  folded: ColumnDriftResult,
  options: ColumnDriftOptions,
): { statistic: [number, number] } | null {
  if (folded.method === null || folded.statistic === null || !F_DIVERGENCE_DISTANCES.has(folded.method)) return null;
  const apart = (side: CategoricalSide, key: string): CategoricalSide => {
    const counts = new Map(side.counts);
    const other = counts.get(OTHER) ?? 0;
    counts.delete(OTHER);
    if (other > 0) counts.set(key, other);
    return { ...side, counts };
  };
  const split = driftSides(name, 'categorical', apart(ref, `${OTHER} reference`), apart(cur, `${OTHER} current`), {
    ...options,
    method: folded.method,
  });
  return split.statistic === null ? null : { statistic: [folded.statistic, split.statistic] };
}

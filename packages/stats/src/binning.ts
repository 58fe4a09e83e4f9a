/**
 * Bins and shares for the histogram-based drift scores (PSI, KL, Jensen-Shannon, Hellinger).
 *
 * Sturges edges reproduce numpy `histogram_bin_edges(values, 'sturges')` (numpy/lib/histograms.py):
 * width = ptp / (log2(size) + 1), bins = ceil(ptp / width), edges = linspace(min, max, bins + 1)
 * computed as i * step + min with the last edge set to max; a constant sample gets one bin
 * [v - 0.5, v + 0.5]. Counting follows `np.histogram` with explicit edges: [e_i, e_{i+1}) except
 * the last bin, which is closed on the right.
 */
import { UserError } from '@cairn/core';

/** First index i with sorted[i] >= v (lower bound), or > v when `right`. */
export function searchSorted(sorted: Float64Array, v: number, right = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid] as number;
    if (x < v || (right && x === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** numpy linspace(start, stop, num) with endpoint=True. */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? (i / div) * delta + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** Equal-width edges over [min, max] of two sorted samples with `bins` bins (numpy semantics). */
export function equalWidthEdges(a: Float64Array, b: Float64Array, bins: number): Float64Array {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new UserError(`bins must be a positive integer, got ${bins}; set the drift option "bins" to e.g. 10.`);
  }
  let [lo, hi] = outerEdges(a, b);
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  return linspace(lo, hi, bins + 1);
}

function outerEdges(a: Float64Array, b: Float64Array): [number, number] {
  const mins: number[] = [];
  const maxs: number[] = [];
  if (a.length > 0) {
    mins.push(a[0] as number);
    maxs.push(a[a.length - 1] as number);
  }
  if (b.length > 0) {
    mins.push(b[0] as number);
    maxs.push(b[b.length - 1] as number);
  }
  if (mins.length === 0) return [0, 1];
  return [Math.min(...mins), Math.max(...maxs)];
}

/** Sturges edges over the union of two sorted samples: numpy histogram_bin_edges(concat, 'sturges'). */
export function sturgesEdges(a: Float64Array, b: Float64Array): Float64Array {
  const size = a.length + b.length;
  let [lo, hi] = outerEdges(a, b);
  const ptp = hi - lo;
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  let bins = 1;
  if (size > 0) {
    const width = ptp / (Math.log2(size) + 1);
    if (width) bins = Math.ceil((hi - lo) / width);
  }
  return linspace(lo, hi, bins + 1);
}

/**
 * Edges at the reference quantiles 0, 1/bins, ..., 1 (linear interpolation, numpy's default
 * 'linear' method), widened to cover the current sample, duplicates removed.
 */
export function quantileEdges(ref: Float64Array, cur: Float64Array, bins: number): Float64Array {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new UserError(`bins must be a positive integer, got ${bins}; set the drift option "bins" to e.g. 10.`);
  }
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(quantileSorted(ref, i / bins));
  const [lo, hi] = outerEdges(ref, cur);
  edges[0] = Math.min(edges[0] as number, lo);
  edges[edges.length - 1] = Math.max(edges[edges.length - 1] as number, hi);
  const unique = edges.filter((v, i) => i === 0 || v !== edges[i - 1]);
  if (unique.length === 1) return Float64Array.of((unique[0] as number) - 0.5, (unique[0] as number) + 0.5);
  return Float64Array.from(unique);
}

/** Quantile q of a sorted sample, numpy 'linear' interpolation. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const frac = pos - lo;
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return frac === 0 ? a : a + (b - a) * frac;
}

/** np.histogram(sorted, edges) counts: [e_i, e_{i+1}), the last bin closed on the right. */
export function histogramSorted(sorted: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  let prev = searchSorted(sorted, edges[0] as number);
  for (let i = 1; i <= bins; i++) {
    const idx = searchSorted(sorted, edges[i] as number, i === bins);
    counts[i - 1] = idx - prev;
    prev = idx;
  }
  return counts;
}

/** Distinct values and their counts in a sorted sample (runs). */
export function runsSorted(sorted: Float64Array): { values: Float64Array; counts: Float64Array } {
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    const v = sorted[i] as number;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === v) j++;
    values.push(v);
    counts.push(j - i);
    i = j;
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}

/** Number of distinct values in a sorted sample. */
export function distinctSorted(sorted: Float64Array): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** Distinct values of the union of two sorted samples. */
export function distinctUnionSorted(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length || j < b.length) {
    const ai = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const bj = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(ai, bj);
    count++;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
  }
  return count;
}

/** Per-value counts of two sorted samples over the union of their values (one bucket per value). */
export function valueCountsSorted(a: Float64Array, b: Float64Array): { ref: Float64Array; cur: Float64Array } {
  const ref: number[] = [];
  const cur: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const ai = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const bj = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(ai, bj);
    const i0 = i;
    const j0 = j;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    ref.push(i - i0);
    cur.push(j - j0);
  }
  return { ref: Float64Array.from(ref), cur: Float64Array.from(cur) };
}

export interface CategoryUnion {
  keys: string[];
  ref: Float64Array;
  cur: Float64Array;
}

/**
 * Joined counts of two category maps, computed once per pair of maps. Joining costs a lookup of
 * every key in the other map, and lookups that miss are slow on big maps (V8 probes an ordered hash
 * table in random order: about 0.5 µs each at 40k keys), while one drift check asks for the same
 * join three times (distinct count, score, histogram). Callers must treat the maps as frozen once
 * passed here, and must not modify the returned arrays.
 */
const joined = new WeakMap<ReadonlyMap<string, number>, WeakMap<ReadonlyMap<string, number>, CategoryUnion>>();

/** Counts of each category over the union of keys (keys in first-seen order: reference, then current). */
export function categoryCounts(ref: ReadonlyMap<string, number>, cur: ReadonlyMap<string, number>): CategoryUnion {
  const cached = joined.get(ref)?.get(cur);
  if (cached) return cached;
  // One pass per map (no per-key lookups into the other map for its own keys). forEach, not
  // for-of: this runs once per column, in cold code, where every iterator step would allocate.
  const keys = new Array<string>(ref.size + cur.size);
  const refOut = new Float64Array(ref.size + cur.size);
  const curOut = new Float64Array(ref.size + cur.size);
  let i = 0;
  ref.forEach((n, k) => {
    keys[i] = k;
    refOut[i] = n;
    curOut[i++] = cur.get(k) ?? 0;
  });
  cur.forEach((n, k) => {
    if (ref.has(k)) return;
    keys[i] = k;
    curOut[i++] = n;
  });
  keys.length = i;
  const union = { keys, ref: refOut.slice(0, i), cur: curOut.slice(0, i) };
  let forRef = joined.get(ref);
  if (!forRef) {
    forRef = new WeakMap();
    joined.set(ref, forRef);
  }
  forRef.set(cur, union);
  return union;
}

/** counts / total. */
export function shares(counts: Float64Array, total: number): Float64Array {
  // A loop, not counts.map(): a callback's double result is boxed on the heap for every element.
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = (counts[i] as number) / total;
  return out;
}

/**
 * Evidently's empty-bin fill for PSI and KL (legacy `get_binned_data(..., feel_zeroes=True)`):
 * zeros become min_nonzero / 1e6 when min_nonzero <= 1e-4, else 1e-4; no renormalisation.
 */
export function fillEmpty(p: Float64Array): Float64Array {
  let minNonZero = Number.POSITIVE_INFINITY;
  for (const v of p) if (v !== 0 && v < minNonZero) minNonZero = v;
  if (minNonZero === Number.POSITIVE_INFINITY) return p.slice();
  const fill = minNonZero <= 0.0001 ? minNonZero / 10 ** 6 : 0.0001;
  return p.map((v) => (v === 0 ? fill : v));
}

/**
 * Distances between two numeric samples, as scipy.stats computes them (`_cdf_distance`):
 * W_p = (integral |U(x) - V(x)|^p dx)^(1/p) over the merged sorted values, with U and V the
 * empirical CDFs (searchsorted 'right'). Inputs must be ascending-sorted and free of NaN.
 */
import { UserError } from '@cairn/core';
import { Accumulator, meanStd } from './sums.ts';

function requireNonEmpty(name: string, a: Float64Array, b: Float64Array): void {
  if (a.length === 0 || b.length === 0) {
    throw new UserError(`${name} needs two non-empty samples (got sizes ${a.length} and ${b.length}).`);
  }
}

/** Integral of |U - V|^power over the real line, by a merge walk of the two sorted samples. */
function cdfGapIntegral(a: Float64Array, b: Float64Array, power: 1 | 2): number {
  const n1 = a.length;
  const n2 = b.length;
  const acc = new Accumulator();
  let i = 0;
  let j = 0;
  let prev = Math.min(a[0] as number, b[0] as number);
  while (i < n1 || j < n2) {
    const ai = i < n1 ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const bj = j < n2 ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(ai, bj);
    if (v !== prev) {
      const gap = Math.abs(i / n1 - j / n2);
      acc.add((power === 1 ? gap : gap * gap) * (v - prev));
      prev = v;
    }
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
  }
  return acc.value;
}

/** First Wasserstein distance (scipy.stats.wasserstein_distance) of two sorted samples. */
export function wassersteinSorted(a: Float64Array, b: Float64Array): number {
  requireNonEmpty('wasserstein', a, b);
  return cdfGapIntegral(a, b, 1);
}

/** Energy distance (scipy.stats.energy_distance) of two sorted samples: sqrt(2) * L2 distance of the CDFs. */
export function energyDistanceSorted(a: Float64Array, b: Float64Array): number {
  requireNonEmpty('energy distance', a, b);
  return Math.SQRT2 * Math.sqrt(cdfGapIntegral(a, b, 2));
}

/**
 * Evidently's normed Wasserstein distance: W1(ref, cur) / max(std(ref, ddof=0), 0.001).
 * `ref` and `cur` ascending-sorted.
 */
export function wassersteinNormedSorted(ref: Float64Array, cur: Float64Array): number {
  const norm = Math.max(meanStd(ref).std, 0.001);
  return wassersteinSorted(ref, cur) / norm;
}

function sorted(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** First Wasserstein distance of two samples (any order, no NaN). */
export function wasserstein(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return wassersteinSorted(sorted(a), sorted(b));
}

/** Normed Wasserstein distance of two samples (any order, no NaN). */
export function wassersteinNormed(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  return wassersteinNormedSorted(sorted(ref), sorted(cur));
}

/** Energy distance of two samples (any order, no NaN). */
export function energyDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return energyDistanceSorted(sorted(a), sorted(b));
}

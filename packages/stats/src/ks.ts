/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, reproducing scipy.stats.ks_2samp (scipy 1.10,
 * `_stats_py.py`): the statistic from the two empirical CDFs, and the p-value
 * - exact when method is 'exact', or 'auto' with max(n1, n2) <= 10,000: the proportion of
 *   lattice paths from (0,0) to (n1,n2) that leave the band |x/n1 - y/n2| < D (Hodges 1958,
 *   "The significance probability of the Smirnov two-sample test", Arkiv for Matematik 3(43));
 *   for n1 == n2 the closed alternating sum of Gnedenko & Korolyuk; for n1 != n2 the "inside"
 *   recursion rewritten to carry 1 - p directly (Viehmann 2021, arXiv:2102.08037) so small
 *   p-values keep their relative accuracy;
 * - otherwise asymptotic: P(D_n >= D) for the one-sample distribution with n = round(n1 n2 / (n1 + n2)).
 * When the exact computation fails (a probability outside [0, 1]) scipy falls back to asymptotic; so do we.
 */
import { UserError } from '@cairn/core';
import { kolmogorovNSf } from './kolmogorov.ts';
import { gcd, roundHalfEven } from './special.ts';

export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsResult {
  statistic: number;
  pValue: number;
  /** Which p-value computation was used after scipy's fallback rules. */
  method: 'exact' | 'asymp';
}

const MAX_AUTO_N = 10_000;
const INT32_MAX = 2 ** 31 - 1;

/** KS test on two samples (any order; NaN must already be removed). */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>, method: KsMethod = 'auto'): KsResult {
  return ksTwoSampleSorted(Float64Array.from(a).sort(), Float64Array.from(b).sort(), method);
}

/** The largest gap between the two empirical CDFs, scipy-style: max(D+, D-) with D- clipped at 0. */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxDiff = Number.NEGATIVE_INFINITY;
  let minDiff = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    // Next distinct value in the union; advance both sides past it (searchsorted side='right').
    const ai = i < n1 ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const bj = j < n2 ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(ai, bj);
    while (i < n1 && (a[i] as number) <= v) i++;
    while (j < n2 && (b[j] as number) <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(Math.max(-minDiff, 0), 1);
  return Math.max(minS, maxDiff);
}

/** KS test on two ascending-sorted samples without NaN. */
export function ksTwoSampleSorted(a: Float64Array, b: Float64Array, method: KsMethod = 'auto'): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) {
    throw new UserError(
      `ksTwoSample needs two non-empty samples (got sizes ${n1} and ${n2}); drop empty columns first.`,
    );
  }
  return ksPValue(n1, n2, ksStatisticSorted(a, b), method);
}

/**
 * p-value of a two-sided two-sample KS statistic `d` for sample sizes n1, n2 (scipy's rules;
 * in exact mode the returned statistic is d rounded to the lattice, h / lcm(n1, n2)).
 */
export function ksPValue(n1: number, n2: number, statistic: number, method: KsMethod = 'auto'): KsResult {
  let d = statistic;
  let mode: 'exact' | 'asymp';
  const g = gcd(n1, n2);
  if (method === 'auto') mode = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
  else if (method === 'exact') mode = n1 / g >= INT32_MAX / (n2 / g) ? 'asymp' : 'exact';
  else mode = 'asymp';

  let pValue = Number.NaN;
  if (mode === 'exact') {
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) pValue = 1;
    else {
      const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
      if (p >= 0 && p <= 1) pValue = p;
      else mode = 'asymp';
    }
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    pValue = kolmogorovNSf(roundHalfEven((m * n) / (m + n)), d);
  }
  return { statistic: d, pValue: Math.min(Math.max(pValue, 0), 1), method: mode };
}

/**
 * P(D_{n,n} >= h/n) = 2 sum_{k>=1} (-1)^(k-1) C(2n, n-kh) / C(2n, n), evaluated from the innermost
 * term outwards as 2 t1 (1 - r2 (1 - r3 (...))) with r_k = t_k / t_{k-1}, so that no large
 * binomial is formed and the alternating sum does not cancel.
 */
function probOutsideSquare(n: number, h: number): number {
  let acc = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    // ratio C(2n, n-(k+1)h) / C(2n, n-kh) = prod_{j<h} (n - kh - j) / (n + kh + j + 1)
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    acc = ratio * (1 - acc);
  }
  return 2 * acc;
}

/**
 * Proportion of monotone lattice paths from (0,0) to (m,n), m >= n, that touch or cross the
 * lines |ng x - mg y| = h (mg = m/g, ng = n/g). b(x, y) is the share of paths reaching (x, y) that
 * already left the band; points outside the band have b = 1 and
 * b(x, y) = (x b(x-1, y) + y b(x, y-1)) / (x + y) inside it (normalising by C(x+y, y)).
 */
function probOutsideBand(n1: number, n2: number, g: number, h: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const mg = m / g;
  const ng = n / g;
  const b = new Float64Array(n + 1).fill(1);
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let minj = 0;
  for (let j = 0; j < maxj; j++) b[j] = 0;
  for (let x = 1; x <= m; x++) {
    const lastMin = minj;
    minj = Math.min(Math.max(Math.floor((ng * x - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * x + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    for (let j = lastMin; j < minj; j++) b[j] = 1; // fell below the band
    let prev = minj === 0 ? 0 : 1; // b(x, minj - 1): outside the band
    for (let j = minj; j < maxj; j++) {
      prev = (x * (b[j] as number) + j * prev) / (x + j);
      b[j] = prev;
    }
  }
  return b[n] as number;
}

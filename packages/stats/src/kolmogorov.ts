/**
 * Distribution of the one-sample Kolmogorov-Smirnov statistic D_n, the function scipy's
 * `kstwo.sf(d, n)` computes and `ks_2samp` uses for its asymptotic p-value (with n = round(mn/(m+n))).
 *
 * The choice of method follows Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov
 * Distribution", J. Stat. Software 39(11), 2011, with the same cut-offs scipy uses (scipy/stats/_ksstats.py):
 * - Ruben-Gambino closed forms for n d <= 1 and n d >= n - 1;
 * - 2 * Smirnov's one-sided tail (Birnbaum & Tingey 1951) for d >= 0.5 and in the upper tail;
 * - the Durbin matrix (Durbin 1968) evaluated as in Marsaglia, Tsang & Wang, J. Stat. Software 8(18), 2003;
 * - the Pelz-Good asymptotic series (Pelz & Good, JRSS B 38(2), 1976) for large n.
 * Where scipy uses Pomeranz's recursion (n <= 140) we use the Durbin matrix: both are exact.
 */
import { lnGamma } from './special.ts';

const SCALE_UP = 2 ** 128;
const SCALE_DOWN = 2 ** -128;
const PI2 = Math.PI * Math.PI;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

function clip01(p: number): number {
  return p < 0 ? 0 : Math.min(p, 1);
}

/**
 * Smirnov's one-sided survival function P(D_n^+ >= d), by the Birnbaum-Tingey sum
 * d * sum_{j=0}^{floor(n(1-d))} C(n, j) (d + j/n)^(j-1) (1 - d - j/n)^(n-j). All terms are
 * positive; each is evaluated in logarithms so that large n neither overflows nor underflows.
 */
export function smirnovSf(n: number, d: number): number {
  if (!(n > 0) || Number.isNaN(d)) return Number.NaN;
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const last = Math.floor(n * (1 - d));
  const lnD = Math.log(d);
  let lnBinom = 0; // ln C(n, j), updated incrementally
  let sum = 0;
  for (let j = 0; j <= last; j++) {
    if (j > 0) lnBinom += Math.log((n - j + 1) / j);
    const evn = d + j / n;
    const omevn = (n - j) / n - d;
    if (omevn <= 0 && j < n) continue;
    const lnTerm = lnBinom + lnD + (j - 1) * Math.log(evn) + (j < n ? (n - j) * Math.log(omevn) : 0);
    if (lnTerm > -745) sum += Math.exp(lnTerm);
  }
  return clip01(sum);
}

/** C = A * B for m x m row-major matrices. */
function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k] as number;
      if (aik === 0) continue;
      const rowB = k * m;
      const rowOut = i * m;
      for (let j = 0; j < m; j++) out[rowOut + j] = (out[rowOut + j] as number) + aik * (b[rowB + j] as number);
    }
  }
  return out;
}

function maxAbs(a: Float64Array): number {
  let best = 0;
  for (const v of a) if (Math.abs(v) > best) best = Math.abs(v);
  return best;
}

/** P(D_n < d) by the Durbin matrix: (n!/n^n) (H^n)_{k,k} with d = (k - h)/n (Marsaglia, Tsang & Wang 2003). */
export function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const H = new Float64Array(m * m);
  const invFact = new Float64Array(m + 1);
  invFact[0] = 1;
  for (let i = 1; i <= m; i++) invFact[i] = (invFact[i - 1] as number) / i;
  for (let i = 0; i < m; i++) {
    for (let j = 1; j < m; j++) if (i - j + 1 >= 0) H[i * m + j] = invFact[i - j + 1] as number;
  }
  for (let i = 0; i < m; i++) {
    const v = (1 - h ** (i + 1)) * (invFact[i + 1] as number);
    H[i * m] = v; // first column
    H[(m - 1) * m + (m - 1 - i)] = v; // last row, reversed
  }
  H[(m - 1) * m] = (1 - 2 * h ** m + Math.max(0, 2 * h - 1) ** m) * (invFact[m] as number);

  // H^n by repeated squaring, with power-of-two rescaling tracked in `expo`.
  let power: Float64Array | null = null;
  let expo = 0;
  let base: Float64Array = H;
  let baseExpo = 0;
  let e = n;
  while (e > 0) {
    if (e % 2 === 1) {
      power = power === null ? base.slice() : matmul(power, base, m);
      expo += baseExpo;
      if (maxAbs(power) > SCALE_UP) {
        for (let i = 0; i < power.length; i++) power[i] = (power[i] as number) * SCALE_DOWN;
        expo += 128;
      }
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      base = matmul(base, base, m);
      baseExpo *= 2;
      if (maxAbs(base) > SCALE_UP) {
        for (let i = 0; i < base.length; i++) base[i] = (base[i] as number) * SCALE_DOWN;
        baseExpo += 128;
      }
    }
  }
  let p = (power as Float64Array)[(k - 1) * m + (k - 1)] as number;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      expo -= 128;
    }
  }
  return clip01(p * 2 ** expo);
}

/** Pelz-Good approximation of P(D_n <= d): K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^1.5, z = d sqrt(n). */
export function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI2 / 8 / z2;
  if (qLog < -708) return 0;
  const q = Math.exp(qLog);
  const maxK = Math.ceil((16 * z) / Math.PI);
  // Sums over odd m = 2k - 1 of c_i(m) q^(m^2), for the four coefficients of K0..K3.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = maxK; k >= 1; k--) {
    const m2 = (2 * k - 1) ** 2;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const w = q ** m2;
    s0 += w;
    s1 += (-z2 + (PI2 / 4) * m2) * w;
    s2 += (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * m2) / 4 + (PI2 * PI2 * (1 - 2 * z2) * m4) / 16) * w;
    s3 +=
      (-30 * z6 -
        90 * z6 * z2 +
        (PI2 * (135 * z4 - 96 * z6) * m2) / 4 +
        (PI2 * PI2 * (-60 * z2 + 212 * z4) * m4) / 16 +
        (PI2 * PI2 * PI2 * (5 - 30 * z2) * m6) / 64) *
      w;
  }
  const k0 = (SQRT_2PI * s0) / z;
  let k1 = (SQRT_2PI * s1) / (6 * z4);
  let k2 = (SQRT_2PI * s2) / (72 * z6 * z);
  let k3 = (SQRT_2PI * s3) / (6480 * z6 * z4);
  // Terms over all integers k with e^(-pi^2 k^2 / (2 z^2)).
  const r = Math.exp(-PI2 / 2 / z2);
  let e2 = 0;
  let e3 = 0;
  for (let k = maxK; k >= 1; k--) {
    const k2sq = k * k;
    const w = r ** k2sq;
    e2 += k2sq * w;
    e3 += (3 * z2 - PI2 * k2sq) * k2sq * w;
  }
  k2 += (e2 * PI2 * SQRT_2PI) / (-36 * z2 * z);
  k3 += (e3 * PI2 * SQRT_2PI) / (216 * z6);
  k1 /= Math.sqrt(n);
  k2 /= n;
  k3 /= n * Math.sqrt(n);
  return k0 + k1 + k2 + k3;
}

/** ln(n! / n^n). */
function lnFactorialOverPower(n: number): number {
  return lnGamma(n + 1) - n * Math.log(n);
}

/** P(D_n >= d) for the two-sided one-sample statistic: scipy `kstwo.sf(d, n)`. */
export function kolmogorovNSf(n: number, d: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(d)) return Number.NaN;
  // rv_continuous support of kstwo is (1/(2n), 1): sf is 1 below it and 0 above it.
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 1) {
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(lnFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - cdf);
  }
  if (t >= n - 1) return clip01(2 * (1 - d) ** n);
  if (d >= 0.5) return clip01(2 * smirnovSf(n, d));
  const nxSquared = t * d;
  if (n <= 140) {
    if (nxSquared <= 4) return clip01(1 - durbinCdf(n, d));
    return clip01(2 * smirnovSf(n, d));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip01(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return clip01(1 - cdf);
}

/** Kolmogorov's limiting distribution: P(sqrt(n) D_n > x) as n -> infinity (scipy.special.kolmogorov). */
export function kolmogorovSf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0.040611972203751713) return 1;
  if (x <= 0.82) {
    // 1 - sqrt(2 pi)/x * sum_{k>=1} exp(-(2k-1)^2 pi^2 / (8 x^2))
    const a = -PI2 / (8 * x * x);
    let sum = 0;
    for (let k = 1; k < 100; k += 2) {
      const term = Math.exp(a * k * k);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return clip01(1 - (SQRT_2PI / x) * sum);
  }
  // 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 x^2)
  let sum = 0;
  let sign = 1;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * x * x);
    sum += sign * term;
    sign = -sign;
    if (term < 1e-17 * Math.abs(sum)) break;
  }
  return clip01(2 * sum);
}

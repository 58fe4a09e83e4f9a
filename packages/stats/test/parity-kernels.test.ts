/**
 * Parity with scipy on generated inputs: special functions, KS (exact and asymptotic),
 * chi-square, Wasserstein and energy distance. Statistics to 1e-9 relative; p-values to 1e-9
 * relative or 1e-12 absolute. Fails (never skips) without /usr/bin/python3 + scipy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chiSquare,
  chiSquareSf,
  energyDistance,
  erfc,
  histogramSorted,
  kolmogorovNSf,
  kolmogorovSf,
  ksTwoSample,
  lnGamma,
  normalCdf,
  regularizedGammaQ,
  smirnovSf,
  sturgesEdges,
  wasserstein,
} from '../src/index.ts';
import { close, decodeNumber, encodeNumbers, type OracleResult, requireScipy, runOracle } from './oracle.ts';
import { Random } from './random.ts';

type Case = Record<string, unknown> & { id: string };

interface Check {
  id: string;
  label: string;
  ours: Record<string, number>;
  /** Absolute tolerance per field (p-values 1e-12; statistics tighter). */
  abs: Record<string, number>;
}

const cases: Case[] = [];
const checks: Check[] = [];
let results = new Map<string, OracleResult>();
let oracleError: Error | null = null;

function special(fn: string, args: number[], ours: number): void {
  const id = `special-${cases.length}`;
  cases.push({ id, op: 'special', fn, args });
  checks.push({ id, label: `${fn}(${args.join(', ')})`, ours: { value: ours }, abs: { value: 1e-12 } });
}

// Special functions over their ranges, tails included.
for (const x of [1e-8, 0.01, 0.3, 0.4999, 0.5, 0.9, 1, 1.5, 2, 3.3, 5, 8, 12, 20, 26.5, -0.7, -3]) {
  special('erfc', [x], erfc(x));
}
for (const x of [-38, -20, -8.3, -5, -1.2, -0.3, 0, 0.2, 0.7, 1, 2.5, 6, 9]) special('ndtr', [x], normalCdf(x));
for (const x of [0.001, 0.5, 1, 1.5, 2.5, 3, 7.5, 10, 15, 33.3, 100, 171.5, 1000, 1e5])
  special('gammaln', [x], lnGamma(x));
for (const [x, k] of [
  [0.1, 1],
  [3.84, 1],
  [50, 1],
  [700, 1],
  [5.99, 2],
  [0.5, 3],
  [7.8, 3],
  [60, 4],
  [2000, 4],
  [9, 10],
  [150, 99],
  [90, 120],
  [1200, 999],
] as const) {
  special('chi2_sf', [x, k], chiSquareSf(x, k));
}
for (const [a, x] of [
  [0.5, 0.01],
  [0.5, 30],
  [3, 2.9],
  [50, 49],
  [500, 530],
] as const) {
  special('gammaincc', [a, x], regularizedGammaQ(a, x));
}
for (const n of [1, 2, 3, 7, 20, 60, 140, 141, 400, 1000, 5000, 25_000]) {
  for (const z of [0.3, 0.55, 0.8, 1, 1.22, 1.5, 2.2, 3, 5]) {
    const d = Math.min(z / Math.sqrt(n), 0.9999);
    special('kstwo_sf', [d, n], kolmogorovNSf(n, d));
  }
  for (const d of [0.5 / n, 1 / n, 0.5, 0.75, (n - 1) / n]) special('kstwo_sf', [d, n], kolmogorovNSf(n, d));
}

for (const x of [0.03, 0.05, 0.2, 0.5, 0.81, 0.83, 1, 1.36, 2, 3, 5, 8]) special('kolmogorov', [x], kolmogorovSf(x));
for (const [n, d] of [
  [1, 0.3],
  [5, 0.1],
  [20, 0.35],
  [100, 0.05],
  [100, 0.2],
  [1000, 0.01],
  [1000, 0.06],
  [20_000, 0.012],
] as const) {
  special('smirnov', [n, d], smirnovSf(n, d));
}

const rng = new Random(20260601);

function ksCase(label: string, a: Float64Array, b: Float64Array, method: 'auto' | 'exact' | 'asymp' = 'auto'): void {
  const id = `ks-${cases.length}`;
  cases.push({ id, op: 'ks', a: encodeNumbers(a), b: encodeNumbers(b), method });
  const r = ksTwoSample(a, b, method);
  checks.push({
    id,
    label: `ks ${label} (${a.length} vs ${b.length})`,
    ours: { statistic: r.statistic, pValue: r.pValue },
    abs: { statistic: 1e-15, pValue: 1e-12 },
  });
}

// Exact region: equal and unequal sizes, ties, heavy tails, identical and disjoint samples.
ksCase('tiny', Float64Array.of(1), Float64Array.of(2));
ksCase('one vs five', Float64Array.of(0.5), rng.normals(5));
ksCase('equal n', rng.normals(40), rng.normals(40, 0.5));
ksCase('equal n far', rng.normals(300), rng.normals(300, 1.5));
ksCase('unequal', rng.normals(37), rng.normals(53, 0.3));
ksCase('ties', rng.ints(500, 0, 10), rng.ints(700, 0, 11));
ksCase('heavy tails', rng.cauchys(800), rng.cauchys(650, 1.4));
ksCase('identical', Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 2, 3, 4));
ksCase('disjoint', rng.normals(60), rng.normals(45, 100));
ksCase('constant both', new Float64Array(30).fill(7), new Float64Array(20).fill(7));
ksCase('constant vs spread', new Float64Array(30).fill(0), rng.normals(25));
ksCase('max exact unequal', rng.normals(10_000), rng.normals(9_999, 0.02));
ksCase('max exact equal', rng.normals(10_000), rng.normals(10_000, 0.03));
ksCase('mid sizes', rng.normals(999), rng.normals(4_321, 0.1));
// Asymptotic region (max size > 10,000) with small to large effective n.
ksCase('asymp n_eff 50', rng.normals(12_000), rng.normals(50, 0.2));
ksCase('asymp n_eff 140', rng.normals(12_000), rng.normals(141, 0.1));
ksCase('asymp n_eff 300', rng.normals(20_000), rng.normals(300, 0.05));
ksCase('asymp ref 1000', rng.normals(1_000), rng.normals(30_000, 0.1));
ksCase('asymp drifted', rng.normals(1_000), rng.normals(15_000, 0.6));
ksCase('asymp huge', rng.normals(50_000), rng.normals(50_000, 0.01));
ksCase('asymp huge drift', rng.cauchys(50_000), rng.cauchys(40_000, 1.05));
ksCase('explicit asymp', rng.normals(200), rng.normals(300, 0.2), 'asymp');
ksCase('explicit exact', rng.normals(200), rng.normals(12_000, 0.2), 'exact');
for (let i = 0; i < 25; i++) {
  const n1 = rng.int(1, 300);
  const n2 = rng.int(1, 300);
  const shift = rng.pick([0, 0.1, 0.5, 2]);
  const gen = rng.pick(['normal', 'ints', 'cauchy'] as const);
  const make = (n: number, s: number) =>
    gen === 'normal' ? rng.normals(n, s) : gen === 'ints' ? rng.ints(n, 0, 6 + Math.round(s)) : rng.cauchys(n, 1 + s);
  ksCase(`random ${gen}`, make(n1, 0), make(n2, shift));
}

function pairCase(op: 'wasserstein' | 'energy', a: Float64Array, b: Float64Array): void {
  const id = `${op}-${cases.length}`;
  cases.push({ id, op, a: encodeNumbers(a), b: encodeNumbers(b) });
  const value = op === 'wasserstein' ? wasserstein(a, b) : energyDistance(a, b);
  checks.push({ id, label: `${op} ${a.length} vs ${b.length}`, ours: { value }, abs: { value: 1e-15 } });
}
for (const [a, b] of [
  [Float64Array.of(3), Float64Array.of(3)],
  [Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)],
  [rng.normals(500), rng.normals(800, 0.4)],
  [rng.ints(2_000, 0, 4), rng.ints(3_000, 0, 5)],
  [rng.cauchys(5_000), rng.cauchys(5_000, 2)],
  [rng.normals(50_000), rng.normals(50_000, 0.05)],
] as const) {
  pairCase('wasserstein', a, b);
  pairCase('energy', a, b);
}

for (let i = 0; i < 20; i++) {
  const k = rng.int(2, 30);
  const observed = Float64Array.from({ length: k }, () => rng.int(0, 500));
  const total = observed.reduce((s, v) => s + v, 0) || 1;
  const weights = Float64Array.from({ length: k }, () => rng.next() + 0.01);
  const wsum = weights.reduce((s, v) => s + v, 0);
  const expected = weights.map((w) => (w / wsum) * total);
  if (observed.every((v) => v === 0)) observed[0] = 1;
  const id = `chisquare-${cases.length}`;
  cases.push({ id, op: 'chisquare', observed: encodeNumbers(observed), expected: encodeNumbers(expected) });
  const r = chiSquare(observed, expected);
  checks.push({
    id,
    label: `chisquare k=${k}`,
    ours: { statistic: r.statistic, pValue: r.pValue },
    abs: { statistic: 1e-15, pValue: 1e-12 },
  });
}

// Sturges edges and histogram counts, including sizes where log2(n) + 1 is an integer.
const binCases: { id: string; edges: Float64Array; counts: Float64Array; label: string }[] = [];
for (const [n1, n2] of [
  [512, 512],
  [1024, 1024],
  [3000, 1096],
  [700, 300],
  [1001, 47],
  [64, 64],
] as const) {
  for (const gen of ['normal', 'ints', 'cauchy'] as const) {
    const make = (n: number) =>
      gen === 'normal' ? rng.normals(n, 3, 7) : gen === 'ints' ? rng.ints(n, -5, 90) : rng.cauchys(n);
    const a = make(n1).sort();
    const b = make(n2).sort();
    const id = `sturges-${cases.length}`;
    cases.push({ id, op: 'sturges', a: encodeNumbers(a), b: encodeNumbers(b) });
    const edges = sturgesEdges(a, b);
    binCases.push({ id, edges, counts: histogramSorted(a, edges), label: `sturges ${gen} ${n1}+${n2}` });
  }
}

describe('parity with scipy', () => {
  beforeAll(() => {
    oracleError = null;
    try {
      requireScipy();
    } catch (error) {
      // Reported by every test below as a failure (a throwing beforeAll would only mark them skipped).
      oracleError = error as Error;
      return;
    }
    results = runOracle(cases);
  });

  it('matches scipy on every generated case', () => {
    if (oracleError) throw oracleError;
    const failures: string[] = [];
    for (const check of checks) {
      const expected = results.get(check.id);
      if (!expected) {
        failures.push(`${check.label}: no oracle result`);
        continue;
      }
      if (typeof expected.error === 'string') {
        failures.push(`${check.label}: oracle error ${expected.error}`);
        continue;
      }
      for (const [field, ours] of Object.entries(check.ours)) {
        const want = decodeNumber(expected[field]);
        if (!close(ours, want, 1e-9, check.abs[field] ?? 1e-12)) {
          failures.push(`${check.label} ${field}: ours ${ours}, scipy ${want}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checks.length).toBeGreaterThan(250);
  });

  it('bins exactly as numpy: same Sturges edges (bitwise) and histogram counts', () => {
    if (oracleError) throw oracleError;
    for (const c of binCases) {
      const want = results.get(c.id);
      if (!want || want.error !== undefined) throw new Error(`${c.label}: no oracle result (${String(want?.error)})`);
      expect(Array.from(c.edges), c.label).toEqual((want.edges as unknown[]).map(decodeNumber));
      expect(Array.from(c.counts), c.label).toEqual(want.counts);
    }
  });
});

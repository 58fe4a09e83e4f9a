/**
 * Whole per-column verdicts against a pandas + scipy reference implementation of Evidently's
 * legacy rules (test/oracle/scipy_oracle.py, op "evidently"): cleaning, test choice by n_ref and
 * n_unique, binning, thresholds. Same method, same score (1e-9 relative / 1e-12 absolute), same
 * drift flag, on generated columns. Fails (never skips) without /usr/bin/python3 + scipy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type ColumnDriftResult, type DriftMethod, driftColumn } from '../src/index.ts';
import { close, decodeNumber, encodeNumbers, type OracleResult, requireScipy, runOracle } from './oracle.ts';
import { Random } from './random.ts';

interface Column {
  id: string;
  label: string;
  type: 'numeric' | 'categorical';
  reference: Float64Array | (string | null)[];
  current: Float64Array | (string | null)[];
  method?: DriftMethod;
}

const rng = new Random(4242);
const columns: Column[] = [];

function num(label: string, reference: Float64Array, current: Float64Array, method?: DriftMethod): void {
  const c: Column = { id: `col-${columns.length}`, label, type: 'numeric', reference, current };
  if (method) c.method = method;
  columns.push(c);
}
function cat(label: string, reference: (string | null)[], current: (string | null)[], method?: DriftMethod): void {
  const c: Column = { id: `col-${columns.length}`, label, type: 'categorical', reference, current };
  if (method) c.method = method;
  columns.push(c);
}

function withMissing(values: Float64Array, share: number): Float64Array {
  return values.map((v) => {
    const u = rng.next();
    if (u < share / 2) return Number.NaN;
    if (u < share * 0.6) return rng.pick([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    return v;
  });
}

// Default test choice across the size and cardinality boundaries.
for (const nRef of [8, 60, 400, 1000, 1001, 2500]) {
  const nCur = rng.pick([7, 90, 500, 1500, 3000]);
  for (const shift of [0, 0.15, 1]) {
    num(`continuous n_ref=${nRef} shift=${shift}`, rng.normals(nRef), rng.normals(nCur, shift));
  }
  num(`5 values n_ref=${nRef}`, rng.ints(nRef, 0, 4), rng.ints(nCur, 0, 4));
  num(`4 values drifted n_ref=${nRef}`, rng.ints(nRef, 0, 3), rng.ints(nCur, 1, 3));
  num(`2 values n_ref=${nRef}`, rng.ints(nRef, 0, 1), rng.ints(nCur, 0, 1));
  num(`6 values n_ref=${nRef}`, rng.ints(nRef, 0, 5), rng.ints(nCur, 0, 5));
  num(`15 values n_ref=${nRef}`, rng.ints(nRef, 0, 14), rng.ints(nCur, 2, 16));
  num(`heavy tails n_ref=${nRef}`, rng.cauchys(nRef), rng.cauchys(nCur, 1.3));
  num(`missing and inf n_ref=${nRef}`, withMissing(rng.normals(nRef), 0.2), withMissing(rng.normals(nCur, 0.2), 0.3));
  cat(`3 categories n_ref=${nRef}`, rng.categories(nRef, 3), rng.categories(nCur, 3, 0.6));
  cat(`8 categories n_ref=${nRef}`, rng.categories(nRef, 8), rng.categories(nCur, 8, 0.75));
  cat(`2 categories n_ref=${nRef}`, rng.categories(nRef, 2), rng.categories(nCur, 2, 0.5));
  cat(`new category in current n_ref=${nRef}`, rng.categories(nRef, 3), [...rng.categories(nCur, 3), 'brand-new']);
  cat(`category only in reference n_ref=${nRef}`, [...rng.categories(nRef, 4), 'gone'], rng.categories(nCur, 4));
  cat(
    `with nulls n_ref=${nRef}`,
    rng.categories(nRef, 5).map((v) => (rng.next() < 0.1 ? null : v)),
    rng.categories(nCur, 5),
  );
}

// Constant columns and single distinct values.
num('constant same', new Float64Array(50).fill(3), new Float64Array(70).fill(3));
num('constant different', new Float64Array(50).fill(3), new Float64Array(70).fill(4));
num('constant large same', new Float64Array(1500).fill(1), new Float64Array(900).fill(1));
cat('one category both', Array(40).fill('a'), Array(30).fill('a'));
cat('one category each', Array(40).fill('a'), Array(30).fill('b'));
cat('one category large', Array(1200).fill('x'), Array(800).fill('x'));

// Every method chosen explicitly, on numeric and categorical columns.
const numericMethods: DriftMethod[] = ['ks', 'wasserstein', 'jensenshannon', 'psi', 'kl', 'hellinger', 'energy'];
for (const method of numericMethods) {
  num(`${method} continuous`, rng.normals(700), rng.normals(900, 0.2), method);
  num(`${method} continuous large`, rng.normals(5000), rng.normals(4000, 0.05), method);
  num(`${method} few values`, rng.ints(600, 0, 7), rng.ints(800, 0, 9), method);
  num(`${method} heavy tails`, rng.cauchys(2000), rng.cauchys(2000, 1.2), method);
}
for (const method of ['chisquare', 'z'] as const)
  num(`${method} explicit`, rng.ints(300, 0, 1), rng.ints(400, 0, 1), method);
for (const method of ['chisquare', 'jensenshannon', 'psi', 'kl', 'hellinger'] as const) {
  cat(`${method} categorical`, rng.categories(3000, 6), rng.categories(2000, 7, 0.6), method);
  cat(`${method} categorical one-sided`, rng.categories(800, 3), [...rng.categories(500, 3), 'z', 'z'], method);
}

// Random columns: sizes from 1 to 3000 on each side, any generator, sometimes an explicit method.
const allMethods: DriftMethod[] = [
  'ks',
  'wasserstein',
  'energy',
  'chisquare',
  'z',
  'jensenshannon',
  'psi',
  'kl',
  'hellinger',
];
for (let i = 0; i < 40; i++) {
  const size = () => Math.max(1, Math.round(Math.exp(rng.next() * Math.log(3000))));
  const nRef = size();
  const nCur = size();
  const shift = rng.pick([0, 0, 0.1, 0.5]);
  if (rng.next() < 0.6) {
    const gen = rng.pick(['normal', 'few', 'wide', 'cauchy'] as const);
    const make = (n: number, s: number) =>
      gen === 'normal'
        ? rng.normals(n, s)
        : gen === 'few'
          ? rng.ints(n, 0, 1 + rng.int(0, 4))
          : gen === 'wide'
            ? rng.ints(n, 0, 40)
            : rng.cauchys(n, 1 + s);
    const method = rng.next() < 0.4 ? rng.pick(allMethods.filter((m) => m !== 'chisquare' && m !== 'z')) : undefined;
    num(`random numeric ${gen} ${nRef}/${nCur}`, withMissing(make(nRef, 0), 0.05), make(nCur, shift), method);
  } else {
    const k = rng.int(1, 12);
    const method =
      rng.next() < 0.4 ? rng.pick(['chisquare', 'jensenshannon', 'psi', 'kl', 'hellinger'] as const) : undefined;
    const chosen = method === 'chisquare' && k < 2 ? undefined : method;
    cat(
      `random categorical k=${k} ${nRef}/${nCur}`,
      rng.categories(nRef, k),
      rng.categories(nCur, k, 0.7 - shift / 2),
      chosen,
    );
  }
}

// Columns that cannot be tested.
num('reference all missing', new Float64Array(20).fill(Number.NaN), rng.normals(20));
num('current all infinite', rng.normals(20), new Float64Array(10).fill(Number.POSITIVE_INFINITY));
cat('current all null', rng.categories(30, 3), Array(12).fill(null));

let results = new Map<string, OracleResult>();
let oracleError: Error | null = null;
const ours = new Map<string, ColumnDriftResult>();

describe('Evidently verdicts (pandas + scipy reference)', () => {
  beforeAll(() => {
    oracleError = null;
    try {
      requireScipy();
    } catch (error) {
      // Reported by every test below as a failure (a throwing beforeAll would only mark them skipped).
      oracleError = error as Error;
      return;
    }
    results = runOracle(
      columns.map((c) => ({
        id: c.id,
        op: 'evidently',
        type: c.type === 'numeric' ? 'num' : 'cat',
        reference: c.reference instanceof Float64Array ? encodeNumbers(c.reference) : c.reference,
        current: c.current instanceof Float64Array ? encodeNumbers(c.current) : c.current,
        method: c.method ?? null,
      })),
    );
    for (const c of columns) {
      ours.set(
        c.id,
        driftColumn(
          { name: c.label, type: c.type, reference: c.reference, current: c.current },
          c.method ? { method: c.method } : {},
        ),
      );
    }
  });

  it('chooses the same test, score and drift flag for every generated column', () => {
    if (oracleError) throw oracleError;
    const failures: string[] = [];
    const methodsSeen = new Set<string>();
    for (const c of columns) {
      const want = results.get(c.id);
      const got = ours.get(c.id);
      if (!want || !got) throw new Error(`missing result for ${c.label}`);
      if (typeof want.error === 'string') {
        failures.push(`${c.label}: oracle error ${want.error}`);
        continue;
      }
      if (want.skipped === true) {
        if (got.skipped === null) failures.push(`${c.label}: Evidently cannot test it, we tested it`);
        continue;
      }
      if (got.skipped !== null) {
        failures.push(`${c.label}: skipped (${got.skipped})`);
        continue;
      }
      methodsSeen.add(`${c.type}:${got.method}`);
      if (got.method !== want.method) failures.push(`${c.label}: method ${got.method}, Evidently ${want.method}`);
      const score = decodeNumber(want.score);
      if (!close(got.score as number, score)) failures.push(`${c.label}: score ${got.score}, Evidently ${score}`);
      const statistic = decodeNumber(want.statistic);
      if (!close(got.statistic as number, statistic, 1e-9, 1e-14)) {
        failures.push(`${c.label}: statistic ${got.statistic}, Evidently ${statistic}`);
      }
      if (got.drift !== want.drift) failures.push(`${c.label}: drift ${got.drift}, Evidently ${String(want.drift)}`);
    }
    expect(failures).toEqual([]);
    // The generated set reaches every default branch and every method.
    for (const m of ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl', 'hellinger', 'energy']) {
      expect([...methodsSeen].some((s) => s.endsWith(`:${m}`))).toBe(true);
    }
    expect(methodsSeen.has('categorical:chisquare') && methodsSeen.has('categorical:z')).toBe(true);
  });

  it('reports untestable columns as skipped with a reason', () => {
    if (oracleError) throw oracleError;
    const skipped = columns.filter((c) => ours.get(c.id)?.skipped !== null).map((c) => ours.get(c.id)?.skipped);
    expect(skipped).toEqual([
      'not tested: every reference value is missing',
      'not tested: every current value is infinite',
      'not tested: every current value is missing',
    ]);
  });
});

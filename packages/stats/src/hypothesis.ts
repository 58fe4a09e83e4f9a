/** Chi-square goodness of fit and the two-proportion Z-test, as Evidently's legacy stattests run them. */
import { UserError } from '@cairn/core';
import { chiSquareSf, normalCdf } from './special.ts';
import { Accumulator } from './sums.ts';

export interface TestResult {
  statistic: number;
  pValue: number;
}

/**
 * Pearson chi-square test of observed against expected counts (scipy.stats.chisquare):
 * statistic sum (obs - exp)^2 / exp, p = chi2.sf(statistic, k - 1). An expected count of 0 with
 * observations gives statistic +inf and p 0; k = 1 gives p NaN (no degrees of freedom), as scipy.
 */
export function chiSquare(observed: ArrayLike<number>, expected: ArrayLike<number>): TestResult {
  if (observed.length !== expected.length || observed.length === 0) {
    throw new UserError(
      `chiSquare needs observed and expected counts of the same non-zero length (got ${observed.length} and ${expected.length}).`,
    );
  }
  const acc = new Accumulator();
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i] as number;
    const e = expected[i] as number;
    acc.add(((o - e) * (o - e)) / e);
  }
  const statistic = acc.value;
  return { statistic, pValue: chiSquareSf(statistic, observed.length - 1) };
}

/**
 * Evidently's chi-square drift test: for each key of the union, f_exp = ref_count * n_cur / n_ref
 * and f_obs = cur_count.
 */
export function chiSquareCounts(
  refCounts: Float64Array,
  curCounts: Float64Array,
  nRef: number,
  nCur: number,
): TestResult {
  const k = nCur / nRef;
  return chiSquare(
    curCounts,
    refCounts.map((c) => c * k),
  );
}

/**
 * Two-proportion Z-test with a pooled proportion (Evidently `proportions_diff_z_stat_ind`):
 * `refOnes` and `curOnes` count the rows that are not the first (smallest) key.
 * p = 2 (1 - Phi(|z|)). `identicalConstant` (one same value on both sides) gives p = 1.
 */
export function zTestProportions(refOnes: number, nRef: number, curOnes: number, nCur: number): TestResult {
  const p1 = refOnes / nRef;
  const p2 = curOnes / nCur;
  const pooled = (p1 * nRef + p2 * nCur) / (nRef + nCur);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / nRef + 1 / nCur));
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

/**
 * Z-test on two categorical samples given as counts per key. Keys are sorted; the first key
 * maps to 0 and every other key to 1 (Evidently). Both sides one identical value: p = 1.
 */
export function zTestCounts(keys: readonly (string | number)[], ref: Float64Array, cur: Float64Array): TestResult {
  const refPresent = keys.filter((_, i) => (ref[i] as number) > 0);
  const curPresent = keys.filter((_, i) => (cur[i] as number) > 0);
  if (refPresent.length === 1 && curPresent.length === 1 && refPresent[0] === curPresent[0]) {
    return { statistic: 0, pValue: 1 };
  }
  let first = 0;
  for (let i = 1; i < keys.length; i++) if ((keys[i] as string | number) < (keys[first] as string | number)) first = i;
  let nRef = 0;
  let nCur = 0;
  for (let i = 0; i < keys.length; i++) {
    nRef += ref[i] as number;
    nCur += cur[i] as number;
  }
  return zTestProportions(nRef - (ref[first] as number), nRef, nCur - (cur[first] as number), nCur);
}

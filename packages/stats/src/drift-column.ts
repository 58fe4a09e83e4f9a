/**
 * Drift of one column: Evidently's legacy defaults (test choice, binning, thresholds), plus
 * options beyond them (method, threshold, bins, quantile bins, null-share drift). See docs/adr/0003.
 */
import { UserError } from '@cairn/core';
import {
  categoryCounts,
  distinctSorted,
  distinctUnionSorted,
  equalWidthEdges,
  fillEmpty,
  histogramSorted,
  quantileEdges,
  shares,
  sturgesEdges,
  valueCountsSorted,
} from './binning.ts';
import { energyDistanceSorted, wassersteinNormedSorted } from './distances.ts';
import { hellinger, jensenShannon, kl, psi } from './divergences.ts';
import { chiSquareCounts, zTestCounts, zTestProportions } from './hypothesis.ts';
import { ksTwoSampleSorted } from './ks.ts';
import { type ColumnType, type DriftMethod, defaultMethod, isDrift, isDriftMethod, METHOD_INFO } from './methods.ts';
import {
  type CategoricalSide,
  type ColumnValues,
  type NumericSide,
  prepareCategorical,
  prepareNumeric,
  type SideCounts,
} from './prepare.ts';

export type Binning = 'auto' | 'sturges' | 'equal-width' | 'quantile';

export interface ColumnDriftOptions {
  /** Test to run; default: Evidently's choice by reference size and distinct values. */
  method?: DriftMethod;
  /** Threshold for the method; default: the method's (0.05 for p-values, 0.1 for distances). */
  threshold?: number;
  /** Number of bins for PSI/KL/JS/Hellinger on numeric columns; setting it implies equal-width bins. */
  bins?: number;
  /**
   * 'auto' (Evidently: one bucket per value when <= 20 distinct reference values, else Sturges),
   * 'sturges', 'equal-width' (`bins`, default 10) or 'quantile' (reference quantiles, `bins` default 10).
   */
  binning?: Binning;
  /** Also call drift when the share of missing values changed (two-proportion Z-test p < 0.05). */
  nullShareDrift?: boolean;
  /** p-value threshold of the null-share test (default 0.05). */
  nullShareThreshold?: number;
}

export interface NullShareResult {
  reference: number;
  current: number;
  pValue: number;
  threshold: number;
  drift: boolean;
}

export interface ColumnDriftResult {
  name: string;
  type: ColumnType;
  method: DriftMethod | null;
  statistic: number | null;
  score: number | null;
  threshold: number | null;
  drift: boolean;
  reference: SideCounts;
  current: SideCounts;
  /** Why the column was not tested, or null when it was. */
  skipped: string | null;
  nullShare?: NullShareResult;
}

function checkOptions(name: string, options: ColumnDriftOptions): void {
  if (options.method !== undefined && !isDriftMethod(options.method)) {
    throw new UserError(`column "${name}": unknown drift method "${String(options.method)}".`);
  }
  if (options.threshold !== undefined && !(options.threshold >= 0)) {
    throw new UserError(`column "${name}": drift threshold must be a number >= 0, got ${options.threshold}.`);
  }
  if (options.bins !== undefined && !(Number.isInteger(options.bins) && options.bins >= 1)) {
    throw new UserError(`column "${name}": bins must be a positive integer, got ${options.bins}.`);
  }
}

/** Share of missing values on each side and a two-proportion Z-test on them. */
export function nullShare(ref: SideCounts, cur: SideCounts, threshold: number): NullShareResult {
  const reference = ref.count === 0 ? 0 : ref.nulls / ref.count;
  const current = cur.count === 0 ? 0 : cur.nulls / cur.count;
  let pValue = 1;
  if (ref.count > 0 && cur.count > 0 && reference !== current) {
    pValue = zTestProportions(ref.nulls, ref.count, cur.nulls, cur.count).pValue;
  }
  return { reference, current, pValue, threshold, drift: pValue < threshold };
}

interface Scored {
  statistic: number;
  score: number;
}

/** Shares of both sides over the same bins for a numeric column. */
function numericShares(ref: Float64Array, cur: Float64Array, options: ColumnDriftOptions, forceBins: boolean) {
  let binning: Binning = options.binning ?? (options.bins !== undefined ? 'equal-width' : 'auto');
  if (binning === 'auto' && forceBins) binning = 'sturges';
  if (binning === 'auto' && distinctSorted(ref) <= 20) {
    const counts = valueCountsSorted(ref, cur);
    return { ref: shares(counts.ref, ref.length), cur: shares(counts.cur, cur.length) };
  }
  const edges =
    binning === 'quantile'
      ? quantileEdges(ref, cur, options.bins ?? 10)
      : binning === 'equal-width'
        ? equalWidthEdges(ref, cur, options.bins ?? 10)
        : sturgesEdges(ref, cur);
  return {
    ref: shares(histogramSorted(ref, edges), ref.length),
    cur: shares(histogramSorted(cur, edges), cur.length),
  };
}

function scoreNumeric(method: DriftMethod, ref: Float64Array, cur: Float64Array, options: ColumnDriftOptions): Scored {
  switch (method) {
    case 'ks': {
      const r = ksTwoSampleSorted(ref, cur);
      return { statistic: r.statistic, score: r.pValue };
    }
    case 'wasserstein': {
      const w = wassersteinNormedSorted(ref, cur);
      return { statistic: w, score: w };
    }
    case 'energy': {
      const e = energyDistanceSorted(ref, cur);
      return { statistic: e, score: e };
    }
    case 'chisquare':
    case 'z': {
      const counts = valueCountsSorted(ref, cur);
      const r =
        method === 'chisquare'
          ? chiSquareCounts(counts.ref, counts.cur, ref.length, cur.length)
          : zTestCounts(
              Array.from(counts.ref, (_, i) => i),
              counts.ref,
              counts.cur,
            );
      return { statistic: r.statistic, score: r.pValue };
    }
    default:
      return scoreShares(method, numericShares(ref, cur, options, method === 'hellinger'));
  }
}

function scoreShares(method: DriftMethod, s: { ref: Float64Array; cur: Float64Array }): Scored {
  let value: number;
  if (method === 'jensenshannon') value = jensenShannon(s.ref, s.cur);
  else if (method === 'psi') value = psi(fillEmpty(s.ref), fillEmpty(s.cur));
  else if (method === 'kl') value = kl(fillEmpty(s.ref), fillEmpty(s.cur));
  else value = hellinger(s.ref, s.cur);
  return { statistic: value, score: value };
}

function scoreCategorical(method: DriftMethod, ref: CategoricalSide, cur: CategoricalSide): Scored {
  const counts = categoryCounts(ref.counts, cur.counts);
  if (method === 'chisquare') {
    const r = chiSquareCounts(counts.ref, counts.cur, ref.n, cur.n);
    return { statistic: r.statistic, score: r.pValue };
  }
  if (method === 'z') {
    const r = zTestCounts(counts.keys, counts.ref, counts.cur);
    return { statistic: r.statistic, score: r.pValue };
  }
  return scoreShares(method, { ref: shares(counts.ref, ref.n), cur: shares(counts.cur, cur.n) });
}

export interface ColumnInput {
  name: string;
  /** Default: numeric for Float64Array / number arrays, categorical for string arrays. */
  type?: ColumnType;
  reference: ColumnValues;
  current: ColumnValues;
}

/** The type a column defaults to from its values: numbers are numeric, strings categorical. */
export function valuesType(values: ColumnValues): ColumnType {
  if (values instanceof Float64Array) return 'numeric';
  for (const v of values) if (v !== null && v !== undefined) return typeof v === 'number' ? 'numeric' : 'categorical';
  return 'categorical';
}

function sideCounts(values: ColumnValues): SideCounts {
  let nulls = 0;
  for (const v of values) if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) nulls++;
  return { count: values.length, nulls };
}

/**
 * Drift of one column between a reference and a current sample. Data that cannot be tested is
 * skipped with a reason; only invalid options, or strings in a column declared numeric, throw UserError.
 */
export function driftColumn(column: ColumnInput, options: ColumnDriftOptions = {}): ColumnDriftResult {
  const { name } = column;
  checkOptions(name, options);
  const type = column.type ?? valuesType(column.reference);
  const base = {
    name,
    type,
    method: null,
    statistic: null,
    score: null,
    threshold: null,
    drift: false,
  } as const;
  if (type === 'text' || type === 'datetime') {
    const reason =
      type === 'text'
        ? 'not tested: text column (more distinct values than half its rows)'
        : 'not tested: datetime column';
    return { ...base, reference: sideCounts(column.reference), current: sideCounts(column.current), skipped: reason };
  }
  let ref: NumericSide | CategoricalSide;
  let cur: NumericSide | CategoricalSide;
  if (type === 'numeric') {
    const r = column.reference;
    const c = column.current;
    if (!isNumericValues(r) || !isNumericValues(c)) {
      throw new UserError(
        `column "${name}" is declared numeric but holds strings; pass a Float64Array (NaN for missing).`,
      );
    }
    ref = prepareNumeric(r);
    cur = prepareNumeric(c);
  } else {
    ref = prepareCategorical(column.reference as readonly (string | number | null)[]);
    cur = prepareCategorical(column.current as readonly (string | number | null)[]);
  }
  return driftSides(name, type, ref, cur, options);
}

/**
 * Drift of one column from already-cleaned sides (sorted numeric values or category counts), so
 * that callers holding a profile instead of raw values run the same code.
 */
export function driftSides(
  name: string,
  type: 'numeric' | 'categorical',
  ref: NumericSide | CategoricalSide,
  cur: NumericSide | CategoricalSide,
  options: ColumnDriftOptions = {},
): ColumnDriftResult {
  checkOptions(name, options);
  const base = { name, type, method: null, statistic: null, score: null, threshold: null, drift: false } as const;
  const counts = { reference: { count: ref.count, nulls: ref.nulls }, current: { count: cur.count, nulls: cur.nulls } };
  const ns = nullShare(counts.reference, counts.current, options.nullShareThreshold ?? 0.05);
  const nRef = ref.kind === 'numeric' ? ref.sorted.length : ref.n;
  const nCur = cur.kind === 'numeric' ? cur.sorted.length : cur.n;
  const emptyReason = emptySideReason(ref, cur, nRef, nCur);
  if (emptyReason !== null) return { ...base, ...counts, skipped: emptyReason, nullShare: ns };

  const nUnique =
    ref.kind === 'numeric' && cur.kind === 'numeric'
      ? distinctUnionSorted(ref.sorted, cur.sorted)
      : categoryCounts((ref as CategoricalSide).counts, (cur as CategoricalSide).counts).keys.length;
  const method = options.method ?? defaultMethod(type, nRef, nUnique);
  const info = METHOD_INFO[method];
  if (type === 'categorical' && !info.categorical) {
    return { ...base, ...counts, skipped: `not tested: ${method} applies to numeric columns only`, nullShare: ns };
  }
  const scored =
    ref.kind === 'numeric' && cur.kind === 'numeric'
      ? scoreNumeric(method, ref.sorted, cur.sorted, options)
      : scoreCategorical(method, ref as CategoricalSide, cur as CategoricalSide);
  const threshold = options.threshold ?? info.threshold;
  let drift = isDrift(method, scored.score, threshold);
  if (options.nullShareDrift === true && ns.drift) drift = true;
  return { ...base, method, ...scored, threshold, drift, ...counts, skipped: null, nullShare: ns };
}

function isNumericValues(values: ColumnValues): values is Float64Array | readonly (number | null)[] {
  if (values instanceof Float64Array) return true;
  for (const v of values) if (v !== null && v !== undefined) return typeof v === 'number';
  return true;
}

/** Why a column cannot be tested (a side empty after cleaning), or null. */
export function emptySideReason(
  ref: NumericSide | CategoricalSide,
  cur: NumericSide | CategoricalSide,
  nRef: number,
  nCur: number,
): string | null {
  for (const [label, side, n] of [
    ['reference', ref, nRef],
    ['current', cur, nCur],
  ] as const) {
    if (n > 0) continue;
    if (side.count === 0) return `not tested: the ${label} sample has no rows`;
    if (side.kind === 'numeric' && side.infinite > 0 && side.infinite === side.count) {
      return `not tested: every ${label} value is infinite`;
    }
    return `not tested: every ${label} value is missing`;
  }
  return null;
}

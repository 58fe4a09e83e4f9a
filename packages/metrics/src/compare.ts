/**
 * Comparing a run's metrics with a baseline's: one row per metric with the change, the relative
 * change and a verdict by the metric's direction; and the `dvc metrics diff --json` shape
 * ({path: {key: {old, new, diff}}}, every metric, as with `--all`).
 */
import type { MetricValue } from './flatten.ts';

export type Direction = 'higher' | 'lower';
export type Verdict = 'better' | 'worse' | 'same' | 'changed' | 'added' | 'removed' | 'not-compared';

export interface MetricRow {
  name: string;
  /** File the metric came from (this run's, else the baseline's). */
  path: string;
  old: MetricValue | undefined;
  new: MetricValue | undefined;
  /** new - old, when both are numbers. */
  diff: number | undefined;
  /** diff / |old|, when old is a non-zero number. */
  relative: number | undefined;
  direction: Direction | undefined;
  verdict: Verdict;
}

/** Names that are lower-is-better unless configured otherwise. */
const LOWER_IS_BETTER =
  /(^|[._/\- ])(loss|error|err|rmse|mse|mae|mape|smape|wer|cer|perplexity|ppl|latency|duration|time|seconds|ms|fpr|fnr|logloss|brier)($|[._/\- ])|_ms$|_seconds$|loss$/i;
const HIGHER_IS_BETTER =
  /(^|[._/\- ])(acc|accuracy|auc|roc_auc|pr_auc|f1|f1_score|precision|recall|r2|map|ndcg|bleu|rouge|iou|dice|score|tpr|tnr|throughput)($|[._/\- ])/i;

/** Explicit direction, else one implied by the name (loss, rmse, latency: lower; accuracy, f1: higher). */
export function directionOf(name: string, explicit: ReadonlyMap<string, Direction>): Direction | undefined {
  const given = explicit.get(name);
  if (given) return given;
  if (LOWER_IS_BETTER.test(name)) return 'lower';
  if (HIGHER_IS_BETTER.test(name)) return 'higher';
  return undefined;
}

export interface CompareOptions {
  directions?: ReadonlyMap<string, Direction>;
  /** Metric name -> file, for this run and the baseline. */
  sources?: ReadonlyMap<string, string>;
  baselineSources?: ReadonlyMap<string, string>;
  /** Path used when a metric's file is unknown (default "metrics"). */
  defaultPath?: string;
}

function verdictOf(
  old: MetricValue | undefined,
  now: MetricValue | undefined,
  direction: Direction | undefined,
): Verdict {
  if (old === undefined) return now === undefined ? 'not-compared' : 'added';
  if (now === undefined) return 'removed';
  if (typeof old !== 'number' || typeof now !== 'number') return old === now ? 'same' : 'not-compared';
  if (old === now) return 'same';
  if (!direction) return 'changed';
  return now > old === (direction === 'higher') ? 'better' : 'worse';
}

export function compareMetrics(
  current: Readonly<Record<string, MetricValue>>,
  baseline: Readonly<Record<string, MetricValue>> | undefined,
  options: CompareOptions = {},
): MetricRow[] {
  const directions = options.directions ?? new Map<string, Direction>();
  const names = [...Object.keys(current)];
  const seen = new Set(names);
  for (const name of Object.keys(baseline ?? {})) if (!seen.has(name)) names.push(name);
  return names.map((name) => {
    const now = Object.hasOwn(current, name) ? current[name] : undefined;
    const old = baseline && Object.hasOwn(baseline, name) ? baseline[name] : undefined;
    const numeric = typeof old === 'number' && typeof now === 'number';
    const diff = numeric ? now - old : undefined;
    const relative = numeric && old !== 0 ? (now - old) / Math.abs(old) : undefined;
    const direction = directionOf(name, directions);
    const path = options.sources?.get(name) ?? options.baselineSources?.get(name) ?? options.defaultPath ?? 'metrics';
    return {
      name,
      path,
      old: baseline ? old : undefined,
      new: now,
      diff,
      relative,
      direction,
      verdict: baseline ? verdictOf(old, now, direction) : 'not-compared',
    };
  });
}

export interface DvcDiffEntry {
  old: MetricValue;
  new: MetricValue;
  diff?: number;
}

/** `dvc metrics diff --json --all`: {path: {key: {old, new, diff}}}; missing values are null. */
export function toDvcDiff(rows: readonly MetricRow[]): Record<string, Record<string, DvcDiffEntry>> {
  const out: Record<string, Record<string, DvcDiffEntry>> = {};
  for (const row of rows) {
    out[row.path] ??= {};
    const byKey = out[row.path] as Record<string, DvcDiffEntry>;
    const entry: DvcDiffEntry = { old: row.old ?? null, new: row.new ?? null };
    if (row.diff !== undefined) entry.diff = row.diff;
    byKey[row.name] = entry;
  }
  return out;
}

export interface ParamChange {
  name: string;
  old: string | undefined;
  new: string | undefined;
}

/** Params that differ from the baseline's (added, removed or changed), in name order. */
export function changedParams(
  current: Readonly<Record<string, string>>,
  baseline: Readonly<Record<string, string>> | undefined,
): ParamChange[] {
  if (!baseline) return [];
  const names = [...new Set([...Object.keys(current), ...Object.keys(baseline)])].sort();
  return names
    .map((name) => ({
      name,
      old: Object.hasOwn(baseline, name) ? baseline[name] : undefined,
      new: Object.hasOwn(current, name) ? current[name] : undefined,
    }))
    .filter((c) => c.old !== c.new);
}

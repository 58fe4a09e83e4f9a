/**
 * Recording one run and comparing it: find the baseline (before writing, so a run never compares
 * with itself), evaluate the gates, write the run record (idempotent by key), and gather what the
 * report shows. Shared by the track-run action and `cairn track`.
 */
import { createHash } from 'node:crypto';
import {
  canonicalJson,
  type DatasetRef,
  type GitContext,
  newId,
  RUN_SCHEMA_VERSION,
  type RunRecord,
  UserError,
} from '@cairn/core';
import { type Baseline, type BaselineSpec, findBaseline, type RunStore } from './baseline.ts';
import {
  changedParams,
  compareMetrics,
  type Direction,
  type DvcDiffEntry,
  type MetricRow,
  type ParamChange,
  toDvcDiff,
} from './compare.ts';
import type { MetricValue } from './flatten.ts';
import { evaluateGates, type Gate, type GateResult, gateDirections } from './gates.ts';
import type { History } from './history.ts';

export interface TrackInput {
  experiment: string;
  metrics: Record<string, MetricValue>;
  /** Metric name -> file it came from (the `path` of the dvc-shaped comparison). */
  metricSources?: Record<string, string>;
  params: Record<string, string>;
  history?: History;
  tags?: Record<string, string>;
  datasets?: DatasetRef[];
  git: GitContext;
  environment?: Record<string, string>;
  startTime: string;
  endTime?: string;
  baseline: BaselineSpec;
  /** The ref searched for the `base` baseline and the trend chart. */
  baselineRef: string | undefined;
  /** Searched for the `base` baseline (and the trend) when baselineRef has no earlier run. */
  fallbackRef?: string | undefined;
  gates?: Gate[];
  directions?: ReadonlyMap<string, Direction>;
  idempotencyKey?: string;
  /** false: compare and report without writing (a fork PR's read-only token). Default true. */
  record?: boolean;
  /** Runs shown in the trend chart before this one (default 19). */
  trendRuns?: number;
  now?: number;
}

export interface TrackResult {
  run: RunRecord;
  baseline: Baseline | undefined;
  /** Why there is no baseline, when there is none. */
  baselineNote: string | undefined;
  rows: MetricRow[];
  params: ParamChange[];
  gates: GateResult[];
  gatesPassed: boolean;
  /** Earlier runs on the baseline ref, oldest first, then this run. */
  trend: RunRecord[];
  comparison: Record<string, Record<string, DvcDiffEntry>>;
  directions: Map<string, Direction>;
}

/**
 * The idempotency key of a job attempt: repository, run id, attempt, job and experiment identify the
 * attempt; a hash of the params tells matrix jobs (same job id, different params) apart.
 */
export function jobAttemptKey(parts: {
  repository: string;
  runId: string;
  runAttempt: string;
  job: string;
  experiment: string;
  params: Record<string, string>;
}): string {
  const paramsHash = createHash('sha256').update(canonicalJson(parts.params)).digest('hex').slice(0, 12);
  return [parts.repository, parts.runId, parts.runAttempt, parts.job, parts.experiment, paramsHash].join('/');
}

export async function trackRun(store: RunStore, input: TrackInput): Promise<TrackResult> {
  if (Object.keys(input.metrics).length === 0) {
    throw new UserError('no metrics to record: the metrics files are empty; check the metrics input');
  }
  const id = newId({ key: input.idempotencyKey, ...(input.now !== undefined ? { now: input.now } : {}) });
  const { baseline, note } = await findBaseline(store, input.baseline, {
    experiment: input.experiment,
    ref: input.baselineRef,
    fallbackRef: input.fallbackRef,
    runId: id,
    idempotencyKey: input.idempotencyKey,
  });
  const gates = input.gates ?? [];
  const directions = new Map([...gateDirections(gates), ...(input.directions ?? new Map<string, Direction>())]);
  const gateResults = evaluateGates(gates, input.metrics, baseline?.metrics);
  const record: RunRecord = {
    schemaVersion: RUN_SCHEMA_VERSION,
    kind: 'run',
    id,
    experiment: input.experiment,
    status: 'FINISHED',
    startTime: input.startTime,
    endTime: input.endTime ?? new Date(input.now ?? Date.now()).toISOString(),
    params: input.params,
    metrics: input.metrics,
    tags: input.tags ?? {},
    datasets: input.datasets ?? [],
    git: input.git,
    ...(input.history && Object.keys(input.history).length > 0 ? { metricHistory: input.history } : {}),
    ...(input.environment ? { environment: input.environment } : {}),
    ...(gateResults.length > 0 ? { gates: gateResults } : {}),
    ...(input.metricSources ? { metricSources: input.metricSources } : {}),
    ...(input.idempotencyKey !== undefined ? { idempotencyKey: input.idempotencyKey } : {}),
    ...(baseline?.run ? { baselineRunId: baseline.run.id } : {}),
  };
  const run = input.record === false ? record : await store.putRun(record);
  const sources = new Map(Object.entries(input.metricSources ?? {}));
  const baselineSources = sourcesOf(baseline?.run);
  const rows = compareMetrics(input.metrics, baseline?.metrics, { directions, sources, baselineSources });
  const baseRef = baseline?.run?.git.ref;
  const trendRef =
    baseRef === input.fallbackRef && baseRef !== undefined ? baseRef : (input.baselineRef ?? input.git.ref);
  const earlier = trendRef ? await store.recentRuns(input.experiment, trendRef, (input.trendRuns ?? 19) + 2) : [];
  const trend = earlier
    .filter((r) => r.id !== run.id && (input.idempotencyKey === undefined || r.idempotencyKey !== input.idempotencyKey))
    .slice(0, input.trendRuns ?? 19)
    .reverse();
  trend.push(run);
  return {
    run,
    baseline,
    baselineNote: note,
    rows,
    params: changedParams(input.params, baseline?.params),
    gates: gateResults,
    gatesPassed: gateResults.every((g) => g.passed),
    trend,
    comparison: toDvcDiff(rows),
    directions,
  };
}

/** The metric -> file map a run recorded (runs written before it existed have none). */
export function sourcesOf(run: RunRecord | undefined): Map<string, string> {
  const raw = run?.metricSources;
  const out = new Map<string, string>();
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') out.set(key, value);
  }
  return out;
}

/** Lines of `failed gate: rule (actual X, expected Y): reason` for the one setFailed message. */
export function describeFailedGates(results: readonly GateResult[]): string {
  const failed = results.filter((g) => !g.passed);
  const lines = failed.map(
    (g) =>
      `- ${g.rule}: ${g.reason} (this run: ${g.actual === null ? 'missing/NaN' : g.actual}, bound: ${g.expected ?? 'n/a'})`,
  );
  return `${failed.length} of ${results.length} gate${results.length === 1 ? '' : 's'} failed:\n${lines.join('\n')}`;
}

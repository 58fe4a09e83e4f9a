/**
 * What a run is compared with. `base` (default): the newest finished run of the experiment on the
 * given ref (the PR's base branch, or on a push the same branch) that is not this run or an earlier
 * write of the same job attempt; `run:<id>`; `model:<name>@<alias or version>`: the run behind a
 * registered model version (or the version's own metrics when that run is not in the store).
 */
import { type RunRecord, UserError } from '@cairn/core';
import type { MetricValue } from './flatten.ts';

export type BaselineSpec =
  | { kind: 'base' }
  | { kind: 'run'; id: string }
  | { kind: 'model'; name: string; alias: string }
  | { kind: 'none' };

export function parseBaselineSpec(text: string): BaselineSpec {
  const value = text.trim();
  if (value === '' || value === 'base') return { kind: 'base' };
  if (value === 'none') return { kind: 'none' };
  const run = /^run:(\S+)$/.exec(value);
  if (run) return { kind: 'run', id: run[1] as string };
  const model = /^model:([^@\s]+)@(\S+)$/.exec(value);
  if (model) return { kind: 'model', name: model[1] as string, alias: model[2] as string };
  throw new UserError(
    `baseline "${value}" is not understood; use base, none, run:<run id> or model:<name>@<alias>, e.g. model:churn@production`,
  );
}

/** The parts of the metadata store the tracker needs (MetadataStore from @cairn/store fits). */
export interface RunStore {
  putRun(run: RunRecord): Promise<RunRecord>;
  getRun(id: string, experiment?: string): Promise<RunRecord | undefined>;
  recentRuns(experiment: string, ref: string, limit?: number): Promise<RunRecord[]>;
  resolveModel(
    name: string,
    versionOrAlias: number | string,
  ): Promise<
    | {
        name: string;
        version: number;
        lineage: { runId?: string | undefined; experiment?: string | undefined };
        metrics: Record<string, MetricValue>;
      }
    | undefined
  >;
}

export interface Baseline {
  /** Shown in the report, e.g. "run 01J... on main" or "model churn@production (v7)". */
  label: string;
  metrics: Record<string, MetricValue>;
  params: Record<string, string> | undefined;
  run: RunRecord | undefined;
}

export interface BaselineLookup {
  experiment: string;
  /** The ref searched for `base`: refs/heads/<base branch> on a PR, the run's own ref on a push. */
  ref: string | undefined;
  /** Searched when `ref` has no earlier run: the default branch, for a branch's first push. */
  fallbackRef?: string | undefined;
  /** Exclude this run (and writes of the same job attempt) from `base`. */
  runId?: string;
  idempotencyKey?: string | undefined;
}

function short(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}

export function describeRun(run: RunRecord): string {
  return `run ${run.id}${run.git.ref ? ` on ${short(run.git.ref)}` : ''}${run.git.sha ? ` (${run.git.sha.slice(0, 7)})` : ''}`;
}

export function fromRun(run: RunRecord, label = describeRun(run)): Baseline {
  return { label, metrics: run.metrics, params: run.params, run };
}

/** The baseline, or a reason why there is none (shown in the report). */
export async function findBaseline(
  store: RunStore,
  spec: BaselineSpec,
  lookup: BaselineLookup,
): Promise<{ baseline: Baseline | undefined; note: string | undefined }> {
  if (spec.kind === 'none') return { baseline: undefined, note: 'comparison turned off (baseline: none)' };
  if (spec.kind === 'run') {
    const run = await store.getRun(spec.id, lookup.experiment);
    const found = run ?? (await store.getRun(spec.id));
    if (!found)
      throw new UserError(`baseline run "${spec.id}" not found in the metadata store; check the id (cairn runs)`);
    return { baseline: fromRun(found), note: undefined };
  }
  if (spec.kind === 'model') {
    const version = await store.resolveModel(spec.name, spec.alias);
    if (!version) {
      throw new UserError(`baseline model:${spec.name}@${spec.alias}: no such model version or alias in the registry`);
    }
    const label = `model ${spec.name}@${spec.alias} (v${version.version})`;
    const runId = version.lineage.runId;
    const run = runId ? await store.getRun(runId, version.lineage.experiment) : undefined;
    return run
      ? { baseline: fromRun(run, `${label}, ${describeRun(run)}`), note: undefined }
      : { baseline: { label, metrics: version.metrics, params: undefined, run: undefined }, note: undefined };
  }
  const refs = [lookup.ref, lookup.fallbackRef].filter((r, i, all): r is string => !!r && all.indexOf(r) === i);
  if (refs.length === 0) return { baseline: undefined, note: 'no git ref to look for a baseline on' };
  for (const ref of refs) {
    const recent = await store.recentRuns(lookup.experiment, ref, 20);
    const earlier = recent.find(
      (r) =>
        r.id !== lookup.runId &&
        (lookup.idempotencyKey === undefined || r.idempotencyKey !== lookup.idempotencyKey) &&
        r.status === 'FINISHED',
    );
    if (earlier) return { baseline: fromRun(earlier), note: undefined };
  }
  return {
    baseline: undefined,
    note: `no baseline yet: no earlier finished run of "${lookup.experiment}" on ${refs.map(short).join(' or ')}`,
  };
}

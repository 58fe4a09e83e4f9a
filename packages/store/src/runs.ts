import { idSuffix, isId, type RunRecord } from '@cairn/core';
import { ALL_REFS, checkName, RUN_FANOUT_LEVELS, runDir, runIndexPath, runLeafDir, runPath } from './layout.ts';
import { addRecent, checkRecord, readIndex, readRecord, readRecords, recentIndexSchema } from './records-io.ts';
import type { TreeReader } from './snapshot.ts';
import type { StoreCore } from './store-core.ts';

/** Runs kept in each ref's index (trend charts read these) and in the experiment-wide index. */
export const RECENT_PER_REF = 50;
export const RECENT_PER_EXPERIMENT = 200;

/**
 * Stores a run, or updates it in place: the same id, or (for a re-run of the same job attempt)
 * the same idempotency key, which gives the same id suffix and so the same fan-out directory,
 * where the earlier record is found and its id reused. The ref's index and the experiment's
 * index are updated in the same commit.
 */
export async function putRun(core: StoreCore, run: RunRecord): Promise<RunRecord> {
  const input = checkRecord('run', run, `run ${run.id}`);
  const experiment = checkName('experiment', input.experiment);
  runPath(experiment, input.id); // validates the id
  return core.transact(`run ${input.id} in ${experiment}`, async (tx) => {
    const refs: string[] = [ALL_REFS];
    if (input.git.ref) refs.push(input.git.ref);
    // Read everything the write depends on at once, so the fetches of each tree level are batched.
    const leaf = runLeafDir(experiment, input.id);
    const [siblings, ...indexes] = await Promise.all([
      input.idempotencyKey !== undefined ? tx.names(leaf) : Promise.resolve([]),
      ...refs.map((ref) => readIndex(tx, runIndexPath(experiment, ref), recentIndexSchema, core.logger)),
    ]);
    let id = input.id;
    const suffix = idSuffix(id);
    for (const twin of siblings.filter((e) => !e.dir && e.name !== `${id}.json` && e.name.endsWith(`${suffix}.json`))) {
      const earlier = await readRecord(tx, 'run', `${leaf}/${twin.name}`, core.logger);
      if (earlier && earlier.idempotencyKey === input.idempotencyKey && isId(earlier.id)) id = earlier.id;
    }
    const record: RunRecord = { ...input, id };
    tx.write(runPath(experiment, id), record);
    refs.forEach((ref, i) => {
      const keep = ref === ALL_REFS ? RECENT_PER_EXPERIMENT : RECENT_PER_REF;
      tx.write(runIndexPath(experiment, ref), addRecent(indexes[i], id, keep));
    });
    tx.setMessage(`run ${id} in ${experiment}${input.git.ref ? ` on ${input.git.ref}` : ''} (${input.status})`);
    return record;
  });
}

export async function getRun(core: StoreCore, id: string, experiment?: string): Promise<RunRecord | undefined> {
  const snapshot = await core.snapshot();
  const experiments = experiment !== undefined ? [experiment] : await listExperiments(core);
  const found = await Promise.all(experiments.map((exp) => readRecord(snapshot, 'run', runPath(exp, id), core.logger)));
  return found.find((r) => r !== undefined);
}

export interface LatestRunOptions {
  /** Only runs with this status (e.g. "FINISHED" for a baseline). */
  status?: RunRecord['status'];
}

/** The newest run of an experiment on a git ref (e.g. "refs/heads/main"), from the ref's index. */
export async function latestRun(
  core: StoreCore,
  experiment: string,
  ref: string,
  options: LatestRunOptions = {},
): Promise<RunRecord | undefined> {
  const snapshot = await core.snapshot();
  const index = await readIndex(snapshot, runIndexPath(experiment, ref), recentIndexSchema, core.logger);
  for (const id of index?.recent ?? []) {
    const run = await readRecord(snapshot, 'run', runPath(experiment, id), core.logger);
    if (run && (options.status === undefined || run.status === options.status)) return run;
  }
  return undefined;
}

/** Up to `limit` (at most 50) newest runs of an experiment on a ref, newest first: for trend charts. */
export async function recentRuns(core: StoreCore, experiment: string, ref: string, limit = 20): Promise<RunRecord[]> {
  const snapshot = await core.snapshot();
  const index = await readIndex(snapshot, runIndexPath(experiment, ref), recentIndexSchema, core.logger);
  const ids = (index?.recent ?? []).slice(0, Math.max(0, limit));
  return readRecords(
    snapshot,
    'run',
    ids.map((id) => runPath(experiment, id)),
    core.logger,
  );
}

export async function listExperiments(core: StoreCore): Promise<string[]> {
  const snapshot = await core.snapshot();
  return (await snapshot.names('runs')).filter((e) => e.dir).map((e) => e.name);
}

export interface ListRunsOptions {
  experiment?: string;
  /** Default 50. Up to 200 per experiment come from its index; more walks every run directory. */
  limit?: number;
}

/** Runs newest first, of one experiment or of all. */
export async function listRuns(core: StoreCore, options: ListRunsOptions = {}): Promise<RunRecord[]> {
  const limit = Math.max(0, options.limit ?? 50);
  const snapshot = await core.snapshot();
  const experiments = options.experiment !== undefined ? [options.experiment] : await listExperiments(core);
  const paths: string[] = [];
  await Promise.all(
    experiments.map(async (experiment) => {
      const index = await readIndex(snapshot, runIndexPath(experiment, ALL_REFS), recentIndexSchema, core.logger);
      const indexed = index?.recent ?? [];
      const complete = index !== undefined && indexed.length < RECENT_PER_EXPERIMENT;
      const ids = complete || limit <= indexed.length ? indexed : await walkRunIds(snapshot, experiment);
      for (const id of ids) paths.push(`${id}\t${runPath(experiment, id)}`);
    }),
  );
  const chosen = paths
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, limit)
    .map((p) => p.split('\t')[1] ?? '');
  return readRecords(snapshot, 'run', chosen, core.logger);
}

/** Every run id of an experiment, by walking its fan-out directories (cost grows with the runs). */
async function walkRunIds(reader: TreeReader, experiment: string): Promise<string[]> {
  let dirs = [runDir(experiment)];
  for (let level = 0; level < RUN_FANOUT_LEVELS; level++) {
    const next = await Promise.all(
      dirs.map(async (dir) => (await reader.names(dir)).filter((e) => e.dir).map((e) => `${dir}/${e.name}`)),
    );
    dirs = next.flat();
  }
  const files = await Promise.all(dirs.map((dir) => reader.names(dir)));
  return files
    .flat()
    .filter((e) => !e.dir && e.name.endsWith('.json'))
    .map((e) => e.name.slice(0, -'.json'.length))
    .filter(isId);
}

import { DEPLOYMENT_SCHEMA_VERSION, type DeploymentRecord, type GitContext, keySuffix, UserError } from '@cairn/core';
import { z } from 'zod';
import { checkName, deploymentDir, deploymentPath, numberedFiles } from './layout.ts';
import { checkRecord, nowIso, readIndex, readRecord, readRecords } from './records-io.ts';
import type { TreeReader } from './snapshot.ts';
import type { StoreCore } from './store-core.ts';

export interface DeploymentInput {
  environment: string;
  model: string;
  version: number;
  /** Default: the version of this model last deployed successfully to this environment, or null. */
  previousVersion?: number | null;
  status?: DeploymentRecord['status'];
  rollback?: boolean;
  actor?: string;
  approvals?: DeploymentRecord['approvals'];
  githubDeploymentId?: number;
  git: GitContext;
  idempotencyKey?: string;
  [extra: string]: unknown;
}

export interface DeploymentPatch {
  status?: DeploymentRecord['status'];
  githubDeploymentId?: number;
  approvals?: DeploymentRecord['approvals'];
  actor?: string;
  [extra: string]: unknown;
}

/** latest: last seq; current: per model, the version last deployed with status success. */
const indexSchema = z.object({
  latest: z.number().int().nonnegative(),
  current: z.record(z.string(), z.number().int().positive()),
});
type DeploymentIndex = z.infer<typeof indexSchema>;

function indexPath(environment: string): string {
  return `${deploymentDir(environment)}/index.json`;
}

async function seqs(reader: TreeReader, environment: string): Promise<number[]> {
  return numberedFiles((await reader.names(deploymentDir(environment))).filter((e) => !e.dir).map((e) => e.name));
}

/** Records deployment number seq+1 to an environment; idempotent by idempotencyKey. */
export async function recordDeployment(core: StoreCore, input: DeploymentInput): Promise<DeploymentRecord> {
  const environment = checkName('environment', input.environment);
  checkName('model', input.model);
  return core.transact(`deployment to ${environment}`, async (tx) => {
    const keyFile = input.idempotencyKey
      ? `${deploymentDir(environment)}/keys/${keySuffix(input.idempotencyKey)}.json`
      : undefined;
    if (keyFile) {
      const known = await readIndex(tx, keyFile, z.object({ key: z.string(), seq: z.number().int() }), core.logger);
      if (known && known.key === input.idempotencyKey) {
        const earlier = await readRecord(tx, 'deployment', deploymentPath(environment, known.seq), core.logger);
        if (earlier) return earlier;
      }
    }
    const index = await readIndex(tx, indexPath(environment), indexSchema, core.logger);
    const seq = Math.max(index?.latest ?? 0, (await seqs(tx, environment)).at(-1) ?? 0) + 1;
    const now = nowIso();
    const { previousVersion, status, rollback, approvals, ...rest } = input;
    const record = checkRecord(
      'deployment',
      {
        ...rest,
        schemaVersion: DEPLOYMENT_SCHEMA_VERSION,
        kind: 'deployment',
        environment,
        seq,
        previousVersion: previousVersion === undefined ? (index?.current[input.model] ?? null) : previousVersion,
        status: status ?? 'pending',
        rollback: rollback ?? false,
        approvals: approvals ?? [],
        createdAt: now,
        updatedAt: now,
      },
      `deployment ${seq} to ${environment}`,
    );
    tx.write(deploymentPath(environment, seq), record);
    tx.write(indexPath(environment), nextIndex(index, record));
    if (keyFile) tx.write(keyFile, { key: input.idempotencyKey, seq });
    tx.setMessage(`deployment ${seq} to ${environment}: ${record.model} v${record.version} (${record.status})`);
    return record;
  });
}

function nextIndex(index: DeploymentIndex | undefined, record: DeploymentRecord): DeploymentIndex {
  const current = { ...(index?.current ?? {}) };
  if (record.status === 'success') current[record.model] = record.version;
  return { latest: Math.max(index?.latest ?? 0, record.seq), current };
}

/** Updates a deployment (its status as the GitHub deployment progresses, who approved, ...). */
export async function updateDeployment(
  core: StoreCore,
  environment: string,
  seq: number,
  patch: DeploymentPatch,
): Promise<DeploymentRecord> {
  checkName('environment', environment);
  return core.transact(`deployment ${seq} to ${environment}`, async (tx) => {
    const path = deploymentPath(environment, seq);
    const existing = await readRecord(tx, 'deployment', path, core.logger);
    if (!existing) throw new UserError(`there is no deployment ${seq} to environment ${environment}`);
    const record = checkRecord('deployment', { ...existing, ...patch, updatedAt: nowIso() }, path);
    tx.write(path, record);
    const index = await readIndex(tx, indexPath(environment), indexSchema, core.logger);
    tx.write(indexPath(environment), nextIndex(index, record));
    tx.setMessage(`deployment ${seq} to ${environment}: ${record.model} v${record.version} (${record.status})`);
    return record;
  });
}

/** Deployments newest first, of one environment or of all. */
export async function listDeployments(core: StoreCore, environment?: string): Promise<DeploymentRecord[]> {
  const snapshot = await core.snapshot();
  const environments =
    environment !== undefined
      ? [checkName('environment', environment)]
      : (await snapshot.names('deployments')).filter((e) => e.dir).map((e) => e.name);
  const paths = (
    await Promise.all(environments.map(async (env) => (await seqs(snapshot, env)).map((s) => deploymentPath(env, s))))
  ).flat();
  const records = await readRecords(snapshot, 'deployment', paths, core.logger);
  return records.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.seq - a.seq));
}

/** The newest deployment to an environment (of one model, when given). */
export async function latestDeployment(
  core: StoreCore,
  environment: string,
  model?: string,
): Promise<DeploymentRecord | undefined> {
  const snapshot = await core.snapshot();
  const all = await seqs(snapshot, checkName('environment', environment));
  for (let i = all.length - 1; i >= 0; i--) {
    const record = await readRecord(snapshot, 'deployment', deploymentPath(environment, all[i] ?? 0), core.logger);
    if (record && (model === undefined || record.model === model)) return record;
  }
  return undefined;
}

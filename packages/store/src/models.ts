import {
  ALIAS_SCHEMA_VERSION,
  type AliasMove,
  aliasSchema,
  type GitContext,
  keySuffix,
  MODEL_SCHEMA_VERSION,
  type ModelVersion,
  UserError,
} from '@cairn/core';
import { z } from 'zod';
import { aliasMovePath, checkName, modelDir, modelVersionPath, numberedFiles } from './layout.ts';
import { checkRecord, nowIso, readIndex, readRecord, readRecords } from './records-io.ts';
import type { TreeReader } from './snapshot.ts';
import type { StoreCore } from './store-core.ts';

export interface ModelVersionInput {
  name: string;
  artifacts: ModelVersion['artifacts'];
  lineage: ModelVersion['lineage'];
  metrics: ModelVersion['metrics'];
  signature?: unknown;
  description?: string;
  tags?: Record<string, string>;
  git: GitContext;
  /** Same key => the version registered before comes back (a re-run registers nothing new). */
  idempotencyKey?: string;
  createdAt?: string;
  [extra: string]: unknown;
}

export interface AliasOptions {
  by?: string;
  reason?: string;
  git?: GitContext;
}

const aliasesSchema = z.record(z.string(), z.number().int().positive());
const keyFileSchema = z.object({ key: z.string(), version: z.number().int().positive() });

function keyPath(model: string, key: string): string {
  return `${modelDir(model)}/keys/${keySuffix(key)}.json`;
}

async function versionNumbers(reader: TreeReader, model: string): Promise<number[]> {
  return numberedFiles((await reader.names(`${modelDir(model)}/versions`)).filter((e) => !e.dir).map((e) => e.name));
}

/** Registers version N+1 of a model (N recomputed on every attempt), idempotent by idempotencyKey. */
export async function registerModelVersion(core: StoreCore, input: ModelVersionInput): Promise<ModelVersion> {
  const name = checkName('model', input.name);
  return core.transact(`model ${name}`, async (tx) => {
    if (input.idempotencyKey !== undefined) {
      const known = await readIndex(tx, keyPath(name, input.idempotencyKey), keyFileSchema, core.logger);
      if (known?.key === input.idempotencyKey) {
        const earlier = await readRecord(tx, 'model-version', modelVersionPath(name, known.version), core.logger);
        if (earlier) return earlier;
      }
    }
    const version = ((await versionNumbers(tx, name)).at(-1) ?? 0) + 1;
    const { createdAt, tags, ...rest } = input;
    const record = checkRecord(
      'model-version',
      {
        ...rest,
        tags: tags ?? {},
        schemaVersion: MODEL_SCHEMA_VERSION,
        kind: 'model-version',
        name,
        version,
        createdAt: createdAt ?? nowIso(),
      },
      `model ${name} v${version}`,
    );
    tx.write(modelVersionPath(name, version), record);
    tx.write(`${modelDir(name)}/index.json`, { latest: version });
    if (input.idempotencyKey !== undefined) {
      tx.write(keyPath(name, input.idempotencyKey), { key: input.idempotencyKey, version });
    }
    tx.setMessage(`model ${name} v${version}`);
    return record;
  });
}

export async function getModelVersion(
  core: StoreCore,
  name: string,
  version: number,
): Promise<ModelVersion | undefined> {
  return readRecord(await core.snapshot(), 'model-version', modelVersionPath(name, version), core.logger);
}

export async function listModels(core: StoreCore): Promise<string[]> {
  return (await (await core.snapshot()).names('models')).filter((e) => e.dir).map((e) => e.name);
}

/** Every version of a model, oldest first. */
export async function listModelVersions(core: StoreCore, name: string): Promise<ModelVersion[]> {
  const snapshot = await core.snapshot();
  const versions = await versionNumbers(snapshot, checkName('model', name));
  return readRecords(
    snapshot,
    'model-version',
    versions.map((v) => modelVersionPath(name, v)),
    core.logger,
  );
}

/** A version by number (7, "7", "v7"), "latest", or an alias ("production"). */
export async function resolveModel(
  core: StoreCore,
  name: string,
  versionOrAlias: number | string,
): Promise<ModelVersion | undefined> {
  checkName('model', name);
  const snapshot = await core.snapshot();
  let version: number | undefined;
  const text = String(versionOrAlias);
  const numeric = /^v?([1-9]\d*)$/.exec(text);
  if (numeric?.[1]) version = Number(numeric[1]);
  else if (text === 'latest') version = (await versionNumbers(snapshot, name)).at(-1);
  else version = (await getAliases(core, name))[text];
  return version === undefined ? undefined : getModelVersion(core, name, version);
}

export async function getAliases(core: StoreCore, model: string): Promise<Record<string, number>> {
  const snapshot = await core.snapshot();
  return (await readIndex(snapshot, `${modelDir(model)}/aliases.json`, aliasesSchema, core.logger)) ?? {};
}

/**
 * Points an alias at a version (null removes it). Each move is its own commit and its own
 * AliasMove record, so the history of every alias can be read back. Moving an alias to where it
 * already points writes nothing and returns the last move.
 */
export async function setAlias(
  core: StoreCore,
  model: string,
  alias: string,
  version: number | null,
  options: AliasOptions = {},
): Promise<AliasMove> {
  checkName('model', model);
  const checked = aliasSchema.safeParse(alias);
  if (!checked.success) {
    throw new UserError(`invalid alias ${JSON.stringify(alias)}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  }
  return core.transact(`alias ${alias} of ${model}`, async (tx) => {
    const aliasesPath = `${modelDir(model)}/aliases.json`;
    const aliases = (await readIndex(tx, aliasesPath, aliasesSchema, core.logger)) ?? {};
    const previous = aliases[alias] ?? null;
    const historyDir = `${modelDir(model)}/alias-history/${alias}`;
    const seqs = numberedFiles((await tx.names(historyDir)).map((e) => e.name));
    const lastSeq = seqs.at(-1) ?? 0;
    if (previous === version && lastSeq > 0) {
      const last = await readRecord(tx, 'alias-move', aliasMovePath(model, alias, lastSeq), core.logger);
      if (last) return last;
    }
    if (version === null && previous === null) {
      throw new UserError(`alias ${alias} of model ${model} is not set, so it cannot be removed`);
    }
    if (version !== null && !(await tx.readBuffer(modelVersionPath(model, version)))) {
      throw new UserError(`model ${model} has no version ${version}: register it before pointing ${alias} at it`);
    }
    const move = checkRecord(
      'alias-move',
      {
        schemaVersion: ALIAS_SCHEMA_VERSION,
        kind: 'alias-move',
        model,
        alias,
        seq: lastSeq + 1,
        version,
        previous,
        at: nowIso(),
        by: options.by,
        reason: options.reason,
        git: options.git ?? {},
      },
      `alias ${alias} of ${model}`,
    );
    if (version === null) delete aliases[alias];
    else aliases[alias] = version;
    tx.write(aliasesPath, aliases);
    tx.write(aliasMovePath(model, alias, move.seq), move);
    tx.setMessage(
      version === null
        ? `alias ${alias} removed from ${model} (was ${previous})`
        : `alias ${alias} -> ${version} for ${model}`,
    );
    return move;
  });
}

/** Moves of one alias, or of every alias of the model, oldest first. */
export async function aliasHistory(core: StoreCore, model: string, alias?: string): Promise<AliasMove[]> {
  const snapshot = await core.snapshot();
  const root = `${modelDir(model)}/alias-history`;
  const aliases = alias !== undefined ? [alias] : (await snapshot.names(root)).filter((e) => e.dir).map((e) => e.name);
  const paths = (
    await Promise.all(
      aliases.map(async (a) =>
        numberedFiles((await snapshot.names(`${root}/${a}`)).map((e) => e.name)).map((seq) =>
          aliasMovePath(model, a, seq),
        ),
      ),
    )
  ).flat();
  const moves = await readRecords(snapshot, 'alias-move', paths, core.logger);
  return moves.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
}

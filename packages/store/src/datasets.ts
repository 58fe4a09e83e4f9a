import {
  DATASET_SCHEMA_VERSION,
  type DatasetProfile,
  type DatasetVersion,
  type GitContext,
  PROFILE_SCHEMA_VERSION,
} from '@cairn/core';
import { z } from 'zod';
import { checkName, datasetDir, datasetProfilePath, datasetVersionPath, numberedFiles } from './layout.ts';
import { checkRecord, nowIso, readIndex, readRecord, readRecords } from './records-io.ts';
import type { TreeReader } from './snapshot.ts';
import type { StoreCore } from './store-core.ts';

/** What a caller gives for a new dataset version; the store assigns the version number. */
export interface DatasetVersionInput {
  name: string;
  datasetHash: string;
  files: DatasetVersion['files'];
  fileCount: number;
  totalSize: number;
  rows?: number;
  columns?: DatasetVersion['columns'];
  storage: DatasetVersion['storage'];
  git: GitContext;
  idempotencyKey?: string;
  createdAt?: string;
  [extra: string]: unknown;
}

/** A profile without the fields the store fills in (kind, schemaVersion, name, version). */
export interface DatasetProfileInput {
  rows: number;
  columns: DatasetProfile['columns'];
  [extra: string]: unknown;
}

const datasetIndexSchema = z.object({ latest: z.number().int().positive(), latestHash: z.string() });

function indexPath(name: string): string {
  return `${datasetDir(name)}/index.json`;
}

async function versionNumbers(reader: TreeReader, name: string): Promise<number[]> {
  return numberedFiles((await reader.names(`${datasetDir(name)}/versions`)).filter((e) => !e.dir).map((e) => e.name));
}

/**
 * Adds a dataset version. Content-addressed: when the latest version has the same datasetHash,
 * nothing is written and the latest version comes back with created false.
 */
export async function addDatasetVersion(
  core: StoreCore,
  input: DatasetVersionInput,
  profile?: DatasetProfileInput,
): Promise<{ record: DatasetVersion; created: boolean }> {
  const name = checkName('dataset', input.name);
  return core.transact(`dataset ${name}`, async (tx) => {
    const index = await readIndex(tx, indexPath(name), datasetIndexSchema, core.logger);
    const versions = await versionNumbers(tx, name);
    const latest = Math.max(index?.latest ?? 0, versions.at(-1) ?? 0);
    if (latest > 0) {
      const current = await readRecord(tx, 'dataset-version', datasetVersionPath(name, latest), core.logger);
      const sameKey = input.idempotencyKey !== undefined && current?.idempotencyKey === input.idempotencyKey;
      if (current && (current.datasetHash === input.datasetHash || sameKey)) {
        if (profile && !(await tx.readBuffer(datasetProfilePath(name, latest)))) {
          tx.write(datasetProfilePath(name, latest), makeProfile(name, latest, profile));
          tx.setMessage(`profile of dataset ${name} v${latest}`);
        }
        return { record: current, created: false };
      }
    }
    const version = latest + 1;
    const { createdAt, ...rest } = input;
    const record = checkRecord(
      'dataset-version',
      {
        ...rest,
        schemaVersion: DATASET_SCHEMA_VERSION,
        kind: 'dataset-version',
        name,
        version,
        createdAt: createdAt ?? nowIso(),
        ...(latest > 0 ? { parent: latest } : {}),
      },
      `dataset ${name} v${version}`,
    );
    tx.write(datasetVersionPath(name, version), record);
    if (profile) tx.write(datasetProfilePath(name, version), makeProfile(name, version, profile));
    tx.write(indexPath(name), { latest: version, latestHash: record.datasetHash });
    tx.setMessage(`dataset ${name} v${version} (${record.fileCount} files, ${record.datasetHash.slice(0, 12)})`);
    return { record, created: true };
  });
}

function makeProfile(name: string, version: number, profile: DatasetProfileInput): DatasetProfile {
  return checkRecord(
    'dataset-profile',
    { ...profile, schemaVersion: PROFILE_SCHEMA_VERSION, kind: 'dataset-profile', name, version },
    `profile of dataset ${name} v${version}`,
  );
}

async function resolveVersion(core: StoreCore, name: string, version: number | 'latest'): Promise<number | undefined> {
  if (version !== 'latest') return version;
  const snapshot = await core.snapshot();
  const index = await readIndex(snapshot, indexPath(name), datasetIndexSchema, core.logger);
  if (index) return index.latest;
  return (await versionNumbers(snapshot, name)).at(-1);
}

export async function getDatasetVersion(
  core: StoreCore,
  name: string,
  version: number | 'latest',
): Promise<DatasetVersion | undefined> {
  const number = await resolveVersion(core, checkName('dataset', name), version);
  if (number === undefined) return undefined;
  return readRecord(await core.snapshot(), 'dataset-version', datasetVersionPath(name, number), core.logger);
}

export async function getDatasetProfile(
  core: StoreCore,
  name: string,
  version: number | 'latest',
): Promise<DatasetProfile | undefined> {
  const number = await resolveVersion(core, checkName('dataset', name), version);
  if (number === undefined) return undefined;
  return readRecord(await core.snapshot(), 'dataset-profile', datasetProfilePath(name, number), core.logger);
}

export async function listDatasets(core: StoreCore): Promise<string[]> {
  const snapshot = await core.snapshot();
  return (await snapshot.names('datasets')).filter((e) => e.dir).map((e) => e.name);
}

/** Every version of a dataset, oldest first. */
export async function listDatasetVersions(core: StoreCore, name: string): Promise<DatasetVersion[]> {
  const snapshot = await core.snapshot();
  const versions = await versionNumbers(snapshot, checkName('dataset', name));
  return readRecords(
    snapshot,
    'dataset-version',
    versions.map((v) => datasetVersionPath(name, v)),
    core.logger,
  );
}

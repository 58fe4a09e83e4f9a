/**
 * `push`: content-address a file, directory or glob, store only the blobs not stored yet, profile
 * the tabular files and record a dataset version. Same content as the latest version: nothing is
 * uploaded or written, and the latest version comes back with created false.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DatasetVersion, type GitContext, type Logger, UserError } from '@cairn/core';
import { buildManifest, type Manifest } from '@cairn/data';
import type { MetadataStore } from '@cairn/store';
import type { BlobStore } from './blob-store.ts';
import { profileTables } from './table-profile.ts';
import { diffVersions, type VersionDiff } from './version-diff.ts';

export interface PushOptions {
  name: string;
  /** A file, a directory or a glob, relative to cwd. */
  target: string;
  cwd?: string;
  git: GitContext;
  blobs: BlobStore;
  logger: Logger;
  /** Profile tabular files (default true). */
  profile?: boolean;
  /** Files hashed at once (default 4). */
  concurrency?: number;
  idempotencyKey?: string;
}

export interface PushResult {
  record: DatasetVersion;
  created: boolean;
  /** The version before this one (for a new version), or undefined. */
  previous: DatasetVersion | undefined;
  diff: VersionDiff;
  manifest: Manifest;
  uploaded: number;
  uploadedBytes: number;
}

export async function pushDataset(store: MetadataStore, options: PushOptions): Promise<PushResult> {
  const { name, logger } = options;
  const manifest = await buildManifest(options.target, {
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
  if (manifest.fileCount === 0) {
    throw new UserError(`${options.target}: the directory holds no files; there is nothing to version`);
  }
  logger.info(
    `${name}: ${manifest.fileCount} file(s), ${manifest.totalSize} bytes, dataset hash ${manifest.datasetHash}.`,
  );
  const latest = await store.getDatasetVersion(name, 'latest');
  if (latest?.datasetHash === manifest.datasetHash) {
    logger.info(`${name}: same content as v${latest.version}; no new version, nothing uploaded.`);
    return unchanged(latest, manifest);
  }
  const tables = options.profile === false ? undefined : await profileTables(manifest.root, manifest.files, logger);
  const files = manifest.files.map((f) => {
    const rows = tables?.rows.get(f.path);
    return rows === undefined ? f : { ...f, rows };
  });
  const put = await options.blobs.putAll(
    manifest.files.map((f) => ({ sha256: f.sha256, size: f.size, path: join(manifest.root, f.path) })),
    `${name}-${manifest.datasetHash.slice(0, 12)}`,
  );
  const totalRows = tables && tables.rows.size > 0 ? [...tables.rows.values()].reduce((a, b) => a + b, 0) : undefined;
  const { record, created } = await store.addDatasetVersion(
    {
      name,
      datasetHash: manifest.datasetHash,
      files,
      fileCount: manifest.fileCount,
      totalSize: manifest.totalSize,
      ...(totalRows !== undefined ? { rows: totalRows } : {}),
      ...(tables && tables.columns.length > 0 ? { columns: tables.columns } : {}),
      storage: put.ref,
      git: options.git,
      ...(options.idempotencyKey !== undefined ? { idempotencyKey: options.idempotencyKey } : {}),
    },
    tables?.profile,
  );
  if (!created) {
    // Another writer recorded the same content first (or this job attempt already did).
    return { ...unchanged(record, manifest), uploaded: put.uploaded, uploadedBytes: put.uploadedBytes };
  }
  const previous = record.parent !== undefined ? await store.getDatasetVersion(name, record.parent) : undefined;
  logger.info(
    `${name}: recorded v${record.version}; ${put.uploaded} new blob(s), ${put.uploadedBytes} bytes uploaded.`,
  );
  return {
    record,
    created: true,
    previous,
    diff: diffVersions(previous, record),
    manifest,
    uploaded: put.uploaded,
    uploadedBytes: put.uploadedBytes,
  };
}

function unchanged(record: DatasetVersion, manifest: Manifest): PushResult {
  return {
    record,
    created: false,
    previous: record,
    diff: diffVersions(record, record),
    manifest,
    uploaded: 0,
    uploadedBytes: 0,
  };
}

/** The manifest JSON a version's `manifest` output points at; returns its path. */
export async function writeManifestFile(record: DatasetVersion, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `cairn-dataset-${record.name}-v${record.version}.manifest.json`);
  const body = {
    name: record.name,
    version: record.version,
    datasetHash: record.datasetHash,
    fileCount: record.fileCount,
    totalSize: record.totalSize,
    ...(record.rows !== undefined ? { rows: record.rows } : {}),
    files: record.files,
  };
  await writeFile(path, `${JSON.stringify(body, null, 2)}\n`);
  return path;
}

/**
 * A dataset version's files on local disk, for drift checks that need the rows (a `current` given
 * as name@version, or `reference-mode: data`): pulled with @cairn/blobs (sha256-verified) into a
 * directory, then read like any directory of tables.
 */
import { join } from 'node:path';
import { type BlobStore, LocalBlobStore, pullDataset } from '@cairn/blobs';
import type { Logger, StorageRef } from '@cairn/core';
import type { MetadataStore } from '@cairn/store';
import { tableFiles } from './read-side.ts';

export interface VersionFilesOptions {
  store: MetadataStore;
  /** Where pulled versions go (one subdirectory per name@version). */
  dir: string;
  logger: Logger;
  /** The blob store for a version's storage; default: local directories only. */
  blobsFor?: (storage: StorageRef) => BlobStore;
}

/** A `fetchVersionFiles` for checkDrift that pulls versions with @cairn/blobs. */
export function versionFilesFetcher(
  options: VersionFilesOptions,
): (name: string, version: number) => Promise<string[]> {
  return async (name, version) => {
    const record = await options.store.getDatasetVersion(name, version);
    const blobsFor =
      options.blobsFor ??
      ((storage: StorageRef): BlobStore => {
        if (storage.backend !== 'local') {
          throw new Error(
            `dataset ${name}@${version} is stored in ${storage.backend}; only local storage can be read here`,
          );
        }
        return new LocalBlobStore(storage.location, options.logger);
      });
    if (!record) throw new Error(`dataset ${name} has no version ${version}`);
    const dir = join(options.dir, `${name}@${version}`);
    await pullDataset(options.store, {
      name,
      version: String(version),
      dir,
      blobs: blobsFor(record.storage),
      logger: options.logger,
    });
    return tableFiles(dir, `${name}@${version}`);
  };
}

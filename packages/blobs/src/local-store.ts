/**
 * The `local:<dir>` backend: blobs at `<dir>/<first two hex>/<sha256>`, written to a temporary
 * name and renamed, so a blob file that exists is always complete.
 */
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Logger, type StorageRef, SystemError, UserError } from '@cairn/core';
import { mapLimit } from '@cairn/data';
import {
  type BlobSource,
  type BlobStore,
  blobsToStore,
  EMPTY_SHA256,
  type PutResult,
  SHA256_HEX,
} from './blob-store.ts';

const COPY_CONCURRENCY = 4;

export class LocalBlobStore implements BlobStore {
  readonly backend = 'local' as const;
  readonly dir: string;
  private readonly logger: Logger;

  constructor(dir: string, logger: Logger) {
    this.dir = resolve(dir);
    this.logger = logger;
  }

  blobPath(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new UserError(`"${sha256}" is not a sha256 (64 lowercase hex characters)`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  private async present(blob: BlobSource): Promise<boolean> {
    const info = await stat(this.blobPath(blob.sha256)).catch(() => undefined);
    return info?.isFile() === true && info.size === blob.size;
  }

  async putAll(blobs: readonly BlobSource[], label: string): Promise<PutResult> {
    await mkdir(this.dir, { recursive: true }).catch((error: unknown) => {
      throw new UserError(`storage directory ${this.dir} cannot be created: ${(error as Error).message}`, {
        cause: error,
      });
    });
    const unique = blobsToStore(blobs);
    const copied = await mapLimit(unique, COPY_CONCURRENCY, async (blob) => {
      if (await this.present(blob)) return undefined;
      const target = this.blobPath(blob.sha256);
      const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await mkdir(join(this.dir, blob.sha256.slice(0, 2)), { recursive: true });
        await copyFile(blob.path, temp);
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw new SystemError(`storing ${blob.path} as blob ${blob.sha256} in ${this.dir} failed`, { cause: error });
      }
      return blob.size;
    });
    const stored = copied.filter((bytes): bytes is number => bytes !== undefined);
    const uploaded = stored.length;
    const uploadedBytes = stored.reduce((sum, bytes) => sum + bytes, 0);
    this.logger.info(`${label}: ${uploaded} new blob(s), ${uploadedBytes} bytes stored in ${this.dir}.`);
    const ref: StorageRef = { backend: 'local', location: this.dir };
    return { uploaded, uploadedBytes, ref };
  }

  async fetchTo(_ref: StorageRef, sha256: string, size: number, dest: string): Promise<void> {
    if (sha256 === EMPTY_SHA256) {
      await writeFile(dest, '');
      return;
    }
    const source = this.blobPath(sha256);
    const info = await stat(source).catch(() => undefined);
    if (!info?.isFile()) {
      throw new UserError(
        `blob ${sha256} (${size} bytes) is missing from ${this.dir}: was the version pushed to this storage directory?`,
      );
    }
    await copyFile(source, dest);
  }
}

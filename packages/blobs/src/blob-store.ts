/**
 * Large-object storage behind one interface (DESIGN.md, Large objects). Blobs are addressed by the
 * sha256 of their content, so a blob stored once serves every version and every dataset that holds
 * the same bytes. Backends: `local:<dir>` (a directory) and `release` (GitHub Release assets).
 */
import type { StorageRef } from '@cairn/core';
import { UserError } from '@cairn/core';

/** A file to store: its content hash, size and where it is on disk now. */
export interface BlobSource {
  sha256: string;
  size: number;
  path: string;
}

/** Where one blob landed (release backend: the tag and, for split blobs, the parts). */
export interface BlobPlacement {
  location: string;
  parts?: { name: string; sha256: string; size: number }[];
}

export interface PutResult {
  /** Blobs uploaded in this call (those not stored before). */
  uploaded: number;
  uploadedBytes: number;
  /** The storage reference a dataset version records. */
  ref: StorageRef;
}

export interface BlobStore {
  readonly backend: StorageRef['backend'];
  /** Stores the blobs not stored yet; returns counts and the reference to record. */
  putAll(blobs: readonly BlobSource[], label: string): Promise<PutResult>;
  /**
   * Writes the blob `sha256` of `size` bytes to `dest` (a temporary path the caller renames or
   * deletes); the caller verifies the written file. `ref` is the version's storage reference.
   */
  fetchTo(ref: StorageRef, sha256: string, size: number, dest: string): Promise<void>;
}

export type StorageSpec = { backend: 'local'; dir: string } | { backend: 'release' };

/** Parses the `storage` input: `release` or `local:<dir>`. */
export function parseStorageSpec(text: string): StorageSpec {
  const trimmed = text.trim();
  if (trimmed === 'release') return { backend: 'release' };
  if (trimmed.startsWith('local:') && trimmed.length > 'local:'.length) {
    return { backend: 'local', dir: trimmed.slice('local:'.length) };
  }
  throw new UserError(
    `storage "${text}" is not understood: use \`release\` (GitHub Release assets) or \`local:<dir>\` (a directory, e.g. local:/mnt/blobs)`,
  );
}

/** sha256 of zero bytes: empty files need no stored blob, they are recreated on pull. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The distinct blobs that need storing (empty files need none). */
export function blobsToStore(blobs: readonly BlobSource[]): BlobSource[] {
  return [...new Map(blobs.filter((b) => b.size > 0).map((b) => [b.sha256, b])).values()];
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

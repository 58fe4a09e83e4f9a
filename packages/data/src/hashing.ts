import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { glob, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { canonicalJson, type ManifestFile, SystemError, UserError } from '@cairn/core';

/** Read size when hashing: 4 MiB keeps syscalls few and throughput near sha256sum. */
const HASH_CHUNK_BYTES = 4 << 20;
export const DEFAULT_HASH_CONCURRENCY = 4;

export interface FileHash {
  sha256: string;
  size: number;
}

/** sha256 of a file, streamed (memory stays at one chunk whatever the file size). */
export async function hashFile(path: string): Promise<FileHash> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: HASH_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new UserError(`${path}: cannot read the file to hash it (${code}). Check the path.`, { cause: error });
    }
    throw new SystemError(`reading ${path} failed`, { cause: error });
  }
  return { sha256: hash.digest('hex'), size };
}

export interface Manifest {
  /** Absolute directory the file paths are relative to. */
  root: string;
  /** Sorted by path (code-unit order); posix relative paths. */
  files: ManifestFile[];
  fileCount: number;
  totalSize: number;
  /** sha256 of canonicalJson(files): the same content always gives the same hash. */
  datasetHash: string;
}

export interface ManifestOptions {
  /** Directory that globs and relative targets start from; default process.cwd(). */
  cwd?: string;
  /** Files hashed at once; default 4. */
  concurrency?: number;
}

/**
 * Content-addresses a file, a directory (recursively; symlinked directories are not followed)
 * or a glob (`data/*.csv`, `**` allowed). Paths are relative to the directory, to the file's
 * directory, or to cwd for a glob.
 */
export async function buildManifest(target: string, options: ManifestOptions = {}): Promise<Manifest> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { root, paths } = await listFiles(target, cwd);
  const concurrency = options.concurrency ?? DEFAULT_HASH_CONCURRENCY;
  const hashes = await mapLimit(paths, concurrency, (path) => hashFile(join(root, path)));
  const files = paths
    .map((path, i) => ({ path, sha256: hashes[i]!.sha256, size: hashes[i]!.size }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    root,
    files,
    fileCount: files.length,
    totalSize: files.reduce((sum, f) => sum + f.size, 0),
    datasetHash: datasetHash(files),
  };
}

/** The dataset hash of a list of manifest entries (sorted here, so order does not matter). */
export function datasetHash(files: readonly ManifestFile[]): string {
  const sorted = [...files]
    .map((f) => ({ path: f.path, sha256: f.sha256, size: f.size }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return createHash('sha256').update(canonicalJson(sorted)).digest('hex');
}

const GLOB_CHARS = /[*?[\]{}]/;

async function listFiles(target: string, cwd: string): Promise<{ root: string; paths: string[] }> {
  if (GLOB_CHARS.test(target)) {
    if (isAbsolute(target)) throw new UserError(`glob ${target}: use a pattern relative to the working directory.`);
    const paths: string[] = [];
    for await (const entry of glob(target, { cwd, withFileTypes: true })) {
      if (entry.isFile()) paths.push(toPosix(relative(cwd, join(entry.parentPath, entry.name))));
    }
    if (paths.length === 0) throw new UserError(`glob ${target} matched no files under ${cwd}.`);
    return { root: cwd, paths };
  }
  const absolute = resolve(cwd, target);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch (error) {
    throw new UserError(`${target}: no such file or directory (looked in ${cwd}).`, { cause: error });
  }
  if (info.isFile()) {
    const root = resolve(absolute, '..');
    return { root, paths: [toPosix(relative(root, absolute))] };
  }
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    const full = join(entry.parentPath, entry.name);
    // A symlink to a file is hashed as its content; symlinked directories are not followed.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isFile());
    if (isFile) paths.push(toPosix(relative(absolute, full)));
  }
  return { root: absolute, paths };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Runs fn over items with at most `limit` promises in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new UserError(`concurrency must be a positive integer, got ${limit}.`);
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Joins a manifest path onto a restore root, refusing anything that could land outside it:
 * absolute paths (posix, Windows drive or UNC), `..` segments, backslashes, empty segments
 * and NUL bytes. Throws a UserError naming the path.
 */
export function safeJoin(root: string, relPath: string): string {
  const refuse = (why: string): never => {
    throw new UserError(
      `refusing manifest path ${JSON.stringify(relPath)}: ${why}. Manifest paths must be relative paths inside the dataset.`,
    );
  };
  if (relPath === '') refuse('it is empty');
  if (relPath.includes('\0')) refuse('it contains a NUL byte');
  if (relPath.includes('\\')) refuse('it contains a backslash (use / between folders)');
  if (relPath.startsWith('/') || /^[A-Za-z]:/.test(relPath)) refuse('it is absolute');
  const segments = relPath.split('/');
  if (segments.includes('..')) refuse('it climbs out of the dataset with ".."');
  if (segments.some((s) => s === '' || s === '.')) refuse('it has an empty or "." segment');
  const base = resolve(root);
  const joined = resolve(base, ...segments);
  const rel = relative(base, joined);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    refuse('it resolves outside the root');
  return joined;
}

/** Checks a restored file against its manifest entry; throws a UserError naming the mismatch. */
export async function verifyFile(root: string, entry: ManifestFile): Promise<void> {
  const path = safeJoin(root, entry.path);
  const actual = await hashFile(path);
  if (actual.size !== entry.size || actual.sha256 !== entry.sha256) {
    throw new UserError(
      `${entry.path}: content does not match the manifest (expected sha256 ${entry.sha256}, ${entry.size} bytes; ` +
        `found ${actual.sha256}, ${actual.size} bytes). The file was changed or the download is corrupt: pull it again.`,
    );
  }
}

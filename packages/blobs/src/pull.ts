/**
 * `pull`: restore a dataset version into a directory. Every manifest path is checked before
 * anything is written (no path may land outside the directory); files already present with the
 * right sha256 are kept; every fetched file is hashed, and one that does not match is deleted and
 * named in the error.
 */
import { mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { aliasSchema, CairnError, type DatasetVersion, type Logger, SystemError, UserError } from '@cairn/core';
import { hashFile, mapLimit, safeJoin } from '@cairn/data';
import type { MetadataStore } from '@cairn/store';
import type { BlobStore } from './blob-store.ts';
import { getDatasetAliases } from './dataset-aliases.ts';

export interface PullOptions {
  name: string;
  /** `latest`, a number (`3` or `v3`) or an alias. */
  version: string;
  dir: string;
  blobs: BlobStore;
  logger: Logger;
  concurrency?: number;
}

export interface PullResult {
  record: DatasetVersion;
  downloaded: number;
  downloadedBytes: number;
  skipped: number;
}

/** `latest`, `7`, `v7`, or an alias (`production`) as a version selector. */
export function parseVersionSelector(text: string): number | 'latest' | { alias: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'latest') return 'latest';
  const m = /^v?([1-9]\d*)$/.exec(trimmed);
  if (m) return Number(m[1]);
  if (aliasSchema.safeParse(trimmed).success) return { alias: trimmed };
  throw new UserError(
    `version "${text}" is not understood: use latest, a version number such as 3 (or v3), or an alias such as production`,
  );
}

export async function resolveDatasetVersion(
  store: MetadataStore,
  name: string,
  version: string,
): Promise<DatasetVersion> {
  const selector = parseVersionSelector(version);
  let number: number | 'latest';
  if (typeof selector === 'object') {
    const aliases = await getDatasetAliases(store, name);
    const target = aliases[selector.alias];
    if (target === undefined) {
      const known = Object.keys(aliases);
      throw new UserError(
        `dataset ${name} has no alias ${selector.alias}` +
          (known.length
            ? ` (its aliases: ${known.join(', ')})`
            : ' (it has no aliases; set one with the `alias` input of a push)'),
      );
    }
    number = target;
  } else number = selector;
  const record = await store.getDatasetVersion(name, number);
  if (!record) {
    throw new UserError(
      number === 'latest'
        ? `dataset ${name} has no versions on the metadata branch yet: push one first`
        : `dataset ${name} has no version ${number}: list them with \`cairn data list ${name}\``,
    );
  }
  return record;
}

async function matches(path: string, sha256: string, size: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size !== size) return false;
  return (await hashFile(path)).sha256 === sha256;
}

/** Refuses a destination whose real parent directory (symlinks resolved) is outside the real root. */
async function assertInside(realRoot: string, dest: string, relPath: string): Promise<void> {
  const parent = await realpath(dirname(dest));
  const rel = relative(realRoot, parent);
  if (rel === '..' || rel.startsWith(`..${sep}`) || resolve(realRoot, rel) !== parent) {
    throw new UserError(
      `refusing manifest path ${JSON.stringify(relPath)}: a symbolic link in the target directory leads outside it`,
    );
  }
}

export async function pullDataset(store: MetadataStore, options: PullOptions): Promise<PullResult> {
  const record = await resolveDatasetVersion(store, options.name, options.version);
  if (record.storage.backend !== options.blobs.backend) {
    throw new UserError(
      `dataset ${record.name} v${record.version} is stored in ${record.storage.backend === 'local' ? `local:${record.storage.location}` : 'release'}; ` +
        `pass that as the storage, not ${options.blobs.backend}`,
    );
  }
  const root = resolve(options.dir);
  // Check every path before writing anything.
  const targets = record.files.map((file) => ({ file, dest: safeJoin(root, file.path) }));
  const seen = new Set<string>();
  for (const { file, dest } of targets) {
    if (seen.has(dest)) throw new UserError(`refusing manifest path ${JSON.stringify(file.path)}: it appears twice`);
    seen.add(dest);
  }
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  let downloaded = 0;
  let downloadedBytes = 0;
  let skipped = 0;
  await mapLimit(targets, options.concurrency ?? 4, async ({ file, dest }) => {
    await mkdir(dirname(dest), { recursive: true });
    await assertInside(realRoot, dest, file.path);
    if (await matches(dest, file.sha256, file.size)) {
      skipped++;
      return;
    }
    const temp = `${dest}.cairn-partial`;
    try {
      await options.blobs.fetchTo(record.storage, file.sha256, file.size, temp);
    } catch (error) {
      await rm(temp, { force: true });
      if (error instanceof CairnError) {
        const Kind = error instanceof UserError ? UserError : SystemError;
        throw new Kind(`${file.path}: could not be restored; nothing was left in its place`, { cause: error });
      }
      throw error;
    }
    const actual = await hashFile(temp);
    if (actual.sha256 !== file.sha256 || actual.size !== file.size) {
      await rm(temp, { force: true });
      await rm(dest, { force: true });
      throw new UserError(
        `${file.path}: the restored content does not match the manifest (expected sha256 ${file.sha256}, ${file.size} bytes; ` +
          `got ${actual.sha256}, ${actual.size} bytes). The bad file was deleted; the stored blob is damaged, push the data again.`,
      );
    }
    await rename(temp, dest);
    downloaded++;
    downloadedBytes += file.size;
  });
  options.logger.info(
    `${record.name} v${record.version}: ${downloaded} file(s) restored (${downloadedBytes} bytes), ${skipped} already present.`,
  );
  return { record, downloaded, downloadedBytes, skipped };
}

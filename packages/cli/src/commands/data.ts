/**
 * `cairn data push|pull|list|diff`: version-data from a terminal. Blobs go to `--storage
 * local:<dir>` or `release` (GitHub Release assets; needs a token in CAIRN_TOKEN or GITHUB_TOKEN and
 * the repository in --repo or GITHUB_REPOSITORY).
 */
import { spawnSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import {
  type BlobStore,
  diffVersions,
  formatBytes,
  LocalBlobStore,
  parseStorageSpec,
  pullDataset,
  pushDataset,
  ReleaseBlobStore,
  renderDiffMarkdown,
  resolveDatasetVersion,
  setDatasetAlias,
} from '@cairn/blobs';
import { type DatasetVersion, type GitContext, type StorageRef, stderrLogger, UserError } from '@cairn/core';
import { createGitHubClient } from '@cairn/github/client';
import type { MetadataStore } from '@cairn/store';
import {
  type Command,
  FORMAT_OPTION,
  formatFlag,
  type ParsedArgs,
  printJson,
  STORE_OPTIONS,
  storeFlags,
  stringFlag,
} from '../command.ts';
import { withStore } from '../context.ts';
import { type CliIo, EXIT } from '../io.ts';
import { formatValue, renderTable, shortTime } from '../table.ts';

const USAGE = [
  'cairn data push <dataset> <file|dir|glob> --storage local:<dir>|release [--alias <name>] [--no-profile]',
  '       cairn data pull <dataset> <dir> [--version latest|<n>] [--storage local:<dir>|release]',
  '       cairn data list [<dataset>]',
  '       cairn data alias <dataset> <alias> <version|--remove>',
  '       cairn data diff <dataset> [<from> [<to>]]   (default: the latest version against the one before)',
].join('\n');

function blobStoreFor(spec: string, args: ParsedArgs, io: CliIo, verbose: boolean): BlobStore {
  const storage = parseStorageSpec(spec);
  const logger = stderrLogger(verbose);
  if (storage.backend === 'local') {
    return new LocalBlobStore(isAbsolute(storage.dir) ? storage.dir : resolve(io.cwd, storage.dir), logger);
  }
  const token = io.env.CAIRN_TOKEN ?? io.env.GITHUB_TOKEN;
  const repository = stringFlag(args, 'repo') ?? io.env.GITHUB_REPOSITORY;
  if (!token || !repository) {
    throw new UserError(
      'storage release needs a token in CAIRN_TOKEN (or GITHUB_TOKEN) and the repository as --repo owner/repo (or GITHUB_REPOSITORY)',
    );
  }
  const apiUrl = stringFlag(args, 'api-url') ?? io.env.GITHUB_API_URL ?? 'https://api.github.com';
  return new ReleaseBlobStore(createGitHubClient({ token, repository, apiUrl, logger }));
}

/** The storage a version was pushed to, as a --storage value. */
function storageText(ref: StorageRef): string {
  return ref.backend === 'local' ? `local:${ref.location}` : 'release';
}

function gitContextOf(cwd: string): GitContext {
  const git = (gitArgs: string[]) => {
    const out = spawnSync('git', gitArgs, { cwd, encoding: 'utf8' });
    return out.status === 0 ? out.stdout.trim() : undefined;
  };
  const sha = git(['rev-parse', 'HEAD']);
  const ref = git(['symbolic-ref', '--quiet', 'HEAD']);
  return { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}), eventName: 'cli' };
}

function positional(args: ParsedArgs, index: number, what: string): string {
  const value = args.positionals[index];
  if (value === undefined) throw new UserError(`missing ${what}. Usage:\n  ${USAGE}`);
  return value;
}

async function push(args: ParsedArgs, io: CliIo): Promise<number> {
  const name = positional(args, 1, 'the dataset name');
  const target = positional(args, 2, 'the file, directory or glob to version');
  const spec = stringFlag(args, 'storage') ?? io.env.CAIRN_STORAGE;
  if (!spec) throw new UserError('--storage is required for push: local:<dir> or release (or set CAIRN_STORAGE)');
  const flags = storeFlags(args);
  const blobs = blobStoreFor(spec, args, io, flags.verbose);
  const alias = stringFlag(args, 'alias');
  const result = await withStore(flags, io, async (store) => {
    const pushed = await pushDataset(store, {
      name,
      target,
      cwd: io.cwd,
      git: gitContextOf(io.cwd),
      blobs,
      logger: stderrLogger(flags.verbose),
      profile: args.values['no-profile'] !== true,
    });
    if (alias) await setDatasetAlias(store, name, alias, pushed.record.version);
    return pushed;
  });
  if (formatFlag(args) === 'json') {
    printJson(io, {
      push: {
        name,
        version: result.record.version,
        created: result.created,
        datasetHash: result.record.datasetHash,
        uploaded: result.uploaded,
        uploadedBytes: result.uploadedBytes,
        diff: result.diff,
      },
    });
  } else {
    io.stdout(
      result.created
        ? `${name} v${result.record.version} recorded: ${result.record.fileCount} files, ${formatBytes(result.record.totalSize)}; ` +
            `${result.uploaded} new blob(s) stored (${formatBytes(result.uploadedBytes)}).\n`
        : `${name}: unchanged, same content as v${result.record.version}; nothing stored.\n`,
    );
    if (alias) io.stdout(`alias ${alias} -> v${result.record.version}\n`);
  }
  return EXIT.ok;
}

async function pull(args: ParsedArgs, io: CliIo): Promise<number> {
  const name = positional(args, 1, 'the dataset name');
  const dir = resolve(io.cwd, positional(args, 2, 'the directory to restore into'));
  const version = stringFlag(args, 'version') ?? 'latest';
  const flags = storeFlags(args);
  const result = await withStore(flags, io, async (store) => {
    const record = await resolveDatasetVersion(store, name, version);
    const spec = stringFlag(args, 'storage') ?? io.env.CAIRN_STORAGE ?? storageText(record.storage);
    const blobs = blobStoreFor(spec, args, io, flags.verbose);
    return pullDataset(store, {
      name,
      version: String(record.version),
      dir,
      blobs,
      logger: stderrLogger(flags.verbose),
    });
  });
  if (formatFlag(args) === 'json') {
    const { record, ...counts } = result;
    printJson(io, { pull: { name, version: record.version, datasetHash: record.datasetHash, dir, ...counts } });
  } else {
    io.stdout(
      `${name} v${result.record.version} restored into ${dir}: ${result.downloaded} file(s) fetched and verified, ` +
        `${result.skipped} already present.\n`,
    );
  }
  return EXIT.ok;
}

async function list(args: ParsedArgs, io: CliIo): Promise<number> {
  const name = args.positionals[1];
  const format = formatFlag(args);
  if (name === undefined) {
    const names = await withStore(storeFlags(args), io, (store) => store.listDatasets());
    if (format === 'json') printJson(io, { datasets: names });
    else io.stdout(names.length === 0 ? 'No datasets versioned yet.\n' : `${names.join('\n')}\n`);
    return EXIT.ok;
  }
  const versions = await withStore(storeFlags(args), io, (store) => store.listDatasetVersions(name));
  if (versions.length === 0) throw new UserError(`no dataset named ${name} (see "cairn data list")`);
  if (format === 'json') {
    printJson(io, { dataset: name, versions });
    return EXIT.ok;
  }
  io.stdout(
    renderTable(
      ['version', 'created', 'files', 'size', 'rows', 'storage', 'hash'],
      [...versions]
        .sort((a, b) => b.version - a.version)
        .map((v) => [
          String(v.version),
          shortTime(v.createdAt),
          String(v.fileCount),
          formatBytes(v.totalSize),
          formatValue(v.rows),
          storageText(v.storage),
          v.datasetHash.slice(0, 12),
        ]),
    ),
  );
  return EXIT.ok;
}

async function alias(args: ParsedArgs, io: CliIo): Promise<number> {
  const name = positional(args, 1, 'the dataset name');
  const aliasName = positional(args, 2, 'the alias');
  const remove = args.values.remove === true;
  const versionText = args.positionals[3];
  if (remove === (versionText !== undefined)) {
    throw new UserError(`give either a version or --remove. Usage:\n  ${USAGE}`);
  }
  const previous = await withStore(storeFlags(args), io, async (store) => {
    const target = remove ? null : (await resolveDatasetVersion(store, name, versionText as string)).version;
    return { before: await setDatasetAlias(store, name, aliasName, target), target };
  });
  const from = previous.before === null ? 'unset' : `v${previous.before}`;
  io.stdout(`${name}: alias ${aliasName} ${from} -> ${previous.target === null ? 'removed' : `v${previous.target}`}\n`);
  return EXIT.ok;
}

async function versionsToCompare(
  store: MetadataStore,
  name: string,
  from: string | undefined,
  to: string | undefined,
): Promise<[DatasetVersion | undefined, DatasetVersion]> {
  const newer = await resolveDatasetVersion(store, name, to ?? 'latest');
  if (from !== undefined) return [await resolveDatasetVersion(store, name, from), newer];
  const before = newer.version > 1 ? await store.getDatasetVersion(name, newer.version - 1) : undefined;
  return [before, newer];
}

async function diff(args: ParsedArgs, io: CliIo): Promise<number> {
  const name = positional(args, 1, 'the dataset name');
  const [older, newer] = await withStore(storeFlags(args), io, (store) =>
    versionsToCompare(store, name, args.positionals[2], args.positionals[3]),
  );
  const changes = diffVersions(older, newer);
  if (formatFlag(args) === 'json') printJson(io, { diff: { name, ...changes } });
  else io.stdout(renderDiffMarkdown(changes, { name }));
  return EXIT.ok;
}

export const dataCommand: Command = {
  name: 'data',
  summary: 'version data: push a file/dir/glob, pull a version, list, diff two versions, set aliases',
  usage: USAGE,
  options: {
    ...STORE_OPTIONS,
    ...FORMAT_OPTION,
    storage: { type: 'string', description: 'local:<dir> or release (default for pull: where the version was pushed)' },
    version: { type: 'string', description: 'pull: latest (default), a number or v<number>' },
    repo: { type: 'string', description: 'release storage: owner/repo (default $GITHUB_REPOSITORY)' },
    'api-url': { type: 'string', description: 'release storage: API URL (default $GITHUB_API_URL or api.github.com)' },
    'no-profile': { type: 'boolean', description: 'push: skip the column profile of tabular files' },
    alias: { type: 'string', description: 'push: also point this alias at the version pushed' },
    remove: { type: 'boolean', description: 'alias: remove the alias' },
  },
  async run(args, io) {
    const sub = args.positionals[0];
    if (sub === 'push') return push(args, io);
    if (sub === 'pull') return pull(args, io);
    if (sub === 'list') return list(args, io);
    if (sub === 'diff') return diff(args, io);
    if (sub === 'alias') return alias(args, io);
    throw new UserError(`unknown data command ${JSON.stringify(sub ?? '')}. Usage:\n  ${USAGE}`);
  },
};

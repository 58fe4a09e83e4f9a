import { spawnSync } from 'node:child_process';
import { stderrLogger, UserError } from '@cairn/core';
import { type MetadataStore, openStore } from '@cairn/store';
import type { CliIo } from './io.ts';

export const DEFAULT_BRANCH = 'mlops-metadata';

export interface StoreFlags {
  remote?: string | undefined;
  branch?: string | undefined;
  verbose?: boolean | undefined;
}

/**
 * The metadata remote: --remote, else $CAIRN_REMOTE, else the git repository that contains the
 * current directory (the store then lives in a branch of that very repository).
 */
export function resolveRemote(flags: StoreFlags, io: CliIo): string {
  const explicit = flags.remote ?? io.env.CAIRN_REMOTE;
  if (explicit) return explicit;
  const found = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: io.cwd, encoding: 'utf8' });
  if (found.status !== 0) {
    throw new UserError(
      `${io.cwd} is not inside a git repository: run cairn inside one, or pass --remote <git URL or bare repository path>`,
    );
  }
  return found.stdout.trim();
}

export async function withStore<T>(
  flags: StoreFlags,
  io: CliIo,
  use: (store: MetadataStore) => Promise<T>,
): Promise<T> {
  const logger = stderrLogger(flags.verbose ?? false);
  const token = io.env.CAIRN_TOKEN ?? io.env.GITHUB_TOKEN;
  const store = await openStore({
    remote: resolveRemote(flags, io),
    branch: flags.branch ?? io.env.CAIRN_BRANCH ?? DEFAULT_BRANCH,
    logger: {
      ...logger,
      info: (message) => {
        if (flags.verbose) logger.info(message);
      },
    },
    ...(token ? { token } : {}),
  });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

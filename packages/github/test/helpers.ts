import { MemoryLogger } from '@cairn/core';
import { type LocalGitHub, type LocalGitHubOptions, startLocalGitHub } from '../../../test/github-api/src/index.ts';
import { createGitHubClient } from '../src/client.ts';
import type { GitHub } from '../src/index.ts';

export interface Setup {
  server: LocalGitHub;
  gh: GitHub;
  logger: MemoryLogger;
}

/** A local GitHub API and a client pointed at it (fast retries, no write pacing). */
export async function setup(options: LocalGitHubOptions = {}): Promise<Setup> {
  const server = await startLocalGitHub(options);
  const logger = new MemoryLogger();
  const gh = createGitHubClient({
    token: server.token,
    repository: `${server.owner}/${server.repo}`,
    apiUrl: server.url,
    logger,
    retries: 3,
    retryBaseMs: 2,
    pacing: 'none',
  });
  return { server, gh, logger };
}

export const SHA = 'c0ffee0000000000000000000000000000000001';

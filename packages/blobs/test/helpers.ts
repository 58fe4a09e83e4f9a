import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { MemoryLogger } from '@cairn/core';
import type { GitHub } from '@cairn/github';
import { createGitHubClient } from '@cairn/github/client';
import { type MetadataStore, openStore } from '@cairn/store';
import { type LocalGitHub, startLocalGitHub } from '../../../test/github-api/src/index.ts';

export interface Sandbox {
  dir: string;
  remote: string;
  store: MetadataStore;
  logger: MemoryLogger;
  /** Writes files under dir/<sub>. */
  write(sub: string, files: Record<string, string | Buffer>): string;
  close(): Promise<void>;
}

export async function sandbox(): Promise<Sandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-blobs-test-'));
  const remote = join(dir, 'metadata.git');
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
  const logger = new MemoryLogger();
  const store = await openStore({ remote, logger, workDir: dir });
  return {
    dir,
    remote,
    store,
    logger,
    write(sub, files) {
      for (const [name, content] of Object.entries(files)) {
        const path = join(dir, sub, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
      return join(dir, sub);
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under a directory: relative path -> bytes. */
export function readTree(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    if (statSync(full).isFile()) out.set(relative(root, full).split('\\').join('/'), readFileSync(full));
  }
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

export async function localGitHub(): Promise<{ server: LocalGitHub; gh: GitHub }> {
  const server = await startLocalGitHub();
  const gh = createGitHubClient({
    token: server.token,
    repository: `${server.owner}/${server.repo}`,
    apiUrl: server.url,
    logger: new MemoryLogger(),
    retries: 2,
    retryBaseMs: 2,
    pacing: 'none',
  });
  return { server, gh };
}

export const GIT = { sha: 'a'.repeat(40), ref: 'refs/heads/main' };

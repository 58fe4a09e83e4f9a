import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, type RunRecord } from '@cairn/core';

/** A temp directory with a bare repository in it; remove() deletes both. */
export function tempRemote(): { dir: string; remote: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-store-test-'));
  const remote = join(dir, 'remote.git');
  git(['init', '--quiet', '--bare', remote]);
  return { dir, remote, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

export function git(args: string[], cwd?: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV });
}

/**
 * What `git fsck --no-dangling` reports about a repository, stdout and stderr (a stray temp
 * object file shows as "bad sha1 file" on stderr), without its notice about an unborn HEAD.
 */
export function fsckProblems(gitDir: string): string {
  const result = spawnSync('git', ['--git-dir', gitDir, 'fsck', '--no-dangling', '--no-progress'], {
    encoding: 'utf8',
    env: GIT_ENV,
  });
  const lines = `${result.stdout}\n${result.stderr}`.split('\n');
  const problems = lines.filter((l) => l.trim() !== '' && !l.startsWith('notice:')).join('\n');
  return result.status === 0 ? problems : `exit ${result.status}: ${problems}`;
}

export function makeRun(overrides: Partial<RunRecord> & { key?: string; now?: number } = {}): RunRecord {
  const { key, now, ...rest } = overrides;
  const id = newId({ key, now: now ?? Date.now() });
  return {
    schemaVersion: 1,
    kind: 'run',
    id,
    experiment: 'churn',
    status: 'FINISHED',
    startTime: new Date(now ?? Date.now()).toISOString(),
    params: { lr: '0.1' },
    metrics: { auc: 0.9 },
    tags: {},
    datasets: [],
    git: { ref: 'refs/heads/main', sha: 'a'.repeat(40) },
    ...(key !== undefined ? { idempotencyKey: key } : {}),
    ...rest,
  };
}

export const SHA = 'b'.repeat(64);

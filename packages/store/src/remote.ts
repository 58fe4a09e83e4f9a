import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redact, SystemError, UserError } from '@cairn/core';
import { type GitContext, isTransientNetworkError, runGit } from './git-process.ts';

/** How the cache repository talks to the user's remote. */
export interface RemoteSpec {
  /** What git is given: an absolute path for local repositories, the URL otherwise. */
  url: string;
  /** For messages: the remote with any credentials removed. */
  display: string;
  local: boolean;
}

export function parseRemote(remote: string, secrets: readonly string[]): RemoteSpec {
  if (remote.trim() === '') throw new UserError('no metadata remote given: pass a git URL or the path of a repository');
  if (remote.startsWith('file://')) {
    const path = fileURLToPath(remote);
    return { url: path, display: path, local: true };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\\]+@[^/\\]+:/.test(remote)) {
    // Credentials written into the URL are removed from everything we print.
    const display = redact(remote.replace(/\/\/[^/@]*@/, '//***@'), secrets);
    return { url: remote, display, local: false };
  }
  const path = isAbsolute(remote) ? remote : resolve(remote);
  return { url: path, display: path, local: true };
}

/**
 * Local repositories do not advertise partial-clone filters or serve objects by id unless told
 * to; GitHub does both. Running upload-pack with these settings makes a plain bare repository
 * on disk behave like GitHub for the cache.
 */
export const LOCAL_UPLOAD_PACK = 'git -c uploadpack.allowFilter=true -c uploadpack.allowAnySHA1InWant=true upload-pack';

export type TipResult = { kind: 'found'; commit: string } | { kind: 'missing' };

/**
 * Fetches the tip commit of the branch with its root tree and the root's own entries (cairn.json
 * and the top-level directories, which list experiment, model and dataset names, not records):
 * depth 1, `tree:2`, saving the round trip every read and write would make next; and no
 * negotiation (noop: we send no "have"). Measured: with our previous tip as a have, the server
 * walks the whole old tree (O(records)) and sends a thin pack whose delta bases are trees this
 * cache never fetched, which git then lazily fetches with blob:none: the whole branch. Without
 * haves it sends a handful of objects; the trees that changed are fetched by id as they are read, and
 * unchanged ones are already cached (trees are immutable).
 */
export async function fetchTip(ctx: GitContext, spec: RemoteSpec, branch: string): Promise<TipResult> {
  const tracking = `refs/remotes/origin/${branch}`;
  const args = [
    '-c',
    'fetch.negotiationAlgorithm=noop',
    'fetch',
    '--quiet',
    '--no-tags',
    '--depth=1',
    '--filter=tree:2',
    '--recurse-submodules=no',
    'origin',
    `+refs/heads/${branch}:${tracking}`,
  ];
  for (let attempt = 1; ; attempt++) {
    const result = await runGit(ctx, args, { allowCodes: [1, 128] });
    if (result.code === 0) break;
    if (/couldn't find remote ref|could not find remote ref/i.test(result.stderr)) return { kind: 'missing' };
    if (spec.local && !existsSync(spec.url)) {
      throw new SystemError(`cannot reach the metadata remote ${spec.display}: no repository at that path`);
    }
    if (attempt < 3 && isTransientNetworkError(result.stderr)) {
      await new Promise((r) => setTimeout(r, 300 * attempt));
      continue;
    }
    throw unreachable(spec, result.stderr);
  }
  const fetchHead = await readFile(join(ctx.gitDir, 'FETCH_HEAD'), 'utf8');
  const commit = /^([0-9a-f]{40})\t/.exec(fetchHead)?.[1];
  if (!commit) throw new SystemError(`could not read the tip of ${branch} fetched from ${spec.display}`);
  return { kind: 'found', commit };
}

export function unreachable(spec: RemoteSpec, stderr: string): SystemError {
  const detail = stderr.trim().split('\n').slice(-2).join('; ');
  let hint = '';
  if (/403|permission|denied/i.test(stderr)) hint = ' (does the token have contents: write permission?)';
  else if (/401|authentication|could not read username/i.test(stderr)) hint = ' (is the token valid?)';
  return new SystemError(`cannot reach the metadata remote ${spec.display}: ${detail || 'git failed'}${hint}`);
}

export type PushOutcome = { kind: 'pushed' } | { kind: 'rejected'; reason: string };

/**
 * Pushes a commit to the branch without force. Rejections because someone else moved the branch
 * come back as 'rejected' (the caller re-applies its mutation); transport failures are retried;
 * anything else (a protected branch, no permission) is an error.
 *
 * --no-thin: a thin pack would look for delta bases in the old versions of changed files, which
 * the cache does not have, and git would fetch them; the objects we send are small anyway.
 */
export async function pushCommit(
  ctx: GitContext,
  spec: RemoteSpec,
  branch: string,
  commit: string,
): Promise<PushOutcome> {
  const args = ['push', '--porcelain', '--no-thin', '--no-verify', 'origin', `${commit}:refs/heads/${branch}`];
  for (let attempt = 1; ; attempt++) {
    const result = await runGit(ctx, args, { allowCodes: [1, 128] });
    const lines = result.stdout.toString('utf8').split('\n');
    const status = lines.find((l) => l.includes(`:refs/heads/${branch}`));
    if (status !== undefined) {
      const flag = status[0];
      if (flag === '!') {
        const reason = status.split('\t')[2] ?? status;
        if (
          /fetch first|non-fast-forward|stale info|lock|failed to update ref|incorrect old value|already exists/i.test(
            reason,
          )
        ) {
          return { kind: 'rejected', reason };
        }
        throw new SystemError(
          `the metadata remote ${spec.display} refused the write to ${branch}: ${reason.trim()}; check branch protection rules and that the token may push to ${branch}`,
        );
      }
      if (result.code === 0) return { kind: 'pushed' };
    }
    if (/fetch first|non-fast-forward|cannot lock ref|failed to update ref/i.test(result.stderr)) {
      return { kind: 'rejected', reason: result.stderr.trim() };
    }
    if (attempt < 3 && isTransientNetworkError(result.stderr)) {
      await new Promise((r) => setTimeout(r, 300 * attempt));
      continue;
    }
    throw unreachable(spec, result.stderr);
  }
}

/**
 * End-to-end setup for track-run: a bare repository as the metadata remote, the local GitHub API,
 * a workspace with metric files, and runs of the built action through the runner harness.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type LocalGitHub, startLocalGitHub } from '../../../test/github-api/src/index.ts';
import { type ActionRunResult, runAction } from '../../../test/harness/index.ts';

export interface E2E {
  dir: string;
  remote: string;
  workspace: string;
  server: LocalGitHub;
  write(files: Record<string, string>): void;
  run(options: RunOptions): Promise<ActionRunResult>;
  close(): Promise<void>;
}

export interface RunOptions {
  inputs: Record<string, string>;
  event?: 'push' | 'pull_request';
  ref?: string;
  sha?: string;
  runId?: string;
  runAttempt?: string;
  /** The pull request number and where its head lives (another repository for a fork). */
  pr?: { number: number; headRepo?: string; baseRef?: string };
}

let shaCounter = 0;
export function nextSha(): string {
  shaCounter += 1;
  return shaCounter.toString(16).padStart(40, 'a');
}

export async function setupE2E(): Promise<E2E> {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-track-e2e-'));
  const remote = join(dir, 'metadata.git');
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  const server = await startLocalGitHub();
  const repository = `${server.owner}/${server.repo}`;
  let runCounter = 100;
  return {
    dir,
    remote,
    workspace,
    server,
    write(files) {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(workspace, name)), { recursive: true });
        writeFileSync(join(workspace, name), text);
      }
    },
    async run(options) {
      runCounter += 1;
      const event = options.event ?? 'push';
      const sha = options.sha ?? nextSha();
      const pr = options.pr;
      const payload =
        event === 'pull_request' && pr
          ? {
              action: 'synchronize',
              number: pr.number,
              pull_request: {
                number: pr.number,
                head: { ref: 'feature', sha, repo: { full_name: pr.headRepo ?? repository } },
                base: { ref: pr.baseRef ?? 'main', repo: { full_name: repository } },
              },
              repository: { full_name: repository },
            }
          : {
              ref: options.ref ?? 'refs/heads/main',
              after: sha,
              repository: { full_name: repository, default_branch: 'main' },
            };
      return runAction({
        action: 'track-run',
        workspace,
        inputs: { 'metadata-remote': remote, ...options.inputs },
        github: {
          repository,
          apiUrl: server.url,
          token: server.token,
          eventName: event,
          sha,
          ref: event === 'pull_request' && pr ? `refs/pull/${pr.number}/merge` : (options.ref ?? 'refs/heads/main'),
          baseRef: event === 'pull_request' ? (pr?.baseRef ?? 'main') : '',
          headRef: event === 'pull_request' ? 'feature' : '',
          runId: options.runId ?? String(runCounter),
          runAttempt: options.runAttempt ?? '1',
          workflow: 'Train model',
        },
        eventPayload: payload,
        timeoutMs: 60_000,
      });
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

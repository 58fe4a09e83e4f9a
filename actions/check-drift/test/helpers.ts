/**
 * End-to-end setup for check-drift: a bare repository as the metadata remote, the local GitHub
 * API, a workspace with data files, and runs of the built action through the runner harness.
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
  event?: 'schedule' | 'workflow_dispatch' | 'pull_request' | 'push';
  pr?: { number: number; headRepo?: string };
  env?: Record<string, string | undefined>;
  /** Keep RUNNER_TEMP (the report files) until result.cleanup(). */
  keepTemp?: boolean;
}

/** Deterministic data: `n` rows of a numeric and a categorical column, shifted by `shift`. */
export function flightsLike(n: number, seed: number, shift: number): string {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rows = ['delay,distance,carrier'];
  for (let i = 0; i < n; i++) {
    rows.push(
      `${(r() * 60 - 10 + shift).toFixed(1)},${Math.round(200 + r() * 2000 + shift * 20)},${['AA', 'UA', 'DL', 'WN'][Math.floor(r() * (shift > 0 ? 2 : 4))]}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

let runCounter = 500;

export async function setupE2E(): Promise<E2E> {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-drift-e2e-'));
  const remote = join(dir, 'metadata.git');
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  const server = await startLocalGitHub();
  const repository = `${server.owner}/${server.repo}`;
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
      const event = options.event ?? 'schedule';
      const sha = runCounter.toString(16).padStart(40, 'c');
      const pr = options.pr;
      const payload =
        event === 'pull_request' && pr
          ? {
              action: 'synchronize',
              number: pr.number,
              pull_request: {
                number: pr.number,
                head: { ref: 'feature', sha, repo: { full_name: pr.headRepo ?? repository } },
                base: { ref: 'main', repo: { full_name: repository } },
              },
              repository: { full_name: repository },
            }
          : event === 'schedule'
            ? { schedule: '0 3 * * *', repository: { full_name: repository } }
            : { ref: 'refs/heads/main', repository: { full_name: repository } };
      return runAction({
        action: 'check-drift',
        workspace,
        inputs: { 'metadata-remote': remote, ...options.inputs },
        github: {
          repository,
          apiUrl: server.url,
          token: server.token,
          eventName: event,
          sha,
          ref: event === 'pull_request' && pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
          baseRef: event === 'pull_request' ? 'main' : '',
          headRef: event === 'pull_request' ? 'feature' : '',
          runId: String(runCounter),
          runAttempt: '1',
          workflow: 'Nightly drift',
        },
        eventPayload: payload,
        ...(options.env ? { env: options.env } : {}),
        ...(options.keepTemp ? { keepTemp: true } : {}),
        timeoutMs: 90_000,
      });
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

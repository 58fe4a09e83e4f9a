/**
 * One end-to-end world for the action tests: a bare git repository as the metadata remote, the
 * local GitHub REST API, a workspace directory, event payloads shaped like GitHub's (push,
 * pull_request incl. forks, schedule, workflow_dispatch), fake commit shas and run ids, and runs of
 * the built action through `runAction`.
 *
 *   const e = useE2E({ action: 'track-run', prefix: 'cairn-track-e2e-' }); // beforeAll/afterAll
 *   it('comments', async () => {
 *     e.write({ 'out/metrics.json': '{"accuracy": 0.9}' });
 *     const number = e.server.addPullRequest({ headSha: 'f'.repeat(40) });
 *     const r = await e.run({ pr: { number }, inputs: { experiment: 'churn', metrics: 'out/metrics.json' } });
 *   });
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { type LocalGitHub, type LocalGitHubOptions, startLocalGitHub } from '../github-api/src/index.ts';
import { loadActionManifest } from './action-yml.ts';
import { type ActionRunResult, REPO_ROOT, runAction } from './run-action.ts';
import type { GithubContext } from './runner-env.ts';

/** The events the actions' tests run under. */
export type E2EEvent = 'push' | 'pull_request' | 'schedule' | 'workflow_dispatch';

export interface E2EOptions {
  /** The action run() starts: a folder under actions/, or a path to a folder with an action.yml. */
  action: string;
  /** Start of the temp directory's name, e.g. `cairn-drift-e2e-`. */
  prefix: string;
  /** The event of a run given neither `event` nor `pr`. Default `push`. */
  event?: E2EEvent;
  /** GITHUB_WORKFLOW. Default `CI`, the harness's. */
  workflow?: string;
  /** Per-run timeout. Default 60 s. */
  timeoutMs?: number;
  /** Options of the local GitHub API (owner, repo, permissions, rate limit). */
  github?: LocalGitHubOptions;
}

/** The pull request of a run: its number, and where its head lives (another repository for a fork). */
export interface E2EPullRequest {
  number: number;
  /** owner/repo of the head branch; the test repository unless a fork. */
  headRepo?: string;
  /** Default `main`. */
  baseRef?: string;
  /** Default `feature`. */
  headRef?: string;
}

export interface E2ERunOptions {
  /** Input values by their action.yml names; `metadata-remote` defaults to the bare repository. */
  inputs: Record<string, string>;
  /** Default: `pull_request` when `pr` is given, else the setup's event. */
  event?: E2EEvent;
  pr?: E2EPullRequest | undefined;
  /** GITHUB_SHA (and the pull request's head sha). Default: a fresh fake sha per run. */
  sha?: string;
  /** GITHUB_REF of a push, schedule or dispatch run. Default `refs/heads/main`. */
  ref?: string;
  /** Default: a counter, one up per run. */
  runId?: string;
  /** Default `1`. */
  runAttempt?: string;
  /** Extra environment, applied last; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Keep the run's temp directory (RUNNER_TEMP, the report files) until `result.cleanup()`. */
  keepTemp?: boolean;
  /** Another workspace for this run only (a second job's fresh checkout). Default `e.workspace`. */
  workspace?: string;
}

export interface E2E {
  /** The temp directory holding everything below; removed by close(). */
  dir: string;
  /** A bare repository (`dir/metadata.git`) passed as `metadata-remote`. */
  remote: string;
  /** `dir/workspace`: GITHUB_WORKSPACE and the action's cwd. */
  workspace: string;
  server: LocalGitHub;
  /** `owner/repo` of the local GitHub API. */
  repository: string;
  /** Writes files (paths relative to the workspace), creating their directories. */
  write(files: Record<string, string | Uint8Array>): void;
  run(options: E2ERunOptions): Promise<ActionRunResult>;
  close(): Promise<void>;
}

/** Counts runs in this test file: each run's default run id and fake sha come from it. */
let runCounter = 100;

/** A commit sha no real commit has: 40 hex digits, `n` in hex padded with `c`. */
function fakeSha(n: number): string {
  return n.toString(16).padStart(40, 'c');
}

/** The `repository` object of an event payload. */
function repositoryObject(repository: string): Record<string, unknown> {
  const [owner = '', name = ''] = repository.split('/');
  return { full_name: repository, name, owner: { login: owner }, default_branch: 'main' };
}

/** A push event's payload (the fields the actions read). */
export function pushPayload(o: { repository: string; ref: string; sha: string }): Record<string, unknown> {
  return { ref: o.ref, after: o.sha, repository: repositoryObject(o.repository) };
}

/** A `pull_request` `synchronize` payload; a fork's head lives in `headRepo`. */
export function pullRequestPayload(o: {
  repository: string;
  number: number;
  headSha: string;
  headRepo?: string | undefined;
  headRef?: string | undefined;
  baseRef?: string | undefined;
}): Record<string, unknown> {
  const headRepo = o.headRepo ?? o.repository;
  return {
    action: 'synchronize',
    number: o.number,
    pull_request: {
      number: o.number,
      head: {
        ref: o.headRef ?? 'feature',
        sha: o.headSha,
        repo: { full_name: headRepo, fork: headRepo.toLowerCase() !== o.repository.toLowerCase() },
      },
      base: { ref: o.baseRef ?? 'main', repo: { full_name: o.repository } },
    },
    repository: repositoryObject(o.repository),
  };
}

/** A `schedule` payload: the cron line that fired. */
export function schedulePayload(o: { repository: string; cron?: string }): Record<string, unknown> {
  return { schedule: o.cron ?? '0 3 * * *', repository: repositoryObject(o.repository) };
}

/** A `workflow_dispatch` payload: the ref it ran on and the inputs it was given. */
export function workflowDispatchPayload(o: {
  repository: string;
  ref: string;
  inputs?: Record<string, string>;
}): Record<string, unknown> {
  return { ref: o.ref, inputs: o.inputs ?? {}, repository: repositoryObject(o.repository) };
}

function actionDirectory(action: string): string {
  return action.includes('/') || action.includes('\\') ? resolve(action) : join(REPO_ROOT, 'actions', action);
}

/**
 * Starts the world (temp directory, bare metadata repository, workspace, local GitHub API); call
 * `close()` when done, in afterAll.
 */
export async function setupE2E(options: E2EOptions): Promise<E2E> {
  const { manifest } = loadActionManifest(actionDirectory(options.action));
  const takesRemote = Object.hasOwn(manifest.inputs ?? {}, 'metadata-remote');
  const dir = mkdtempSync(join(tmpdir(), options.prefix));
  const remote = join(dir, 'metadata.git');
  const workspace = join(dir, 'workspace');
  let server: LocalGitHub;
  try {
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    mkdirSync(workspace);
    server = await startLocalGitHub(options.github);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const repository = `${server.owner}/${server.repo}`;
  return {
    dir,
    remote,
    workspace,
    server,
    repository,
    write(files) {
      for (const [name, content] of Object.entries(files)) {
        const file = join(workspace, name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    },
    async run(run) {
      runCounter += 1;
      const sha = run.sha ?? fakeSha(runCounter);
      const runId = run.runId ?? String(runCounter);
      const pr = run.pr;
      const event = run.event ?? (pr ? 'pull_request' : (options.event ?? 'push'));
      if (event === 'pull_request' && !pr) {
        throw new Error(
          `setupE2E(${options.action}).run: a pull_request run needs pr: { number } (from e.server.addPullRequest)`,
        );
      }
      if (pr && event !== 'pull_request') {
        throw new Error(`setupE2E(${options.action}).run: pr is given but the event is ${event}, not pull_request`);
      }
      const ref = pr ? `refs/pull/${pr.number}/merge` : (run.ref ?? 'refs/heads/main');
      const github: Partial<GithubContext> = {
        repository,
        apiUrl: server.url,
        token: server.token,
        eventName: event,
        sha,
        ref,
        baseRef: pr ? (pr.baseRef ?? 'main') : '',
        headRef: pr ? (pr.headRef ?? 'feature') : '',
        runId,
        runAttempt: run.runAttempt ?? '1',
        workflow: options.workflow ?? 'CI',
      };
      const eventPayload = pr
        ? pullRequestPayload({ ...pr, repository, headSha: sha })
        : event === 'schedule'
          ? schedulePayload({ repository })
          : event === 'workflow_dispatch'
            ? workflowDispatchPayload({ repository, ref })
            : pushPayload({ repository, ref, sha });
      return runAction({
        action: options.action,
        workspace: run.workspace ?? workspace,
        inputs: { ...(takesRemote ? { 'metadata-remote': remote } : {}), ...run.inputs },
        github,
        eventPayload,
        timeoutMs: options.timeoutMs ?? 60_000,
        ...(run.env ? { env: run.env } : {}),
        ...(run.keepTemp ? { keepTemp: true } : {}),
      });
    },
    async close() {
      try {
        await server.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * setupE2E for one describe block: the world is started in beforeAll and closed in afterAll. The
 * handle it returns reaches that world from inside tests and hooks (not while tests are collected).
 */
export function useE2E(options: E2EOptions): E2E {
  let world: E2E | undefined;
  const get = (): E2E => {
    if (!world) {
      throw new Error(`useE2E(${options.action}): the world exists only inside tests and hooks (after beforeAll)`);
    }
    return world;
  };
  beforeAll(async () => {
    world = await setupE2E(options);
  });
  const close = async () => {
    const open = world;
    world = undefined;
    await open?.close();
  };
  afterAll(close);
  return {
    get dir() {
      return get().dir;
    },
    get remote() {
      return get().remote;
    },
    get workspace() {
      return get().workspace;
    },
    get server() {
      return get().server;
    },
    get repository() {
      return get().repository;
    },
    write: (files) => get().write(files),
    run: (run) => get().run(run),
    close,
  };
}

const exampleWorkflowSchema = z.looseObject({
  jobs: z.record(
    z.string(),
    z.looseObject({
      permissions: z.record(z.string(), z.string()).optional(),
      steps: z.array(z.looseObject({ uses: z.string().optional(), with: z.record(z.string(), z.string()).optional() })),
    }),
  ),
});

export type ExampleWorkflow = z.infer<typeof exampleWorkflowSchema> & { path: string; text: string };

/** A file under workflows-examples/, read as YAML: each job's permissions and steps. */
export function readExampleWorkflow(file: string): ExampleWorkflow {
  const path = join(REPO_ROOT, 'workflows-examples', file);
  const text = readFileSync(path, 'utf8');
  const parsed = exampleWorkflowSchema.safeParse(parse(text));
  if (!parsed.success) {
    throw new Error(`${path}: not a workflow with jobs of steps: ${z.prettifyError(parsed.error)}`);
  }
  return { ...parsed.data, path, text };
}

/** The `with:` inputs of the step of `job` that uses `./actions/<action>` (empty when it has none). */
export function actionStepInputs(workflow: ExampleWorkflow, job: string, action: string): Record<string, string> {
  const steps = workflow.jobs[job]?.steps;
  if (!steps) throw new Error(`${workflow.path}: no job "${job}" (jobs: ${Object.keys(workflow.jobs).join(', ')})`);
  const step = steps.find((s) => s.uses === `./actions/${action}`);
  if (!step) throw new Error(`${workflow.path}: job "${job}" has no step with uses: ./actions/${action}`);
  return step.with ?? {};
}

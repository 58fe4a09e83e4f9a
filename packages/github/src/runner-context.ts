/**
 * The runner's environment for an action (REFERENCE.md §1), read in one place: the job's GitHub
 * context, the git context stored with each record, the runner description, and where the metadata
 * store and temporary files are. Every action reads it through here.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type GitContext, UserError } from '@cairn/core';
import type { PullRequestContext } from './pr-context.ts';

export interface RunnerContext {
  repository: string;
  sha: string;
  ref: string;
  /** GITHUB_BASE_REF: the PR's base branch name on pull_request events, else empty. */
  baseRef: string;
  eventName: string;
  eventPayload: unknown;
  runId: string;
  runAttempt: string;
  job: string;
  workflow: string;
  actor: string;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  /** RUNNER_TEMP, or the OS temp dir outside a runner. */
  temp: string;
  summaryPath: string | undefined;
  runUrl: string;
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are both set (real runners only): artifacts work. */
  artifactRuntime: boolean;
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const get = (name: string, fallback = '') => env[name] || fallback;
  const repository = get('GITHUB_REPOSITORY');
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UserError('GITHUB_REPOSITORY is not set as owner/repo: run this action in a GitHub Actions job');
  }
  const serverUrl = get('GITHUB_SERVER_URL', 'https://github.com').replace(/\/+$/, '');
  const eventPath = get('GITHUB_EVENT_PATH');
  let eventPayload: unknown = {};
  if (eventPath) {
    try {
      eventPayload = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (error) {
      throw new UserError(`cannot read the event payload ${eventPath}: ${(error as Error).message}`);
    }
  }
  const runId = get('GITHUB_RUN_ID');
  return {
    repository,
    sha: get('GITHUB_SHA'),
    ref: get('GITHUB_REF'),
    baseRef: get('GITHUB_BASE_REF'),
    eventName: get('GITHUB_EVENT_NAME'),
    eventPayload,
    runId,
    runAttempt: get('GITHUB_RUN_ATTEMPT', '1'),
    job: get('GITHUB_JOB'),
    workflow: get('GITHUB_WORKFLOW'),
    actor: get('GITHUB_ACTOR'),
    apiUrl: get('GITHUB_API_URL', 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    workspace: get('GITHUB_WORKSPACE') || process.cwd(),
    temp: get('RUNNER_TEMP') || tmpdir(),
    summaryPath: get('GITHUB_STEP_SUMMARY') || undefined,
    runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
    artifactRuntime: Boolean(get('ACTIONS_RUNTIME_TOKEN') && get('ACTIONS_RESULTS_URL')),
  };
}

/** The git context stored with a record. */
export function gitContext(ctx: RunnerContext, pr: PullRequestContext | undefined): GitContext {
  const baseBranch = pr?.baseRef ?? (ctx.baseRef || undefined);
  return {
    sha: ctx.sha,
    ref: ctx.ref,
    ...(baseBranch ? { baseRef: `refs/heads/${baseBranch}` } : {}),
    ...(pr ? { pullRequest: pr.number } : {}),
    repository: ctx.repository,
    actor: ctx.actor,
    workflow: ctx.workflow,
    job: ctx.job,
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    runUrl: ctx.runUrl,
    eventName: ctx.eventName,
  };
}

/** The repository's default branch from the event payload, as a ref (for a branch's first push). */
export function defaultBranchRef(ctx: RunnerContext): string | undefined {
  const payload = ctx.eventPayload;
  if (payload === null || typeof payload !== 'object') return undefined;
  const repo = (payload as { repository?: unknown }).repository;
  if (repo === null || typeof repo !== 'object') return undefined;
  const branch = (repo as { default_branch?: unknown }).default_branch;
  return typeof branch === 'string' && branch !== '' ? `refs/heads/${branch}` : undefined;
}

/** The ref whose records are the baseline: the PR's base branch, else the pushed ref itself. */
export function baselineRef(ctx: RunnerContext, pr: PullRequestContext | undefined): string | undefined {
  const base = pr?.baseRef ?? (ctx.baseRef || undefined);
  if (base) return `refs/heads/${base}`;
  return ctx.ref || undefined;
}

/** What ran the job, stored with runs. */
export function runnerEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = { node: process.version };
  for (const [key, name] of [
    ['os', 'RUNNER_OS'],
    ['arch', 'RUNNER_ARCH'],
    ['runner', 'RUNNER_NAME'],
    ['environment', 'RUNNER_ENVIRONMENT'],
    ['image', 'ImageOS'],
    ['imageVersion', 'ImageVersion'],
  ] as const) {
    const value = env[name];
    if (value) out[key] = value;
  }
  return out;
}

/**
 * The metadata remote from the `metadata-remote` input: empty means this repository on the server;
 * `owner/repo` another repository there (one registry shared by several repos); anything else (a URL,
 * a bare repository path) is used as given.
 */
export function metadataRemote(input: string, ctx: RunnerContext): string {
  if (input === '') return `${ctx.serverUrl}/${ctx.repository}.git`;
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(input) && !input.startsWith('.')) {
    return `${ctx.serverUrl}/${input}.git`;
  }
  return input;
}

/** The token goes to the store only for http(s) remotes; a path or file:// remote needs none. */
export function storeAuth(remote: string, token: string | undefined): { token?: string } {
  return token && /^https?:/i.test(remote) ? { token } : {};
}

/**
 * The runner's environment (REFERENCE.md §1), read in one place: the GitHub context of the job, the
 * git context recorded with the run, the runner description, and where the metadata store is.
 */
import { readFileSync } from 'node:fs';
import { type GitContext, UserError } from '@cairn/core';
import type { PullRequestContext } from '@cairn/github';

export interface RunnerContext {
  repository: string;
  sha: string;
  ref: string;
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
  baseRef: string;
  summaryPath: string | undefined;
  runUrl: string;
}

function env(name: string, fallback = ''): string {
  return process.env[name] ?? fallback;
}

export function readRunnerContext(): RunnerContext {
  const repository = env('GITHUB_REPOSITORY');
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UserError('GITHUB_REPOSITORY is not set as owner/repo: run this action in a GitHub Actions job');
  }
  const serverUrl = env('GITHUB_SERVER_URL', 'https://github.com').replace(/\/+$/, '');
  const runId = env('GITHUB_RUN_ID');
  const eventPath = env('GITHUB_EVENT_PATH');
  let eventPayload: unknown = {};
  if (eventPath) {
    try {
      eventPayload = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (error) {
      throw new UserError(
        `cannot read the event payload ${eventPath}: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  return {
    repository,
    sha: env('GITHUB_SHA'),
    ref: env('GITHUB_REF'),
    eventName: env('GITHUB_EVENT_NAME'),
    eventPayload,
    runId,
    runAttempt: env('GITHUB_RUN_ATTEMPT', '1'),
    job: env('GITHUB_JOB'),
    workflow: env('GITHUB_WORKFLOW'),
    actor: env('GITHUB_ACTOR'),
    apiUrl: env('GITHUB_API_URL', 'https://api.github.com'),
    serverUrl,
    workspace: env('GITHUB_WORKSPACE') || process.cwd(),
    baseRef: env('GITHUB_BASE_REF'),
    summaryPath: env('GITHUB_STEP_SUMMARY') || undefined,
    runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
  };
}

/** The git context stored with the run. */
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

/** The ref whose runs are the baseline: the PR's base branch, else the pushed ref itself. */
export function baselineRef(ctx: RunnerContext, pr: PullRequestContext | undefined): string | undefined {
  const base = pr?.baseRef ?? (ctx.baseRef || undefined);
  if (base) return `refs/heads/${base}`;
  return ctx.ref || undefined;
}

export function runnerEnvironment(): Record<string, string> {
  const out: Record<string, string> = { node: process.version };
  for (const [key, name] of [
    ['os', 'RUNNER_OS'],
    ['arch', 'RUNNER_ARCH'],
    ['runner', 'RUNNER_NAME'],
    ['environment', 'RUNNER_ENVIRONMENT'],
    ['image', 'ImageOS'],
    ['imageVersion', 'ImageVersion'],
  ] as const) {
    const value = process.env[name];
    if (value) out[key] = value;
  }
  return out;
}

/**
 * The metadata remote: empty means this repository on the server; `owner/repo` another repository
 * there; anything else (a URL, a bare repository path) is used as given.
 */
export function metadataRemote(input: string, ctx: RunnerContext): string {
  if (input === '') return `${ctx.serverUrl}/${ctx.repository}.git`;
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(input) && !input.startsWith('.')) {
    return `${ctx.serverUrl}/${input}.git`;
  }
  return input;
}

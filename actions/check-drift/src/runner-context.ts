/**
 * The runner's environment (REFERENCE.md §1), read in one place: the job's GitHub context, the git
 * context stored with each drift summary, and where the metadata store and temp files are.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  runnerTemp: string;
  summaryPath: string | undefined;
  runUrl: string;
  /** Both set only for node actions on real runners: needed by @actions/artifact. */
  artifactRuntime: boolean;
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
    runnerTemp: env('RUNNER_TEMP') || tmpdir(),
    summaryPath: env('GITHUB_STEP_SUMMARY') || undefined,
    runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
    artifactRuntime: Boolean(env('ACTIONS_RUNTIME_TOKEN') && env('ACTIONS_RESULTS_URL')),
  };
}

export function gitContext(ctx: RunnerContext, pr: PullRequestContext | undefined): GitContext {
  return {
    sha: ctx.sha,
    ref: ctx.ref,
    ...(pr ? { pullRequest: pr.number } : {}),
    ...(pr?.baseRef ? { baseRef: `refs/heads/${pr.baseRef}` } : {}),
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

/** Empty: this repository on the server; `owner/repo`: another one there; else a URL or path as given. */
export function metadataRemote(input: string, ctx: RunnerContext): string {
  if (input === '') return `${ctx.serverUrl}/${ctx.repository}.git`;
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(input) && !input.startsWith('.'))
    return `${ctx.serverUrl}/${input}.git`;
  return input;
}

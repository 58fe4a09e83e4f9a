/**
 * The runner environment variables this package reads, in one place (REFERENCE.md §1). Actions call
 * this; the CLI and tests pass plain values to createGitHubClient instead.
 */
import { UserError } from '@cairn/core';
import type { GitHubClientOptions } from './client.ts';

export interface RunnerGitHubEnv {
  apiUrl: string;
  serverUrl: string;
  repository: string;
  runId: string | undefined;
  /** `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`, when the run id is known. */
  runUrl: string | undefined;
  summaryPath: string | undefined;
}

export function readRunnerGitHubEnv(env: NodeJS.ProcessEnv = process.env): RunnerGitHubEnv {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository)
    throw new UserError('GITHUB_REPOSITORY is not set: run this inside GitHub Actions, or pass the repository.');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    apiUrl,
    serverUrl,
    repository,
    runId,
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    summaryPath: env.GITHUB_STEP_SUMMARY || undefined,
  };
}

/** Client options from the runner environment plus the token input. */
export function clientOptionsFromEnv(
  token: string,
  logger: GitHubClientOptions['logger'],
  env: NodeJS.ProcessEnv = process.env,
): GitHubClientOptions {
  const { apiUrl, repository } = readRunnerGitHubEnv(env);
  return { token, apiUrl, repository, logger };
}

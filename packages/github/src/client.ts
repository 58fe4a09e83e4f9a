/**
 * The one GitHub client: @octokit/core with REST endpoint methods, pagination, retries and
 * throttling, pointed at an explicit API URL (GITHUB_API_URL: github.com, GHES, or the local test API).
 */
import { type Logger, redact, UserError } from '@cairn/core';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

const CairnOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type CairnOctokitInstance = InstanceType<typeof CairnOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** `owner/repo`. */
  repository: string;
  /** GITHUB_API_URL; https://api.github.com when absent. */
  apiUrl?: string;
  logger: Logger;
  /** Retries after 5xx, dropped connections and rate limits (default 3). */
  retries?: number;
  /** Milliseconds per "second" of back-off and of `retry-after` (default 1000; tests use a few ms). */
  retryBaseMs?: number;
  /** Longest rate-limit wait to sit out, in seconds (default 120); longer waits fail with the reset time. */
  maxRateLimitWaitSeconds?: number;
  /** `github`: GitHub's recommended pacing (one write per second); `none`: no pacing (tests). */
  pacing?: 'github' | 'none';
  /** Per-HTTP-request timeout; a timed-out request counts as a dropped connection (default 60 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface GitHub {
  readonly octokit: CairnOctokitInstance;
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly logger: Logger;
  readonly retries: number;
  readonly retryBaseMs: number;
  /** Values to remove from anything logged or thrown (the token). */
  readonly secrets: readonly string[];
}

export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const [owner, repo, extra] = options.repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new UserError(`GitHub repository "${options.repository}" must look like owner/repo (GITHUB_REPOSITORY).`);
  }
  if (!options.token)
    throw new UserError('No GitHub token: pass the `github-token` input (its default is the workflow token).');
  const apiUrl = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const retries = options.retries ?? 3;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const secrets = [options.token];
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const logger = options.logger;
  const clean = (text: string) => redact(text, secrets);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      const tooLong = retryAfter > maxWait;
      const again = retryCount < retries && !tooLong;
      const stop = tooLong ? `not waiting ${retryAfter}s (more than ${maxWait}s)` : 'giving up';
      logger.warning(
        clean(`GitHub ${kind} on ${request.method} ${request.url}: ${again ? `retrying after ${retryAfter}s` : stop}.`),
      );
      return again;
    };
  const groups =
    options.pacing === 'none'
      ? {
          write: new Bottleneck.Group({ maxConcurrent: 1 }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1 }),
          search: new Bottleneck.Group({ maxConcurrent: 1 }),
        }
      : {};
  const octokit = new CairnOctokit({
    auth: options.token,
    baseUrl: apiUrl,
    userAgent: 'cairn-mlops',
    request: { fetch: withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs ?? 60_000) },
    log: {
      debug: (m: string) => logger.debug(clean(m)),
      info: (m: string) => logger.debug(clean(m)),
      warn: (m: string) => logger.warning(clean(m)),
      error: (m: string) => logger.warning(clean(m)),
    },
    retry: { retries, retryAfterBaseValue: retryBaseMs, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: {
      ...groups,
      retryAfterBaseValue: retryBaseMs,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
  return { octokit, owner, repo, apiUrl, logger, retries, retryBaseMs, secrets };
}

/** Each HTTP attempt (retries included) gets its own deadline. */
function withTimeout(inner: typeof fetch, ms: number): typeof fetch {
  return (input, init) => inner(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(ms) });
}

export { sleep } from './sleep.ts';

/**
 * GitHub API failures turned into Cairn errors: a 403 "Resource not accessible by integration" names
 * the missing permission and the workflow lines to add (a UserError); other failures are SystemErrors
 * that say what was being done. Tokens never reach a message.
 */
import { describeError, redact, SystemError, UserError } from '@cairn/core';
import type { GitHub } from './client.ts';
import { type Capability, missingPermissionHint } from './permissions.ts';

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function isRequestError(error: unknown): error is RequestErrorLike & Error {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

export function statusOf(error: unknown): number | undefined {
  return isRequestError(error) ? error.status : undefined;
}

/** True when GitHub may or may not have applied the request: 5xx, dropped connection, timeout. */
export function isAmbiguousFailure(error: unknown): boolean {
  if (error instanceof Error && error.name === 'AbortError') return true;
  const status = statusOf(error);
  return status !== undefined && status >= 500;
}

/** True for a 403 caused by the token's permissions (not a rate limit). */
export function isPermissionDenied(error: unknown): boolean {
  return (
    statusOf(error) === 403 &&
    /Resource not accessible by (integration|personal access token)/i.test(String((error as Error).message))
  );
}

/** A 422 whose errors include `code: already_exists`. */
export function isAlreadyExists(error: unknown): boolean {
  if (statusOf(error) !== 422) return false;
  const data = (error as RequestErrorLike).response?.data;
  const errors = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined;
  return (
    Array.isArray(errors) &&
    errors.some((e) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'already_exists')
  );
}

export function toCairnError(
  gh: Pick<GitHub, 'secrets'>,
  error: unknown,
  capability: Capability,
  doing: string,
): Error {
  if (error instanceof UserError || error instanceof SystemError) return error;
  const status = statusOf(error);
  const detail = describeError(error, gh.secrets).replace(/ - https:\/\/docs\.github\.com\S*/g, '');
  if (isPermissionDenied(error)) {
    return new UserError(redact(`Cannot ${doing}: ${missingPermissionHint(capability)}`, gh.secrets));
  }
  if (status === 401) {
    return new UserError(
      redact(`Cannot ${doing}: GitHub rejected the token (401 ${detail}). Pass a valid \`github-token\`.`, gh.secrets),
    );
  }
  const headers = (error as RequestErrorLike).response?.headers;
  if ((status === 403 || status === 429) && headers?.['x-ratelimit-remaining'] === '0') {
    const reset = new Date(Number(headers['x-ratelimit-reset'] ?? 0) * 1000).toISOString();
    return new SystemError(
      `Could not ${doing}: the GitHub API rate limit is used up until ${reset} (a GITHUB_TOKEN gets 1,000 requests per hour per repository). Re-run after that time.`,
    );
  }
  const where = status === undefined ? '' : ` (HTTP ${status})`;
  const wrapped = new SystemError(redact(`Could not ${doing}${where}: ${detail}`, gh.secrets));
  // The cause keeps the stack for debugging, without request headers (octokit already redacts them).
  (wrapped as { cause?: unknown }).cause =
    error instanceof Error ? new Error(redact(error.message, gh.secrets)) : undefined;
  return wrapped;
}

/** Runs one GitHub call, mapping failures with toCairnError. */
export async function call<T>(gh: GitHub, capability: Capability, doing: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toCairnError(gh, error, capability, doing);
  }
}

import type { RepoState } from './state.ts';

/** Faults a test asks the local GitHub API to inject, matched per request and consumed `times` times. */
export interface FaultMatch {
  method?: string;
  /** Compared with the API path (no query); a string must be equal, a RegExp must match. */
  path?: string | RegExp;
  operationId?: string;
}

export interface Fault {
  match: FaultMatch;
  /** Reply with this status instead (500, 502, 503, 429, 403 secondary rate limit, 422 conflict). */
  status?: number;
  /** Seconds, sent as `retry-after` (429 and 403 replies are then secondary-rate-limit replies). */
  retryAfter?: number;
  /** Extra response headers for `status` replies (e.g. x-ratelimit-remaining: 0). */
  headers?: Record<string, string>;
  /** Wait this long before answering (or before failing). */
  delayMs?: number;
  /** Destroy the socket instead of answering. */
  drop?: boolean;
  /** Perform the operation first, then fail or drop: the client cannot know whether it happened. */
  after?: boolean;
  /** For uploads: keep an asset in state "open" holding part of the bytes, then drop the connection. */
  halfUpload?: boolean;
  /** For asset downloads from storage: flip a byte of the content. */
  corrupt?: boolean;
  /** Error message for `status` replies (defaults follow GitHub's wording). */
  message?: string;
  /** Runs against the repository state when the fault fires, before the operation (to stage a race). */
  effect?: (state: RepoState) => void;
  /** How many matching requests this fault applies to (default 1). */
  times?: number;
}

export function faultMatches(fault: Fault, method: string, path: string, operationId: string | undefined): boolean {
  const m = fault.match;
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.operationId && m.operationId !== operationId) return false;
  if (typeof m.path === 'string' && m.path !== path) return false;
  if (m.path instanceof RegExp && !m.path.test(path)) return false;
  return true;
}

/** Takes the first matching fault, decrementing its count and removing it when used up. */
export function takeFault(
  faults: Fault[],
  method: string,
  path: string,
  operationId: string | undefined,
): Fault | undefined {
  const index = faults.findIndex((f) => faultMatches(f, method, path, operationId));
  if (index < 0) return undefined;
  const fault = faults[index] as Fault;
  const left = (fault.times ?? 1) - 1;
  if (left <= 0) faults.splice(index, 1);
  else fault.times = left;
  return fault;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

export function defaultFaultMessage(status: number, retryAfter: number | undefined): string {
  if ((status === 403 || status === 429) && retryAfter !== undefined) return SECONDARY_RATE_LIMIT_MESSAGE;
  if (status === 422) return 'Validation Failed';
  if (status === 502) return 'Server Error';
  if (status === 503) return 'Service Unavailable';
  return 'Internal Server Error';
}

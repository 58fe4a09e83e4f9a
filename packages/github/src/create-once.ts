/**
 * Non-idempotent POSTs (create a comment, a release, an asset, a deployment) are never retried
 * blindly: after an ambiguous failure (5xx, dropped connection) we look for what the POST would have
 * created (by marker, tag, asset name, key) and only POST again when it is not there. This is how
 * "never a duplicate" is guaranteed under faults. Rate-limit replies (403/429 secondary limits) are
 * retried by the throttling plugin: GitHub did not process those requests.
 */
import type { GitHub } from './client.ts';
import { isAmbiguousFailure } from './errors.ts';
import { sleep } from './sleep.ts';

export interface CreateOnceSteps<T> {
  /** Human text for logs: "create the sticky comment on #12". */
  what: string;
  /** Looks for the object the create would make; undefined when it does not exist. */
  find: () => Promise<T | undefined>;
  /** Performs the POST once; must pass `request: { retries: 0 }` so octokit does not retry it. */
  create: () => Promise<T>;
}

export async function createOnce<T>(gh: GitHub, steps: CreateOnceSteps<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await steps.create();
    } catch (error) {
      if (!isAmbiguousFailure(error) || attempt >= gh.retries) throw error;
      gh.logger.warning(
        `Could not confirm whether GitHub did ${steps.what} (attempt ${attempt + 1}); checking before trying again.`,
      );
      await sleep((attempt + 1) ** 2 * gh.retryBaseMs);
      const existing = await steps.find();
      if (existing !== undefined) {
        gh.logger.info(`GitHub had done ${steps.what} after all; not repeating it.`);
        return existing;
      }
    }
  }
}

/** Per-request option that turns off octokit's own retry for a non-idempotent call. */
export const NO_RETRY = { retries: 0 } as const;

/**
 * The GitHub client, loaded when a step first needs it. Octokit and its plugins (the REST route
 * table above all) cost a process about 10 MiB and a few tens of milliseconds to load, and many
 * steps never call the API: a push or a manual run with nothing to comment on, open or dispatch.
 * Callers that want it at once import createGitHubClient from `@cairn/github/client`.
 */
import type { GitHub, GitHubClientOptions } from './client.ts';

export async function loadGitHubClient(options: GitHubClientOptions): Promise<GitHub> {
  const { createGitHubClient } = await import('./client.ts');
  return createGitHubClient(options);
}

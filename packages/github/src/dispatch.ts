/**
 * Starting workflows: repository_dispatch and workflow_dispatch (the two events a GITHUB_TOKEN may
 * trigger). A dispatch cannot be looked up afterwards, so an ambiguous failure is not retried: the
 * error says the run may have started and where to check.
 */
import { SystemError, UserError } from '@cairn/core';
import type { GitHub } from './client.ts';
import { NO_RETRY } from './create-once.ts';
import { call, isAmbiguousFailure } from './errors.ts';

export interface RepositoryDispatchOptions {
  eventType: string;
  clientPayload?: Record<string, unknown>;
}

export async function repositoryDispatch(gh: GitHub, options: RepositoryDispatchOptions): Promise<void> {
  // Limits from GitHub's REST description (REFERENCE.md §2).
  if (options.eventType.length < 1 || options.eventType.length > 100) {
    throw new UserError(`repository_dispatch event type must be 1 to 100 characters, got ${options.eventType.length}.`);
  }
  const keys = Object.keys(options.clientPayload ?? {});
  if (keys.length > 10) {
    throw new UserError(
      `repository_dispatch client payload may have at most 10 top-level keys, got ${keys.length} (${keys.join(', ')}).`,
    );
  }
  await call(gh, 'repository-dispatch', `send repository_dispatch "${options.eventType}"`, async () => {
    try {
      await gh.octokit.rest.repos.createDispatchEvent({
        owner: gh.owner,
        repo: gh.repo,
        event_type: options.eventType,
        client_payload: options.clientPayload ?? {},
        request: NO_RETRY,
      });
    } catch (error) {
      throw ambiguous(gh, error, `repository_dispatch "${options.eventType}"`);
    }
  });
}

export interface WorkflowDispatchOptions {
  /** Workflow file name (retrain.yml) or id. */
  workflow: string | number;
  ref: string;
  inputs?: Record<string, string | number | boolean>;
}

export interface WorkflowDispatchResult {
  runId: number | undefined;
  runUrl: string | undefined;
  htmlUrl: string | undefined;
}

export async function workflowDispatch(gh: GitHub, options: WorkflowDispatchOptions): Promise<WorkflowDispatchResult> {
  const inputs = options.inputs ?? {};
  if (Object.keys(inputs).length > 25) {
    throw new UserError(`workflow_dispatch accepts at most 25 inputs, got ${Object.keys(inputs).length}.`);
  }
  const what = `dispatch workflow ${options.workflow} on ${options.ref}`;
  return call(gh, 'workflow-dispatch', what, async () => {
    try {
      const response = await gh.octokit.rest.actions.createWorkflowDispatch({
        owner: gh.owner,
        repo: gh.repo,
        workflow_id: options.workflow,
        ref: options.ref,
        inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
        return_run_details: true,
        request: NO_RETRY,
      });
      const data =
        (response.status as number) === 200
          ? (response.data as unknown as { workflow_run_id?: number; run_url?: string; html_url?: string })
          : {};
      return { runId: data.workflow_run_id, runUrl: data.run_url, htmlUrl: data.html_url };
    } catch (error) {
      throw ambiguous(gh, error, `workflow ${options.workflow}`);
    }
  });
}

function ambiguous(gh: GitHub, error: unknown, what: string): unknown {
  if (!isAmbiguousFailure(error)) return error;
  const actions = `${gh.apiUrl.replace(/\/api\/v3$|\/\/api\./, (m) => (m === '//api.' ? '//' : ''))}/${gh.owner}/${gh.repo}/actions`;
  return new SystemError(
    `GitHub did not confirm ${what}: the run may or may not have started. Check ${actions} before dispatching again.`,
  );
}

/**
 * GitHub deployments for deploy-model: create one (auto_merge false, required_contexts [] — GitHub's
 * defaults would merge the default branch in and wait on every status check), post statuses with the
 * run's log URL, and read who approved the run's environment.
 */
import { SystemError } from '@cairn/core';
import type { GitHub } from './client.ts';
import { createOnce, NO_RETRY } from './create-once.ts';
import { call } from './errors.ts';

export interface DeploymentInfo {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  payload: unknown;
}

export interface CreateDeploymentOptions {
  ref: string;
  environment: string;
  /** Identifies this deployment across retries and re-runs (e.g. `<run id>-<attempt>-<model>@<version>`). */
  key: string;
  description?: string;
  payload?: Record<string, unknown>;
  task?: string;
  transient?: boolean;
  production?: boolean;
}

function keyOf(payload: unknown): unknown {
  return typeof payload === 'object' && payload !== null ? (payload as { cairn_key?: unknown }).cairn_key : undefined;
}

async function findDeployment(gh: GitHub, environment: string, key: string): Promise<DeploymentInfo | undefined> {
  const pages = gh.octokit.paginate.iterator(gh.octokit.rest.repos.listDeployments, {
    owner: gh.owner,
    repo: gh.repo,
    environment,
    per_page: 100,
  });
  for await (const page of pages) {
    const hit = page.data.find((d) => keyOf(d.payload) === key);
    if (hit) return hit;
  }
  return undefined;
}

export async function createDeployment(gh: GitHub, options: CreateDeploymentOptions): Promise<DeploymentInfo> {
  const what = `create the ${options.environment} deployment of ${options.ref}`;
  return call(gh, 'deployment', what, async () => {
    const existing = await findDeployment(gh, options.environment, options.key);
    if (existing) return existing;
    return createOnce<DeploymentInfo>(gh, {
      what,
      find: () => findDeployment(gh, options.environment, options.key),
      create: async () => {
        const response = await gh.octokit.rest.repos.createDeployment({
          owner: gh.owner,
          repo: gh.repo,
          ref: options.ref,
          environment: options.environment,
          task: options.task ?? 'deploy',
          auto_merge: false,
          required_contexts: [],
          payload: { ...(options.payload ?? {}), cairn_key: options.key },
          description: (options.description ?? '').slice(0, 140),
          transient_environment: options.transient ?? false,
          ...(options.production === undefined ? {} : { production_environment: options.production }),
          request: NO_RETRY,
        });
        if (response.status !== 201 || !('id' in response.data)) {
          throw new SystemError(
            `GitHub did not create the deployment (HTTP ${response.status}): ${JSON.stringify(response.data)}`,
          );
        }
        return response.data;
      },
    });
  });
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive' | 'error' | 'queued' | 'pending';

export interface DeploymentStatusOptions {
  state: DeploymentState;
  /** The workflow run URL, shown as "View logs". */
  logUrl: string;
  environmentUrl?: string;
  description?: string;
}

/** Posts a status; description is cut to GitHub's 140 characters. Re-posting the latest state is skipped. */
export async function setDeploymentStatus(gh: GitHub, deployment: DeploymentInfo, options: DeploymentStatusOptions) {
  const description = (options.description ?? '').slice(0, 140);
  const what = `set deployment ${deployment.id} to ${options.state}`;
  const latestMatching = async () => {
    const { data } = await gh.octokit.rest.repos.listDeploymentStatuses({
      owner: gh.owner,
      repo: gh.repo,
      deployment_id: deployment.id,
      per_page: 1,
    });
    const latest = data[0];
    return latest && latest.state === options.state && latest.description === description ? latest : undefined;
  };
  return call(gh, 'deployment', what, async () => {
    const already = await latestMatching();
    if (already) return already;
    return createOnce(gh, {
      what,
      find: latestMatching,
      create: async () =>
        (
          await gh.octokit.rest.repos.createDeploymentStatus({
            owner: gh.owner,
            repo: gh.repo,
            deployment_id: deployment.id,
            state: options.state,
            log_url: options.logUrl,
            description,
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
            request: NO_RETRY,
          })
        ).data,
    });
  });
}

export interface RunApproval {
  user: string;
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
  environments: string[];
}

/** Who reviewed the run's environment deployments, and what they wrote (GitHub keeps no timestamp). */
export async function getRunApprovals(gh: GitHub, runId: number): Promise<RunApproval[]> {
  const { data } = await call(gh, 'run-approvals', `read the environment approvals of run ${runId}`, () =>
    gh.octokit.rest.actions.getReviewsForRun({ owner: gh.owner, repo: gh.repo, run_id: runId }),
  );
  return data.map((review) => ({
    user: review.user.login,
    state: review.state,
    comment: review.comment,
    environments: review.environments.map((e) => e.name ?? String(e.id ?? '')),
  }));
}

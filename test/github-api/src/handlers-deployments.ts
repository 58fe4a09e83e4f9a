/** Deployments and statuses, run approvals, repository and workflow dispatches. */
import { createHash } from 'node:crypto';
import { byNewest, type Handler, str } from './handler-common.ts';
import { ApiError, notFound, validationFailed } from './http-error.ts';
import { now, user } from './objects.ts';
import { renderDeployment, renderDeploymentStatus } from './render.ts';

export const deploymentHandlers: Record<string, Handler> = {
  'repos/create-deployment': (ctx) => {
    const b = ctx.body;
    const ref = String(b.ref);
    if (b.auto_merge !== false) {
      // The local default branch is always ahead of a deployed ref: GitHub would merge it in first.
      return { status: 202, body: { message: `Auto-merged main into ${ref} on deployment.` } };
    }
    if (b.required_contexts === undefined && ctx.state.failingContexts.length > 0) {
      throw new ApiError(409, `Conflict: Commit status checks failed for ${ref}.`, [
        {
          contexts: ctx.state.failingContexts.map((c) => ({ context: c, state: 'failure' })),
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid',
        },
      ]);
    }
    const environment = str(b.environment) ?? 'production';
    const deployment = {
      id: ctx.state.id(),
      sha: /^[0-9a-f]{40}$/.test(ref) ? ref : createHash('sha1').update(ref).digest('hex'),
      ref,
      task: str(b.task) ?? 'deploy',
      environment,
      payload: b.payload ?? {},
      description: str(b.description) ?? null,
      transient: b.transient_environment === true,
      production:
        typeof b.production_environment === 'boolean' ? b.production_environment : environment === 'production',
      creator: ctx.login,
      createdAt: now(),
    };
    ctx.state.deployments.push(deployment);
    return { status: 201, body: renderDeployment(ctx.site, ctx.state, deployment) };
  },
  'repos/list-deployments': (ctx) => {
    const q = ctx.query;
    const list = ctx.state.deployments
      .filter((d) => (q.sha === undefined || d.sha === q.sha) && (q.ref === undefined || d.ref === q.ref))
      .filter(
        (d) =>
          (q.task === undefined || d.task === q.task) &&
          (q.environment === undefined || d.environment === q.environment),
      )
      .sort(byNewest)
      .map((d) => renderDeployment(ctx.site, ctx.state, d));
    return { status: 200, list };
  },
  'repos/create-deployment-status': (ctx) => {
    const deployment = ctx.state.deployments.find((d) => d.id === Number(ctx.params.deployment_id));
    if (!deployment) throw notFound();
    const b = ctx.body;
    const description = str(b.description) ?? '';
    if (description.length > 140)
      throw validationFailed(
        'DeploymentStatus',
        'description',
        'custom',
        'description is too long (maximum is 140 characters)',
      );
    const state = String(b.state);
    const environment = str(b.environment) ?? deployment.environment;
    if (state === 'success' && b.auto_inactive !== false) {
      // GitHub marks earlier non-transient deployments to the same environment inactive.
      for (const other of ctx.state.deployments) {
        if (other.id === deployment.id || other.environment !== environment) continue;
        const last = ctx.state.deploymentStatuses.filter((s) => s.deploymentId === other.id).at(-1);
        if (last && last.state === 'success') {
          ctx.state.deploymentStatuses.push({ ...last, id: ctx.state.id(), state: 'inactive', createdAt: now() });
        }
      }
    }
    const status = {
      id: ctx.state.id(),
      deploymentId: deployment.id,
      state,
      description,
      environment,
      logUrl: str(b.log_url) ?? str(b.target_url) ?? '',
      environmentUrl: str(b.environment_url) ?? '',
      creator: ctx.login,
      createdAt: now(),
    };
    ctx.state.deploymentStatuses.push(status);
    return { status: 201, body: renderDeploymentStatus(ctx.site, ctx.state, status) };
  },
  'repos/list-deployment-statuses': (ctx) => {
    const deployment = ctx.state.deployments.find((d) => d.id === Number(ctx.params.deployment_id));
    if (!deployment) throw notFound();
    const list = ctx.state.deploymentStatuses
      .filter((s) => s.deploymentId === deployment.id)
      .sort(byNewest)
      .map((s) => renderDeploymentStatus(ctx.site, ctx.state, s));
    return { status: 200, list };
  },
  'actions/get-reviews-for-run': (ctx) => {
    const approvals = ctx.state.approvals.get(Number(ctx.params.run_id)) ?? [];
    const body = approvals.map((a) => ({
      environments: a.environments.map((name, i) => ({
        id: 100 + i,
        node_id: `env-${name}`,
        name,
        url: `${ctx.site.api}/repos/${ctx.site.owner}/${ctx.site.repo}/environments/${name}`,
      })),
      state: a.state,
      user: user(ctx.site, ctx.state.userSeed(a.user)),
      comment: a.comment,
    }));
    return { status: 200, body };
  },
  'repos/create-dispatch-event': (ctx) => {
    ctx.state.dispatches.push({
      kind: 'repository',
      eventType: String(ctx.body.event_type),
      clientPayload: ctx.body.client_payload ?? {},
    });
    return { status: 204 };
  },
  'actions/create-workflow-dispatch': (ctx) => {
    const runId = ctx.state.id();
    ctx.state.dispatches.push({
      kind: 'workflow',
      workflowId: String(ctx.params.workflow_id),
      ref: String(ctx.body.ref),
      inputs: ctx.body.inputs ?? {},
      runId,
    });
    if (ctx.body.return_run_details !== true) return { status: 204 };
    const runUrl = `${ctx.site.api}/repos/${ctx.site.owner}/${ctx.site.repo}/actions/runs/${runId}`;
    return {
      status: 200,
      body: {
        workflow_run_id: runId,
        run_url: runUrl,
        html_url: `${ctx.site.web}/${ctx.site.owner}/${ctx.site.repo}/actions/runs/${runId}`,
      },
    };
  },
};

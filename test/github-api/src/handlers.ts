/** One handler per implemented operation (by operationId), over RepoState. */
import { createHash } from 'node:crypto';
import { ApiError, notFound, validationFailed } from './http-error.ts';
import { now, type Site, user } from './objects.ts';
import {
  renderAsset,
  renderComment,
  renderDeployment,
  renderDeploymentStatus,
  renderIssue,
  renderLabel,
  renderPull,
  renderRelease,
} from './render.ts';
import type { IssueRecord, RepoState } from './state.ts';

export interface HandlerContext {
  site: Site;
  state: RepoState;
  params: Record<string, string | number>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  raw: Buffer;
  contentType: string;
  accept: string;
  login: string;
  /** True when the token may write contents (drafts are visible only then, as on GitHub). */
  canPush: boolean;
}

export type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { status: 200; list: unknown[] }
  | { status: number; raw: Buffer; headers: Record<string, string> };

type Handler = (ctx: HandlerContext) => Reply;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function issueAt(ctx: HandlerContext): IssueRecord {
  const issue = ctx.state.issues.get(Number(ctx.params.issue_number ?? ctx.params.pull_number));
  if (!issue) throw notFound();
  return issue;
}

function releaseAt(ctx: HandlerContext) {
  const release = ctx.state.releases.find((r) => r.id === Number(ctx.params.release_id));
  if (!release || (release.draft && !ctx.canPush)) throw notFound();
  return release;
}

function labelsFrom(ctx: HandlerContext, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.map((v) => (typeof v === 'string' ? v : (str((v as { name?: unknown }).name) ?? '')));
  for (const name of names) ctx.state.label(name);
  return names.filter((n) => n !== '');
}

function byNewest<T extends { createdAt: string; id?: number; number?: number }>(a: T, b: T): number {
  return b.createdAt.localeCompare(a.createdAt) || (b.id ?? b.number ?? 0) - (a.id ?? a.number ?? 0);
}

export const handlers: Record<string, Handler> = {
  'issues/list-comments': (ctx) => {
    const issue = issueAt(ctx);
    const since = str(ctx.query.since);
    const list = ctx.state.comments
      .filter((c) => c.issueNumber === issue.number && (!since || c.updatedAt >= since))
      .map((c) => renderComment(ctx.site, ctx.state, c));
    return { status: 200, list };
  },
  'issues/create-comment': (ctx) => {
    const issue = issueAt(ctx);
    const body = String(ctx.body.body);
    if (body.length > 65536)
      throw validationFailed('IssueComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
    const t = now();
    const comment = {
      id: ctx.state.id(),
      issueNumber: issue.number,
      body,
      author: ctx.login,
      createdAt: t,
      updatedAt: t,
    };
    ctx.state.comments.push(comment);
    return { status: 201, body: renderComment(ctx.site, ctx.state, comment) };
  },
  'issues/update-comment': (ctx) => {
    const comment = ctx.state.comments.find((c) => c.id === Number(ctx.params.comment_id));
    if (!comment) throw notFound();
    const body = String(ctx.body.body);
    if (body.length > 65536)
      throw validationFailed('IssueComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)');
    comment.body = body;
    comment.updatedAt = now();
    return { status: 200, body: renderComment(ctx.site, ctx.state, comment) };
  },
  'issues/get': (ctx) => ({ status: 200, body: renderIssue(ctx.site, ctx.state, issueAt(ctx)) }),
  'issues/list-for-repo': (ctx) => {
    const state = str(ctx.query.state) ?? 'open';
    const labels = (str(ctx.query.labels) ?? '').split(',').filter((l) => l !== '');
    const creator = str(ctx.query.creator);
    const list = [...ctx.state.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
      .filter((i) => !creator || i.author === creator)
      .sort(byNewest)
      .map((i) => renderIssue(ctx.site, ctx.state, i));
    if (ctx.query.direction === 'asc') list.reverse();
    return { status: 200, list };
  },
  'issues/create': (ctx) => {
    const title = ctx.body.title;
    if (typeof title === 'string' && title.trim() === '') throw validationFailed('Issue', 'title', 'missing_field');
    const t = now();
    const issue: IssueRecord = {
      number: ctx.state.number(),
      title: String(title),
      body: str(ctx.body.body) ?? null,
      state: 'open',
      stateReason: null,
      labels: labelsFrom(ctx, ctx.body.labels),
      author: ctx.login,
      createdAt: t,
      updatedAt: t,
      closedAt: null,
    };
    ctx.state.issues.set(issue.number, issue);
    return { status: 201, body: renderIssue(ctx.site, ctx.state, issue) };
  },
  'issues/update': (ctx) => {
    const issue = issueAt(ctx);
    const b = ctx.body;
    if (b.title !== undefined && b.title !== null) issue.title = String(b.title);
    if (b.body !== undefined) issue.body = str(b.body) ?? null;
    if (b.labels !== undefined) issue.labels = labelsFrom(ctx, b.labels);
    if (b.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closedAt = now();
      issue.stateReason = b.state_reason === 'not_planned' ? 'not_planned' : 'completed';
    } else if (b.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    }
    issue.updatedAt = now();
    return { status: 200, body: renderIssue(ctx.site, ctx.state, issue) };
  },
  'issues/create-label': (ctx) => {
    const name = String(ctx.body.name);
    if (ctx.state.labels.has(name.toLowerCase())) throw validationFailed('Label', 'name', 'already_exists');
    const label = ctx.state.label(name);
    label.color = str(ctx.body.color) ?? label.color;
    label.description = str(ctx.body.description) ?? null;
    return { status: 201, body: renderLabel(ctx.site, label) };
  },
  'pulls/get': (ctx) => {
    const issue = issueAt(ctx);
    if (!issue.pull) throw notFound();
    return { status: 200, body: renderPull(ctx.site, ctx.state, issue, true) };
  },
  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const sha = String(ctx.params.commit_sha);
    const list = [...ctx.state.issues.values()]
      .filter((i) => i.pull && (i.pull.headSha === sha || i.pull.headRef === sha))
      .sort(byNewest)
      .map((i) => renderPull(ctx.site, ctx.state, i, false));
    return { status: 200, list };
  },
  'repos/list-releases': (ctx) => {
    const list = ctx.state.releases
      .filter((r) => ctx.canPush || !r.draft)
      .sort(byNewest)
      .map((r) => renderRelease(ctx.site, ctx.state, r));
    return { status: 200, list };
  },
  'repos/create-release': (ctx) => {
    const tag = String(ctx.body.tag_name);
    const draft = ctx.body.draft === true;
    // GitHub refuses a second published release for a tag; drafts may share a tag.
    if (!draft && ctx.state.releases.some((r) => r.tag === tag && !r.draft)) {
      throw validationFailed('Release', 'tag_name', 'already_exists');
    }
    const release = {
      id: ctx.state.id(),
      tag,
      name: str(ctx.body.name) ?? null,
      body: str(ctx.body.body) ?? null,
      draft,
      prerelease: ctx.body.prerelease === true,
      target: str(ctx.body.target_commitish) ?? 'main',
      author: ctx.login,
      createdAt: now(),
      publishedAt: draft ? null : now(),
    };
    ctx.state.releases.push(release);
    return { status: 201, body: renderRelease(ctx.site, ctx.state, release) };
  },
  'repos/get-release': (ctx) => ({ status: 200, body: renderRelease(ctx.site, ctx.state, releaseAt(ctx)) }),
  'repos/get-release-by-tag': (ctx) => {
    const release = ctx.state.releases.find((r) => r.tag === String(ctx.params.tag) && !r.draft);
    if (!release) throw notFound();
    return { status: 200, body: renderRelease(ctx.site, ctx.state, release) };
  },
  'repos/update-release': (ctx) => {
    const release = releaseAt(ctx);
    const b = ctx.body;
    if (typeof b.tag_name === 'string') release.tag = b.tag_name;
    if (b.name !== undefined) release.name = str(b.name) ?? null;
    if (b.body !== undefined) release.body = str(b.body) ?? null;
    if (typeof b.prerelease === 'boolean') release.prerelease = b.prerelease;
    if (b.draft === false && release.draft) {
      if (ctx.state.releases.some((r) => r.tag === release.tag && !r.draft)) {
        throw validationFailed('Release', 'tag_name', 'already_exists');
      }
      release.draft = false;
      release.publishedAt = now();
    }
    return { status: 200, body: renderRelease(ctx.site, ctx.state, release) };
  },
  'repos/list-release-assets': (ctx) => {
    const release = releaseAt(ctx);
    const list = ctx.state.assets
      .filter((a) => a.releaseId === release.id)
      .map((a) => renderAsset(ctx.site, ctx.state, a));
    return { status: 200, list };
  },
  'repos/upload-release-asset': (ctx) => {
    const release = releaseAt(ctx);
    const name = String(ctx.query.name);
    if (ctx.state.assets.some((a) => a.releaseId === release.id && a.name === name)) {
      throw validationFailed('ReleaseAsset', 'name', 'already_exists');
    }
    const t = now();
    const asset = {
      id: ctx.state.id(),
      releaseId: release.id,
      name,
      label: str(ctx.query.label) ?? null,
      contentType: ctx.contentType || 'application/octet-stream',
      data: ctx.raw,
      state: 'uploaded' as const,
      uploader: ctx.login,
      createdAt: t,
      updatedAt: t,
    };
    ctx.state.assets.push(asset);
    return { status: 201, body: renderAsset(ctx.site, ctx.state, asset) };
  },
  'repos/get-release-asset': (ctx) => {
    const asset = ctx.state.assets.find((a) => a.id === Number(ctx.params.asset_id));
    if (!asset) throw notFound();
    const release = ctx.state.releases.find((r) => r.id === asset.releaseId);
    if (release?.draft && !ctx.canPush) throw notFound();
    if (ctx.accept.includes('application/octet-stream')) {
      // GitHub redirects to a signed storage URL; here the storage lives under /storage on this server.
      return { status: 302, headers: { location: `${ctx.site.origin}/storage/assets/${asset.id}` } };
    }
    return { status: 200, body: renderAsset(ctx.site, ctx.state, asset) };
  },
  'repos/delete-release-asset': (ctx) => {
    const index = ctx.state.assets.findIndex((a) => a.id === Number(ctx.params.asset_id));
    if (index < 0) throw notFound();
    ctx.state.assets.splice(index, 1);
    return { status: 204 };
  },
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

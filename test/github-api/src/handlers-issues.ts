/** Issues, issue comments, labels and pull requests. */
import { byNewest, type Handler, issueAt, labelsFrom, str } from './handler-common.ts';
import { notFound, validationFailed } from './http-error.ts';
import { now } from './objects.ts';
import { renderComment, renderIssue, renderLabel, renderPull } from './render.ts';
import type { IssueRecord } from './state.ts';

export const issueHandlers: Record<string, Handler> = {
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
};

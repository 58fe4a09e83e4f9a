/**
 * One issue per key (e.g. the nightly drift check of a dataset): found among open issues carrying
 * the label by a hidden marker, updated in place, commented on, and closed when the condition clears.
 */
import type { GitHub } from './client.ts';
import { createOnce, NO_RETRY } from './create-once.ts';
import { call } from './errors.ts';
import { fitMarkdown } from './markdown-budget.ts';
import { COMMENT_BODY_LIMIT } from './sticky-comment.ts';

export interface IssueInfo {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
}

export function issueMarker(key: string): string {
  return `<!-- cairn:issue ${encodeURIComponent(key)} -->`;
}

function bodyFor(key: string, body: string, moreUrl?: string): string {
  const marker = issueMarker(key);
  const fitted = fitMarkdown(body, { limit: COMMENT_BODY_LIMIT - marker.length - 1, ...(moreUrl ? { moreUrl } : {}) });
  return `${marker}\n${fitted.text}`;
}

export async function findIssue(gh: GitHub, key: string, label: string): Promise<IssueInfo | undefined> {
  const marker = issueMarker(key);
  const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listForRepo, {
    owner: gh.owner,
    repo: gh.repo,
    labels: label,
    state: 'open',
    per_page: 100,
  });
  for await (const page of pages) {
    const hit = page.data.find((i) => !i.pull_request && i.body?.includes(marker));
    if (hit) return hit;
  }
  return undefined;
}

export interface UpsertIssueOptions {
  key: string;
  /** The label that scopes the search (created by GitHub if missing). */
  label: string;
  title: string;
  body: string;
  labels?: string[];
  moreUrl?: string;
}

export async function upsertIssue(
  gh: GitHub,
  options: UpsertIssueOptions,
): Promise<{ issue: IssueInfo; outcome: 'created' | 'updated' | 'unchanged' }> {
  const body = bodyFor(options.key, options.body, options.moreUrl);
  const labels = [...new Set([options.label, ...(options.labels ?? [])])];
  const what = `open the issue for ${options.key}`;
  return call(gh, 'issue', what, async () => {
    const existing = await findIssue(gh, options.key, options.label);
    if (existing) {
      if (existing.body === body && existing.title === options.title)
        return { issue: existing, outcome: 'unchanged' as const };
      const { data } = await gh.octokit.rest.issues.update({
        owner: gh.owner,
        repo: gh.repo,
        issue_number: existing.number,
        title: options.title,
        body,
      });
      return { issue: data, outcome: 'updated' as const };
    }
    const issue = await createOnce<IssueInfo>(gh, {
      what,
      find: () => findIssue(gh, options.key, options.label),
      create: async () =>
        (
          await gh.octokit.rest.issues.create({
            owner: gh.owner,
            repo: gh.repo,
            title: options.title,
            body,
            labels,
            request: NO_RETRY,
          })
        ).data,
    });
    return { issue, outcome: 'created' as const };
  });
}

/** Adds a comment identified by `commentKey`, so a retry or re-run never posts it twice. */
export async function commentOnIssue(gh: GitHub, issueNumber: number, commentKey: string, body: string) {
  const marker = `<!-- cairn:comment ${encodeURIComponent(commentKey)} -->`;
  const text = `${marker}\n${fitMarkdown(body, { limit: COMMENT_BODY_LIMIT - marker.length - 1 }).text}`;
  const find = async () => {
    const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    return comments.find((c) => c.body?.includes(marker));
  };
  const what = `comment on issue #${issueNumber}`;
  return call(gh, 'issue', what, async () => {
    const existing = await find();
    if (existing) return existing;
    return createOnce(gh, {
      what,
      find,
      create: async () =>
        (
          await gh.octokit.rest.issues.createComment({
            owner: gh.owner,
            repo: gh.repo,
            issue_number: issueNumber,
            body: text,
            request: NO_RETRY,
          })
        ).data,
    });
  });
}

/** Closes the key's open issue (as completed), optionally commenting why; undefined when none is open. */
export async function closeIssue(
  gh: GitHub,
  options: { key: string; label: string; comment?: string },
): Promise<IssueInfo | undefined> {
  const existing = await call(gh, 'issue', `find the issue for ${options.key}`, () =>
    findIssue(gh, options.key, options.label),
  );
  if (!existing) return undefined;
  if (options.comment) await commentOnIssue(gh, existing.number, `${options.key}:close`, options.comment);
  const { data } = await call(gh, 'issue', `close issue #${existing.number}`, () =>
    gh.octokit.rest.issues.update({
      owner: gh.owner,
      repo: gh.repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    }),
  );
  return data;
}

/**
 * One comment per (action, name) on a pull request: found by a hidden marker among the bot's own
 * comments (every page is read, so a busy PR still finds it), edited in place, created when missing,
 * and kept under GitHub's 65,536-character body limit by fitMarkdown.
 */
import type { GitHub } from './client.ts';
import { createOnce, NO_RETRY } from './create-once.ts';
import { call } from './errors.ts';
import { fitMarkdown } from './markdown-budget.ts';

/** GitHub's limit on an issue or pull-request comment body (REFERENCE.md §2). */
export const COMMENT_BODY_LIMIT = 65_536;
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

export interface StickyCommentOptions {
  issueNumber: number;
  /** The action writing the comment, e.g. "track-run". */
  action: string;
  /** The thing reported on, e.g. the experiment name. */
  name: string;
  body: string;
  /** Link for "see the job summary" notes when the body is shortened. */
  summaryUrl?: string;
  /** Login the token acts as; only its comments are considered (default github-actions[bot]). */
  author?: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  outcome: 'created' | 'updated' | 'unchanged';
  shortened: boolean;
  droppedRows: number;
}

interface CommentLike {
  id: number;
  html_url: string;
  body?: string | undefined;
  user: { login: string } | null;
}

/** The hidden marker: an HTML comment GitHub does not render. Name is URI-encoded so `-->` cannot occur. */
export function stickyMarker(action: string, name: string): string {
  return `<!-- cairn:sticky ${encodeURIComponent(action)}/${encodeURIComponent(name)} -->`;
}

export async function findStickyComment(
  gh: GitHub,
  issueNumber: number,
  marker: string,
  author = DEFAULT_BOT_LOGIN,
): Promise<CommentLike | undefined> {
  const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      if (comment.user?.login === author && comment.body?.includes(marker)) return comment;
    }
  }
  return undefined;
}

/** The body that will be posted: marker first, then the markdown shortened to fit the limit. */
export function stickyBody(options: Pick<StickyCommentOptions, 'action' | 'name' | 'body' | 'summaryUrl'>) {
  const marker = stickyMarker(options.action, options.name);
  const fitted = fitMarkdown(options.body, {
    limit: COMMENT_BODY_LIMIT - marker.length - 1,
    ...(options.summaryUrl ? { moreUrl: options.summaryUrl } : {}),
  });
  return { marker, text: `${marker}\n${fitted.text}`, fitted };
}

export async function upsertStickyComment(gh: GitHub, options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { marker, text, fitted } = stickyBody(options);
  const author = options.author ?? DEFAULT_BOT_LOGIN;
  const where = `the ${options.action} comment for "${options.name}" on #${options.issueNumber}`;
  const base = { owner: gh.owner, repo: gh.repo };
  const extra = { shortened: fitted.shortened, droppedRows: fitted.droppedRows };
  if (fitted.shortened) {
    gh.logger.info(`Shortened ${where} to fit GitHub's comment limit (${fitted.droppedRows} table rows left out).`);
  }
  const existing = await call(gh, 'pr-comment', `find ${where}`, () =>
    findStickyComment(gh, options.issueNumber, marker, author),
  );
  if (existing) {
    if (existing.body === text) return { id: existing.id, url: existing.html_url, outcome: 'unchanged', ...extra };
    const { data } = await call(gh, 'pr-comment', `update ${where}`, () =>
      gh.octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body: text }),
    );
    return { id: data.id, url: data.html_url, outcome: 'updated', ...extra };
  }
  const created = await call(gh, 'pr-comment', `create ${where}`, () =>
    createOnce<CommentLike>(gh, {
      what: `create ${where}`,
      find: () => findStickyComment(gh, options.issueNumber, marker, author),
      create: async () =>
        (
          await gh.octokit.rest.issues.createComment({
            ...base,
            issue_number: options.issueNumber,
            body: text,
            request: NO_RETRY,
          })
        ).data,
    }),
  );
  if (created.body !== undefined && created.body !== text) {
    // Found after an ambiguous failure with an older body (a concurrent writer): bring it up to date.
    await call(gh, 'pr-comment', `update ${where}`, () =>
      gh.octokit.rest.issues.updateComment({ ...base, comment_id: created.id, body: text }),
    );
  }
  return { id: created.id, url: created.html_url, outcome: 'created', ...extra };
}

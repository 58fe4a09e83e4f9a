/**
 * Which pull request a workflow run is about, from the event: pull_request, pull_request_target,
 * issue_comment (on a PR) and push (the open PR whose head is the pushed commit). A pull_request run
 * from a fork gets a read-only token, so it is detected and the report degrades to the job summary.
 */
import { z } from 'zod';
import type { GitHub } from './client.ts';
import { call } from './errors.ts';

export interface EventContext {
  /** GITHUB_EVENT_NAME */
  eventName: string;
  /** The parsed GITHUB_EVENT_PATH file. */
  payload: unknown;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REPOSITORY */
  repository: string;
}

export interface PullRequestContext {
  number: number;
  headSha: string | undefined;
  baseRef: string | undefined;
  /** The head is in another repository and the event is pull_request: the token is read-only. */
  readOnlyFork: boolean;
}

const repoRef = z.object({ full_name: z.string() }).nullable().optional();
const pullPayload = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    head: z.object({ sha: z.string(), repo: repoRef }).optional(),
    base: z.object({ ref: z.string(), repo: repoRef }).optional(),
  }),
});
const issueCommentPayload = z.object({
  issue: z.object({ number: z.number().int().positive(), pull_request: z.unknown().optional() }),
});

/** The pull request of this run, or undefined when the run is not about one. */
export async function resolvePullRequest(
  gh: GitHub | undefined,
  ctx: EventContext,
): Promise<PullRequestContext | undefined> {
  if (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') {
    const parsed = pullPayload.safeParse(ctx.payload);
    if (!parsed.success) return undefined;
    const pr = parsed.data.pull_request;
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? ctx.repository;
    // A deleted fork has head.repo null: still a fork.
    const fromFork =
      pr.head?.repo === null || (headRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase());
    return {
      number: pr.number,
      headSha: pr.head?.sha,
      baseRef: pr.base?.ref,
      // pull_request_target runs in the base repository with its token: it may write.
      readOnlyFork: fromFork && ctx.eventName === 'pull_request',
    };
  }
  if (ctx.eventName === 'issue_comment') {
    const parsed = issueCommentPayload.safeParse(ctx.payload);
    if (!parsed.success || parsed.data.issue.pull_request === undefined) return undefined;
    return { number: parsed.data.issue.number, headSha: undefined, baseRef: undefined, readOnlyFork: false };
  }
  if (ctx.eventName === 'push' && gh) {
    const client = gh;
    const { data } = await call(client, 'pr-context', `find the pull request for commit ${ctx.sha}`, () =>
      client.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: client.owner,
        repo: client.repo,
        commit_sha: ctx.sha,
        per_page: 100,
      }),
    );
    const open = data.find((pr) => pr.state === 'open' && pr.head.sha === ctx.sha);
    if (!open) return undefined;
    return { number: open.number, headSha: open.head.sha, baseRef: open.base.ref, readOnlyFork: false };
  }
  return undefined;
}

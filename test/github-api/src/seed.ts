/** Test setup: put pull requests, comments and approvals into the local repository state directly. */
import { now } from './objects.ts';
import type { ApprovalRecord, RepoState } from './state.ts';

export interface PullSeed {
  headSha: string;
  headRef?: string;
  baseRef?: string;
  /** owner/repo of the head branch; set it to another repository for a fork PR. */
  headRepo?: string;
  author?: string;
  title?: string;
  state?: 'open' | 'closed';
}

export function seedPullRequest(state: RepoState, baseRepo: string, seed: PullSeed): number {
  const number = state.number();
  const t = now();
  state.issues.set(number, {
    number,
    title: seed.title ?? `Pull request ${number}`,
    body: null,
    state: seed.state ?? 'open',
    stateReason: null,
    labels: [],
    author: seed.author ?? 'octocat',
    createdAt: t,
    updatedAt: t,
    closedAt: seed.state === 'closed' ? t : null,
    pull: {
      headSha: seed.headSha,
      headRef: seed.headRef ?? `feature-${number}`,
      baseRef: seed.baseRef ?? 'main',
      headRepo: seed.headRepo ?? baseRepo,
      mergedAt: null,
    },
  });
  return number;
}

export function seedComment(state: RepoState, issueNumber: number, author: string, body: string): number {
  if (!state.issues.has(issueNumber)) throw new Error(`seedComment: #${issueNumber} does not exist; seed it first`);
  const id = state.id();
  const t = now();
  state.comments.push({ id, issueNumber, body, author, createdAt: t, updatedAt: t });
  return id;
}

export function seedApproval(state: RepoState, runId: number, approval: ApprovalRecord): void {
  const list = state.approvals.get(runId) ?? [];
  list.push(approval);
  state.approvals.set(runId, list);
}

/**
 * The repository state the local GitHub API keeps: issues and pull requests (one numbering, as on
 * GitHub), comments, labels, releases and assets, deployments and statuses, run approvals, dispatches.
 * Plain records; rendering to GitHub's JSON lives in render.ts.
 */
import type { UserSeed } from './objects.ts';

export interface IssueRecord {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullRecord;
}

export interface PullRecord {
  headSha: string;
  headRef: string;
  baseRef: string;
  /** owner/repo of the head; differs from the base repository for a fork PR. */
  headRepo: string;
  mergedAt: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface ReleaseRecord {
  id: number;
  tag: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  target: string;
  author: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  /** "open" is an upload that never completed (GitHub keeps it until deleted). */
  state: 'uploaded' | 'open';
  uploader: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  transient: boolean;
  production: boolean;
  creator: string;
  createdAt: string;
}

export interface DeploymentStatusRecord {
  id: number;
  deploymentId: number;
  state: string;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
}

export interface ApprovalRecord {
  environments: string[];
  state: 'approved' | 'rejected' | 'pending';
  user: string;
  comment: string;
}

export type DispatchRecord =
  | { kind: 'repository'; eventType: string; clientPayload: unknown }
  | { kind: 'workflow'; workflowId: string; ref: string; inputs: unknown; runId: number };

export const BOT: UserSeed = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export class RepoState {
  readonly users = new Map<string, UserSeed>([[BOT.login, BOT]]);
  readonly issues = new Map<number, IssueRecord>();
  readonly comments: CommentRecord[] = [];
  readonly labels = new Map<string, LabelRecord>();
  readonly releases: ReleaseRecord[] = [];
  readonly assets: AssetRecord[] = [];
  readonly deployments: DeploymentRecord[] = [];
  readonly deploymentStatuses: DeploymentStatusRecord[] = [];
  readonly approvals = new Map<number, ApprovalRecord[]>();
  readonly dispatches: DispatchRecord[] = [];
  /** Commit status contexts that are not green: a deployment that does not pass `required_contexts: []` gets 409. */
  failingContexts: string[] = ['ci/tests'];
  private nextId = 1000;
  private nextNumber = 1;

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  number(): number {
    const n = this.nextNumber;
    this.nextNumber += 1;
    return n;
  }

  userSeed(login: string): UserSeed {
    let seed = this.users.get(login);
    if (!seed) {
      seed = { login, id: 5000 + this.users.size, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(login, seed);
    }
    return seed;
  }

  label(name: string): LabelRecord {
    let label = this.labels.get(name.toLowerCase());
    if (!label) {
      label = { id: this.id(), name, color: 'ededed', description: null };
      this.labels.set(name.toLowerCase(), label);
    }
    return label;
  }
}

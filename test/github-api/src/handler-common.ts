/** Shared types and helpers of the operation handlers. */

import { notFound } from './http-error.ts';
import type { Site } from './objects.ts';
import type { IssueRecord, ReleaseRecord, RepoState } from './state.ts';

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

export type Handler = (ctx: HandlerContext) => Reply;

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function issueAt(ctx: HandlerContext): IssueRecord {
  const issue = ctx.state.issues.get(Number(ctx.params.issue_number ?? ctx.params.pull_number));
  if (!issue) throw notFound();
  return issue;
}

export function releaseAt(ctx: HandlerContext): ReleaseRecord {
  const release = ctx.state.releases.find((r) => r.id === Number(ctx.params.release_id));
  if (!release || (release.draft && !ctx.canPush)) throw notFound();
  return release;
}

export function labelsFrom(ctx: HandlerContext, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.map((v) => (typeof v === 'string' ? v : (str((v as { name?: unknown }).name) ?? '')));
  for (const name of names) ctx.state.label(name);
  return names.filter((n) => n !== '');
}

export function byNewest<T extends { createdAt: string; id?: number; number?: number }>(a: T, b: T): number {
  return b.createdAt.localeCompare(a.createdAt) || (b.id ?? b.number ?? 0) - (a.id ?? a.number ?? 0);
}

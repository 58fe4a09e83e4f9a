/**
 * The drift summary recorded on the metadata branch for every check (the full report goes to the
 * artifact), and the trend of the drift share across checks for the issue and the report.
 */
import { DRIFT_SCHEMA_VERSION, type DriftSummary, type GitContext, newId } from '@cairn/core';
import type { DriftCheckResult } from './report-types.ts';

export interface SummaryContext {
  /** The dataset the summary is filed under (name@version's name, or the `dataset` input). */
  dataset: string;
  git: GitContext;
  /** Same key on a re-run of the same job attempt: the same summary id, nothing duplicated. */
  idempotencyKey?: string;
  reportUrl?: string;
  now?: number;
}

export function driftSummary(result: DriftCheckResult, context: SummaryContext): DriftSummary {
  const now = context.now ?? Date.now();
  const d = result.report.dataset;
  return {
    schemaVersion: DRIFT_SCHEMA_VERSION,
    kind: 'drift-summary',
    id: newId({ key: context.idempotencyKey, now }),
    dataset: context.dataset,
    createdAt: new Date(now).toISOString(),
    reference: result.reference.label,
    current: result.current.label,
    columns: d.columns,
    drifted: result.report.columns.filter((c) => c.skipped === null && c.drift).map((c) => c.name),
    share: d.share,
    threshold: d.threshold,
    drift: d.drift,
    ...(context.reportUrl ? { reportUrl: context.reportUrl } : {}),
    git: context.git,
  };
}

export interface TrendPoint {
  /** ISO time of the check. */
  at: string;
  share: number;
  drift: boolean;
}

/** Oldest first, at most `limit` points, from summaries listed newest first. */
export function driftTrend(summaries: readonly DriftSummary[], limit = 30): TrendPoint[] {
  return summaries
    .slice(0, limit)
    .map((s) => ({ at: s.createdAt, share: s.share, drift: s.drift }))
    .reverse();
}

/** A dataset name from a path or spec when none is given: the file or directory name, cleaned. */
export function datasetNameFrom(label: string): string {
  const at = label.lastIndexOf('@');
  if (at > 0 && !label.includes('/')) return label.slice(0, at);
  const base = label.replace(/\/+$/, '').split('/').pop() ?? 'data';
  const stem = base.replace(/(\.gz)?$/i, '').replace(/\.[A-Za-z0-9]+$/, '');
  const cleaned = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 100);
  return cleaned || 'data';
}

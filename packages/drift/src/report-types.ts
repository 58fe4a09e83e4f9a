/** The documented JSON drift report (docs/adr/0009-check-drift.md) and what a check returns. */
import type { ColumnDriftResult, ColumnType } from '@cairn/stats';
import type { Histogram } from './histograms.ts';

export interface DriftColumnReport extends ColumnDriftResult {
  /** How the column's type was chosen, when one side alone would suggest another. */
  note?: string;
  /** Profile mode: false when the result equals the test on the reference rows. */
  approximate?: boolean;
  /** Profile mode: guaranteed interval of the exact statistic. */
  bounds?: { statistic: [number, number] } | null;
}

export interface DriftReportJson {
  dataset: { columns: number; drifted: number; share: number; threshold: number; drift: boolean };
  columns: DriftColumnReport[];
}

export interface SourceInfo {
  /** As the user wrote it (a path, or name@version). */
  label: string;
  rows: number;
  files: string[];
  dataset?: { name: string; version: number };
  /** `profile`: the reference's stored profile was used instead of its rows. */
  mode: 'data' | 'profile';
}

export interface DriftCheckResult {
  report: DriftReportJson;
  reference: SourceInfo;
  current: SourceInfo;
  /** Per column, reference and current counts over the same bins (for the HTML report). */
  histograms: Record<string, Histogram>;
  /** Worker threads the read used (1: this thread). */
  threads: number;
  timings: { readMs: number; testMs: number };
}

export type ColumnTypes = Readonly<Record<string, ColumnType>>;

/** The dataset line from per-column results: share = drifted / tested, drift when share >= threshold. */
export function summarise(columns: DriftColumnReport[], threshold: number): DriftReportJson {
  const tested = columns.filter((c) => c.skipped === null);
  const drifted = tested.filter((c) => c.drift).length;
  const share = tested.length === 0 ? 0 : drifted / tested.length;
  return {
    dataset: { columns: tested.length, drifted, share, threshold, drift: tested.length > 0 && share >= threshold },
    columns,
  };
}

/** A column that is not tested, with its reason. */
export function skippedColumn(
  name: string,
  type: ColumnType,
  reference: { count: number; nulls: number },
  current: { count: number; nulls: number },
  reason: string,
): DriftColumnReport {
  return {
    name,
    type,
    method: null,
    statistic: null,
    score: null,
    threshold: null,
    drift: false,
    reference,
    current,
    skipped: reason,
  };
}

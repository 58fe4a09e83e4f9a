/**
 * Dataset drift: every column tested on its own, then share = drifted / tested columns and
 * drift when share >= threshold (Evidently default 0.5). Options resolve per column with the
 * precedence column > type > global. The result is the documented JSON report shape:
 * {"dataset": {"columns", "drifted", "share", "threshold", "drift"}, "columns": [...]}.
 */
import { UserError } from '@cairn/core';
import {
  type ColumnDriftOptions,
  type ColumnDriftResult,
  type ColumnInput,
  driftColumn,
  valuesType,
} from './drift-column.ts';
import type { ColumnType } from './methods.ts';

export interface DatasetDriftOptions extends ColumnDriftOptions {
  /** Share of drifted columns at or above which the dataset drifts (default 0.5). */
  datasetThreshold?: number;
  /** Options for every column of one type (override the global ones). */
  perType?: Partial<Record<ColumnType, ColumnDriftOptions>>;
  /** Options for one column by name (override type and global ones). */
  perColumn?: Readonly<Record<string, ColumnDriftOptions>>;
}

export interface DatasetDriftReport {
  dataset: {
    /** Columns tested (skipped ones excluded). */
    columns: number;
    drifted: number;
    share: number;
    threshold: number;
    drift: boolean;
  };
  columns: ColumnDriftResult[];
}

const COLUMN_OPTION_KEYS = [
  'method',
  'threshold',
  'bins',
  'binning',
  'nullShareDrift',
  'nullShareThreshold',
] as const satisfies readonly (keyof ColumnDriftOptions)[];

/** Merge option layers, later layers winning key by key. */
export function resolveColumnOptions(...layers: (ColumnDriftOptions | undefined)[]): ColumnDriftOptions {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of COLUMN_OPTION_KEYS) if (layer[key] !== undefined) out[key] = layer[key];
  }
  return out as ColumnDriftOptions;
}

export function driftDataset(columns: readonly ColumnInput[], options: DatasetDriftOptions = {}): DatasetDriftReport {
  const threshold = options.datasetThreshold ?? 0.5;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new UserError(`datasetThreshold must be between 0 and 1, got ${threshold}.`);
  }
  const names = new Set<string>();
  for (const c of columns) {
    if (names.has(c.name)) throw new UserError(`column "${c.name}" appears twice; column names must be unique.`);
    names.add(c.name);
  }
  for (const name of Object.keys(options.perColumn ?? {})) {
    if (!names.has(name)) {
      throw new UserError(`drift options name column "${name}", which is not in the data; check the spelling.`);
    }
  }
  const results = columns.map((column) => {
    const type = column.type ?? valuesType(column.reference);
    const layers = resolveColumnOptions(options, options.perType?.[type], options.perColumn?.[column.name]);
    return driftColumn({ ...column, type }, layers);
  });
  const tested = results.filter((r) => r.skipped === null);
  const drifted = tested.filter((r) => r.drift).length;
  const share = tested.length === 0 ? 0 : drifted / tested.length;
  return {
    dataset: { columns: tested.length, drifted, share, threshold, drift: tested.length > 0 && share >= threshold },
    columns: results,
  };
}

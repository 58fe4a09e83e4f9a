/**
 * Column profiles of the tabular files in a dataset version (CSV, TSV, JSON, JSONL, Parquet),
 * streamed batch by batch and merged across batches and files with packages/stats, so check-drift
 * can compare against a version without downloading it. Rows per file go into the manifest.
 */
import { join } from 'node:path';
import { type Logger, type ManifestFile, UserError } from '@cairn/core';
import { type Column, columnValues, detectFormat, readTable } from '@cairn/data';
import {
  type ColumnProfile,
  columnProfileEntry,
  mergeProfiles,
  profileCategorical,
  profileNumeric,
} from '@cairn/stats';
import type { DatasetProfileInput } from '@cairn/store';

export interface TableColumn {
  name: string;
  type: string;
}

export interface TablesProfile {
  /** Rows per tabular file path. */
  rows: Map<string, number>;
  /** Columns of each tabular file, in file order. */
  columnsByFile: Map<string, TableColumn[]>;
  /** Union of the columns over all tabular files (first-seen order); a type that differs is "mixed". */
  columns: TableColumn[];
  /** The dataset-level profile, or undefined when no file is tabular. */
  profile: DatasetProfileInput | undefined;
}

/** True when the file name says it is a table Cairn reads. */
export function isTabular(path: string): boolean {
  try {
    detectFormat(path);
    return true;
  } catch {
    return false;
  }
}

function profileBatchColumn(column: Column): ColumnProfile {
  if ('numbers' in column) return profileNumeric(column.numbers);
  return profileCategorical(columnValues(column));
}

/**
 * Profiles every tabular file. A file that cannot be read as a table is skipped with a warning
 * naming it (versioning does not depend on it); a column whose profiles cannot merge (numeric in
 * one file, text in another) keeps its counts as "mixed" without a profile.
 */
export async function profileTables(
  root: string,
  files: readonly ManifestFile[],
  logger: Logger,
): Promise<TablesProfile> {
  const rows = new Map<string, number>();
  const columnsByFile = new Map<string, TableColumn[]>();
  const union = new Map<string, string>();
  const merged = new Map<string, ColumnProfile | 'mixed'>();
  let totalRows = 0;
  for (const file of files) {
    if (!isTabular(file.path)) continue;
    const fileProfiles = new Map<string, ColumnProfile | 'mixed'>();
    const fileTypes = new Map<string, string>();
    let fileRows = 0;
    try {
      for await (const batch of readTable(join(root, file.path))) {
        for (const [name, column] of batch.columns) {
          // A JSON column first seen in a later batch was null in all the earlier rows.
          if (!fileTypes.has(name) && fileRows > 0) fileProfiles.set(name, allNull('categorical', fileRows));
          fileTypes.set(name, mergeType(fileTypes.get(name), column.type));
          fileProfiles.set(name, mergeInto(fileProfiles.get(name), profileBatchColumn(column)));
        }
        fileRows += batch.rowCount;
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      logger.warning(`${file.path}: not profiled, it could not be read as a table (${error.message})`);
      continue;
    }
    rows.set(file.path, fileRows);
    totalRows += fileRows;
    columnsByFile.set(
      file.path,
      [...fileTypes].map(([name, type]) => ({ name, type })),
    );
    for (const [name, type] of fileTypes) union.set(name, mergeType(union.get(name), type));
    for (const [name, profile] of fileProfiles) merged.set(name, mergeInto(merged.get(name), profile));
  }
  const columns = [...union].map(([name, type]) => ({ name, type }));
  if (rows.size === 0) return { rows, columnsByFile, columns, profile: undefined };
  const entries = [...merged].flatMap(([name, profile]) => {
    if (profile === 'mixed') {
      logger.warning(`column ${name}: numeric in some rows or files and text in others; stored without a profile`);
      return [];
    }
    return [columnProfileEntry(name, profile)];
  });
  return { rows, columnsByFile, columns, profile: { rows: totalRows, columns: entries } };
}

/** Column types across batches or files: equal stays, "empty" yields to the other, else "mixed". */
export function mergeType(a: string | undefined, b: string): string {
  if (a === undefined || a === b || b === 'empty') return a ?? b;
  if (a === 'empty') return b;
  if ((a === 'integer' && b === 'number') || (a === 'number' && b === 'integer')) return 'number';
  return 'mixed';
}

function mergeInto(a: ColumnProfile | 'mixed' | undefined, b: ColumnProfile | 'mixed'): ColumnProfile | 'mixed' {
  if (a === undefined) return b;
  if (a === 'mixed' || b === 'mixed') return 'mixed';
  if (a.type !== b.type) {
    // An all-null side takes the other side's kind; otherwise the column is mixed.
    if (a.nulls === a.count) return mergeProfiles(allNull(b.type, a.count), b);
    if (b.nulls === b.count) return mergeProfiles(a, allNull(a.type, b.count));
    return 'mixed';
  }
  return mergeProfiles(a, b);
}

function allNull(type: ColumnProfile['type'], count: number): ColumnProfile {
  return type === 'numeric'
    ? profileNumeric(new Float64Array(count).fill(Number.NaN))
    : profileCategorical(new Array<null>(count).fill(null));
}

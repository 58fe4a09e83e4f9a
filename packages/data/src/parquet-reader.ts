import { type FileHandle, open } from 'node:fs/promises';
import { UserError } from '@cairn/core';
import { type AsyncBuffer, type DecodedArray, parquetMetadataAsync, parquetScan, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { emptyBatch } from './csv-reader.ts';
import type { Batch, CellValue, Column, ColumnCounts, ColumnType, ValueColumn } from './types.ts';

type ValueColumnType = ValueColumn['type'];

import { countsFromTally } from './column-type.ts';
import { K_BOOLEAN, K_DATE, K_DATETIME, K_INTEGER, K_NULL, K_NUMBER, K_STRING } from './value-kinds.ts';

export interface ParquetReadOptions {
  columns?: readonly string[] | undefined;
  batchRows: number;
}

interface ParquetColumnPlan {
  name: string;
  type: ColumnType;
  /** Timestamps not adjusted to UTC are written without a `Z`. */
  utc: boolean;
}

/**
 * Reads a Parquet file (Snappy, Gzip, ZSTD, Brotli, LZ4 pages via hyparquet-compressors) one row
 * group at a time, only the projected columns, and yields batches of at most batchRows rows.
 * Column types come from the Parquet schema, not from inference.
 */
export async function* readParquet(path: string, options: ParquetReadOptions): AsyncGenerator<Batch> {
  const handle = await open(path, 'r');
  try {
    const { file, metadata } = await openParquet(path, handle);
    const plans = planParquetColumns(path, metadata.schema, options.columns);
    const scan = await parquetScan({ file, metadata, columns: plans.map((p) => p.name), compressors });
    const groupStarts: number[] = [];
    let total = 0;
    for (const group of metadata.row_groups) {
      groupStarts.push(total);
      total += Number(group.num_rows);
    }
    let yielded = false;
    for (const range of scan.ranges) {
      const group = groupStarts.findLastIndex((start) => start <= range.rowStart);
      const data = new Map<string, DecodedArray>();
      for (const plan of plans) {
        try {
          data.set(plan.name, await scan.readColumn({ column: plan.name, ...range }));
        } catch (error) {
          throw new UserError(
            `${path}: row group ${group} (rows ${range.rowStart}-${range.rowEnd - 1}), column "${plan.name}" could not ` +
              `be read (${(error as Error).message}). The file is truncated or corrupt: write it again.`,
            { cause: error },
          );
        }
      }
      for (let from = range.rowStart; from < range.rowEnd; from += options.batchRows) {
        const to = Math.min(from + options.batchRows, range.rowEnd);
        const columns = new Map<string, Column>();
        for (const plan of plans) {
          const all = data.get(plan.name)!;
          columns.set(plan.name, columnFromParquet(plan, all, from - range.rowStart, to - range.rowStart));
        }
        yielded = true;
        yield { columns, rowOffset: from, rowCount: to - from };
      }
    }
    if (!yielded) yield emptyBatch(plans.map((p) => p.name));
  } finally {
    await handle.close();
  }
}

type ParquetMetadata = Awaited<ReturnType<typeof parquetMetadataAsync>>;

async function openParquet(
  path: string,
  handle: FileHandle,
): Promise<{ file: AsyncBuffer; metadata: ParquetMetadata }> {
  const { size } = await handle.stat();
  const file: AsyncBuffer = {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const stop = Math.min(end ?? size, size);
      const out = new Uint8Array(Math.max(0, stop - start));
      let filled = 0;
      while (filled < out.length) {
        const { bytesRead } = await handle.read(out, filled, out.length - filled, start + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return out.buffer;
    },
  };
  try {
    return { file, metadata: await parquetMetadataAsync(file) };
  } catch (error) {
    throw new UserError(
      `${path}: not a readable Parquet file (${(error as Error).message}). A Parquet file ends with its metadata ` +
        'and the magic bytes "PAR1": the file is truncated, still being written, or not Parquet.',
      { cause: error },
    );
  }
}

/**
 * Column counts straight from the footer, without reading any page: row counts per row group and
 * each column chunk's `null_count` statistic. Undefined when a requested column is nested or a
 * chunk has no null count (then the caller reads the data).
 */
export async function parquetCountsFromMetadata(
  path: string,
  columns: readonly string[] | undefined,
): Promise<{ rows: number; counts: Map<string, ColumnCounts> } | undefined> {
  const handle = await open(path, 'r');
  try {
    const { metadata } = await openParquet(path, handle);
    const plans = planParquetColumns(path, metadata.schema, columns);
    const rows = Number(metadata.num_rows);
    const counts = new Map<string, ColumnCounts>();
    for (const plan of plans) {
      let nulls = 0;
      for (const group of metadata.row_groups) {
        const chunk = group.columns.find(
          (c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === plan.name,
        );
        const nullCount = chunk?.meta_data?.statistics?.null_count;
        if (nullCount === undefined) return undefined;
        nulls += Number(nullCount);
      }
      counts.set(plan.name, typedCounts(KIND_OF_TYPE[plan.type], rows, nulls));
    }
    return { rows, counts };
  } finally {
    await handle.close();
  }
}

function planParquetColumns(
  path: string,
  schema: readonly SchemaElement[],
  requested: readonly string[] | undefined,
): ParquetColumnPlan[] {
  // Top-level fields: walk the flattened schema tree, skipping the children of nested fields.
  const top: SchemaElement[] = [];
  let i = 1;
  const skip = (index: number): number => {
    const element = schema[index]!;
    let next = index + 1;
    for (let c = 0; c < (element.num_children ?? 0); c++) next = skip(next);
    return next;
  };
  while (i < schema.length) {
    top.push(schema[i]!);
    i = skip(i);
  }
  const byName = new Map(top.map((element) => [element.name, element]));
  const names = requested ?? top.map((element) => element.name);
  const missing = names.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    throw new UserError(
      `${path}: no column named ${missing.map((n) => JSON.stringify(n)).join(', ')}. ` +
        `The file has: ${top.map((e) => JSON.stringify(e.name)).join(', ')}.`,
    );
  }
  return names.map((name) => {
    const element = byName.get(name)!;
    const logical = element.logical_type;
    return { name, type: parquetType(element), utc: logical?.type === 'TIMESTAMP' ? logical.isAdjustedToUTC : true };
  });
}

function parquetType(element: SchemaElement): ColumnType {
  if ((element.num_children ?? 0) > 0) return 'string';
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === 'DATE' || converted === 'DATE') return 'date';
  if (logical === 'TIMESTAMP' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
    return 'datetime';
  if (element.type === 'INT96') return 'datetime';
  if (logical === 'DECIMAL' || converted === 'DECIMAL') return 'number';
  switch (element.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
    case 'INT64':
      return 'integer';
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    default:
      return 'string';
  }
}

const KIND_OF_TYPE: Record<ColumnType, number> = {
  integer: K_INTEGER,
  number: K_NUMBER,
  boolean: K_BOOLEAN,
  date: K_DATE,
  datetime: K_DATETIME,
  string: K_STRING,
  mixed: K_STRING,
  empty: K_NULL,
};

/** Builds one column from rows [start, end) of a decoded row-group column. */
function columnFromParquet(plan: ParquetColumnPlan, data: DecodedArray, start: number, end: number): Column {
  const rows = end - start;
  const kind = KIND_OF_TYPE[plan.type];
  let nulls = 0;
  if (plan.type === 'integer' || plan.type === 'number') {
    const numbers = new Float64Array(rows);
    let nullMask: Uint8Array | undefined;
    for (let r = 0; r < rows; r++) {
      const value: unknown = data[start + r];
      if (value === null || value === undefined) {
        numbers[r] = Number.NaN;
        nullMask ??= new Uint8Array(rows);
        nullMask[r] = 1;
        nulls++;
      } else numbers[r] = Number(value);
    }
    return {
      name: plan.name,
      type: plan.type,
      length: rows,
      counts: typedCounts(kind, rows, nulls),
      numbers,
      nullMask,
    };
  }
  const values: CellValue[] = new Array(rows);
  // Timestamps repeat a lot (dictionary pages): format each distinct instant once per batch.
  const isoCache = new Map<number, string>();
  for (let r = 0; r < rows; r++) {
    const value: unknown = data[start + r];
    if (value === null || value === undefined) {
      values[r] = null;
      nulls++;
    } else if (value instanceof Date) {
      const time = value.getTime();
      let text = isoCache.get(time);
      if (text === undefined) {
        text = formatDate(plan, value);
        isoCache.set(time, text);
      }
      values[r] = text;
    } else values[r] = cellFromParquet(value);
  }
  const type = plan.type as ValueColumnType;
  return { name: plan.name, type, length: rows, counts: typedCounts(kind, rows, nulls), values };
}

/** Counts for a typed column: every non-null value has the schema's kind. */
function typedCounts(kind: number, rows: number, nulls: number): ColumnCounts {
  const tally = new Int32Array(8);
  tally[kind] = rows - nulls;
  tally[K_NULL] = nulls;
  return countsFromTally(tally);
}

function formatDate(plan: ParquetColumnPlan, value: Date): string {
  const iso = value.toISOString();
  if (plan.type === 'date') return iso.slice(0, 10);
  return plan.utc ? iso : iso.slice(0, -1);
}

function cellFromParquet(value: unknown): CellValue {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

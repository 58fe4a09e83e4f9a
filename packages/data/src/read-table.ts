import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { UserError } from '@cairn/core';
import { emptyCounts, mergeCounts, pandasDtype, resolveType } from './column-type.ts';
import { type CsvStreamOptions, readCsvStream } from './csv-reader.ts';
import { readJsonStream } from './json-reader.ts';
import type { Batch, ColumnCounts, ReadTableOptions, TableFormat, TableSchema } from './types.ts';
import { DEFAULT_NULL_VALUES } from './value-kinds.ts';

export const DEFAULT_BATCH_ROWS = 65_536;
/** Read size for text formats: 1 MiB. */
const CHUNK_BYTES = 1 << 20;

const EXTENSIONS: Record<string, TableFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  parquet: 'parquet',
  pq: 'parquet',
};

/** Format from the file name (`.csv`, `.tsv`, `.json`, `.jsonl`, `.ndjson`, `.parquet`, text ones also `.gz`). */
export function detectFormat(path: string): TableFormat {
  const parts = path.toLowerCase().split('/').pop()!.split('.');
  if (parts.at(-1) === 'gz') parts.pop();
  const format = parts.length > 1 ? EXTENSIONS[parts.at(-1)!] : undefined;
  if (format === undefined) {
    throw new UserError(
      `${path}: cannot tell the table format from the file name. Name it .csv, .tsv, .json, .jsonl or .parquet, or pass format.`,
    );
  }
  return format;
}

/**
 * Streams a table as column batches: `for await (const batch of readTable(path)) ...`.
 * Memory is bounded by batchRows (and, for Parquet, one row group), not by the file size.
 */
export async function* readTable(path: string, options: ReadTableOptions = {}): AsyncGenerator<Batch> {
  const format = options.format ?? detectFormat(path);
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  if (!Number.isInteger(batchRows) || batchRows < 1) {
    throw new UserError(`batchRows must be a positive integer, got ${batchRows}.`);
  }
  await assertReadableFile(path);
  if (format === 'parquet') {
    // Loaded on first use: hyparquet is not needed by processes that read only text formats.
    const { readParquet } = await import('./parquet-reader.ts');
    yield* readParquet(path, { columns: options.columns, batchRows, dictionary: options.dictionary });
    return;
  }
  const gz = path.toLowerCase().endsWith('.gz');
  const csv: CsvStreamOptions = {
    source: path,
    delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : ','),
    nullValues: options.nullValues ?? DEFAULT_NULL_VALUES,
    columns: options.columns,
    batchRows,
    dictionary: options.dictionary,
  };
  if (!gz && (format === 'csv' || format === 'tsv')) {
    // The CSV reader copies what it keeps from each chunk before asking for the next, so one
    // buffer serves the whole file: a stream would allocate a fresh 1 MiB chunk per read, and the
    // dead ones pile up (about as much memory again as the file) until a collection.
    yield* readCsvStream(reusedChunks(path), csv);
    return;
  }
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const gunzip = gz ? createGunzip({ chunkSize: CHUNK_BYTES }) : undefined;
  const chunks: AsyncIterable<Uint8Array> = gunzip ? stream.pipe(gunzip) : stream;
  try {
    if (format === 'json' || format === 'jsonl') {
      yield* readJsonStream(chunks, { source: path, format, columns: options.columns, batchRows });
    } else {
      yield* readCsvStream(chunks, csv);
    }
  } catch (error) {
    const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
      throw new UserError(`${path}: the gzip data is corrupt or truncated (${(error as Error).message}).`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    gunzip?.destroy();
    stream.destroy();
  }
}

/** A file's bytes in order, always in the same buffer: each chunk is valid until the next is asked for. */
async function* reusedChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function assertReadableFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new UserError(`${path} is not a file. Point to a data file (a directory is read with buildManifest).`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: cannot read the file (${(error as Error).message}). Check the path.`, {
      cause: error,
    });
  }
}

/**
 * Reads the whole table once and returns per-column types, counts per kind, null counts and the
 * dtype pandas would give each column. Counts are merged across batches before the type is
 * decided, so a column that is numeric early and text later is reported as one type. Parquet
 * files with null-count statistics are answered from the footer alone.
 */
export async function inferSchema(
  path: string,
  options: Omit<ReadTableOptions, 'batchRows'> = {},
): Promise<TableSchema> {
  const format = options.format ?? detectFormat(path);
  if (format === 'parquet') {
    await assertReadableFile(path);
    const { parquetCountsFromMetadata } = await import('./parquet-reader.ts');
    const fromFooter = await parquetCountsFromMetadata(path, options.columns);
    if (fromFooter) return schemaFromCounts(format, fromFooter.rows, fromFooter.counts);
  }
  const merged = new Map<string, ColumnCounts>();
  let rows = 0;
  for await (const batch of readTable(path, { ...options, format })) {
    for (const [name, column] of batch.columns) {
      let counts = merged.get(name);
      if (counts === undefined) {
        counts = emptyCounts();
        // A JSON column first seen in a later batch was null in every earlier row.
        counts.kinds.null = rows;
        merged.set(name, counts);
      }
      mergeCounts(counts, column.counts);
    }
    rows += batch.rowCount;
  }
  return schemaFromCounts(format, rows, merged);
}

function schemaFromCounts(format: TableFormat, rows: number, merged: Map<string, ColumnCounts>): TableSchema {
  const columns = [...merged].map(([name, counts]) => ({
    name,
    type: resolveType(counts, format !== 'csv' && format !== 'tsv'),
    counts: counts.kinds,
    nullCount: counts.kinds.null,
    leadingZeroNumbers: counts.leadingZeroNumbers,
    pandasDtype: pandasDtype(counts, format === 'parquet'),
  }));
  return { format, rows, columns };
}

import { type FileHandle, open } from 'node:fs/promises';
import { UserError } from '@cairn/core';
import { type AsyncBuffer, parquetMetadataAsync, type SchemaElement } from 'hyparquet';
import { parquetRead } from 'hyparquet/src/read.js';
import { getSchemaPath } from 'hyparquet/src/schema.js';
import { emptyBatch } from './csv-reader.ts';
import { compressorsFor } from './parquet-codecs.ts';
import {
  batchColumn,
  EPOCH_PARSERS,
  type GroupColumn,
  kindOfType,
  newGroupColumn,
  type ParquetColumnPlan,
  storeChunk,
  typedCounts,
} from './parquet-columns.ts';
import { decodeFlatChunk, flatDecoder, PageScratch } from './parquet-pages.ts';
import type { Batch, Column, ColumnCounts, ColumnType } from './types.ts';

export interface ParquetReadOptions {
  columns?: readonly string[] | undefined;
  batchRows: number;
  /** String, date and datetime columns as DictionaryColumn (ReadTableOptions.dictionary). */
  dictionary?: boolean | undefined;
}

/**
 * Reads a Parquet file (Snappy, Gzip, ZSTD, Brotli, LZ4 pages via hyparquet-compressors) one row
 * group at a time and one column chunk at a time, only the projected columns, and yields batches
 * of at most batchRows rows. Each decoded page is copied into a compact buffer (Float64Array for
 * numbers, dates and timestamps) and released, so memory is about one row group of compact
 * columns plus one decoded column chunk. Column types come from the Parquet schema.
 */
export async function* readParquet(path: string, options: ParquetReadOptions): AsyncGenerator<Batch> {
  const handle = await open(path, 'r');
  try {
    const { file, metadata } = await openParquet(path, handle);
    const plans = planParquetColumns(path, metadata.schema, options.columns);
    const scratch = new PageScratch();
    const dictionary = options.dictionary === true;
    let groupStart = 0;
    let yielded = false;
    // Each column's buffers, reused by the next row group (batches hold copies).
    const data: (GroupColumn | undefined)[] = plans.map(() => undefined);
    for (const [group, rowGroup] of metadata.row_groups.entries()) {
      const groupRows = Number(rowGroup.num_rows);
      const groupEnd = groupStart + groupRows;
      if (groupRows === 0) continue;
      for (const [i, plan] of plans.entries()) {
        const read = { file, metadata, plan, group, groupStart, groupEnd, handle, scratch };
        data[i] = await readGroupColumn(path, read, data[i]);
      }
      for (let from = 0; from < groupRows; from += options.batchRows) {
        const to = Math.min(from + options.batchRows, groupRows);
        const columns = new Map<string, Column>();
        for (const [i, plan] of plans.entries()) {
          columns.set(plan.name, batchColumn(plan, data[i]!, from, to, dictionary));
        }
        yielded = true;
        yield { columns, rowOffset: groupStart + from, rowCount: to - from };
      }
      groupStart = groupEnd;
    }
    if (!yielded) yield emptyBatch(plans.map((p) => p.name));
  } finally {
    await handle.close();
  }
}

interface GroupRead {
  file: AsyncBuffer;
  metadata: ParquetMetadata;
  plan: ParquetColumnPlan;
  group: number;
  groupStart: number;
  groupEnd: number;
  handle: FileHandle;
  scratch: PageScratch;
}

/** Decodes one column chunk page by page into its compact group column (reusing `previous`'s buffers). */
async function readGroupColumn(path: string, read: GroupRead, previous: GroupColumn | undefined): Promise<GroupColumn> {
  const { plan, groupStart, groupEnd } = read;
  const target = newGroupColumn(plan, groupEnd - groupStart, previous);
  let filled = 0;
  try {
    const chunk = read.metadata.row_groups[read.group]!.columns.find(
      (c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === plan.name,
    )?.meta_data;
    if (plan.flat && chunk) {
      // Flat columns: our own page loop, straight into typed buffers.
      let start = Number(chunk.data_page_offset);
      const dictionaryAt = chunk.dictionary_page_offset === undefined ? 0 : Number(chunk.dictionary_page_offset);
      if (dictionaryAt > 0 && dictionaryAt < start) start = dictionaryAt;
      const size = Number(chunk.total_compressed_size);
      const bytes = await readBytes(read.handle, start, size, read.scratch.chunk(size));
      const schemaPath = getSchemaPath(read.metadata.schema, [plan.name]);
      const decoder = flatDecoder({
        pathInSchema: [plan.name],
        type: chunk.type,
        element: schemaPath.at(-1)!.element,
        schemaPath,
        codec: chunk.codec,
        compressors: await compressorsFor(chunk.codec),
      });
      filled = decodeFlatChunk(bytes, decoder, target, groupEnd - groupStart, read.scratch);
    } else
      await parquetRead({
        file: read.file,
        metadata: read.metadata,
        columns: [plan.name],
        rowStart: groupStart,
        rowEnd: groupEnd,
        compressors: await compressorsFor(chunk?.codec ?? 'any'),
        ...(plan.flat ? { parsers: EPOCH_PARSERS } : {}),
        onChunk({ columnData, rowStart }) {
          // Chunks may reach outside the requested rows: keep only this group's.
          const skip = Math.max(0, groupStart - rowStart);
          const take = Math.min(columnData.length, groupEnd - rowStart) - skip;
          if (take <= 0) return;
          const part = skip === 0 && take === columnData.length ? columnData : columnData.slice(skip, skip + take);
          storeChunk(target, part, rowStart + skip - groupStart);
          filled += take;
        },
      });
    if (filled !== groupEnd - groupStart) throw new Error(`decoded ${filled} of ${groupEnd - groupStart} values`);
  } catch (error) {
    throw new UserError(
      `${path}: row group ${read.group} (rows ${groupStart}-${groupEnd - 1}), column "${plan.name}" could not ` +
        `be read (${(error as Error).message}). The file is truncated or corrupt: write it again.`,
      { cause: error },
    );
  }
  return target;
}

/** Reads up to `length` bytes at `start` (fewer at the end of the file), into `into` when given. */
async function readBytes(handle: FileHandle, start: number, length: number, into?: Uint8Array): Promise<Uint8Array> {
  const out = into ?? new Uint8Array(Math.max(0, length));
  let filled = 0;
  while (filled < out.length) {
    const { bytesRead } = await handle.read(out, filled, out.length - filled, start + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === out.length ? out : out.subarray(0, filled);
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
      const out = await readBytes(handle, start, Math.min(end ?? size, size) - start);
      return out.buffer as ArrayBuffer;
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
      counts.set(plan.name, typedCounts(kindOfType(plan.type), rows, nulls));
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
    return {
      name,
      type: parquetType(element),
      utc: logical?.type === 'TIMESTAMP' ? logical.isAdjustedToUTC : true,
      flat: (element.num_children ?? 0) === 0 && element.repetition_type !== 'REPEATED',
    };
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

/**
 * Reading one side of a drift check from files with the streaming, projected readers of
 * @cairn/data. A directory means every table file under it (sorted by path, concatenated).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { UserError } from '@cairn/core';
import { detectFormat, readTable } from '@cairn/data';
import { addBatch, type TableSide } from './side-data.ts';

const TABLE_FILE = /\.(csv|tsv|tab|json|jsonl|ndjson|parquet|pq)(\.gz)?$/i;

/** The table files a path names: itself, or every table file under a directory, sorted by path. */
export async function tableFiles(path: string, input: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new UserError(`${input}: ${path} does not exist. Give a data file, a directory of them, or name@version.`, {
      cause: error,
    });
  }
  if (info.isFile()) return [path];
  const found: string[] = [];
  for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && TABLE_FILE.test(entry.name)) found.push(join(entry.parentPath, entry.name));
  }
  found.sort((a, b) => (relative(path, a) < relative(path, b) ? -1 : 1));
  if (found.length === 0) {
    throw new UserError(
      `${input}: the directory ${path} holds no table files (.csv, .tsv, .json, .jsonl, .parquet, optionally .gz).`,
    );
  }
  return found;
}

export function emptyTableSide(sources: string[] = []): TableSide {
  const parquet = sources[0] !== undefined && detectFormat(sources[0]) === 'parquet';
  return { sources: [...sources], parquet, rows: 0, columns: new Map() };
}

/**
 * Reads one file into a side (in this thread). `columns` projects the read when given. Batches of
 * 16,384 rows: a side keeps no rows, so smaller batches only shrink the reader's buffers.
 */
export async function readFileSide(path: string, columns?: readonly string[]): Promise<TableSide> {
  const side = emptyTableSide([path]);
  for await (const batch of readTable(path, { dictionary: true, batchRows: 16_384, ...(columns ? { columns } : {}) }))
    addBatch(side, batch);
  return side;
}

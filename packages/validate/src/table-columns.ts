/**
 * The column names of a table, read without reading its rows: the CSV/TSV header line, or the
 * Parquet footer's schema. JSON has no header (keys appear record by record): undefined.
 * Knowing the names first lets validation read only the columns a contract names.
 */
import { open, stat } from 'node:fs/promises';
import { UserError } from '@cairn/core';
import { readCsvStream, readTable, type TableFormat } from '@cairn/data';
import { type AsyncBuffer, parquetMetadataAsync, parquetSchema } from 'hyparquet';

export async function tableColumns(
  path: string,
  format: TableFormat,
  options: { delimiter?: string | undefined } = {},
): Promise<string[] | undefined> {
  await assertReadableFile(path);
  if (format === 'json' || format === 'jsonl') return undefined;
  if (format === 'parquet') return parquetColumns(path);
  const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
  if (!path.toLowerCase().endsWith('.gz')) {
    const header = await headerBytes(path);
    if (header) {
      for await (const batch of readCsvStream([header], { source: path, delimiter, nullValues: [], batchRows: 1 })) {
        return [...batch.columns.keys()];
      }
    }
  }
  for await (const batch of readTable(path, { format, delimiter, batchRows: 1024 })) return [...batch.columns.keys()];
  return [];
}

async function assertReadableFile(path: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new UserError(`${path}: cannot read the file (${(error as Error).message}). Check the path.`, {
      cause: error,
    });
  }
  if (!info.isFile()) throw new UserError(`${path} is not a file. Point to a data file.`);
}

/** The bytes of the first CSV record (quotes may hold line breaks), or undefined past 1 MiB. */
async function headerBytes(path: string): Promise<Uint8Array | undefined> {
  const handle = await open(path, 'r');
  try {
    const buf = new Uint8Array(1 << 20);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    let quoted = false;
    for (let i = 0; i < bytesRead; i++) {
      const b = buf[i];
      if (b === 34) quoted = !quoted;
      else if (!quoted && (b === 10 || b === 13)) return buf.subarray(0, i + 1);
    }
    return bytesRead < buf.length ? buf.subarray(0, bytesRead) : undefined;
  } finally {
    await handle.close();
  }
}

async function parquetColumns(path: string): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const file: AsyncBuffer = {
      byteLength: size,
      async slice(start: number, end?: number): Promise<ArrayBuffer> {
        const stop = Math.min(end ?? size, size);
        const out = new Uint8Array(Math.max(0, stop - start));
        await handle.read(out, 0, out.length, start);
        return out.buffer;
      },
    };
    const metadata = await parquetMetadataAsync(file).catch((error: unknown) => {
      throw new UserError(
        `${path}: not a readable Parquet file (${(error as Error).message}): it is truncated, still being written, or not Parquet.`,
        { cause: error },
      );
    });
    return parquetSchema(metadata).children.map((child) => child.element.name);
  } finally {
    await handle.close();
  }
}

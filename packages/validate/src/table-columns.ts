/**
 * The column names of a table, read without reading its rows: the CSV/TSV header line, or the
 * Parquet footer's schema. JSON has no header (keys appear record by record): undefined.
 * Knowing the names first lets validation read only the columns a contract names.
 */
import { open } from 'node:fs/promises';
import { UserError } from '@cairn/core';
import { readTable, type TableFormat } from '@cairn/data';
import { type AsyncBuffer, parquetMetadataAsync, parquetSchema } from 'hyparquet';

export async function tableColumns(path: string, format: TableFormat): Promise<string[] | undefined> {
  if (format === 'json' || format === 'jsonl') return undefined;
  if (format === 'parquet') return parquetColumns(path);
  // One-row batches: the reader stops after the first chunk once the first batch is taken.
  for await (const batch of readTable(path, { format, batchRows: 1 })) return [...batch.columns.keys()];
  return [];
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

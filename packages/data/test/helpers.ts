import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Batch, CellValue, Column } from '../src/index.ts';

export const DATA_DIR = fileURLToPath(new URL('../node_modules/vega-datasets/data/', import.meta.url));

/** Value of row r of a column as a plain JS value (null for null). */
export function cell(column: Column, r: number): CellValue {
  if ('numbers' in column) return column.nullMask?.[r] ? null : column.numbers[r]!;
  if ('codes' in column) return column.codes[r]! < 0 ? null : column.dictionary[column.codes[r]!]!;
  return column.values[r]!;
}

export interface Table {
  names: string[];
  /** Row-major cells. */
  rows: CellValue[][];
  batches: Batch[];
}

export async function collect(batches: AsyncIterable<Batch>): Promise<Table> {
  const out: Table = { names: [], rows: [], batches: [] };
  for await (const batch of batches) {
    out.batches.push(batch);
    if (out.names.length === 0) out.names = [...batch.columns.keys()];
    for (let r = 0; r < batch.rowCount; r++) {
      out.rows.push(out.names.map((name) => (batch.columns.has(name) ? cell(batch.columns.get(name)!, r) : null)));
    }
  }
  return out;
}

/** A temp directory removed by the returned cleanup function. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cairn-data-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeTemp(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Splits bytes at the given (sorted, deduplicated) cut points. */
export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => Math.min(Math.max(c, 0), bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const at of points) {
    out.push(bytes.subarray(from, at));
    from = at;
  }
  out.push(bytes.subarray(from));
  return out;
}

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferSchema, readTable } from '../src/index.ts';
import { collect, DATA_DIR, tempDir } from './helpers.ts';

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

const ROWS = 2500;
const ids = Array.from({ length: ROWS }, (_, i) => i);
const scores = ids.map((i) => (i % 7 === 0 ? null : i / 4));
const codes = ids.map((i) => (i % 11 === 0 ? null : `c${String(i % 50).padStart(3, '0')}`));
const flags = ids.map((i) => i % 3 === 0);
const times = ids.map((i) => new Date(Date.UTC(2024, 0, 1) + i * 60_000));

async function writeParquet(name: string, codec: 'SNAPPY' | 'GZIP' | 'ZSTD', statistics: boolean): Promise<string> {
  const buffer = parquetWriteBuffer({
    codec,
    compressors: { GZIP: (input) => gzipSync(input), ZSTD: (input) => zstdCompressSync(input) },
    statistics,
    rowGroupSize: 1000,
    columnData: [
      { name: 'id', data: ids, type: 'INT32' },
      { name: 'score', data: scores, type: 'DOUBLE' },
      { name: 'code', data: codes, type: 'STRING' },
      { name: 'flag', data: flags, type: 'BOOLEAN' },
      { name: 'at', data: times, type: 'TIMESTAMP' },
    ],
  });
  const path = join(dir, name);
  await writeFile(path, new Uint8Array(buffer));
  return path;
}

describe('Parquet codecs and types', () => {
  for (const codec of ['SNAPPY', 'GZIP', 'ZSTD'] as const) {
    it(`reads ${codec} pages back exactly, across row groups and batches`, async () => {
      const path = await writeParquet(`t-${codec}.parquet`, codec, true);
      const metadata = parquetMetadata((await readFile(path)).buffer);
      expect(metadata.row_groups[0]!.columns.map((c) => c.meta_data?.codec)).toEqual(Array(5).fill(codec));
      const table = await collect(readTable(path, { batchRows: 400 }));
      expect(table.names).toEqual(['id', 'score', 'code', 'flag', 'at']);
      expect(table.rows).toHaveLength(ROWS);
      // Row groups of 1000 cut into batches of 400: 400, 400, 200, 400, 400, 200, 400, 100.
      expect(table.batches.map((b) => b.rowCount)).toEqual([400, 400, 200, 400, 400, 200, 400, 100]);
      expect(table.rows.map((r) => r[1])).toEqual(scores);
      expect(table.rows.map((r) => r[2])).toEqual(codes);
      expect(table.rows.map((r) => r[3])).toEqual(flags);
      expect(table.rows.map((r) => r[4])).toEqual(times.map((t) => t.toISOString()));
      const types = Object.fromEntries([...table.batches[0]!.columns].map(([n, c]) => [n, c.type]));
      expect(types).toEqual({ id: 'integer', score: 'number', code: 'string', flag: 'boolean', at: 'datetime' });
    });
  }

  it('answers inferSchema from footer statistics, and by reading when there are none', async () => {
    const withStats = await inferSchema(await writeParquet('stats.parquet', 'SNAPPY', true));
    const noStatsPath = await writeParquet('nostats.parquet', 'SNAPPY', false);
    const noStatsMeta = parquetMetadata((await readFile(noStatsPath)).buffer);
    expect(noStatsMeta.row_groups[0]!.columns[1]!.meta_data?.statistics?.null_count).toBeUndefined();
    const withoutStats = await inferSchema(noStatsPath);
    expect(withStats).toEqual(withoutStats);
    expect(withStats.rows).toBe(ROWS);
    const byName = new Map(withStats.columns.map((c) => [c.name, c]));
    expect(byName.get('score')).toMatchObject({ type: 'number', nullCount: scores.filter((s) => s === null).length });
    expect(byName.get('code')).toMatchObject({ type: 'string', nullCount: codes.filter((s) => s === null).length });
    expect(byName.get('id')).toMatchObject({ type: 'integer', pandasDtype: 'int64' });
    expect(byName.get('flag')!.pandasDtype).toBe('bool');
    expect(byName.get('at')!.pandasDtype).toBe('datetime64[ns]');
  });

  it('infers the 3,000,000-row flights schema from the footer in well under a second of reading', async () => {
    const started = performance.now();
    const schema = await inferSchema(join(DATA_DIR, 'flights-3m.parquet'), { columns: ['delay', 'origin'] });
    expect(schema.rows).toBe(3_000_000);
    expect(schema.columns.map((c) => [c.name, c.type, c.nullCount])).toEqual([
      ['delay', 'integer', 0],
      ['origin', 'string', 0],
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

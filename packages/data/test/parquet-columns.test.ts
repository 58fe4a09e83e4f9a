import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readTable } from '../src/index.ts';
import { formatInstant } from '../src/parquet-instants.ts';
import { collect, tempDir } from './helpers.ts';

/** The text the reader wrote before it stopped creating Date objects per value. */
function viaDate(time: number, length: number): string {
  const iso = new Date(time).toISOString();
  return length === 10 ? iso.slice(0, 10) : length === 23 ? iso.slice(0, -1) : iso;
}

describe('formatInstant', () => {
  it('writes the same ISO 8601 text as Date.toISOString for every instant Date can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.constantFrom(10, 23, 24), (time, length) => {
        expect(formatInstant(time, length)).toBe(viaDate(time, length));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles the edges of the four-digit years and of days', () => {
    for (const time of [
      0, -1, 1, 86_399_999, 86_400_000, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999,
      253_402_300_800_000, 951_782_400_000,
    ]) {
      for (const length of [10, 23, 24]) expect(formatInstant(time, length)).toBe(viaDate(time, length));
    }
  });
});

describe('Parquet nested columns', () => {
  it('reads lists and structs (hyparquet assembly path) as JSON text next to flat columns', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const path = join(dir, 'nested.parquet');
      const buffer = parquetWriteBuffer({
        columnData: [
          { name: 'id', data: [1, 2, 3], type: 'INT32' },
          { name: 'tags', data: [[1, 2], [3], null] },
          { name: 'obj', data: [{ a: 1, b: 'x' }, null, { a: 3, b: 'z' }] },
        ],
      });
      await writeFile(path, new Uint8Array(buffer));
      const table = await collect(readTable(path));
      expect(table.names).toEqual(['id', 'tags', 'obj']);
      expect(table.rows).toEqual([
        [1, '[1,2]', '{"a":1,"b":"x"}'],
        [2, '[3]', null],
        [3, null, '{"a":3,"b":"z"}'],
      ]);
    } finally {
      await cleanup();
    }
  });
});

describe('Parquet text pages', () => {
  it('reads PLAIN text with nulls and runs of equal values exactly (dictionary off and on)', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      // Mostly distinct values (some equal to the previous one): the writer stores them PLAIN (v2
      // pages); the few repeated codes get a dictionary.
      const text = Array.from({ length: 3000 }, (_, i) => (i % 13 === 0 ? null : `t-${i - (i % 10 === 1 ? 1 : 0)}-é`));
      const codes = Array.from({ length: 3000 }, (_, i) => (i % 17 === 0 ? null : `k${i % 5}`));
      const path = join(dir, 'text.parquet');
      const buffer = parquetWriteBuffer({
        rowGroupSize: 1000,
        columnData: [
          { name: 'text', data: text, type: 'STRING' },
          { name: 'code', data: codes, type: 'STRING' },
        ],
      });
      await writeFile(path, new Uint8Array(buffer));
      const table = await collect(readTable(path, { batchRows: 700 }));
      expect(table.rows.map((r) => r[0])).toEqual(text);
      expect(table.rows.map((r) => r[1])).toEqual(codes);
      const first = table.batches[0]!.columns.get('text')!;
      expect(first.type).toBe('string');
      expect(first.counts.kinds.null).toBe(text.slice(0, 700).filter((t) => t === null).length);
    } finally {
      await cleanup();
    }
  });
});

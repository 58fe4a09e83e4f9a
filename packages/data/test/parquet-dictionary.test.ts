import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zstdCompressSync } from 'node:zlib';
import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Batch, type Column, cellAt, readTable } from '../src/index.ts';
import type { CodedGroup } from '../src/parquet-columns.ts';
import { codedDictionary, internText } from '../src/parquet-dictionary.ts';
import { DATA_DIR, tempDir } from './helpers.ts';

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

/** Reads `path` twice (dictionary off and on) in lockstep, up to `maxBatches` batches. */
async function readBoth(path: string, batchRows: number, maxBatches = Number.POSITIVE_INFINITY) {
  const plain: Batch[] = [];
  const coded: Batch[] = [];
  for await (const batch of readTable(path, { batchRows })) {
    plain.push(batch);
    if (plain.length >= maxBatches) break;
  }
  for await (const batch of readTable(path, { batchRows, dictionary: true })) {
    coded.push(batch);
    if (coded.length >= maxBatches) break;
  }
  return { plain, coded };
}

/**
 * The dictionary read must decode to exactly the default read: same batches, same counts, same
 * cell per row; a dictionary holds each value once and only values its batch uses.
 */
function expectSameTable(plain: Batch[], coded: Batch[]): number {
  expect(coded.map((b) => [b.rowOffset, b.rowCount])).toEqual(plain.map((b) => [b.rowOffset, b.rowCount]));
  let dictionaryColumns = 0;
  for (const [i, batch] of coded.entries()) {
    const expected = plain[i]!;
    expect([...batch.columns.keys()]).toEqual([...expected.columns.keys()]);
    for (const [name, column] of batch.columns) {
      const want = expected.columns.get(name)!;
      expect(column.type, name).toBe(want.type);
      expect(column.length, name).toBe(want.length);
      expect(column.counts, name).toEqual(want.counts);
      if ('codes' in column) {
        dictionaryColumns++;
        expect(['string', 'date', 'datetime']).toContain(column.type);
        expectCompactDictionary(column);
      } else if (want.type === 'string' || want.type === 'date' || want.type === 'datetime') {
        throw new Error(`column ${name} of batch ${i} is ${column.type} but not dictionary-encoded`);
      }
      for (let r = 0; r < column.length; r++) {
        if (cellAt(column, r) !== cellAt(want, r)) {
          throw new Error(`batch ${i} column ${name} row ${r}: ${cellAt(column, r)} != ${cellAt(want, r)}`);
        }
      }
    }
  }
  return dictionaryColumns;
}

function expectCompactDictionary(column: Column & { codes: Int32Array; dictionary: readonly string[] }): void {
  expect(new Set(column.dictionary).size, `${column.name}: duplicate dictionary entries`).toBe(
    column.dictionary.length,
  );
  const used = new Uint8Array(column.dictionary.length);
  for (const code of column.codes) {
    if (code < -1 || code >= column.dictionary.length) throw new Error(`${column.name}: code ${code} out of range`);
    if (code >= 0) used[code] = 1;
  }
  expect(
    used.every((u) => u === 1),
    `${column.name}: dictionary entries no row uses`,
  ).toBe(true);
  for (const value of column.dictionary) expect(typeof value).toBe('string');
}

async function write(name: string, options: Parameters<typeof parquetWriteBuffer>[0]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, new Uint8Array(parquetWriteBuffer(options)));
  return path;
}

describe('Parquet dictionary output on real data', () => {
  it('flights-3m.parquet (ZSTD, dictionary pages, TIMESTAMP): decodes to the default read', async () => {
    // 60,000-row batches cut the 272,727-row groups inside; five batches span two row groups.
    const { plain, coded } = await readBoth(join(DATA_DIR, 'flights-3m.parquet'), 60_000, 5);
    expect(plain).toHaveLength(5);
    // date (TIMESTAMP), origin and destination in each of the 5 batches.
    expect(expectSameTable(plain, coded)).toBe(15);
    const origin = coded[0]!.columns.get('origin')!;
    if (!('codes' in origin)) throw new Error('origin is not dictionary-encoded');
    // Airports: a few hundred distinct codes for 60,000 rows.
    expect(origin.dictionary.length).toBeLessThan(400);
  });
});

describe('Parquet dictionary output on generated files', () => {
  const rows = 2400;
  const words = ['alpha', 'béta', 'gamma', '', 'δέλτα', '日本', 'x'.repeat(40)];

  it('PLAIN pages with repeats far apart: one entry per distinct value, nulls as -1', async () => {
    const text = Array.from({ length: rows }, (_, i) => (i % 9 === 0 ? null : words[(i * 5) % words.length]!));
    const path = await write('plain.parquet', {
      rowGroupSize: 1000,
      pageSize: 512,
      columnData: [{ name: 'word', data: text, type: 'STRING', encoding: 'PLAIN' }],
    });
    const { plain, coded } = await readBoth(path, 300);
    expect(expectSameTable(plain, coded)).toBe(plain.length);
    const first = coded[0]!.columns.get('word')!;
    if (!('codes' in first)) throw new Error('word is not dictionary-encoded');
    expect(new Set(first.dictionary)).toEqual(new Set(words));
    expect(first.codes[0]).toBe(-1);
    expect(first.counts.kinds.null).toBe(34);
  });

  it('mostly distinct PLAIN text (interning stops) and repeated text (kept) in 20,000-row groups', async () => {
    const count = 40_000;
    const ids = Array.from({ length: count }, (_, i) => (i % 1000 === 7 ? 'again' : `id-${(i * 7919) % count}`));
    const few = Array.from({ length: count }, (_, i) => `v${(i * 31) % 500}`);
    const path = await write('distinct.parquet', {
      rowGroupSize: 20_000,
      columnData: [
        { name: 'id', data: ids, type: 'STRING', encoding: 'PLAIN' },
        { name: 'few', data: few, type: 'STRING', encoding: 'PLAIN' },
      ],
    });
    const { plain, coded } = await readBoth(path, 6000);
    expect(expectSameTable(plain, coded)).toBe(2 * plain.length);
    const first = coded[0]!.columns.get('id')!;
    if (!('codes' in first)) throw new Error('id is not dictionary-encoded');
    // 6000 rows: 5994 distinct ids and "again" once in the dictionary.
    expect(first.dictionary).toHaveLength(5995);
  });

  it('dictionary pages, DELTA pages, timestamps and non-text columns, across row groups and batches', async () => {
    const day = Date.UTC(2001, 0, 1);
    const path = await write('mixed.parquet', {
      rowGroupSize: [700, 1000, 700],
      pageSize: 1024,
      codec: 'ZSTD',
      compressors: { ZSTD: (input: Uint8Array) => zstdCompressSync(input) },
      columnData: [
        {
          name: 'code',
          data: Array.from({ length: rows }, (_, i) => (i % 7 === 3 ? null : `c${i % 11}`)),
          type: 'STRING',
        },
        {
          name: 'delta',
          data: Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? null : words[i % 3]!)),
          type: 'STRING',
          encoding: 'DELTA_BYTE_ARRAY',
        },
        {
          name: 'when',
          data: Array.from({ length: rows }, (_, i) =>
            i % 13 === 0 ? null : new Date(day + Math.floor(i / 4) * 60_000),
          ),
          type: 'TIMESTAMP',
        },
        { name: 'n', data: Array.from({ length: rows }, (_, i) => (i % 6 === 0 ? null : i)), type: 'INT32' },
        { name: 'flag', data: Array.from({ length: rows }, (_, i) => i % 3 === 0), type: 'BOOLEAN' },
      ],
    });
    const { plain, coded } = await readBoth(path, 450);
    expect(expectSameTable(plain, coded)).toBe(3 * plain.length);
    const last = coded.at(-1)!;
    expect(last.columns.get('when')!.type).toBe('datetime');
    expect('numbers' in last.columns.get('n')!).toBe(true);
    expect('values' in last.columns.get('flag')!).toBe(true);
  });

  it('timestamps in any order, repeated, with milliseconds and nulls (property)', async () => {
    let file = 0;
    const second = 1000;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.option(
            fc.oneof(
              // A few whole seconds (repeats far apart), any millisecond, and far years.
              fc.integer({ min: 0, max: 20 }).map((k) => 978_307_200_000 + k * 3600 * second),
              fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((k) => k * 7),
              fc.constantFrom(-62_198_755_200_000, 253_402_300_800_000),
            ),
            { nil: null },
          ),
          { minLength: 1, maxLength: 300 },
        ),
        fc.integer({ min: 1, max: 120 }),
        async (times, batchRows) => {
          const data = times.map((t) => (t === null ? null : new Date(t)));
          const path = await write(`times-${file++}.parquet`, {
            rowGroupSize: 97,
            columnData: [{ name: 'at', data, type: 'TIMESTAMP' }],
          });
          const { plain, coded } = await readBoth(path, batchRows);
          expect(expectSameTable(plain, coded)).toBe(coded.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('any text, encoding, codec, row groups, page and batch sizes (property)', async () => {
    let file = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.constantFrom(...words, 'z', 'zz'), { nil: null }), { minLength: 1, maxLength: 400 }),
        fc.constantFrom('PLAIN', 'RLE_DICTIONARY', 'DELTA_LENGTH_BYTE_ARRAY', undefined),
        fc.constantFrom('UNCOMPRESSED', 'SNAPPY', 'ZSTD'),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 16, max: 600 }),
        fc.integer({ min: 1, max: 150 }),
        async (text, encoding, codec, rowGroupSize, pageSize, batchRows) => {
          const path = await write(`property-${file++}.parquet`, {
            rowGroupSize,
            pageSize,
            codec: codec as 'SNAPPY',
            compressors: { ZSTD: (input: Uint8Array) => zstdCompressSync(input) },
            columnData: [
              { name: 't', data: text, type: 'STRING', ...(encoding ? { encoding: encoding as 'PLAIN' } : {}) },
            ],
          });
          const { plain, coded } = await readBoth(path, batchRows);
          expectSameTable(plain, coded);
          const decoded = coded.flatMap((b) => {
            const column = b.columns.get('t')!;
            return Array.from({ length: column.length }, (_, r) => cellAt(column, r));
          });
          expect(decoded).toEqual(text);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('codedDictionary', () => {
  it('merges a value held twice in the group dictionary and keeps only the values the batch uses', () => {
    // Two dictionary pages of one chunk may repeat a value: codes 0 and 3 are both "a".
    const group = {
      kind: 'coded' as const,
      codes: Int32Array.from([3, 0, -1, 1, 3, 4, 0]),
      dict: ['a', 'b', 'unused', 'a', 'c'],
      seen: undefined,
      seenHits: 0,
      unique: false,
      remap: undefined,
    };
    const batch = codedDictionary(group, 0, 5)!;
    expect(batch.dictionary).toEqual(['a', 'b']);
    expect([...batch.codes]).toEqual([0, 0, -1, 1, 0]);
    expect(batch.nulls).toBe(1);
    // The scratch map is cleared between batches.
    const next = codedDictionary(group, 4, 7)!;
    expect(next.dictionary).toEqual(['a', 'c']);
    expect([...next.codes]).toEqual([0, 1, 0]);
  });

  it('gives up (undefined) when a value is not text', () => {
    const group = {
      kind: 'coded' as const,
      codes: Int32Array.from([0, 1]),
      dict: ['a', 7],
      seen: undefined,
      seenHits: 0,
      unique: false,
      remap: undefined,
    };
    expect(codedDictionary(group, 0, 2)).toBeUndefined();
  });

  it('internText adds each text once, stops interning text that does not repeat, tracks uniqueness', () => {
    const group = (): CodedGroup => ({
      kind: 'coded',
      codes: new Int32Array(0),
      dict: [],
      seen: undefined,
      seenHits: 0,
      unique: true,
      remap: undefined,
    });
    const repeated = group();
    for (let i = 0; i < 20_000; i++) internText(repeated, `k${i % 5000}`);
    expect(repeated.dict).toHaveLength(5000);
    expect(repeated.seen).toBeInstanceOf(Map);
    expect(repeated.unique).toBe(true);
    const distinct = group();
    for (let i = 0; i < 20_000; i++) internText(distinct, `id${i}`);
    expect(distinct.seen).toBeNull();
    expect(distinct.dict).toHaveLength(20_000);
    expect(internText(distinct, 'id3')).toBe(20_000);
    expect(distinct.unique).toBe(false);
    // Text after a dictionary page may repeat one of its values: batches must deduplicate.
    const afterDictionary = { ...group(), dict: ['a'] };
    expect(internText(afterDictionary, 'a')).toBe(1);
    expect(afterDictionary.unique).toBe(false);
  });
});

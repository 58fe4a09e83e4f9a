/**
 * `dictionary: true` for CSV: string, date and datetime columns come back as codes into the
 * batch's distinct values, and must decode to exactly the cells, types and counts of the default
 * (one value per row) output, whatever the data, chunking and batch size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteDictionary, fnv1a } from '../src/csv-dictionary.ts';
import { type Batch, cellAt, DEFAULT_NULL_VALUES, readCsvStream } from '../src/index.ts';
import { splitAt } from './helpers.ts';

/** Each column draws from one flavour, so that typed, dictionary-encoded columns come out. */
const FLAVOURS: Record<string, fc.Arbitrary<string>> = {
  codes: fc.constantFrom('LAS', 'PHL', 'ATL', 'x', 'ABCDEF', 'ABCDEFG', '00501', '02134', 'é', '東京'),
  dates: fc.constantFrom('2001-01-01', '2001-01-02', '2024-02-29', '1999-12-31'),
  datetimes: fc.constantFrom(
    '2001-01-01T00:01:00.000',
    '2001-01-01T00:02:00.000',
    '2001-01-01 10:00',
    '2001-06-30T23:59:59Z',
  ),
  text: fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => `t${s}`),
    fc.constantFrom(
      'a long repeated value',
      'with "quotes", commas',
      'line\nbreak',
      'crlf\r\ninside',
      '😀 emoji text here',
    ),
  ),
  numbers: fc.oneof(fc.integer({ min: -5000, max: 5000 }).map(String), fc.constantFrom('1.5', '-0.25', '1e3', 'inf')),
  mixed: fc.constantFrom('1', 'abc', 'true', '2001-01-01', '12345678.5', 'False'),
  booleans: fc.constantFrom('true', 'false', 'True', 'FALSE'),
};
const NULLS = fc.constantFrom('', 'NA', 'null', '#N/A N/A', 'NaN');

function quote(cell: string, always: boolean): string {
  return always || /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A CSV text: per column a flavour; cells repeat in runs and are null now and then. */
const csvText = fc
  .array(fc.constantFrom(...Object.keys(FLAVOURS)), { minLength: 1, maxLength: 4 })
  .chain((flavours) =>
    fc.tuple(
      fc.constant(flavours),
      fc.array(
        fc.tuple(
          fc.tuple(
            ...flavours.map((f) => fc.oneof({ weight: 6, arbitrary: FLAVOURS[f]! }, { weight: 1, arbitrary: NULLS })),
          ),
          fc.integer({ min: 1, max: 4 }),
          fc.boolean(),
        ),
        { maxLength: 25 },
      ),
      fc.constantFrom('\n', '\r\n'),
    ),
  )
  .map(([flavours, runs, newline]) => {
    const lines = [flavours.map((f, i) => `${f}${i}`).join(',')];
    for (const [cells, repeat, quoted] of runs) {
      for (let k = 0; k < repeat; k++) lines.push(cells.map((c) => quote(c, quoted)).join(','));
    }
    return lines.join(newline) + newline;
  });

/** Cells and line numbers of a batch, copied. */
function snapshot(batch: Batch): unknown {
  const cells = [...batch.columns.values()].map((column) =>
    Array.from({ length: batch.rowCount }, (_, r) => cellAt(column, r)),
  );
  return { cells, lines: [...(batch.lineNumbers ?? [])] };
}

/**
 * Reads every batch and keeps them all. The reader reuses its buffers from batch to batch, so
 * each batch is also checked, at the end, against a copy taken when it was yielded.
 */
async function read(chunks: Uint8Array[], batchRows: number, dictionary: boolean): Promise<Batch[]> {
  const out: Batch[] = [];
  const copies: unknown[] = [];
  const options = { source: 'd.csv', delimiter: ',', nullValues: DEFAULT_NULL_VALUES, batchRows, dictionary };
  for await (const batch of readCsvStream(chunks, options)) {
    out.push(batch);
    copies.push(snapshot(batch));
  }
  expect(out.map(snapshot)).toEqual(copies);
  return out;
}

describe('CSV dictionary columns', () => {
  it('decode to the same cells, types and counts as the default output', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvText
          .map((text) => Buffer.from(text, 'utf8'))
          .chain((bytes) =>
            fc.tuple(
              fc.constant(bytes),
              fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 6 }),
              fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 6 }),
            ),
          ),
        fc.integer({ min: 1, max: 9 }),
        async ([bytes, plainCuts, dictCuts], batchRows) => {
          // Every batch is kept until the end: earlier batches must not change as later ones are read.
          const plain = await read(splitAt(bytes, plainCuts), batchRows, false);
          const coded = await read(splitAt(bytes, dictCuts), batchRows, true);
          expect(coded.length).toBe(plain.length);
          plain.forEach((batch, b) => {
            const other = coded[b]!;
            expect(other.rowCount).toBe(batch.rowCount);
            expect([...other.lineNumbers!]).toEqual([...batch.lineNumbers!]);
            for (const [name, column] of batch.columns) {
              const codedColumn = other.columns.get(name)!;
              expect(codedColumn.type).toBe(column.type);
              expect(codedColumn.counts).toEqual(column.counts);
              const text = column.type === 'string' || column.type === 'date' || column.type === 'datetime';
              expect('codes' in codedColumn).toBe(text);
              if ('codes' in codedColumn) {
                expect(new Set(codedColumn.dictionary).size).toBe(codedColumn.dictionary.length);
                const used = new Set(codedColumn.codes);
                used.delete(-1);
                expect(used.size).toBe(codedColumn.dictionary.length);
              } else expect(codedColumn).toEqual(column);
              for (let r = 0; r < batch.rowCount; r++) expect(cellAt(codedColumn, r)).toEqual(cellAt(column, r));
            }
          });
        },
      ),
      { numRuns: 250 },
    );
  });

  it('encodes the flights layout: repeated timestamps, short codes and numbers', async () => {
    const text = [
      'date,delay,origin',
      '2001-01-01T00:01:00.000,33,LAS',
      '2001-01-01T00:01:00.000,NA,PHL',
      '2001-01-01T00:02:00.000,-13,LAS',
      ',7,',
      '2001-01-01T00:01:00.000,1,PHL',
    ].join('\n');
    const [batch] = await read([Buffer.from(text)], 100, true);
    const date = batch!.columns.get('date')!;
    const origin = batch!.columns.get('origin')!;
    expect(date.type).toBe('datetime');
    expect(origin.type).toBe('string');
    if (!('codes' in date) || !('codes' in origin)) throw new Error('expected dictionary columns');
    expect([...date.codes]).toEqual([0, 0, 1, -1, 0]);
    expect(date.dictionary).toEqual(['2001-01-01T00:01:00.000', '2001-01-01T00:02:00.000']);
    expect([...origin.codes]).toEqual([0, 1, 0, -1, 1]);
    expect(origin.dictionary).toEqual(['LAS', 'PHL']);
    expect(batch!.columns.get('delay')).toMatchObject({ type: 'integer', nullMask: Uint8Array.from([0, 1, 0, 0, 0]) });
  });

  it('grows the hash table past many distinct values without losing any', async () => {
    const values = Array.from({ length: 5000 }, (_, i) => `value-${(i * 7919) % 5000}-${'x'.repeat(i % 17)}`);
    const text = `v\n${values.join('\n')}\n${values.join('\n')}\n`;
    const batches = await read([Buffer.from(text)], 10_000, true);
    const column = batches[0]!.columns.get('v')!;
    if (!('codes' in column)) throw new Error('expected a dictionary column');
    expect(column.dictionary.length).toBe(5000);
    for (let r = 0; r < 10_000; r++) expect(cellAt(column, r)).toBe(values[r % 5000]);
  });

  it('tells apart different bytes whose hashes collide', () => {
    // Birthday search: among 200,000 random eight-letter keys, some pairs share a 32-bit FNV-1a hash.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    let state = 12345;
    const letter = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return String.fromCharCode(97 + ((state >>> 16) % 26));
    };
    for (let i = 0; pair === undefined && i < 200_000; i++) {
      const key = Array.from({ length: 8 }, letter).join('');
      const hash = fnv1a(Buffer.from(key), 0, key.length);
      const before = seen.get(hash);
      if (before !== undefined) pair = [before, key];
      seen.set(hash, key);
    }
    if (pair === undefined) throw new Error('no FNV-1a collision found among 200,000 keys');
    const data = Buffer.from(pair.join(''));
    const dictionary = new ByteDictionary();
    dictionary.reset();
    const first = dictionary.intern(data, 0, 8);
    const second = dictionary.intern(data, 8, 16);
    expect(second).not.toBe(first);
    expect(dictionary.intern(data, 8, 16)).toBe(second);
    expect(dictionary.strings).toEqual(pair);
  });
});

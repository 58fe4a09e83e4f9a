/**
 * readCsvStream copies what it keeps from a chunk before asking for the next one, so readTable can
 * read a file through one reused buffer. Here the producer reuses one buffer and overwrites it with
 * garbage after every chunk: the cells must equal those read from separate chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NULL_VALUES, readCsvStream } from '../src/index.ts';
import { collect } from './helpers.ts';

const field = fc.oneof(
  fc.constantFrom('LAS', 'PHL', '00501', '', 'NA', '1.5', '-3', '2001-01-01', '2001-01-01T00:01:00.000', 'true'),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => `"${s.replaceAll('"', '""')}"`),
);

function* separate(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

function* reused(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  const buffer = new Uint8Array(size);
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size);
    buffer.set(piece);
    yield buffer.subarray(0, piece.length);
    buffer.fill(0x2c); // commas everywhere: any byte still referenced would change the table
  }
}

describe('CSV chunks in one reused buffer', () => {
  it('give the same table as separate chunks, for any chunk size and batch size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        async (rows, size, batchRows, dictionary) => {
          const text = `a,b,c\n${rows.map((r) => r.join(',')).join('\n')}\n`;
          const bytes = new TextEncoder().encode(text);
          const options = { source: 't.csv', delimiter: ',', nullValues: DEFAULT_NULL_VALUES, batchRows, dictionary };
          const want = await collect(readCsvStream(separate(bytes, size), options));
          const got = await collect(readCsvStream(reused(bytes, size), options));
          expect(got.names).toEqual(want.names);
          expect(got.rows).toEqual(want.rows);
        },
      ),
      { numRuns: 150 },
    );
  });
});

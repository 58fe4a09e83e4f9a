/**
 * The CSV column builder reuses the kind, number and string of a long field that repeats the
 * previous row's bytes (packages/data/src/csv-columns.ts). Runs of repeated values must read
 * exactly as if each were classified on its own.
 */
import { cellAt, readTable } from '@cairn/data';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const CELLS: Record<string, string | number | null> = {
  '2001-01-01T00:01:00.000': '2001-01-01T00:01:00.000',
  '2001-01-01T00:02:00.000': '2001-01-01T00:02:00.000',
  '123456789': 123456789,
  '12345678.5': 12345678.5,
  '#N/A N/A': null,
  'long words here': 'long words here',
  '00000501': '00000501',
  short: 'short',
};

describe('repeated long CSV fields', () => {
  it('read the same as fields classified one by one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.constantFrom(...Object.keys(CELLS)), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 40,
        }),
        async (runs) => {
          const cells = runs.flatMap((run) => [...run, ...run]);
          const path = await tmp.write('r.csv', `a,b\n${cells.map((c, i) => `${c},${i}`).join('\n')}\n`);
          const got: unknown[] = [];
          for await (const batch of readTable(path, { columns: ['a'], batchRows: 16 })) {
            const column = batch.columns.get('a')!;
            for (let i = 0; i < batch.rowCount; i++) {
              if ('numbers' in column) got.push(column.nullMask?.[i] ? null : column.numbers[i]);
              else got.push(cellAt(column, i));
            }
          }
          // A column mixing numbers with words holds numbers as numbers; one with only text keeps text.
          const expected = cells.map((c) => CELLS[c]);
          expect(got.map((v) => (v === null ? null : String(v)))).toEqual(
            expected.map((v) => (v === null ? null : String(v))),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});

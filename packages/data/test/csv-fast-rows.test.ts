/**
 * The tokenizer's fast row scanner (csv-fast-rows.ts) must read exactly what the RFC 4180 state
 * machine reads alone: same fields, same line numbers, same errors, for any input and any
 * chunking, with every column read (one memcpy per region) or a projection (copy per field).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldStarts } from '../src/csv-raw-batch.ts';
import { CsvTokenizer } from '../src/csv-tokenizer.ts';
import { readCsvStream } from '../src/index.ts';
import { collect, splitAt } from './helpers.ts';

interface Tokens {
  header: string[] | undefined;
  rows: string[][];
  lines: number[];
  error: string | undefined;
}

function tokenize(
  chunks: readonly Uint8Array[],
  fastRows: boolean,
  batchRows: number,
  keep: (names: string[]) => boolean[],
): Tokens {
  const out: Tokens = { header: undefined, rows: [], lines: [], error: undefined };
  const tokenizer = new CsvTokenizer({
    source: 't.csv',
    delimiter: 44,
    batchRows,
    maxBatchCells: 1 << 20,
    fastRows,
    onHeader: (names) => {
      let next = 0;
      return Int32Array.from(keep(names), (k) => (k ? next++ : -1));
    },
    onBatch: (raw) => {
      // The buffers are reused after this call: copy the fields out now.
      const starts = Array.from({ length: raw.width }, (_, s) => fieldStarts(raw, s));
      for (let r = 0; r < raw.rows; r++) {
        const row: string[] = [];
        for (let s = 0; s < raw.width; s++) {
          const { starts: at, base, add } = starts[s]!;
          row.push(raw.data.toString('utf8', at[base + r]! + add, raw.ends[s * raw.stride + r]!));
        }
        out.rows.push(row);
      }
      out.lines.push(...raw.lines);
    },
  });
  try {
    for (const chunk of chunks) tokenizer.push(chunk);
    tokenizer.finish();
  } catch (error) {
    out.error = (error as Error).message;
  }
  out.header = tokenizer.header;
  return out;
}

// Pieces that exercise every branch: quotes (opening, doubled, stray), delimiters, each line end,
// multi-byte characters and plain text of various lengths.
const piece = fc.constantFrom('a', 'bc', '12', 'é', '😀', ',', '"', '""', '\n', '\r', '\r\n', ' ', 'long text value');
const noisy = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

// Mostly well-formed CSV: rows of `width` fields, some quoted, with the odd ragged row or blank line.
const cell = fc.oneof(
  fc.constantFrom('', 'x', '42', '-3.5', 'ABC', '2001-01-01T00:01:00.000', 'é😀', 'a"b'),
  fc.array(piece, { maxLength: 4 }).map((p) => `"${p.join('').replaceAll('"', '""')}"`),
);
const shaped = fc
  .record({
    width: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(
      fc.tuple(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n')),
      {
        maxLength: 30,
      },
    ),
    ragged: fc.boolean(),
  })
  .map(({ width, rows, ragged }) => {
    const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
    const body = rows.map(([cells, end]) => {
      const fields = ragged ? cells : Array.from({ length: width }, (_, i) => cells[i % cells.length]!);
      return fields.join(',') + end;
    });
    return `${header}\n${body.join('')}`;
  });

const cutsFor = (length: number) => fc.array(fc.integer({ min: 0, max: length }), { maxLength: 10 });

describe('CSV fast row scanner', () => {
  it('reads the same fields, lines and errors as the state machine alone, for any chunking', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(shaped, noisy)
          .map((text) => Buffer.from(text, 'utf8'))
          .chain((bytes) => fc.tuple(fc.constant(bytes), cutsFor(bytes.length), cutsFor(bytes.length))),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.boolean(), { maxLength: 5 }),
        ([bytes, machineCuts, fastCuts], batchRows, keepBits) => {
          const keep = (names: string[]) => names.map((_, i) => keepBits[i] ?? true);
          const machine = tokenize(splitAt(bytes, machineCuts), false, batchRows, keep);
          const fast = tokenize(splitAt(bytes, fastCuts), true, batchRows, keep);
          expect(fast).toEqual(machine);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('reports a ragged row in the middle of a plain chunk with its line number', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},x${i}`);
    rows[36] = '36,x,extra';
    const text = `a,b\n${rows.join('\n')}\n`;
    await expect(
      collect(readCsvStream([Buffer.from(text)], { source: 'r.csv', delimiter: ',', nullValues: [], batchRows: 8 })),
    ).rejects.toThrow('r.csv: line 38 has 3 field(s) but the header has 2');
    rows[36] = '36';
    await expect(
      collect(
        readCsvStream([Buffer.from(rows.join('\n'))], {
          source: 'r.csv',
          delimiter: ',',
          nullValues: [],
          batchRows: 8,
        }),
      ),
    ).rejects.toThrow('r.csv: line 37 has 1 field(s) but the header has 2');
  });

  it('keeps CR, CRLF and blank lines straight when a CRLF is split between chunks', async () => {
    const text = Buffer.from('a,b\r\n1,x\r\n\r\n2,y\r3,z\r\n');
    for (let at = 0; at <= text.length; at++) {
      const t = await collect(
        readCsvStream(splitAt(text, [at]), { source: 's.csv', delimiter: ',', nullValues: [], batchRows: 2 }),
      );
      expect(t.rows).toEqual([
        [1, 'x'],
        [2, 'y'],
        [3, 'z'],
      ]);
      expect(t.batches.flatMap((b) => [...b.lineNumbers!])).toEqual([2, 4, 5]);
    }
  });

  it('names the line and byte of invalid UTF-8 in a later chunk, CRLF split or not', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\r\n1,x\r\n2,y\r\n3,'), Buffer.from([0xff]), Buffer.from('\r\n')]);
    for (let at = 0; at <= bytes.length; at++) {
      await expect(
        collect(readCsvStream(splitAt(bytes, [at]), { source: 'u.csv', delimiter: ',', nullValues: [], batchRows: 2 })),
      ).rejects.toThrow('u.csv: line 4 (byte 17) is not valid UTF-8');
    }
  });
});

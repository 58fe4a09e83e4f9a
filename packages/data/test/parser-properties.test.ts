import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindOfText, readCsvStream, readJsonStream } from '../src/index.ts';
import {
  classifyBytes,
  K_INTEGER,
  K_LEADING_ZERO,
  K_NUMBER,
  parseNumberBytes,
  parsePlainNumber,
} from '../src/value-kinds.ts';
import { collect, splitAt } from './helpers.ts';

/** RFC 4180 writer used as the oracle: quote when needed (and always for empty cells). */
function writeCsv(rows: string[][], delimiter: string, newline: string): string {
  const quote = (cell: string) =>
    cell === '' || /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline);
}

// Cells start with a letter so that they infer as strings and compare as text; the rest is any
// unicode (multi-byte characters, quotes, delimiters, CR and LF included).
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const special = fc.constantFrom('"', ',', ';', '\r', '\n', '\r\n', '""', 'é', '😀', ' ');
const cellText = fc.array(fc.oneof(text, special), { maxLength: 4 }).map((parts) => `x${parts.join('')}`);

const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(cellText, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 12 }),
  }),
);

describe('CSV parser properties', () => {
  it('parses back what an RFC 4180 writer wrote, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        async ({ header, rows }, delimiter, newline, bom, finalNewline, cuts) => {
          const body = writeCsv([header, ...rows], delimiter, newline) + (finalNewline ? newline : '');
          const bytes = Buffer.from((bom ? '\ufeff' : '') + body, 'utf8');
          const chunks = splitAt(
            bytes,
            cuts.map((c) => c % (bytes.length + 1)),
          );
          const parsed = await collect(
            readCsvStream(chunks, { source: 'p.csv', delimiter, nullValues: [], batchRows: 5 }),
          );
          expect(parsed.names).toEqual(header);
          expect(parsed.rows).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits inside CRLF and inside multi-byte characters at every position', async () => {
    const csv = Buffer.from('name,city\r\n"a\r\nb",Zürich 😀\r\nc,"東京"\r\n', 'utf8');
    for (let at = 0; at <= csv.length; at++) {
      for (const second of [at, Math.min(csv.length, at + 1), Math.min(csv.length, at + 3)]) {
        const parsed = await collect(
          readCsvStream(splitAt(csv, [at, second]), { source: 'p.csv', delimiter: ',', nullValues: [], batchRows: 8 }),
        );
        expect(parsed.rows).toEqual([
          ['a\r\nb', 'Zürich 😀'],
          ['c', '東京'],
        ]);
      }
    }
  });
});

describe('number inference properties', () => {
  const classify = (s: string) => {
    const b = Buffer.from(s);
    return classifyBytes(b, 0, b.length);
  };
  const parse = (s: string) => {
    const b = Buffer.from(s);
    return parseNumberBytes(b, 0, b.length);
  };

  it('reads every finite double written by JS exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(20), (d, digits) => {
        const forms = [String(d), d.toExponential(), d.toExponential(Math.min(digits, 20))];
        if (Math.abs(d) < 1e21) forms.push(d.toFixed(Math.min(digits, 20)));
        for (const form of forms) {
          const kind = classify(form);
          expect([K_INTEGER, K_NUMBER, K_LEADING_ZERO]).toContain(kind);
          expect(Object.is(parse(form), Number(form))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a regular-expression grammar on numeric-looking text', () => {
    const numeric = fc.stringMatching(/^[+-]?[0-9]{0,20}(\.[0-9]{0,20})?([eE][+-]?[0-9]{0,3})?$/);
    fc.assert(
      fc.property(numeric, (s) => {
        const kind = classify(s);
        const isNumber = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s);
        if (!isNumber) {
          expect(kind === K_INTEGER || kind === K_NUMBER || kind === K_LEADING_ZERO).toBe(false);
          return;
        }
        if (/^[+-]?0[0-9]/.test(s)) expect(kind).toBe(K_LEADING_ZERO);
        else expect(kind).toBe(/[.eE]/.test(s) ? K_NUMBER : K_INTEGER);
        expect(Object.is(parse(s), Number(s))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('the one-pass plain-decimal fast path gives the same kind and double as the general path, or defers', () => {
    const plain = fc.oneof(
      fc.stringMatching(/^[+-]?[0-9]{0,18}(\.[0-9]{0,18})?([eE][+-]?[0-9]{0,2})?$/),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map(String),
      fc.constantFrom('0', '-0', '0.0', '.5', '-.5', '5.', '00', '-01', '007.5', '999999999999999', '1000000000000000'),
    );
    const out = new Float64Array(1);
    fc.assert(
      fc.property(plain, (s) => {
        const b = Buffer.from(s);
        const kind = parsePlainNumber(b, 0, b.length, out, 0);
        if (kind < 0) return;
        expect(kind).toBe(classifyBytes(b, 0, b.length));
        expect(Object.is(out[0], parseNumberBytes(b, 0, b.length))).toBe(true);
        expect(Object.is(out[0], Number(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('kindOfText', () => {
  it('names the kinds of typical cells', () => {
    const cases: Record<string, string> = {
      '42': 'integer',
      '-0': 'integer',
      '12.0': 'number',
      '1e-3': 'number',
      '-Infinity': 'number',
      '00501': 'string',
      TRUE: 'boolean',
      false: 'boolean',
      '2024-02-29': 'date',
      '2023-02-29': 'string',
      '2024-01-02 03:04:05.678+01:00': 'datetime',
      '2024-01-02T03:04Z': 'datetime',
      '2024-01-02T25:00': 'string',
      'Jun 12 1998': 'string',
      '': 'string',
    };
    for (const [text, kind] of Object.entries(cases)) expect(kindOfText(text), text).toBe(kind);
  });
});

describe('JSON splitter properties', () => {
  it('reads back any array of records, whatever the chunking and indentation', async () => {
    const record = fc.dictionary(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
      fc.oneof(cellText, fc.constant(null)),
      { maxKeys: 4 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 10 }),
        fc.constantFrom(0, 2),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (records, indent, cuts) => {
          const bytes = Buffer.from(JSON.stringify(records, null, indent), 'utf8');
          const chunks = splitAt(
            bytes,
            cuts.map((c) => c % (bytes.length + 1)),
          );
          const parsed = await collect(readJsonStream(chunks, { source: 'p.json', format: 'json', batchRows: 3 }));
          const names = [...new Set(records.flatMap((r) => Object.keys(r)))];
          const last = parsed.batches.at(-1)!;
          expect([...last.columns.keys()]).toEqual(names);
          const rows = [];
          for (const batch of parsed.batches) {
            for (let r = 0; r < batch.rowCount; r++) {
              rows.push(
                Object.fromEntries(
                  names.map((n) => {
                    const column = batch.columns.get(n);
                    return [n, column && 'values' in column ? column.values[r] : null];
                  }),
                ),
              );
            }
          }
          expect(rows).toEqual(records.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))));
        },
      ),
      { numRuns: 200 },
    );
  });
});

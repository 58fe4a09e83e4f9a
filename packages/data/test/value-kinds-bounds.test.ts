/**
 * A field is classified from its own bytes only. The CSV batch buffer holds other bytes right
 * after each field (a separator, the next field, or stale bytes of an earlier batch), so reading
 * past `end` would make a type depend on its neighbours (it did: `2001-01-01 10:00` followed by
 * `:x` was read as a string).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvStream } from '../src/index.ts';
import { classifyBytes } from '../src/value-kinds.ts';
import { collect } from './helpers.ts';

const field = fc.oneof(
  fc.constantFrom(
    '2001-01-01',
    '2001-01-01 10:00',
    '2001-01-01T10:00:00',
    '2001-01-01 10:00:00.5',
    '2001-01-01T10:00+01',
  ),
  fc.constantFrom('12', '-3.5', '1e5', 'inf', 'true', 'False', '00501', 'x'),
  fc.string({ unit: fc.constantFrom(...'0123456789-:.T +Z,eE'.split('')), maxLength: 28 }),
);
const neighbour = fc.uint8Array({ maxLength: 6 });

describe('field bounds in type inference', () => {
  it('classifyBytes never looks outside [start, end)', () => {
    fc.assert(
      fc.property(field, neighbour, neighbour, (text, before, after) => {
        const alone = Buffer.from(text);
        const embedded = Buffer.concat([before, alone, after]);
        const start = before.length;
        expect(classifyBytes(embedded, start, start + alone.length)).toBe(classifyBytes(alone, 0, alone.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('types a CSV column the same whatever the next field holds', async () => {
    const read = async (text: string) => {
      const table = await collect(
        readCsvStream([Buffer.from(text)], { source: 'b.csv', delimiter: ',', nullValues: [], batchRows: 10 }),
      );
      return table.batches[0]!.columns.get('a')!.type;
    };
    expect(await read('a,b\n2001-01-01 10:00,:x\n')).toBe('datetime');
    expect(await read('a,b\n2001-01-01 10:00:00,.5\n')).toBe('datetime');
  });
});

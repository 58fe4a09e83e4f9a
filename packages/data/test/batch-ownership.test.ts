/**
 * The Batch contract (types.ts): every typed array a reader yields is the consumer's own. No two
 * arrays share a buffer, across columns or batches, so a consumer may keep, change or free any of
 * them (check-drift frees them right after counting).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Batch, readTable } from '../src/index.ts';
import { DATA_DIR, tempDir, writeTemp } from './helpers.ts';

function arraysOf(batch: Batch): ArrayBufferView[] {
  const out: ArrayBufferView[] = batch.lineNumbers ? [batch.lineNumbers] : [];
  for (const column of batch.columns.values()) {
    if ('numbers' in column) {
      out.push(column.numbers);
      if (column.nullMask) out.push(column.nullMask);
    }
    if ('codes' in column) out.push(column.codes);
  }
  return out;
}

async function expectOwnBuffers(path: string, options: { dictionary?: boolean; batchRows?: number }) {
  const seen = new Set<ArrayBufferLike>();
  let batches = 0;
  let arrays = 0;
  for await (const batch of readTable(path, options)) {
    batches++;
    for (const array of arraysOf(batch)) {
      expect(seen.has(array.buffer), `${path}: batch ${batches} shares a buffer`).toBe(false);
      seen.add(array.buffer);
      arrays++;
    }
  }
  expect(batches).toBeGreaterThan(1);
  expect(arrays).toBeGreaterThan(batches);
}

describe('batches own their arrays', () => {
  it('CSV, with and without dictionary columns', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const lines = ['id,score,city,when'];
      for (let i = 0; i < 5000; i++)
        lines.push(`${i},${i % 7 === 0 ? '' : i / 8},${['Oslo', 'Lima', ''][i % 3]},2026-01-0${(i % 9) + 1}`);
      const path = await writeTemp(dir, 't.csv', `${lines.join('\n')}\n`);
      await expectOwnBuffers(path, { batchRows: 700 });
      await expectOwnBuffers(path, { batchRows: 700, dictionary: true });
    } finally {
      await cleanup();
    }
  });

  it('Parquet (flights, 3M rows, first batches), with and without dictionary columns', async () => {
    const path = join(DATA_DIR, 'flights-3m.parquet');
    for (const dictionary of [false, true]) {
      const seen = new Set<ArrayBufferLike>();
      let batches = 0;
      for await (const batch of readTable(path, { dictionary, batchRows: 40_000 })) {
        for (const array of arraysOf(batch)) {
          expect(seen.has(array.buffer)).toBe(false);
          seen.add(array.buffer);
        }
        if (++batches === 8) break;
      }
      expect(seen.size).toBeGreaterThan(8);
    }
  });
});

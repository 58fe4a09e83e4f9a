/**
 * The built bundle doubles as the read worker of @cairn/drift (index.ts): started as a worker with
 * the reader flag it serves read requests instead of running the action.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/harness/index.ts';

describe('dist/index.js as a read worker', () => {
  it('reads a file into a side and posts it back with its numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-drift-worker-'));
    const file = join(dir, 'data.csv');
    writeFileSync(file, 'x,g\n1.5,a\n2.5,b\n,a\ninf,a\n');
    const worker = new Worker(join(REPO_ROOT, 'actions/check-drift/dist/index.js'), {
      workerData: { cairnDriftReader: true },
    });
    try {
      const reply = await new Promise<{ side?: { rows: number; columns: Map<string, Record<string, unknown>> } }>(
        (resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ id: 1, path: file, columns: undefined });
        },
      );
      expect(reply.side?.rows).toBe(4);
      const x = reply.side?.columns.get('x');
      expect(x).toMatchObject({ count: 4, missing: 1, infinite: 1, numberCount: 2 });
      // Numbers travel as chunks (the last one partly used: numberCount says how much).
      const chunks = x?.chunks as Float64Array[];
      expect(chunks.flatMap((c) => Array.from(c)).slice(0, 2)).toEqual([1.5, 2.5]);
      expect(reply.side?.columns.get('g')?.categories).toEqual(
        new Map([
          ['a', 3],
          ['b', 1],
        ]),
      );
    } finally {
      await worker.terminate();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

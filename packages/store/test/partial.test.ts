import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.ts';
import { makeRun, tempRemote } from './helpers.ts';

/** Objects in the cache repository's packs and loose directories. */
function cacheObjectBytes(cacheDir: string): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (!name.endsWith('.idx') && !name.endsWith('.promisor')) total += stat.size;
    }
  };
  walk(join(cacheDir, 'objects'));
  return total;
}

describe('a fresh runner reads only what a query needs', () => {
  const repo = tempRemote();
  afterAll(() => repo.remove());

  it('answers a latest-run query with a handful of objects, however many runs there are', async () => {
    const writer = await openStore({ remote: repo.remote, workDir: repo.dir });
    const counts: number[] = [];
    const bytes: number[] = [];
    try {
      for (let round = 0; round < 2; round++) {
        await writer.transact('bulk runs', async (tx) => {
          for (let i = 0; i < 150; i++) {
            const run = makeRun({ now: Date.UTC(2026, 0, 1) + round * 1000 + i, experiment: 'bulk' });
            tx.write(`runs/bulk/${run.id.slice(10, 14).split('').join('/')}/${run.id}.json`, run);
          }
        });
        await writer.putRun(makeRun({ experiment: 'bulk' }));
        // A fresh runner on the network path (git fetch by id, as from GitHub); the local fast
        // path would read the objects straight from the repository.
        const fresh = await openStore({ remote: repo.remote, workDir: repo.dir, localFastPath: false });
        try {
          expect((await fresh.latestRun('bulk', 'refs/heads/main'))?.experiment).toBe('bulk');
          counts.push(fresh.stats.objectsFetched);
          bytes.push(cacheObjectBytes(fresh.cacheDir));
        } finally {
          await fresh.close();
        }
      }
    } finally {
      await writer.close();
    }
    // The root tree, cairn.json, index and runs come with the tip; then index/runs,
    // index/runs/bulk, the index file, runs/bulk, four fan-out levels and the run file.
    expect(counts).toEqual([9, 9]);
    expect(Math.max(...bytes)).toBeLessThan(20_000);
  });

  it('never lets git fetch lazily (its lazy fetch of a tree brings every tree below it)', async () => {
    const trace = join(repo.dir, 'trace.txt');
    process.env.GIT_TRACE = trace;
    const store = await openStore({ remote: repo.remote, workDir: repo.dir, localFastPath: false });
    delete process.env.GIT_TRACE;
    try {
      await store.putRun(makeRun({ experiment: 'bulk' }));
      await store.putRun(makeRun({ experiment: 'bulk', git: { ref: 'refs/heads/other' } }));
      await store.registerModelVersion({ name: 'm', artifacts: [], lineage: { datasets: [] }, metrics: {}, git: {} });
      // The 300 bulk records above bypassed the indexes; the four written by putRun are listed.
      expect((await store.listRuns({ experiment: 'bulk', limit: 5 })).length).toBe(4);
    } finally {
      await store.close();
    }
    const commands = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((l) => l.includes('built-in: git fetch'));
    expect(commands.length).toBeGreaterThan(3);
    expect(commands.filter((l) => l.includes('blob:none'))).toEqual([]);
  });
});

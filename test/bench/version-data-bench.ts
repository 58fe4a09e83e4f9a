/**
 * version-data benchmark: the hashing a `push` does (buildManifest over a directory: sha256 per file,
 * streamed, 4 files at once) against `sha256sum` over the same files, measured in the same run on a
 * warm page cache (target: ratio >= 0.8). Also prints a whole push to `local:<dir>` (hash, profile
 * step skipped for binary files, copy of every blob, record on a bare git repo) and a pull back.
 *
 *   node_modules/.bin/node test/bench/version-data-bench.ts           16 files x 32 MiB
 *   node_modules/.bin/node test/bench/version-data-bench.ts --quick   8 files x 8 MiB (CI)
 */
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBlobStore, pullDataset, pushDataset } from '../../packages/blobs/src/index.ts';
import { silentLogger } from '../../packages/core/src/index.ts';
import { buildManifest } from '../../packages/data/src/index.ts';
import { openStore } from '../../packages/store/src/index.ts';

const quick = process.argv.includes('--quick');
const fileCount = quick ? 8 : 16;
const fileBytes = (quick ? 8 : 32) << 20;
const repeat = quick ? 3 : 5;

const dir = mkdtempSync(join(tmpdir(), 'cairn-version-data-bench-'));
try {
  const data = join(dir, 'data');
  mkdirSync(data);
  const files: string[] = [];
  const chunk = Buffer.alloc(fileBytes);
  for (let i = 0; i < fileCount; i++) {
    randomFillSync(chunk);
    const path = join(data, `part-${String(i).padStart(3, '0')}.bin`);
    writeFileSync(path, chunk);
    files.push(path);
  }
  for (const f of files) readFileSync(f); // warm the page cache for both sides
  const totalBytes = fileCount * fileBytes;

  const timeBest = async (fn: () => Promise<unknown> | unknown): Promise<number> => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < repeat; i++) {
      const start = performance.now();
      await fn();
      best = Math.min(best, (performance.now() - start) / 1000);
    }
    return best;
  };
  const ours = await timeBest(() => buildManifest(data));
  const oursSerial = await timeBest(() => buildManifest(data, { concurrency: 1 }));
  const baseline = await timeBest(() => execFileSync('sha256sum', files, { stdio: 'ignore' }));
  const mib = totalBytes / 2 ** 20;
  console.log(
    `version-data bench (${quick ? 'quick' : 'full'}: ${fileCount} files x ${fileBytes >> 20} MiB = ${mib} MiB, best of ${repeat})`,
  );
  console.log(
    `push hashing (buildManifest): ${ours.toFixed(3)} s (${(mib / ours).toFixed(0)} MiB/s); ` +
      `sha256sum: ${baseline.toFixed(3)} s (${(mib / baseline).toFixed(0)} MiB/s); ratio ${(baseline / ours).toFixed(2)} (target >= 0.8)`,
  );
  // The same with one file at a time, like sha256sum itself: the hashing alone, without parallelism.
  console.log(
    `push hashing, one file at a time: ${oursSerial.toFixed(3)} s (${(mib / oursSerial).toFixed(0)} MiB/s); ratio ${(baseline / oursSerial).toFixed(2)}`,
  );

  // A whole push and pull through the local backend, for scale (no baseline).
  const remote = join(dir, 'meta.git');
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
  const store = await openStore({ remote, logger: silentLogger, workDir: dir });
  try {
    const blobs = new LocalBlobStore(join(dir, 'blobs'), silentLogger);
    let start = performance.now();
    await pushDataset(store, { name: 'bench', target: data, git: {}, blobs, logger: silentLogger });
    const pushSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    const again = await pushDataset(store, { name: 'bench', target: data, git: {}, blobs, logger: silentLogger });
    const unchangedSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    await pullDataset(store, { name: 'bench', version: 'latest', dir: join(dir, 'out'), blobs, logger: silentLogger });
    const pullSeconds = (performance.now() - start) / 1000;
    console.log(
      `push to local:<dir>: ${pushSeconds.toFixed(3)} s; unchanged push: ${unchangedSeconds.toFixed(3)} s ` +
        `(changed=${again.created}); pull with verification: ${pullSeconds.toFixed(3)} s`,
    );
  } finally {
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Dataset versions as reference and current, against a real metadata store (a bare repository)
 * and real blobs (a local blob directory), recorded the way version-data records them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBlobStore, pushDataset } from '@cairn/blobs';
import { MemoryLogger } from '@cairn/core';
import { type MetadataStore, openStore } from '@cairn/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDrift, versionFilesFetcher } from '../src/index.ts';
import { csv, rng } from './helpers.ts';

function sample(n: number, seed: number, shift: number): string {
  const r = rng(seed);
  return csv(
    ['delay', 'carrier', 'small'],
    Array.from({ length: n }, (_, i) => [
      (r() * 60 - 10 + shift).toFixed(2),
      ['AA', 'UA', 'DL', 'WN'][Math.floor(r() * (shift > 0 ? 2 : 4))] as string,
      (i % 7) + 0.5,
    ]),
  );
}

describe('dataset versions as reference and current', () => {
  let dir: string;
  let store: MetadataStore;
  const logger = new MemoryLogger();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-drift-versions-'));
    const remote = join(dir, 'metadata.git');
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    store = await openStore({ remote, logger });
    const blobs = new LocalBlobStore(join(dir, 'blobs'), logger);
    for (const [name, text] of [
      ['small', sample(300, 1, 0)],
      ['large', sample(3000, 2, 0)],
    ] as const) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'part.csv'), text);
      await pushDataset(store, { name, target: name, cwd: dir, git: { sha: 'a'.repeat(40) }, blobs, logger });
    }
    writeFileSync(join(dir, 'same-small.csv'), sample(300, 3, 0));
    writeFileSync(join(dir, 'same-large.csv'), sample(3000, 4, 0));
    writeFileSync(join(dir, 'shifted.csv'), sample(3000, 5, 30));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses the stored profile of name@version, exactly equal to the rows for a small reference', async () => {
    const fromProfile = await checkDrift({ reference: 'small@1', current: 'same-small.csv', cwd: dir, store });
    expect(fromProfile.reference).toMatchObject({ label: 'small@1', mode: 'profile', rows: 300 });
    const fromRows = await checkDrift({ reference: 'small/part.csv', current: 'same-small.csv', cwd: dir });
    const strip = (r: typeof fromProfile) => r.report.columns.map(({ approximate: _a, bounds: _b, ...rest }) => rest);
    expect(strip(fromProfile)).toEqual(strip(fromRows));
    expect(fromProfile.report.columns.every((c) => c.approximate === false)).toBe(true);
  });

  it('on a large reference the profile answer is marked approximate, bounded, and agrees on drift', async () => {
    for (const current of ['same-large.csv', 'shifted.csv']) {
      const p = await checkDrift({ reference: 'large@latest', current, cwd: dir, store });
      const d = await checkDrift({ reference: 'large/part.csv', current, cwd: dir });
      expect(p.report.dataset.drift).toBe(d.report.dataset.drift);
      const delay = p.report.columns.find((c) => c.name === 'delay');
      const exact = d.report.columns.find((c) => c.name === 'delay');
      expect(delay).toMatchObject({ method: 'wasserstein', approximate: true });
      const [lo, hi] = delay?.bounds?.statistic ?? [Number.NaN, Number.NaN];
      expect(exact?.statistic).toBeGreaterThanOrEqual(lo - 1e-12);
      expect(exact?.statistic).toBeLessThanOrEqual(hi + 1e-12);
    }
  });

  it('pulls the rows (sha256-verified) for reference-mode data and for a current name@version', async () => {
    const work = mkdtempSync(join(dir, 'pull-'));
    const fetchVersionFiles = versionFilesFetcher({ store, dir: work, logger });
    const viaData = await checkDrift({
      reference: 'large@1',
      current: 'small@1',
      cwd: dir,
      store,
      referenceMode: 'data',
      fetchVersionFiles,
    });
    const direct = await checkDrift({ reference: 'large/part.csv', current: 'small/part.csv', cwd: dir });
    expect(viaData.reference.mode).toBe('data');
    expect(viaData.report).toEqual(direct.report);
    await expect(checkDrift({ reference: 'small/part.csv', current: 'small@1', cwd: dir, store })).rejects.toThrow(
      /current small@1: reading a dataset version's files needs its storage/,
    );
    await expect(checkDrift({ reference: 'nosuch@2', current: 'shifted.csv', cwd: dir, store })).rejects.toThrow(
      /dataset nosuch has no version 2/,
    );
  });
});

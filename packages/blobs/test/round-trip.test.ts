import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type BlobStore,
  getDatasetAliases,
  LocalBlobStore,
  pullDataset,
  pushDataset,
  ReleaseBlobStore,
  setDatasetAlias,
} from '../src/index.ts';
import { GIT, localGitHub, readTree, type Sandbox, sandbox } from './helpers.ts';

const CSV_A = 'id,zip,amount\n1,00501,10.5\n2,12345,7\n3,99999,\n';
const CSV_B = 'id,city\n1,Oslo\n2,Lima\n';

let box: Sandbox;
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
  await box.close();
});

/** push, push unchanged, change one file, pull every version into empty dirs: the same test for each backend. */
async function roundTrip(blobs: BlobStore, countStored: () => number): Promise<void> {
  const data = box.write('data', {
    'a.csv': CSV_A,
    'nested/b.csv': CSV_B,
    'raw/blob.bin': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256)),
    'raw/copy.bin': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256)),
    'empty.txt': '',
  });
  const v1Tree = readTree(data);
  const first = await pushDataset(box.store, { name: 'sales', target: data, git: GIT, blobs, logger: box.logger });
  expect(first.created).toBe(true);
  expect(first.record.version).toBe(1);
  // Two identical .bin files share one blob; the empty file needs none.
  expect(first.uploaded).toBe(3);
  expect(countStored()).toBe(3);
  expect(first.record.files.find((f) => f.path === 'a.csv')?.rows).toBe(3);
  expect(first.record.rows).toBe(5);
  expect(first.record.columns?.map((c) => c.name)).toEqual(['id', 'zip', 'amount', 'city']);
  expect(first.record.columns?.find((c) => c.name === 'zip')?.type).toBe('string');
  const profile = await box.store.getDatasetProfile('sales', 1);
  expect(profile?.rows).toBe(5);
  expect(profile?.columns.find((c) => c.name === 'amount')).toMatchObject({ count: 3, nulls: 1, min: 7, max: 10.5 });
  expect(first.diff.files.map((f) => f.change)).toEqual(['added', 'added', 'added', 'added', 'added']);

  const again = await pushDataset(box.store, { name: 'sales', target: data, git: GIT, blobs, logger: box.logger });
  expect(again.created).toBe(false);
  expect(again.record.version).toBe(1);
  expect(again.uploaded).toBe(0);
  expect(countStored()).toBe(3);

  writeFileSync(join(data, 'nested/b.csv'), `${CSV_B}3,Pune\n`);
  const second = await pushDataset(box.store, { name: 'sales', target: data, git: GIT, blobs, logger: box.logger });
  expect(second.created).toBe(true);
  expect(second.record.version).toBe(2);
  expect(second.uploaded).toBe(1);
  expect(countStored()).toBe(4);
  expect(second.diff.files).toEqual([
    { path: 'nested/b.csv', change: 'modified', oldSize: 22, newSize: 29, oldRows: 2, newRows: 3 },
  ]);
  const v2Tree = readTree(data);

  // A different dataset with content already stored uploads nothing (dedupe across datasets).
  const other = box.write('other', { 'a.csv': CSV_A });
  const copy = await pushDataset(box.store, { name: 'copy', target: other, git: GIT, blobs, logger: box.logger });
  expect(copy.created).toBe(true);
  expect(copy.uploaded).toBe(0);

  expect(await setDatasetAlias(box.store, 'sales', 'training', 1)).toBeNull();
  expect(await setDatasetAlias(box.store, 'sales', 'training', 1)).toBe(1); // no-op move
  await expect(setDatasetAlias(box.store, 'sales', 'latest', 1)).rejects.toThrow(/reserved/);
  await expect(setDatasetAlias(box.store, 'sales', 'prod', 9)).rejects.toThrow(/no version 9/);
  expect(await getDatasetAliases(box.store, 'sales')).toEqual({ training: 1 });
  await expect(
    pullDataset(box.store, { name: 'sales', version: 'prod', dir: join(box.dir, 'x'), blobs, logger: box.logger }),
  ).rejects.toThrow(/no alias prod \(its aliases: training\)/);
  for (const [version, expected] of [
    ['training', v1Tree],
    ['latest', v2Tree],
  ] as const) {
    const out = join(box.dir, `restore-${version}`);
    const pulled = await pullDataset(box.store, { name: 'sales', version, dir: out, blobs, logger: box.logger });
    expect(pulled.downloaded).toBe(5);
    expect(readTree(out)).toEqual(expected);
    // A second pull finds every file in place.
    const again2 = await pullDataset(box.store, { name: 'sales', version, dir: out, blobs, logger: box.logger });
    expect(again2).toMatchObject({ downloaded: 0, skipped: 5 });
  }
}

describe('version-data round trip', () => {
  it('against local:<dir>', async () => {
    box = await sandbox();
    const storeDir = join(box.dir, 'blobs');
    const blobs = new LocalBlobStore(storeDir, box.logger);
    await roundTrip(blobs, () => readTree(storeDir).size);
  });

  it('against the local GitHub API releases (draft, upload, publish; parts; rolling at the asset limit)', async () => {
    box = await sandbox();
    const { server, gh } = await localGitHub();
    stop = () => server.close();
    // Tiny parts and releases of 3 assets exercise splitting and roll-over with small files.
    const blobs = new ReleaseBlobStore(gh, { partSize: 1024, maxAssetsPerRelease: 3 });
    const blobCount = () => new Set(server.state.assets.map((a) => a.name.slice(0, 64))).size;
    await roundTrip(blobs, blobCount);
    expect(server.state.releases.every((r) => !r.draft)).toBe(true);
    // Assets come embedded in the release listing: the inventory lists no release's assets. The only
    // asset listings are one per release a push uploads to, not one per uploaded asset.
    const count = (op: string) => server.requests.filter((r) => r.operationId === op).length;
    expect(count('repos/list-release-assets')).toBe(server.state.releases.length);
    expect(count('repos/upload-release-asset')).toBeGreaterThan(server.state.releases.length);
    const parts = server.state.assets.filter((a) => a.name.includes('.part')).map((a) => a.name);
    expect(parts).toHaveLength(3); // the 3000-byte blob in 1024-byte parts
    expect(parts.every((p) => /\.part[1-3]of3$/.test(p))).toBe(true);
    // v1's 2 whole blobs + 3 parts need two releases of at most 3 assets; v2 adds one more release.
    const tags = server.state.releases.map((r) => r.tag);
    expect(tags.filter((t) => t.startsWith('cairn-data-sales-'))).toHaveLength(3);
    for (const release of server.state.releases) {
      expect(server.state.assets.filter((a) => a.releaseId === release.id).length).toBeLessThanOrEqual(3);
    }
  });
});

describe('pull safety', () => {
  it('refuses manifests whose paths leave the target directory, before writing anything', async () => {
    box = await sandbox();
    const blobs = new LocalBlobStore(join(box.dir, 'blobs'), box.logger);
    const data = box.write('data', { 'ok.txt': 'fine' });
    const pushed = await pushDataset(box.store, { name: 'evil', target: data, git: GIT, blobs, logger: box.logger });
    const good = pushed.record.files[0];
    if (!good) throw new Error('no file');
    for (const [i, path] of ['../escape.txt', '/etc/passwd', 'a/../../x', 'C:/x', 'a\\..\\x'].entries()) {
      const files = [
        { ...good, path: 'z-first.txt' },
        { ...good, path },
      ];
      await box.store.addDatasetVersion({
        name: 'evil',
        files,
        fileCount: 2,
        totalSize: good.size * 2,
        storage: pushed.record.storage,
        git: GIT,
        datasetHash: String(i + 1).repeat(64),
      });
      const out = join(box.dir, `out-${i}`);
      await expect(
        pullDataset(box.store, { name: 'evil', version: 'latest', dir: out, blobs, logger: box.logger }),
      ).rejects.toThrow(/refusing manifest path/);
      expect(() => readTree(out)).toThrow(); // nothing was created
    }
  });

  it('refuses a path through a symbolic link that leads outside', async () => {
    box = await sandbox();
    const blobs = new LocalBlobStore(join(box.dir, 'blobs'), box.logger);
    const data = box.write('data', { 'link/x.txt': 'x' });
    await pushDataset(box.store, { name: 'links', target: data, git: GIT, blobs, logger: box.logger });
    const out = join(box.dir, 'out');
    const outside = box.write('outside', { keep: 'k' });
    box.write('out', { placeholder: '' });
    symlinkSync(outside, join(out, 'link'));
    await expect(
      pullDataset(box.store, { name: 'links', version: '1', dir: out, blobs, logger: box.logger }),
    ).rejects.toThrow(/symbolic link/);
    expect([...readTree(outside).keys()]).toEqual(['keep']);
  });

  it('deletes a restored file whose hash does not match and names it; replaces a wrong local copy', async () => {
    box = await sandbox();
    const storeDir = join(box.dir, 'blobs');
    const blobs = new LocalBlobStore(storeDir, box.logger);
    const data = box.write('data', { 'good.txt': 'good', 'bad.txt': 'original' });
    const pushed = await pushDataset(box.store, { name: 'dmg', target: data, git: GIT, blobs, logger: box.logger });
    const out = join(box.dir, 'out');
    box.write('out', { 'good.txt': 'stale content' });
    const bad = pushed.record.files.find((f) => f.path === 'bad.txt');
    if (!bad) throw new Error('no bad.txt');
    writeFileSync(blobs.blobPath(bad.sha256), 'tampered'); // same length as "original"? no: detected either way
    await expect(
      pullDataset(box.store, { name: 'dmg', version: 'latest', dir: out, blobs, logger: box.logger }),
    ).rejects.toThrow(/bad\.txt: the restored content does not match/);
    const left = readTree(out);
    expect(left.has('bad.txt')).toBe(false);
    expect(left.has('bad.txt.cairn-partial')).toBe(false);
    expect(left.get('good.txt')?.toString()).toBe('good');
    rmSync(out, { recursive: true });
  });
});

describe('concurrent pushes', () => {
  it('two writers pushing different content of one dataset at once get versions 1 and 2, both restorable', async () => {
    box = await sandbox();
    const { openStore } = await import('@cairn/store');
    const other = await openStore({ remote: box.remote, logger: box.logger, workDir: box.dir });
    try {
      const blobs = new LocalBlobStore(join(box.dir, 'blobs'), box.logger);
      const a = box.write('a', { 'x.txt': 'from writer a' });
      const b = box.write('b', { 'x.txt': 'from writer b' });
      const results = await Promise.all([
        pushDataset(box.store, { name: 'race', target: a, git: GIT, blobs, logger: box.logger }),
        pushDataset(other, { name: 'race', target: b, git: GIT, blobs, logger: box.logger }),
      ]);
      expect(results.map((r) => r.record.version).sort()).toEqual([1, 2]);
      expect(results.every((r) => r.created)).toBe(true);
      await box.store.refresh();
      for (const version of ['1', '2']) {
        const out = join(box.dir, `out-${version}`);
        const pulled = await pullDataset(box.store, { name: 'race', version, dir: out, blobs, logger: box.logger });
        const writer = results.find((r) => r.record.version === Number(version))?.manifest.root;
        expect(readTree(out)).toEqual(readTree(writer ?? ''));
        expect(pulled.downloaded).toBe(1);
      }
    } finally {
      await other.close();
    }
  });
});

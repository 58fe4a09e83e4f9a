import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeError } from '@cairn/core';
import { ensureDraftRelease, uploadReleaseAsset } from '@cairn/github';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalGitHub } from '../../../test/github-api/src/index.ts';
import { pullDataset, pushDataset, ReleaseBlobStore } from '../src/index.ts';
import { GIT, localGitHub, type Sandbox, sandbox } from './helpers.ts';

let box: Sandbox;
let server: LocalGitHub;
afterEach(async () => {
  await server.close();
  await box.close();
});

describe('release blob store', () => {
  it('a push that died mid-upload leaves an invisible draft; the next push completes it without re-uploading', async () => {
    box = await sandbox();
    const local = await localGitHub();
    server = local.server;
    const blobs = new ReleaseBlobStore(local.gh);
    const data = box.write('data', { 'a.txt': 'alpha', 'b.txt': 'bravo' });
    // What the first attempt managed before dying: the draft and one asset, no publish, no record.
    const { buildManifest } = await import('@cairn/data');
    const manifest = await buildManifest(data);
    const draft = await ensureDraftRelease(local.gh, { tag: `cairn-data-set-${manifest.datasetHash.slice(0, 12)}` });
    const first = manifest.files[0];
    if (!first) throw new Error('no files');
    await uploadReleaseAsset(local.gh, draft, { name: first.sha256, data: Buffer.from('alpha') });
    // Blobs in a draft do not count as stored (the draft may be half-uploaded).
    expect((await blobs.inventory()).size).toBe(0);

    const before = server.requests.filter((r) => r.operationId === 'repos/upload-release-asset').length;
    const pushed = await pushDataset(box.store, { name: 'set', target: data, git: GIT, blobs, logger: box.logger });
    expect(pushed.created).toBe(true);
    const after = server.requests.filter((r) => r.operationId === 'repos/upload-release-asset').length;
    expect(after - before).toBe(1); // only b.txt: a.txt was already complete in the draft
    expect(server.state.releases).toHaveLength(1);
    expect(server.state.releases[0]?.draft).toBe(false);
    expect((await blobs.inventory()).size).toBe(2);
  });

  it('lists a release once per push, not once per uploaded asset', async () => {
    box = await sandbox();
    const local = await localGitHub();
    server = local.server;
    const blobs = new ReleaseBlobStore(local.gh);
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, `content ${i}`]));
    const data = box.write('data', files);
    const count = (id: string) => server.requests.filter((r) => r.operationId === id).length;
    const listsBefore = count('repos/list-release-assets');
    await pushDataset(box.store, { name: 'many', target: data, git: GIT, blobs, logger: box.logger });
    expect(count('repos/upload-release-asset')).toBe(12);
    // One listing for the new draft; the inventory of published releases may list too, but never per asset.
    expect(count('repos/list-release-assets') - listsBefore).toBeLessThanOrEqual(2);
  });

  it('a tampered asset fails the pull naming the file, and leaves no bad file behind', async () => {
    box = await sandbox();
    const local = await localGitHub();
    server = local.server;
    const blobs = new ReleaseBlobStore(local.gh);
    const data = box.write('data', { 'model/weights.bin': 'the real weights' });
    await pushDataset(box.store, { name: 'w', target: data, git: GIT, blobs, logger: box.logger });
    const asset = server.state.assets[0];
    if (!asset) throw new Error('no asset');
    asset.data = Buffer.from('evil weights!!!!');
    const out = join(box.dir, 'out');
    const failure = await pullDataset(box.store, { name: 'w', version: '1', dir: out, blobs, logger: box.logger }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(describeError(failure)).toMatch(/^model\/weights\.bin: could not be restored.*failed its integrity check/);
    expect(existsSync(join(out, 'model/weights.bin'))).toBe(false);
    expect(existsSync(join(out, 'model/weights.bin.cairn-partial'))).toBe(false);
  });

  it('refuses settings GitHub would reject, and blobs with more parts than a release holds', async () => {
    box = await sandbox();
    const local = await localGitHub();
    server = local.server;
    expect(() => new ReleaseBlobStore(local.gh, { maxAssetsPerRelease: 1001 })).toThrow(/1\.\.1000/);
    expect(() => new ReleaseBlobStore(local.gh, { partSize: 0 })).toThrow(/part size/);
    const blobs = new ReleaseBlobStore(local.gh, { partSize: 4, maxAssetsPerRelease: 2 });
    const data = box.write('data', { 'big.bin': 'twelve bytes' });
    await expect(
      pushDataset(box.store, { name: 'big', target: data, git: GIT, blobs, logger: box.logger }),
    ).rejects.toThrow(/3 parts exceed 2 assets per release; raise the part size/);
  });
});

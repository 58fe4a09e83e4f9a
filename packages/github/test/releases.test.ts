import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  downloadReleaseAsset,
  ensureDraftRelease,
  findReleaseByTag,
  publishRelease,
  sha256,
  uploadReleaseAsset,
} from '../src/index.ts';
import { type Setup, setup } from './helpers.ts';

let ctx: Setup;
afterEach(async () => {
  ctx.server.assertNoUnhandled();
  await ctx.server.close();
});

describe('releases', () => {
  it('creates a draft, uploads through upload_url, publishes, and downloads verified', async () => {
    ctx = await setup();
    const release = await ensureDraftRelease(ctx.gh, { tag: 'model-mnist-v1', body: 'lineage' });
    expect(release.draft).toBe(true);
    // The upload goes to the release's upload_url (GHES shape /api/uploads/...), not a hard-coded host.
    expect(release.upload_url).toContain(`${ctx.server.url}/api/uploads/`);
    const data = randomBytes(50_000);
    const asset = await uploadReleaseAsset(ctx.gh, release, { name: 'model.onnx', data });
    expect(asset).toMatchObject({
      name: 'model.onnx',
      size: 50_000,
      state: 'uploaded',
      digest: `sha256:${sha256(data)}`,
    });
    expect(ctx.server.requests.some((r) => r.path.startsWith('/api/uploads/') && r.status === 201)).toBe(true);
    const published = await publishRelease(ctx.gh, release);
    expect(published.draft).toBe(false);
    const bytes = await downloadReleaseAsset(ctx.gh, asset, sha256(data));
    expect(bytes.equals(data)).toBe(true);
  });

  it('works against GitHub Enterprise Server paths (/api/v3, uploads at /api/uploads)', async () => {
    ctx = await setup({ apiPrefix: '/api/v3' });
    expect(ctx.gh.apiUrl).toMatch(/\/api\/v3$/);
    const release = await ensureDraftRelease(ctx.gh, { tag: 'ghes-v1' });
    const data = Buffer.from('enterprise');
    const asset = await uploadReleaseAsset(ctx.gh, release, { name: 'm.bin', data });
    await publishRelease(ctx.gh, release);
    expect((await downloadReleaseAsset(ctx.gh, asset, sha256(data))).equals(data)).toBe(true);
    expect(
      ctx.server.requests.every(
        (r) => r.path.startsWith('/api/v3/') || r.path.startsWith('/api/uploads/') || r.path.startsWith('/storage/'),
      ),
    ).toBe(true);
  });

  it('is idempotent by tag: a re-run finds its own draft and completes it', async () => {
    ctx = await setup();
    const first = await ensureDraftRelease(ctx.gh, { tag: 'v7' });
    const a = Buffer.from('weights-a');
    await uploadReleaseAsset(ctx.gh, first, { name: 'a.bin', data: a });
    // ... the job dies here; the re-run starts again from the top:
    const again = await ensureDraftRelease(ctx.gh, { tag: 'v7' });
    expect(again.id).toBe(first.id);
    await uploadReleaseAsset(ctx.gh, again, { name: 'a.bin', data: a }); // already there: kept
    await uploadReleaseAsset(ctx.gh, again, { name: 'b.bin', data: Buffer.from('weights-b') });
    await publishRelease(ctx.gh, again);
    expect(ctx.server.state.releases).toHaveLength(1);
    expect(ctx.server.state.assets.map((x) => x.name).sort()).toEqual(['a.bin', 'b.bin']);
    expect(ctx.server.requests.filter((r) => r.operationId === 'repos/upload-release-asset')).toHaveLength(2);
    expect((await findReleaseByTag(ctx.gh, 'v7'))?.draft).toBe(false);
  });

  it('replaces an asset with the same name and different content (422 already_exists on upload)', async () => {
    ctx = await setup();
    const release = await ensureDraftRelease(ctx.gh, { tag: 'v1' });
    await uploadReleaseAsset(ctx.gh, release, { name: 'm.bin', data: Buffer.from('old') });
    const fresh = Buffer.from('new content');
    const asset = await uploadReleaseAsset(ctx.gh, release, { name: 'm.bin', data: fresh });
    expect(asset.digest).toBe(`sha256:${sha256(fresh)}`);
    expect(ctx.server.state.assets).toHaveLength(1);
  });

  it('handles the 422 already_exists race: another writer uploaded the same file first', async () => {
    ctx = await setup();
    const release = await ensureDraftRelease(ctx.gh, { tag: 'v1' });
    const data = Buffer.from('same bytes');
    // The asset appears between our check and our upload: the upload gets 422 already_exists.
    const t = new Date().toISOString();
    ctx.server.faults.push({
      match: { operationId: 'repos/upload-release-asset' },
      effect: (state) =>
        state.assets.push({
          id: 99,
          releaseId: release.id,
          name: 'm.bin',
          label: null,
          contentType: 'application/octet-stream',
          data,
          state: 'uploaded',
          uploader: 'other',
          createdAt: t,
          updatedAt: t,
        }),
    });
    const asset = await uploadReleaseAsset(ctx.gh, release, { name: 'm.bin', data });
    expect(asset.id).toBe(99);
    expect(ctx.server.requests.find((r) => r.operationId === 'repos/upload-release-asset')?.status).toBe(422);
    expect(ctx.server.state.assets).toHaveLength(1);
  });

  it('fails a download whose bytes do not match the expected sha256, naming both hashes', async () => {
    ctx = await setup();
    const release = await ensureDraftRelease(ctx.gh, { tag: 'v1' });
    const data = Buffer.from('the real model');
    const asset = await uploadReleaseAsset(ctx.gh, release, { name: 'm.bin', data });
    // Corrupted once: the retry succeeds.
    ctx.server.faults.push({ match: { path: /^\/storage\// }, corrupt: true });
    expect((await downloadReleaseAsset(ctx.gh, asset, sha256(data))).equals(data)).toBe(true);
    ctx.server.faults.push({ match: { path: /^\/storage\// }, corrupt: true, times: 2 });
    const error = await downloadReleaseAsset(ctx.gh, asset, sha256(data)).catch((e: unknown) => e);
    expect(String(error)).toMatch(/failed its integrity check: sha256 [0-9a-f]{64}, expected [0-9a-f]{64}/);
    await expect(downloadReleaseAsset(ctx.gh, asset, 'abc')).rejects.toThrow(/64 lowercase hex/);
  });

  it('needs contents: write, and says so', async () => {
    ctx = await setup({ permissions: { contents: 'read' } });
    await expect(ensureDraftRelease(ctx.gh, { tag: 'v1' })).rejects.toThrow(
      /`contents: write`[\s\S]*permissions:\n {4}contents: write/,
    );
  });
});

/**
 * Under injected faults every operation either succeeds after retries or fails with a clear message,
 * and never leaves a duplicate comment, release, issue or deployment, an orphan draft, or a
 * half-uploaded asset.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Fault } from '../../../test/github-api/src/index.ts';
import {
  createDeployment,
  ensureDraftRelease,
  publishRelease,
  setDeploymentStatus,
  sha256,
  stickyMarker,
  uploadReleaseAsset,
  upsertIssue,
  upsertStickyComment,
} from '../src/index.ts';
import { type Setup, SHA, setup } from './helpers.ts';

let ctx: Setup | undefined;
afterEach(async () => {
  ctx?.server.assertNoUnhandled();
  await ctx?.server.close();
  ctx = undefined;
});

const MODEL = Buffer.from('model weights '.repeat(1000));

interface Scenario {
  name: string;
  prepare: (c: Setup) => void;
  run: (c: Setup) => Promise<unknown>;
  /** Asserts the end state is exactly what one successful run leaves. */
  check: (c: Setup) => void;
}

let prNumber = 0;
const scenarios: Scenario[] = [
  {
    name: 'sticky comment',
    prepare: (c) => {
      prNumber = c.server.addPullRequest({ headSha: SHA });
    },
    run: (c) =>
      upsertStickyComment(c.gh, { issueNumber: prNumber, action: 'track-run', name: 'mnist', body: 'report' }),
    check: (c) => {
      const ours = c.server.state.comments.filter((x) => x.body.includes(stickyMarker('track-run', 'mnist')));
      expect(ours).toHaveLength(1);
    },
  },
  {
    name: 'release with asset',
    prepare: () => {},
    run: async (c) => {
      const release = await ensureDraftRelease(c.gh, { tag: 'mnist-v3' });
      await uploadReleaseAsset(c.gh, release, { name: 'model.bin', data: MODEL });
      return publishRelease(c.gh, release);
    },
    check: (c) => {
      expect(c.server.state.releases).toHaveLength(1);
      expect(c.server.state.releases[0]?.draft).toBe(false);
      expect(c.server.state.assets).toHaveLength(1);
      expect(c.server.state.assets[0]?.state).toBe('uploaded');
      expect(sha256(c.server.state.assets[0]?.data ?? Buffer.alloc(0))).toBe(sha256(MODEL));
    },
  },
  {
    name: 'issue',
    prepare: () => {},
    run: (c) => upsertIssue(c.gh, { key: 'drift/tx', label: 'drift', title: 'Drift', body: 'b' }),
    check: (c) => expect(c.server.state.issues.size).toBe(1),
  },
  {
    name: 'deployment with status',
    prepare: () => {},
    run: async (c) => {
      const d = await createDeployment(c.gh, { ref: SHA, environment: 'production', key: 'run-1' });
      return setDeploymentStatus(c.gh, d, { state: 'success', logUrl: 'https://github.com/o/r/actions/runs/1' });
    },
    check: (c) => {
      expect(c.server.state.deployments).toHaveLength(1);
      expect(c.server.state.deploymentStatuses.map((s) => s.state)).toEqual(['success']);
    },
  },
];

const recoverable: Array<[string, Omit<Fault, 'match'>, string]> = [
  ['500 before', { status: 500 }, 'POST'],
  ['502 twice', { status: 502, times: 2 }, 'POST'],
  ['503', { status: 503 }, 'GET'],
  ['429 secondary rate limit', { status: 429, retryAfter: 1 }, 'POST'],
  ['403 secondary rate limit', { status: 403, retryAfter: 1, times: 2 }, 'POST'],
  ['dropped connection', { drop: true }, 'POST'],
  ['dropped connection on a read', { drop: true, times: 2 }, 'GET'],
  ['dropped after GitHub applied it', { drop: true, after: true }, 'POST'],
  ['502 after GitHub applied it', { status: 502, after: true }, 'POST'],
  ['slow reply', { delayMs: 60 }, 'POST'],
  ['reply slower than the client timeout (read)', { delayMs: 400 }, 'GET'],
];

describe.each(scenarios)('$name under faults', (scenario) => {
  it.each(recoverable)('%s: succeeds once, no duplicates', async (_label, fault, method) => {
    ctx = await setup();
    scenario.prepare(ctx);
    ctx.server.faults.push({ ...fault, match: { method } });
    await scenario.run(ctx);
    scenario.check(ctx);
    expect(ctx.server.faults).toHaveLength(0); // the fault did fire
  });

  it('persistent 503: fails with a clear message, and a re-run completes without duplicates', async () => {
    ctx = await setup();
    scenario.prepare(ctx);
    ctx.server.faults.push({ match: { method: 'POST' }, status: 503, times: 100 });
    const error = await scenario.run(ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SystemError' });
    expect(String((error as Error).message)).toMatch(/^Could not .+ \(HTTP 503\): Service Unavailable/);
    ctx.server.faults.length = 0;
    await scenario.run(ctx);
    scenario.check(ctx);
  });
});

describe('client timeout', () => {
  it('retries a read that outlives the timeout', async () => {
    ctx = await setup();
    ctx.server.faults.push({ match: { method: 'GET' }, delayMs: 400 });
    const { gh } = ctx;
    // helpers use the default 60 s timeout; this client uses 150 ms
    const { createGitHubClient } = await import('../src/client.ts');
    const fast = createGitHubClient({
      token: ctx.server.token,
      repository: `${gh.owner}/${gh.repo}`,
      apiUrl: gh.apiUrl,
      logger: ctx.logger,
      retryBaseMs: 2,
      pacing: 'none',
      timeoutMs: 150,
    });
    const result = await upsertIssue(fast, { key: 'k', label: 'l', title: 't', body: 'b' });
    expect(result.outcome).toBe('created');
    expect(ctx.server.requests.filter((r) => r.operationId === 'issues/list-for-repo').length).toBeGreaterThanOrEqual(
      2,
    );
  });
});

describe('half-uploaded asset', () => {
  it('an upload cut mid-body leaves an "open" asset, which is deleted and uploaded again', async () => {
    ctx = await setup();
    const release = await ensureDraftRelease(ctx.gh, { tag: 'v1' });
    ctx.server.faults.push({ match: { operationId: 'repos/upload-release-asset' }, halfUpload: true });
    const asset = await uploadReleaseAsset(ctx.gh, release, { name: 'model.bin', data: MODEL });
    expect(asset).toMatchObject({ state: 'uploaded', size: MODEL.length });
    expect(ctx.server.state.assets).toHaveLength(1);
    expect(ctx.server.requests.filter((r) => r.operationId === 'repos/delete-release-asset')).toHaveLength(1);
  });

  it('a leftover "open" asset from an earlier run is replaced, never published half-written', async () => {
    ctx = await setup();
    const release = await ensureDraftRelease(ctx.gh, { tag: 'v1' });
    const t = new Date().toISOString();
    ctx.server.state.assets.push({
      id: 5,
      releaseId: release.id,
      name: 'model.bin',
      label: null,
      contentType: 'application/octet-stream',
      data: MODEL.subarray(0, 10),
      state: 'open',
      uploader: 'github-actions[bot]',
      createdAt: t,
      updatedAt: t,
    });
    await uploadReleaseAsset(ctx.gh, release, { name: 'model.bin', data: MODEL });
    expect(ctx.server.state.assets.map((a) => [a.state, a.data.length])).toEqual([['uploaded', MODEL.length]]);
  });
});

describe('non-retryable replies', () => {
  it('a 422 on create is reported, not retried', async () => {
    ctx = await setup();
    const pr = ctx.server.addPullRequest({ headSha: SHA });
    ctx.server.faults.push({ match: { method: 'POST' }, status: 422, message: 'Validation Failed' });
    await expect(upsertStickyComment(ctx.gh, { issueNumber: pr, action: 'a', name: 'n', body: 'b' })).rejects.toThrow(
      /Could not create the a comment for "n" on #1 \(HTTP 422\): Validation Failed/,
    );
    expect(ctx.server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('primary rate limit', () => {
  it('waits for a reset that is near, then succeeds', async () => {
    ctx = await setup();
    const reset = String(Math.ceil(Date.now() / 1000) + 2);
    ctx.server.faults.push({
      match: { method: 'POST' },
      status: 403,
      message: 'API rate limit exceeded for installation.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    const result = await upsertIssue(ctx.gh, { key: 'k', label: 'l', title: 't', body: 'b' });
    expect(result.outcome).toBe('created');
    expect(ctx.server.requests.filter((r) => r.status === 403)).toHaveLength(1);
    expect(ctx.server.state.issues.size).toBe(1);
    expect(ctx.logger.warnings.join('\n')).toMatch(/rate limit on POST .*: retrying after [1-4]s/);
  });

  it('fails with the reset time when the reset is far', async () => {
    ctx = await setup({ rateLimit: { limit: 1, windowMs: 3_600_000 } });
    await expect(upsertIssue(ctx.gh, { key: 'b', label: 'l', title: 't', body: 'b' })).rejects.toThrow(
      /rate limit is used up until \d{4}-\d\d-\d\dT[\d:.]+Z \(a GITHUB_TOKEN gets 1,000 requests per hour per repository\)/,
    );
    expect(ctx.logger.warnings.join('\n')).toMatch(/not waiting \d+s/);
    expect(ctx.server.state.issues.size).toBe(0);
  });
});

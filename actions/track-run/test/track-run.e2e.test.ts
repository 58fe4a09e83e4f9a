import { openStore } from '@cairn/store';
import { describe, expect, it } from 'vitest';
import { assertNoSecretLeak, useE2E } from '../../../test/harness/index.ts';

const MARKER = '<!-- cairn:sticky track-run/churn -->';

describe('track-run end to end (harness, local GitHub API, bare metadata repo)', () => {
  const e = useE2E({ action: 'track-run', prefix: 'cairn-track-e2e-', workflow: 'Train model' });

  const base = { experiment: 'churn', metrics: 'out/metrics.json', params: 'params.yaml' };

  it('a first push records the run, says there is no baseline, shows the metrics and comments nowhere', async () => {
    e.write({
      'out/metrics.json': JSON.stringify({ accuracy: 0.9, rmse: 0.3, train: { loss: 0.25 } }),
      'params.yaml': 'lr: 0.1\nmodel:\n  depth: 6\n',
    });
    const r = await e.run({ inputs: base });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['run-id']).toMatch(/^[0-9A-Z]{10}[0-9a-f]{16}$/);
    expect(JSON.parse(r.outputs.metrics ?? '')).toEqual({ accuracy: 0.9, rmse: 0.3, 'train.loss': 0.25 });
    expect(JSON.parse(r.outputs.comparison ?? '')).toEqual({
      'out/metrics.json': {
        accuracy: { old: null, new: 0.9 },
        rmse: { old: null, new: 0.3 },
        'train.loss': { old: null, new: 0.25 },
      },
    });
    expect(r.outputs['gates-passed']).toBe('true');
    expect(r.summary).toContain('**No baseline:** no baseline yet');
    expect(r.summary).toMatch(/\| accuracy \| ↑ higher \| 0\.9 \|/);
    expect(e.server.state.comments).toHaveLength(0);
    assertNoSecretLeak(r);
    const store = await openStore({ remote: e.remote });
    const run = await store.getRun(r.outputs['run-id'] ?? '', 'churn');
    await store.close();
    expect(run?.params).toEqual({ lr: '0.1', 'model.depth': '6' });
    expect(run?.git).toMatchObject({
      ref: 'refs/heads/main',
      runAttempt: '1',
      workflow: 'Train model',
      eventName: 'push',
    });
    expect(run?.environment?.os).toBe('Linux');
  });

  it('a second push compares with the earlier run on the same branch, and still comments nowhere', async () => {
    e.write({ 'out/metrics.json': JSON.stringify({ accuracy: 0.92, rmse: 0.35, train: { loss: 0.2 } }) });
    const r = await e.run({ inputs: base });
    expect(r.exitCode).toBe(0);
    const comparison = JSON.parse(r.outputs.comparison ?? '');
    expect(comparison['out/metrics.json'].accuracy.old).toBe(0.9);
    expect(comparison['out/metrics.json'].accuracy.new).toBe(0.92);
    expect(comparison['out/metrics.json'].accuracy.diff).toBeCloseTo(0.02, 12);
    expect(r.summary).toContain('🟢 better');
    expect(r.summary).toContain('🔴 worse'); // rmse went up
    expect(r.summary).toContain('xychart-beta');
    expect(e.server.state.comments).toHaveLength(0);
  });

  it("a branch's first push compares with the default branch, its second with the branch", async () => {
    e.write({ 'out/metrics.json': JSON.stringify({ accuracy: 0.93, rmse: 0.3, train: { loss: 0.2 } }) });
    const first = await e.run({ ref: 'refs/heads/feature-y', inputs: base });
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(first.outputs.comparison ?? '')['out/metrics.json'].accuracy.old).toBe(0.92);
    expect(first.summary).toMatch(/Compared with run \w+ on main/);
    const second = await e.run({ ref: 'refs/heads/feature-y', inputs: base });
    expect(second.summary).toMatch(/Compared with run \w+ on feature-y/);
    expect(JSON.parse(second.outputs.comparison ?? '')['out/metrics.json'].accuracy.old).toBe(0.93);
  });

  it('a pull request posts one sticky comment; a second run on the same PR edits it', async () => {
    const number = e.server.addPullRequest({ headSha: 'f'.repeat(40), baseRef: 'main' });
    e.write({ 'out/metrics.json': JSON.stringify({ accuracy: 0.95, rmse: 0.28, train: { loss: 0.18 } }) });
    const first = await e.run({ event: 'pull_request', pr: { number }, inputs: base });
    expect(first.exitCode).toBe(0);
    const comments = e.server.state.comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]?.body).toContain('Compared with run');
    expect(comments[0]?.body).toContain('on main');
    expect(JSON.parse(first.outputs.comparison ?? '')['out/metrics.json'].accuracy.old).toBe(0.92);

    e.write({ 'out/metrics.json': JSON.stringify({ accuracy: 0.96, rmse: 0.27, train: { loss: 0.17 } }) });
    const second = await e.run({ event: 'pull_request', pr: { number }, inputs: base });
    expect(second.exitCode).toBe(0);
    const after = e.server.state.comments.filter((c) => c.issueNumber === number);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    expect(after[0]?.body).toContain('0.96');
    // The baseline is still main's latest run, not the PR's first run.
    expect(JSON.parse(second.outputs.comparison ?? '')['out/metrics.json'].accuracy.old).toBe(0.92);
    e.server.assertNoUnhandled();
  });

  it('with comment: always, a push that heads an open pull request comments on it', async () => {
    const sha = 'd'.repeat(40);
    const number = e.server.addPullRequest({ headSha: sha, baseRef: 'main' });
    const r = await e.run({ sha, ref: 'refs/heads/feature-x', inputs: { ...base, comment: 'always' } });
    expect(r.exitCode).toBe(0);
    const comments = e.server.state.comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    // The baseline is the pull request's base branch, found through the API.
    expect(comments[0]?.body).toContain('on main');
  });

  it('a fork pull request writes only the summary, says why, records nothing and does not fail', async () => {
    const number = e.server.addPullRequest({ headSha: 'e'.repeat(40), headRepo: 'someone/fork' });
    const before = e.server.requests.length;
    const r = await e.run({ event: 'pull_request', pr: { number, headRepo: 'someone/fork' }, inputs: base });
    expect(r.exitCode).toBe(0);
    expect(e.server.state.comments.filter((c) => c.issueNumber === number)).toHaveLength(0);
    expect(e.server.requests.length).toBe(before);
    expect(r.summary).toContain('comes from a fork');
    expect(r.summary).toContain('### Experiment churn');
    expect(r.outputs['run-id']).toBe('');
    const store = await openStore({ remote: e.remote });
    const runs = await store.recentRuns('churn', `refs/pull/${number}/merge`);
    await store.close();
    expect(runs).toHaveLength(0);
  });

  it('a failing gate exits 1 with each failed gate, its numbers and rule, after recording the run', async () => {
    // f1 written bare, as Python's json.dump writes NaN.
    e.write({ 'out/metrics.json': '{"accuracy": 0.8, "rmse": 0.5, "f1": NaN, "train": {"loss": 0.4}}' });
    const r = await e.run({
      inputs: { ...base, gates: 'accuracy >= 0.85\nrmse <= baseline + 0.01\nf1 >= 0.5\ntrain.loss <= 1' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['gates-passed']).toBe('false');
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    const message = errors[0]?.message ?? '';
    expect(message).toMatch(/^track-run: 3 of 4 gates failed:/);
    expect(message).toContain('accuracy >= 0.85: 0.8 does not satisfy >= 0.85');
    expect(message).toMatch(/rmse <= baseline \+ 0\.01: 0\.5 does not satisfy <= 0\.36/);
    expect(message).toContain('f1 >= 0.5: "f1" is NaN or empty');
    expect(message).not.toContain('train.loss <= 1');
    expect(r.summary).toContain('❌ 3 of 4 gates failed.');
    const store = await openStore({ remote: e.remote });
    const run = await store.getRun(r.outputs['run-id'] ?? '', 'churn');
    await store.close();
    expect(run?.gates?.filter((g) => !g.passed).map((g) => g.metric)).toEqual(['accuracy', 'rmse', 'f1']);
  });

  it('a re-run of the same job attempt updates the run instead of adding one', async () => {
    e.write({ 'out/metrics.json': JSON.stringify({ accuracy: 0.91 }) });
    const inputs = { ...base, experiment: 'rerun', params: 'lr=0.2' };
    const a = await e.run({ inputs, runId: '777', runAttempt: '1' });
    const b = await e.run({ inputs, runId: '777', runAttempt: '1' });
    const c = await e.run({ inputs: { ...inputs, params: 'lr=0.3' }, runId: '777', runAttempt: '1' });
    expect(a.exitCode).toBe(0);
    expect(b.outputs['run-id']).toBe(a.outputs['run-id']);
    expect(c.outputs['run-id']).not.toBe(a.outputs['run-id']); // a matrix job with other params
    const store = await openStore({ remote: e.remote });
    const runs = await store.recentRuns('rerun', 'refs/heads/main');
    await store.close();
    expect(runs.map((r) => r.id).sort()).toEqual([a.outputs['run-id'], c.outputs['run-id']].sort());
    // The re-run compared with nothing (only itself existed), never with its own earlier write.
    expect(b.summary).toContain('No baseline');
  });

  it('a missing metrics file names the path and the glob', async () => {
    const missing = await e.run({ inputs: { experiment: 'x', metrics: 'nope/metrics.json' } });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations[0]?.message).toContain('metrics file "nope/metrics.json" not found');
    const glob = await e.run({ inputs: { experiment: 'x', metrics: 'reports/*.json' } });
    expect(glob.annotations[0]?.message).toContain('no metrics file matches the glob "reports/*.json"');
  });
});

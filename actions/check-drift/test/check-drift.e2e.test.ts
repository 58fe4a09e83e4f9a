/**
 * check-drift end to end: the built bundle through the runner harness, against the local GitHub
 * API and a bare metadata repository. Scheduled runs keep one issue per dataset (open, update,
 * close), dispatch starts retraining, a pull request gets the sticky comment.
 */
import { readFileSync } from 'node:fs';
import { MemoryLogger } from '@cairn/core';
import { openStore } from '@cairn/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertNoSecretLeak, useE2E } from '../../../test/harness/index.ts';
import { DRIFT_E2E, flightsLike } from './helpers.ts';

describe('check-drift action', () => {
  const e = useE2E(DRIFT_E2E);
  beforeAll(async () => {
    e.write({
      'data/reference.csv': flightsLike(3000, 1, 0),
      'data/clean.csv': flightsLike(2000, 2, 0),
      'data/drifted.csv': flightsLike(2000, 3, 25),
    });
  });
  const drifting = { reference: 'data/reference.csv', current: 'data/drifted.csv', dataset: 'flights' };
  const openDriftIssues = () =>
    [...e.server.state.issues.values()].filter((i) => !i.pull && i.labels.includes('drift') && i.state === 'open');

  it('a scheduled drifting run opens an issue, a second one updates it, a clean run closes it', async () => {
    const first = await e.run({ inputs: drifting, keepTemp: true });
    expect(first.exitCode, first.stderr).toBe(0); // schedule: on-drift defaults to issue, not fail
    assertNoSecretLeak(first);
    expect(first.outputs.drift).toBe('true');
    expect(Number(first.outputs.share)).toBe(1);
    expect(JSON.parse(first.outputs['drifted-columns'] ?? '[]')).toEqual(['delay', 'distance', 'carrier']);
    const report = JSON.parse(readFileSync(first.outputs.report ?? '', 'utf8'));
    expect(report.dataset).toEqual({ columns: 3, drifted: 3, share: 1, threshold: 0.5, drift: true });
    expect(readFileSync(first.outputs['report-html'] ?? '', 'utf8')).toContain('<svg');
    await first.cleanup();
    expect(first.summary).toContain('### Drift check `flights` ❌ dataset drift: 3 of 3 tested columns drifted');
    expect(first.summary).toContain('not uploaded: artifact upload needs ACTIONS\\_RUNTIME\\_TOKEN');
    expect(openDriftIssues()).toHaveLength(1);
    const issue = openDriftIssues()[0]!;
    expect(issue.title).toBe('Data drift in flights');

    const second = await e.run({ inputs: drifting });
    expect(second.exitCode, second.stderr).toBe(0);
    expect(openDriftIssues()).toHaveLength(1);
    expect(openDriftIssues()[0]?.number).toBe(issue.number);
    expect(openDriftIssues()[0]?.body).toContain('#### Trend');
    expect(e.server.state.comments.filter((c) => c.issueNumber === issue.number).map((c) => c.body)).toEqual([
      expect.stringContaining('Drift persists'),
    ]);

    const clean = await e.run({ inputs: { ...drifting, current: 'data/clean.csv' } });
    expect(clean.exitCode, clean.stderr).toBe(0);
    expect(clean.outputs.drift).toBe('false');
    expect(openDriftIssues()).toHaveLength(0);
    expect(e.server.state.issues.get(issue.number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(e.server.state.comments.at(-1)?.body).toContain('No dataset drift any more');

    // Every check is recorded on the metadata branch: the trend's history.
    const store = await openStore({ remote: e.remote, logger: new MemoryLogger() });
    try {
      const summaries = await store.listDriftSummaries('flights', 10);
      expect(summaries.map((s) => [s.drift, s.share, s.current])).toEqual([
        [false, 0, 'data/clean.csv'],
        [true, 1, 'data/drifted.csv'],
        [true, 1, 'data/drifted.csv'],
      ]);
    } finally {
      await store.close();
    }
  });

  it('on-drift dispatch sends a repository_dispatch, or a workflow_dispatch, with dataset, version and share', async () => {
    const r = await e.run({ inputs: { ...drifting, 'on-drift': 'dispatch', 'dispatch-event': 'retrain' } });
    expect(r.exitCode, r.stderr).toBe(0);
    const sent = e.server.state.dispatches.at(-1);
    expect(sent).toMatchObject({
      kind: 'repository',
      eventType: 'retrain',
      clientPayload: { dataset: 'flights', share: 1, drifted_columns: ['delay', 'distance', 'carrier'] },
    });
    const w = await e.run({
      event: 'workflow_dispatch',
      inputs: { ...drifting, 'on-drift': 'dispatch,fail', 'dispatch-workflow': 'retrain.yml' },
    });
    expect(w.exitCode).toBe(1);
    expect(w.annotations[0]?.message).toMatch(/^check-drift: dataset drift in flights: 3 of 3 tested columns drifted/);
    expect(e.server.state.dispatches.at(-1)).toMatchObject({
      kind: 'workflow',
      workflowId: 'retrain.yml',
      inputs: { dataset: 'flights', share: '1' },
    });
  });

  it('a pull-request run writes one sticky comment and fails on drift by default', async () => {
    const number = e.server.addPullRequest({ headSha: '9'.repeat(40) });
    const drift = await e.run({ event: 'pull_request', pr: { number }, inputs: drifting });
    expect(drift.exitCode).toBe(1);
    const clean = await e.run({
      event: 'pull_request',
      pr: { number },
      inputs: { ...drifting, current: 'data/clean.csv' },
    });
    expect(clean.exitCode, clean.stderr).toBe(0);
    const comments = e.server.state.comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('### Drift check `flights` ✅ no dataset drift');
    expect(comments[0]?.body).toContain('| Column | Type | Method | Score |');
  });

  it('a fork pull request (read-only token) fails on drift but comments, records and opens nothing', async () => {
    const number = e.server.addPullRequest({ headSha: '7'.repeat(40) });
    const before = e.server.state.comments.length;
    const r = await e.run({ event: 'pull_request', pr: { number, headRepo: 'someone/fork' }, inputs: drifting });
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain('Cairn did not comment on the pull request');
    expect(r.stdout).toContain('Drift summary not recorded');
    expect(e.server.state.comments.length).toBe(before);
    const store = await openStore({ remote: e.remote, logger: new MemoryLogger() });
    try {
      const recorded = await store.listDriftSummaries('flights', 100);
      expect(recorded.some((s) => s.git.pullRequest === number)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('fails with one clear message on bad input', async () => {
    const r = await e.run({ inputs: { reference: 'data/missing.csv', current: 'data/clean.csv' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^check-drift: reference: .*data\/missing.csv does not exist/),
    ]);
    const bad = await e.run({ inputs: { ...drifting, 'on-drift': 'explode' } });
    expect(bad.annotations[0]?.message).toMatch(/^check-drift: input on-drift: "explode" is not understood/);
  });

  it('reads with worker threads started from the bundle entry, and agrees with one thread', async () => {
    // Above the 8 MiB a parallel read needs: two files of about 9 MiB each.
    e.write({ 'big/reference.csv': flightsLike(600_000, 7, 0), 'big/current.csv': flightsLike(600_000, 8, 1) });
    const inputs = { reference: 'big/reference.csv', current: 'big/current.csv', dataset: 'big', 'on-drift': 'none' };
    const threaded = await e.run({ inputs: { ...inputs, threads: '2' }, keepTemp: true });
    expect(threaded.exitCode, threaded.stderr).toBe(0);
    expect(threaded.stdout).toMatch(/read on 2 thread\(s\)/);
    const single = await e.run({ inputs: { ...inputs, threads: '1' }, keepTemp: true });
    expect(single.stdout).toMatch(/read on 1 thread\(s\)/);
    const report = (r: typeof single) => JSON.parse(readFileSync(r.outputs.report ?? '', 'utf8'));
    expect(report(threaded)).toEqual(report(single));
    await threaded.cleanup();
    await single.cleanup();
    const bad = await e.run({ inputs: { ...inputs, threads: 'many' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain('input threads must be auto or a whole number from 1 to 64, not "many"');
  }, 120_000);
});

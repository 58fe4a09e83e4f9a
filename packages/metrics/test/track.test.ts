import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MetadataStore, openStore } from '@cairn/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailedGates, jobAttemptKey, parseGates, type TrackInput, trackRun } from '../src/index.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');

describe('trackRun against a real store (bare repository)', () => {
  let dir: string;
  let store: MetadataStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-track-'));
    execFileSync('git', ['init', '--quiet', '--bare', join(dir, 'remote.git')]);
    store = await openStore({ remote: join(dir, 'remote.git'), workDir: dir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let clock = T0;
  const input = (metrics: Record<string, number | string | null>, extra: Partial<TrackInput> = {}): TrackInput => {
    clock += 60_000;
    return {
      experiment: 'churn',
      metrics,
      params: { lr: '0.1' },
      git: { ref: 'refs/heads/main', sha: 'a'.repeat(40) },
      startTime: new Date(clock).toISOString(),
      baseline: { kind: 'base' },
      baselineRef: 'refs/heads/main',
      now: clock,
      ...extra,
    };
  };

  it('compares each run with the latest earlier one on the ref and builds the trend', async () => {
    const first = await trackRun(store, input({ auc: 0.8 }));
    expect(first.baseline).toBeUndefined();
    expect(first.baselineNote).toBe('no baseline yet: no earlier finished run of "churn" on main');
    const second = await trackRun(store, input({ auc: 0.85 }, { params: { lr: '0.2' } }));
    expect(second.baseline?.run?.id).toBe(first.run.id);
    expect(second.params).toEqual([{ name: 'lr', old: '0.1', new: '0.2' }]);
    expect(second.run.baselineRunId).toBe(first.run.id);
    const third = await trackRun(store, input({ auc: 0.9 }));
    expect(third.trend.map((r) => r.metrics.auc)).toEqual([0.8, 0.85, 0.9]);
    expect(third.comparison).toEqual({ metrics: { auc: { old: 0.85, new: 0.9, diff: expect.closeTo(0.05, 12) } } });
  });

  it('a PR run compares with the base branch, and a record:false run writes nothing', async () => {
    const pr = await trackRun(
      store,
      input(
        { auc: 0.7 },
        { git: { ref: 'refs/pull/3/merge' }, record: false, gates: parseGates('auc >= baseline - 0.1') },
      ),
    );
    expect(pr.baseline?.metrics.auc).toBe(0.9);
    expect(pr.gatesPassed).toBe(false);
    expect(describeFailedGates(pr.gates)).toContain('auc >= baseline - 0.1: 0.7 does not satisfy >= 0.8');
    expect(await store.recentRuns('churn', 'refs/pull/3/merge')).toEqual([]);
  });

  it('the same job attempt key updates one run and never compares with itself', async () => {
    const key = jobAttemptKey({
      repository: 'o/r',
      runId: '9',
      runAttempt: '1',
      job: 'train',
      experiment: 'churn',
      params: { lr: '0.1' },
    });
    const a = await trackRun(store, input({ auc: 0.91 }, { idempotencyKey: key }));
    const b = await trackRun(store, input({ auc: 0.92 }, { idempotencyKey: key }));
    expect(b.run.id).toBe(a.run.id);
    expect(b.baseline?.run?.id).toBe(a.baseline?.run?.id);
    const recent = await store.recentRuns('churn', 'refs/heads/main');
    expect(recent.filter((r) => r.id === a.run.id)).toHaveLength(1);
    expect((await store.getRun(a.run.id, 'churn'))?.metrics.auc).toBe(0.92);
    const other = jobAttemptKey({
      repository: 'o/r',
      runId: '9',
      runAttempt: '1',
      job: 'train',
      experiment: 'churn',
      params: { lr: '0.2' },
    });
    expect(other).not.toBe(key);
  });

  it('compares with run:<id> and with model:<name>@<alias>', async () => {
    const target = (await store.recentRuns('churn', 'refs/heads/main', 50)).at(-1);
    const byId = await trackRun(
      store,
      input({ auc: 0.5 }, { baseline: { kind: 'run', id: target?.id ?? '' }, record: false }),
    );
    expect(byId.baseline?.run?.id).toBe(target?.id);
    await store.registerModelVersion({
      name: 'churn-model',
      artifacts: [],
      lineage: { runId: target?.id, experiment: 'churn', datasets: [] },
      metrics: { auc: 0.8 },
      git: {},
    });
    await store.setAlias('churn-model', 'production', 1);
    const byModel = await trackRun(
      store,
      input({ auc: 0.5 }, { baseline: { kind: 'model', name: 'churn-model', alias: 'production' }, record: false }),
    );
    expect(byModel.baseline?.label).toMatch(/^model churn-model@production \(v1\), run /);
    expect(byModel.baseline?.run?.id).toBe(target?.id);
    await expect(
      trackRun(store, input({ auc: 1 }, { baseline: { kind: 'model', name: 'churn-model', alias: 'staging' } })),
    ).rejects.toThrow('baseline model:churn-model@staging: no such model version or alias');
  });
});

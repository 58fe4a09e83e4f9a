import { canonicalJson, MemoryLogger } from '@cairn/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MetadataStore, openStore, runIndexPath, runPath } from '../src/index.ts';
import { fsckProblems, git, makeRun, SHA, tempRemote } from './helpers.ts';

describe('metadata store on a bare repository', () => {
  const repo = tempRemote();
  let store: MetadataStore;
  const logger = new MemoryLogger();

  beforeAll(async () => {
    store = await openStore({ remote: repo.remote, logger, workDir: repo.dir });
  });
  afterAll(async () => {
    await store.close();
    repo.remove();
  });

  it('creates the orphan branch with cairn.json once', async () => {
    expect(await store.init()).toEqual({ created: true });
    expect(await store.init()).toEqual({ created: false });
    expect(JSON.parse(git(['--git-dir', repo.remote, 'show', 'mlops-metadata:cairn.json']))).toMatchObject({
      format: 1,
    });
    expect(git(['--git-dir', repo.remote, 'rev-list', '--count', 'mlops-metadata']).trim()).toBe('1');
    expect(git(['--git-dir', repo.remote, 'log', '-1', '--format=%an <%ae>', 'mlops-metadata']).trim()).toBe(
      'cairn <cairn@users.noreply.github.com>',
    );
  });

  it('stores runs as canonical JSON and answers latest, recent, by id and list queries', async () => {
    const t0 = Date.UTC(2026, 0, 1);
    const a = await store.putRun(makeRun({ now: t0, metrics: { auc: 0.8 } }));
    const b = await store.putRun(makeRun({ now: t0 + 1000, metrics: { auc: 0.85 } }));
    const c = await store.putRun(makeRun({ now: t0 + 2000, git: { ref: 'refs/pull/7/merge' } }));
    const d = await store.putRun(makeRun({ now: t0 + 3000, experiment: 'fraud', status: 'FAILED' }));
    const text = git(['--git-dir', repo.remote, 'show', `mlops-metadata:${runPath('churn', a.id)}`]);
    expect(text).toBe(canonicalJson(a));
    expect((await store.latestRun('churn', 'refs/heads/main'))?.id).toBe(b.id);
    expect((await store.latestRun('churn', 'refs/pull/7/merge'))?.id).toBe(c.id);
    expect(await store.latestRun('fraud', 'refs/heads/main', { status: 'FINISHED' })).toBeUndefined();
    expect((await store.recentRuns('churn', 'refs/heads/main', 10)).map((r) => r.id)).toEqual([b.id, a.id]);
    expect((await store.getRun(d.id))?.experiment).toBe('fraud');
    expect((await store.getRun(c.id, 'churn'))?.git.ref).toBe('refs/pull/7/merge');
    expect(await store.listExperiments()).toEqual(['churn', 'fraud']);
    expect((await store.listRuns({ experiment: 'churn' })).map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect((await store.listRuns({ limit: 2 })).map((r) => r.id)).toEqual([d.id, c.id]);
    const message = git(['--git-dir', repo.remote, 'log', '-1', '--format=%s', 'mlops-metadata']).trim();
    expect(message).toBe(`run ${d.id} in fraud on refs/heads/main (FAILED)`);
    const index = JSON.parse(
      git(['--git-dir', repo.remote, 'show', `mlops-metadata:${runIndexPath('churn', 'refs/heads/main')}`]),
    );
    expect(index).toEqual({ latest: b.id, recent: [b.id, a.id] });
  });

  it('updates a re-run of the same job attempt in place instead of duplicating it', async () => {
    const key = 'repo/ci.yml/run-42/attempt-1/train';
    const first = await store.putRun(makeRun({ key, now: Date.UTC(2026, 1, 1), status: 'RUNNING' }));
    const commits = Number(git(['--git-dir', repo.remote, 'rev-list', '--count', 'mlops-metadata']));
    // The same job, started again later: a different time part, the same key.
    const again = await store.putRun(makeRun({ key, now: Date.UTC(2026, 1, 2), status: 'FINISHED' }));
    expect(again.id).toBe(first.id);
    expect((await store.getRun(first.id, 'churn'))?.status).toBe('FINISHED');
    const all = await store.listRuns({ experiment: 'churn', limit: 100 });
    expect(all.filter((r) => r.idempotencyKey === key)).toHaveLength(1);
    // Writing identical bytes again makes no commit.
    await store.putRun(again);
    expect(Number(git(['--git-dir', repo.remote, 'rev-list', '--count', 'mlops-metadata']))).toBe(commits + 1);
  });

  it('versions datasets by content and keeps their profiles', async () => {
    const input = {
      name: 'customers',
      datasetHash: SHA,
      files: [{ path: 'a.csv', sha256: SHA, size: 10 }],
      fileCount: 1,
      totalSize: 10,
      storage: { backend: 'local' as const, location: '/data' },
      git: {},
    };
    const profile = { rows: 3, columns: [{ name: 'x', type: 'number', count: 3, nulls: 0 }] };
    const first = await store.addDatasetVersion(input, profile);
    expect(first).toMatchObject({ created: true, record: { version: 1, name: 'customers' } });
    expect((await store.addDatasetVersion(input)).created).toBe(false);
    const second = await store.addDatasetVersion({ ...input, datasetHash: 'c'.repeat(64) });
    expect(second.record).toMatchObject({ version: 2, parent: 1 });
    expect((await store.getDatasetVersion('customers', 'latest'))?.version).toBe(2);
    expect((await store.getDatasetProfile('customers', 1))?.rows).toBe(3);
    expect(await store.getDatasetProfile('customers', 2)).toBeUndefined();
    expect(await store.listDatasets()).toEqual(['customers']);
    expect((await store.listDatasetVersions('customers')).map((v) => v.version)).toEqual([1, 2]);
  });

  it('registers model versions, moves aliases with a full history, and resolves both', async () => {
    const base = {
      name: 'churn-model',
      artifacts: [],
      lineage: { datasets: [{ name: 'customers', version: 1 }] },
      metrics: { auc: 0.9 },
      git: {},
    };
    const v1 = await store.registerModelVersion({ ...base, idempotencyKey: 'k1' });
    const v2 = await store.registerModelVersion({ ...base, idempotencyKey: 'k2' });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await store.registerModelVersion({ ...base, idempotencyKey: 'k1' })).version).toBe(1);
    await store.setAlias('churn-model', 'production', 1, { by: 'alice', reason: 'first release' });
    await store.setAlias('churn-model', 'staging', 2);
    const move = await store.setAlias('churn-model', 'production', 2, { by: 'bob' });
    expect(move).toMatchObject({ seq: 2, version: 2, previous: 1, by: 'bob' });
    expect(git(['--git-dir', repo.remote, 'log', '-1', '--format=%s', 'mlops-metadata']).trim()).toBe(
      'alias production -> 2 for churn-model',
    );
    expect((await store.setAlias('churn-model', 'production', 2)).seq).toBe(2);
    expect(await store.getAliases('churn-model')).toEqual({ production: 2, staging: 2 });
    expect((await store.aliasHistory('churn-model', 'production')).map((m) => [m.version, m.previous])).toEqual([
      [1, null],
      [2, 1],
    ]);
    expect((await store.resolveModel('churn-model', 'production'))?.version).toBe(2);
    expect((await store.resolveModel('churn-model', 'v1'))?.version).toBe(1);
    expect((await store.resolveModel('churn-model', 'latest'))?.version).toBe(2);
    expect(await store.resolveModel('churn-model', 'nope')).toBeUndefined();
    await store.setAlias('churn-model', 'staging', null, { reason: 'retired' });
    expect(await store.getAliases('churn-model')).toEqual({ production: 2 });
    expect(await store.aliasHistory('churn-model')).toHaveLength(4);
    await expect(store.setAlias('churn-model', 'latest', 1)).rejects.toThrow(/reserved/);
    await expect(store.setAlias('churn-model', 'canary', 9)).rejects.toThrow(/no version 9/);
    expect(await store.listModels()).toEqual(['churn-model']);
    expect((await store.listModelVersions('churn-model')).map((v) => v.version)).toEqual([1, 2]);
  });

  it('numbers deployments per environment and tracks their status', async () => {
    const first = await store.recordDeployment({
      environment: 'production',
      model: 'churn-model',
      version: 1,
      git: {},
    });
    expect(first).toMatchObject({ seq: 1, status: 'pending', previousVersion: null });
    await store.updateDeployment('production', 1, { status: 'success' });
    const second = await store.recordDeployment({
      environment: 'production',
      model: 'churn-model',
      version: 2,
      status: 'in_progress',
      git: {},
      idempotencyKey: 'deploy-run-9',
    });
    expect(second).toMatchObject({ seq: 2, previousVersion: 1 });
    const again = await store.recordDeployment({
      environment: 'production',
      model: 'churn-model',
      version: 2,
      git: {},
      idempotencyKey: 'deploy-run-9',
    });
    expect(again.seq).toBe(2);
    await store.recordDeployment({ environment: 'staging', model: 'other', version: 1, git: {} });
    expect((await store.latestDeployment('production'))?.seq).toBe(2);
    expect((await store.latestDeployment('production', 'nothing'))?.seq).toBeUndefined();
    expect((await store.listDeployments('production')).map((d) => d.seq)).toEqual([2, 1]);
    expect(await store.listDeployments()).toHaveLength(3);
    await expect(store.updateDeployment('production', 7, { status: 'failure' })).rejects.toThrow(/no deployment 7/);
  });

  it('keeps drift summaries per dataset, newest first', async () => {
    const make = (now: number, drifted: string[]) => ({
      schemaVersion: 1,
      kind: 'drift-summary' as const,
      id: makeRun({ now }).id,
      dataset: 'customers',
      createdAt: new Date(now).toISOString(),
      reference: 'customers@1',
      current: 'batch.csv',
      columns: 4,
      drifted,
      share: drifted.length / 4,
      threshold: 0.5,
      drift: drifted.length >= 2,
      git: {},
    });
    const older = await store.putDriftSummary(make(Date.UTC(2026, 2, 1), ['a']));
    const newer = await store.putDriftSummary(make(Date.UTC(2026, 2, 2), ['a', 'b']));
    expect((await store.listDriftSummaries('customers', 10)).map((s) => s.id)).toEqual([newer.id, older.id]);
    expect(await store.listDriftSummaries('customers', 1)).toHaveLength(1);
  });

  it('lets another store see the writes, with no warnings logged', async () => {
    const other = await openStore({ remote: `file://${repo.remote}`, workDir: repo.dir });
    try {
      expect((await other.getAliases('churn-model')).production).toBe(2);
      expect((await other.latestRun('churn', 'refs/heads/main'))?.status).toBe('FINISHED');
    } finally {
      await other.close();
    }
    expect(logger.warnings).toEqual([]);
    expect(fsckProblems(repo.remote)).toBe('');
  });
});

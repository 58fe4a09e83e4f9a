/**
 * The demo: Cairn's main job end to end on the embedded default, a local bare git repository
 * (no GitHub, no network). It creates the metadata branch with `cairn init`, records what a
 * training pipeline records (a dataset version, runs on main and on a PR branch, model versions,
 * alias moves, a deployment) through the same store library the actions use, then reads it all back
 * with the `cairn` CLI. Pass --keep to keep the store and print its path.
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@cairn/cli';
import { type GitContext, newId, type RunRecord, stderrLogger } from '@cairn/core';
import { type DatasetVersionInput, openStore } from '@cairn/store';

const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'cairn-demo-'));
const remote = join(dir, 'store.git');
const say = (text: string) => process.stdout.write(`\n\x1b[1m${text}\x1b[0m\n`);
const cli = async (...args: string[]) => {
  process.stdout.write(`$ cairn ${args.join(' ')}\n`);
  const code = await main([...args, '--remote', remote]);
  if (code !== 0) throw new Error(`cairn ${args.join(' ')} exited ${code}`);
};

try {
  const git = spawnSync('git', ['init', '--bare', '--quiet', remote]);
  if (git.status !== 0) throw new Error(`git init --bare failed: ${git.stderr}`);
  say(`1. A bare git repository stands in for the GitHub repo: ${remote}`);
  await cli('init');

  const store = await openStore({ remote, logger: stderrLogger(false) });
  try {
    const t0 = Date.parse('2026-11-20T09:00:00Z');
    const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();
    const ctx = (ref: string, sha: string, extra: Partial<GitContext> = {}): GitContext => ({
      ref,
      sha,
      repository: 'acme/churn',
      actor: 'maria',
      workflow: 'train',
      ...extra,
    });

    say('2. version-data: a training set, content-addressed');
    const csv = 'customer_id,tenure,monthly,churned\n00501,12,29.9,0\n00502,3,79.5,1\n';
    const sha = createHash('sha256').update(csv).digest('hex');
    const files = [{ path: 'train.csv', sha256: sha, size: Buffer.byteLength(csv), rows: 2 }];
    const datasetHash = createHash('sha256').update(JSON.stringify(files)).digest('hex');
    const dataset: DatasetVersionInput = {
      name: 'churn-train',
      createdAt: at(0),
      datasetHash,
      files,
      fileCount: 1,
      totalSize: files[0]!.size,
      rows: 2,
      columns: [
        { name: 'customer_id', type: 'string' },
        { name: 'tenure', type: 'integer' },
        { name: 'monthly', type: 'number' },
        { name: 'churned', type: 'integer' },
      ],
      storage: { backend: 'local', location: join(dir, 'blobs') },
      git: ctx('refs/heads/main', 'a1b2c3d'),
    };
    const { record: dv } = await store.addDatasetVersion(dataset);
    process.stdout.write(`dataset churn-train version ${dv.version}\n`);

    say('3. track-run: three training runs on main, one on a pull request');
    const run = (
      minutes: number,
      ref: string,
      sha: string,
      accuracy: number,
      lr: string,
      extra: Partial<GitContext> = {},
    ) => {
      const record: RunRecord = {
        schemaVersion: 1,
        kind: 'run',
        id: newId({ now: t0 + minutes * 60_000 }),
        experiment: 'churn',
        status: 'FINISHED',
        startTime: at(minutes),
        endTime: at(minutes + 7),
        params: { learning_rate: lr, max_depth: '6' },
        metrics: { accuracy, f1: Number((accuracy - 0.04).toFixed(4)), latency_ms: 41 },
        metricHistory: { loss: [0.9, 0.5, 0.31, 0.24].map((value, step) => ({ step, value })) },
        tags: {},
        datasets: [{ name: 'churn-train', version: dv.version }],
        git: ctx(ref, sha, extra),
      };
      return store.putRun(record);
    };
    await run(10, 'refs/heads/main', 'a1b2c3d', 0.861, '0.1');
    await run(60, 'refs/heads/main', 'b2c3d4e', 0.874, '0.1');
    const best = await run(120, 'refs/heads/main', 'c3d4e5f', 0.889, '0.05');
    await run(180, 'refs/pull/42/merge', 'd4e5f6a', 0.893, '0.03', { baseRef: 'main', pullRequest: 42 });

    say('4. register-model and deploy-model: versions, aliases, a deployment');
    const register = (version: number, runId: string, accuracy: number) =>
      store.registerModelVersion({
        name: 'churn-model',
        createdAt: at(130 + version),
        artifacts: [
          {
            name: 'model.onnx',
            sha256: createHash('sha256').update(`weights-${version}`).digest('hex'),
            size: 1_048_576,
            storage: { backend: 'local', location: join(dir, 'blobs') },
          },
        ],
        lineage: {
          runId,
          experiment: 'churn',
          datasets: [{ name: 'churn-train', version: dv.version }],
          commit: 'c3d4e5f',
        },
        metrics: { accuracy },
        tags: {},
        git: ctx('refs/heads/main', 'c3d4e5f'),
      });
    const v1 = await register(1, best.id, 0.874);
    const v2 = await register(2, best.id, 0.889);
    await store.setAlias('churn-model', 'production', v1.version, { by: 'maria', reason: 'first release' });
    await store.setAlias('churn-model', 'staging', v2.version, { by: 'ci', reason: 'accuracy gate passed' });
    await store.setAlias('churn-model', 'production', v2.version, { by: 'li (approved in environment production)' });
    await store.recordDeployment({
      environment: 'production',
      model: 'churn-model',
      version: v2.version,
      previousVersion: v1.version,
      status: 'success',
      rollback: false,
      actor: 'maria',
      approvals: [{ user: 'li', state: 'approved', comment: 'metrics look good', environments: ['production'] }],
      git: ctx('refs/heads/main', 'c3d4e5f'),
    });
  } finally {
    await store.close();
  }

  say('5. Read it back with the cairn CLI');
  await cli('experiments');
  await cli('runs', '--experiment', 'churn');
  await cli('runs', '--experiment', 'churn', '--ref', 'refs/heads/main', '--limit', '1', '--format', 'json');
  await cli('datasets');
  await cli('models');
  await cli('models', 'churn-model');
  await cli('aliases', 'churn-model', '--history');
  await cli('deployments');
  say('Which model is in production, trained on which data, approved by whom? All of it is above.');
  process.stdout.write(`The metadata branch is plain git: git --git-dir ${remote} log --oneline mlops-metadata\n`);
} finally {
  if (keep) process.stdout.write(`\n(kept ${dir})\n`);
  else rmSync(dir, { recursive: true, force: true });
}

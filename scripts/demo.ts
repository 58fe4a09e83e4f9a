/**
 * The demo: Cairn's main job end to end on the embedded default, a local bare git repository
 * (no GitHub, no network). With the `cairn` CLI it creates the metadata branch, versions and
 * validates a training set, records training runs with a metric gate, compares them, checks a new
 * batch for drift against the stored profile, and lists what the store holds. The model registry
 * part (register-model and deploy-model have no CLI yet) goes through the same store library the
 * actions use. Pass --keep to keep the files and print where they are.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS, main } from '@cairn/cli';
import { stderrLogger } from '@cairn/core';
import { openStore } from '@cairn/store';

const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'cairn-demo-'));
const remote = join(dir, 'store.git');
const blobs = `local:${join(dir, 'blobs')}`;
const say = (text: string) => process.stdout.write(`\n\x1b[1m${text}\x1b[0m\n`);
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

/** Runs one cairn command in-process, as a user would type it; fails the demo on an unexpected exit code. */
async function cairn(expected: number[], ...args: string[]): Promise<number> {
  const shown = args.map((a) => (a.startsWith(dir) ? a.replace(dir, '$DEMO') : a)).join(' ');
  process.stdout.write(`$ cairn ${shown}\n`);
  const usesStore = COMMANDS.find((c) => c.name === args[0])?.options.remote !== undefined;
  const code = await main(usesStore ? [...args, '--remote', remote] : args);
  if (!expected.includes(code)) throw new Error(`cairn ${shown} exited ${code}, expected ${expected.join(' or ')}`);
  return code;
}

/** A deterministic churn-like table; `shift` moves the current batch's distributions. */
function churnCsv(rows: number, seed: number, shift = 0): string {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const plans = ['basic', 'plus', 'pro'];
  const lines = ['customer_id,tenure,monthly,plan,churned'];
  for (let i = 0; i < rows; i++) {
    const tenure = 1 + Math.floor(random() * 72);
    const monthly = (20 + random() * 80 + shift * 25).toFixed(2);
    const plan = plans[Math.min(2, Math.floor(random() * 3 + shift * random()))];
    const churned = random() < 0.25 + shift * 0.2 ? 1 : 0;
    lines.push(`${String(501 + i).padStart(5, '0')},${tenure},${monthly},${plan},${churned}`);
  }
  return `${lines.join('\n')}\n`;
}

// Work where a user's files would be: metric files show up by their relative names.
process.chdir(dir);
try {
  const git = spawnSync('git', ['init', '--bare', '--quiet', remote]);
  if (git.status !== 0) throw new Error(`git init --bare failed: ${git.stderr}`);
  say(`1. A bare git repository stands in for the GitHub repository (${remote})`);
  await cairn([0], 'init');

  say('2. version-data: content-address the training set; its column profile is stored beside it');
  mkdirSync(join(dir, 'data'));
  const train = file('data/train.csv', churnCsv(2000, 7));
  await cairn([0], 'data', 'push', 'churn-train', train, '--storage', blobs);
  process.stdout.write('Pushing the same content again creates no new version:\n');
  await cairn([0], 'data', 'push', 'churn-train', train, '--storage', blobs);

  say('3. validate-data: infer a contract from the data, then check the data against it');
  const contract = 'contract.yaml';
  await cairn([0], 'validate', train, '--infer', '--out', contract);
  await cairn([0], 'validate', train, '--contract', contract);
  const broken = file(
    'data/broken.csv',
    churnCsv(50, 7)
      .replace(',basic,', ',gold,')
      .replace(/\n00503,\d+,/, '\n00503,-4,'),
  );
  process.stdout.write('A batch with an unknown plan and a negative tenure fails (exit 1), naming rows and lines:\n');
  await cairn([1], 'validate', broken, '--contract', contract);

  say('4. track-run: training runs on main, then a pull request compared with main, with a gate');
  const runs: [string, number, number][] = [
    ['refs/heads/main', 0.861, 0.1],
    ['refs/heads/main', 0.874, 0.1],
    ['refs/heads/main', 0.889, 0.05],
  ];
  for (const [i, [ref, accuracy, lr]] of runs.entries()) {
    const metrics = file(`metrics-${i}.json`, JSON.stringify({ accuracy, f1: accuracy - 0.04, latency_ms: 40 + i }));
    await cairn(
      [0],
      'track',
      '-e',
      'churn',
      '-m',
      metrics,
      '-p',
      `learning_rate=${lr}`,
      '-p',
      'max_depth=6',
      '--ref',
      ref,
      '--dataset',
      'churn-train@1',
    );
  }
  const prMetrics = file('metrics-pr.json', JSON.stringify({ accuracy: 0.893, f1: 0.851, latency_ms: 58 }));
  await cairn(
    [0],
    'track',
    '-e',
    'churn',
    '-m',
    prMetrics,
    '-p',
    'learning_rate=0.03',
    '-p',
    'max_depth=8',
    '--ref',
    'refs/pull/42/merge',
    '--base',
    'refs/heads/main',
    '--gate',
    'accuracy >= baseline',
    '--gate',
    'latency_ms <= 60',
  );
  process.stdout.write('A change that makes the model slower fails its gate (exit 1) and is still recorded:\n');
  const slow = file('metrics-slow.json', JSON.stringify({ accuracy: 0.895, f1: 0.852, latency_ms: 140 }));
  await cairn(
    [1],
    'track',
    '-e',
    'churn',
    '-m',
    slow,
    '-p',
    'learning_rate=0.03',
    '--ref',
    'refs/pull/43/merge',
    '--base',
    'refs/heads/main',
    '--gate',
    'latency_ms <= 120',
  );
  await cairn([0], 'diff', 'refs/heads/main', 'refs/pull/42/merge', '--experiment', 'churn');

  say('5. check-drift: a new batch against the stored profile of churn-train@1 (no data download)');
  const current = file('data/current.csv', churnCsv(2000, 11, 1));
  const drift = await cairn([0, 1], 'drift', '--reference', 'churn-train@1', '--current', current);
  process.stdout.write(
    drift === 1 ? '(exit 1: dataset drift, as a scheduled check would report)\n' : '(no dataset drift)\n',
  );

  say('6. register-model and deploy-model (their actions land later): versions, aliases with history, a deployment');
  const store = await openStore({ remote, logger: stderrLogger(false) });
  try {
    const [best] = await store.recentRuns('churn', 'refs/heads/main', 1);
    const register = (accuracy: number) =>
      store.registerModelVersion({
        name: 'churn-model',
        artifacts: [],
        lineage: {
          experiment: 'churn',
          datasets: [{ name: 'churn-train', version: 1 }],
          ...(best ? { runId: best.id } : {}),
        },
        metrics: { accuracy },
        git: { ref: 'refs/heads/main', repository: 'acme/churn' },
      });
    const v1 = await register(0.874);
    const v2 = await register(0.889);
    await store.setAlias('churn-model', 'production', v1.version, { by: 'maria', reason: 'first release' });
    await store.setAlias('churn-model', 'staging', v2.version, { by: 'ci', reason: 'accuracy gate passed' });
    await store.setAlias('churn-model', 'production', v2.version, {
      by: 'li',
      reason: 'approved in environment production',
    });
    await store.recordDeployment({
      environment: 'production',
      model: 'churn-model',
      version: v2.version,
      previousVersion: v1.version,
      status: 'success',
      actor: 'maria',
      approvals: [{ user: 'li', state: 'approved', comment: 'metrics look good', environments: ['production'] }],
      git: { ref: 'refs/heads/main', repository: 'acme/churn' },
    });
  } finally {
    await store.close();
  }

  say('7. Everything is on the metadata branch: read it back');
  await cairn([0], 'runs', '--experiment', 'churn');
  await cairn([0], 'data', 'list');
  await cairn([0], 'models', 'churn-model');
  await cairn([0], 'aliases', 'churn-model', '--history');
  await cairn([0], 'deployments');
  say('Which model is in production, trained on which data, approved by whom? All of it is above.');
  process.stdout.write(`The metadata branch is plain git: git --git-dir ${remote} log --oneline mlops-metadata\n`);
} finally {
  if (keep) process.stdout.write(`\n(kept ${dir})\n`);
  else rmSync(dir, { recursive: true, force: true });
}

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, type RunRecord, silentLogger } from '@cairn/core';
import { openStore } from '@cairn/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from './run-cli.ts';

function cairn(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return runCli(args, { cwd: options.cwd ?? tmpdir(), env: options.env ?? {} });
}

const dir = mkdtempSync(join(tmpdir(), 'cairn-cli-test-'));
const remote = join(dir, 'store.git');

function run(experiment: string, ref: string, accuracy: number, minutes: number): RunRecord {
  return {
    schemaVersion: 1,
    kind: 'run',
    id: newId({ now: Date.parse('2026-11-01T00:00:00Z') + minutes * 60_000 }),
    experiment,
    status: 'FINISHED',
    startTime: new Date(Date.parse('2026-11-01T00:00:00Z') + minutes * 60_000).toISOString(),
    params: { lr: '0.1' },
    metrics: { accuracy },
    tags: {},
    datasets: [],
    git: { ref, sha: `sha${minutes}` },
  };
}

beforeAll(async () => {
  execFileSync('git', ['init', '--bare', '--quiet', remote]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cairn usage', () => {
  it('prints help and exits 0 for --help, 2 with no command', async () => {
    const help = await cairn(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: cairn <command>/);
    for (const name of ['init', 'runs', 'models', 'aliases', 'datasets', 'deployments']) {
      expect(help.stdout).toContain(`  ${name}`);
    }
    expect((await cairn([])).code).toBe(2);
  });
  it('exits 2 with a clear message on unknown commands, options and formats', async () => {
    const unknown = await cairn(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const badOption = await cairn(['runs', '--colour', 'red', '--remote', remote]);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/colour/);
    const badFormat = await cairn(['runs', '--format', 'xml', '--remote', remote]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be "table" or "json"');
    const badLimit = await cairn(['runs', '--limit', '0', '--remote', remote]);
    expect(badLimit.code).toBe(2);
  });
  it('shows per-command help', async () => {
    const help = await cairn(['runs', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--experiment');
    expect(help.stdout).toContain('--remote');
  });
});

describe('cairn against a store', () => {
  it('init creates the branch once', async () => {
    const first = await cairn(['init', '--remote', remote]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('Created metadata branch mlops-metadata');
    const second = await cairn(['init', '--remote', remote]);
    expect(second.stdout).toContain('already exists');
    const branches = execFileSync('git', ['--git-dir', remote, 'branch', '--list'], { encoding: 'utf8' });
    expect(branches).toContain('mlops-metadata');
  });

  it('lists what the store holds, as tables and as stable JSON', async () => {
    const store = await openStore({ remote, logger: silentLogger });
    let runs: RunRecord[];
    try {
      runs = [
        await store.putRun(run('churn', 'refs/heads/main', 0.81, 1)),
        await store.putRun(run('churn', 'refs/heads/main', 0.84, 2)),
        await store.putRun(run('churn', 'refs/heads/feature', 0.86, 3)),
        await store.putRun(run('fraud', 'refs/heads/main', 0.7, 4)),
      ];
      const v1 = await store.registerModelVersion({
        name: 'churn-model',
        artifacts: [],
        lineage: { datasets: [], runId: runs[1]!.id },
        metrics: { accuracy: 0.84 },
        git: {},
      });
      await store.setAlias('churn-model', 'production', v1.version, { by: 'maria', reason: 'launch' });
    } finally {
      await store.close();
    }

    const experiments = await cairn(['experiments', '--remote', remote, '--format', 'json']);
    expect(JSON.parse(experiments.stdout)).toEqual({ experiments: ['churn', 'fraud'] });

    const onMain = await cairn([
      'runs',
      '-e',
      'churn',
      '--ref',
      'refs/heads/main',
      '--format',
      'json',
      '--remote',
      remote,
    ]);
    expect(onMain.code).toBe(0);
    const parsed = JSON.parse(onMain.stdout) as { runs: RunRecord[] };
    expect(parsed.runs.map((r) => r.id)).toEqual([runs[1]!.id, runs[0]!.id]);

    const table = await cairn(['runs', '--experiment', 'churn', '--remote', remote]);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+experiment\s+status/);
    expect(table.stdout).toContain('accuracy=0.86');
    expect(table.stdout.indexOf(runs[2]!.id)).toBeLessThan(table.stdout.indexOf(runs[0]!.id)); // newest first

    const one = await cairn(['run', runs[3]!.id, '--remote', remote]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('(fraud)');
    const missing = await cairn(['run', newId(), '--remote', remote]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no run with id');

    const models = JSON.parse((await cairn(['models', '--format', 'json', '--remote', remote])).stdout);
    expect(models).toEqual({ models: [{ name: 'churn-model', latestVersion: 1, aliases: { production: 1 } }] });
    const history = JSON.parse(
      (await cairn(['aliases', 'churn-model', '--history', '--format', 'json', '--remote', remote])).stdout,
    );
    expect(history.moves).toHaveLength(1);
    expect(history.moves[0]).toMatchObject({ alias: 'production', version: 1, previous: null, by: 'maria' });
    expect((await cairn(['deployments', '--remote', remote])).stdout).toBe('No deployments recorded.\n');
  });

  it('defaults --remote to the git repository around the current directory, leaving its work tree alone', async () => {
    const repo = join(dir, 'work');
    execFileSync('git', ['init', '--quiet', '-b', 'main', repo]);
    writeFileSync(join(repo, 'train.py'), 'print("hi")\n');
    execFileSync('git', ['-C', repo, 'add', '.']);
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init']);
    writeFileSync(join(repo, 'train.py'), 'print("edited, not committed")\n');
    const statusBefore = execFileSync('git', ['-C', repo, 'status', '--porcelain'], { encoding: 'utf8' });
    const headBefore = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' });

    const result = await cairn(['init'], { cwd: join(repo) });
    expect(result.code).toBe(0);
    expect(execFileSync('git', ['-C', repo, 'branch', '--list', 'mlops-metadata'], { encoding: 'utf8' })).toContain(
      'mlops-metadata',
    );
    expect(execFileSync('git', ['-C', repo, 'status', '--porcelain'], { encoding: 'utf8' })).toBe(statusBefore);
    expect(execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' })).toBe(headBefore);
    expect(execFileSync('git', ['-C', repo, 'symbolic-ref', 'HEAD'], { encoding: 'utf8' }).trim()).toBe(
      'refs/heads/main',
    );
  });

  it('says to pass --remote outside a git repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'cairn-not-a-repo-'));
    try {
      const result = await cairn(['runs'], { cwd: outside });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is not inside a git repository');
      expect(result.stderr).toContain('--remote');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('names an unreachable remote, exits 3 and never prints the token', async () => {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const token = 'ghs_TopSecretToken0123456789';
    try {
      const result = await cairn(['runs', '--remote', `http://127.0.0.1:${port}/acme/ml.git`], {
        env: { CAIRN_TOKEN: token },
      });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(`127.0.0.1:${port}/acme/ml.git`);
      expect(result.stderr + result.stdout).not.toContain(token);
      expect(result.stderr + result.stdout).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
    } finally {
      server.close();
    }
    const missing = await cairn(['runs', '--remote', join(dir, 'no-such-repo.git')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no-such-repo.git');
  });
});

describe('the cairn bin', () => {
  it('runs under Node 24 as a process and sets the exit code', () => {
    const bin = join(import.meta.dirname, '..', 'src', 'bin.ts');
    const ok = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^cairn \d+\.\d+\.\d+/);
    const bad = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

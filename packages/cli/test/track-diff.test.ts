import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@cairn/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'cairn-cli-track-'));
const remote = join(dir, 'store.git');
const work = join(dir, 'work');

function cairn(args: string[]) {
  return runCli([...args, '--remote', remote], { cwd: work });
}

beforeAll(() => {
  execFileSync('git', ['init', '--bare', '--quiet', remote]);
  execFileSync('mkdir', ['-p', work]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cairn track and cairn diff', () => {
  let firstId = '';
  let secondId = '';

  it('records a run with no baseline, then one compared with it', async () => {
    writeFileSync(join(work, 'm.json'), JSON.stringify({ acc: 0.8, loss: 0.5 }));
    const first = await cairn([
      'track',
      '-e',
      'exp',
      '-m',
      'm.json',
      '-p',
      'lr=0.1',
      '--ref',
      'main',
      '--format',
      'json',
    ]);
    expect(first.code).toBe(0);
    const one = JSON.parse(first.stdout);
    firstId = one.run.id;
    expect(one.baseline).toBeNull();
    expect(one.comparison).toEqual({ 'm.json': { acc: { old: null, new: 0.8 }, loss: { old: null, new: 0.5 } } });

    writeFileSync(join(work, 'm.json'), JSON.stringify({ acc: 0.85, loss: 0.5 }));
    const second = await cairn(['track', '-e', 'exp', '-m', 'm.json', '--ref', 'main']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Compared with run \w+ on main/);
    expect(second.stdout).toMatch(/acc\s+0\.8\s+0\.85\s+\+0\.05\s+\+6\.25%\s+better/);
    secondId = /Recorded run (\w+)/.exec(second.stdout)?.[1] ?? '';
  });

  it('exits 1 on a failed gate and names it, after recording', async () => {
    const r = await cairn([
      'track',
      '-e',
      'exp',
      '-m',
      'm.json',
      '--ref',
      'main',
      '--gate',
      'acc >= 0.9',
      '--format',
      'markdown',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('### Experiment exp ❌');
    expect(r.stderr).toContain('cairn track: 1 of 1 gate failed:\n- acc >= 0.9: 0.85 does not satisfy >= 0.9');
  });

  it('is safe to run many at once against one remote', async () => {
    writeFileSync(join(work, 'p.json'), JSON.stringify({ acc: 0.7 }));
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        cairn(['track', '-e', 'parallel', '-m', 'p.json', '-p', `seed=${i}`, '--ref', 'main', '--format', 'json']),
      ),
    );
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const ids = results.map((r) => JSON.parse(r.stdout).run.id);
    const store = await openStore({ remote });
    const runs = await store.recentRuns('parallel', 'refs/heads/main');
    await store.close();
    expect(runs.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('diffs two runs, a run with its baseline, and branches, as a table or dvc json', async () => {
    const pair = await cairn(['diff', firstId, secondId, '--format', 'json']);
    expect(pair.code).toBe(0);
    const json = JSON.parse(pair.stdout);
    expect(json['m.json'].acc.old).toBe(0.8);
    expect(json['m.json'].acc.new).toBe(0.85);
    expect(json['m.json'].acc.diff).toBeCloseTo(0.05, 12);
    expect(json['m.json'].loss).toEqual({ old: 0.5, new: 0.5, diff: 0 });
    const single = await cairn(['diff', secondId]);
    expect(single.stdout).toContain(`old: ${firstId}`);
    expect(single.stdout).toMatch(/m\.json\s+acc\s+0\.8\s+0\.85\s+0\.05/);
    expect(single.stdout).not.toMatch(/\bloss\b/); // unchanged rows only with --all
    const all = await cairn(['diff', secondId, '--all']);
    expect(all.stdout).toMatch(/\bloss\b/);
    const branch = await cairn(['diff', 'main', '-e', 'exp', '--format', 'json']);
    expect(branch.code).toBe(0);
    const missing = await cairn(['diff', 'main']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"main" is not a run id; to use a branch or ref, also give --experiment');
  });

  it('names a missing metrics file', async () => {
    const r = await cairn(['track', '-e', 'exp', '-m', 'nope.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('metrics file "nope.json" not found');
  });
});

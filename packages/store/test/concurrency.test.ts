import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.ts';
import { fsckProblems, git, makeRun, tempRemote } from './helpers.ts';

// The Node 24 binary itself: node_modules/.bin/node is a shell wrapper, and SIGKILL must reach the writer.
const NODE = join(process.cwd(), 'node_modules/node/bin/node');
const WRITER = join(import.meta.dirname, 'writer-process.ts');

function startWriter(remote: string, workDir: string, name: string, mode?: string): ChildProcess {
  const args = [WRITER, remote, workDir, name, ...(mode ? [mode] : [])];
  // V8's compile cache (filled by a "warm" run first): twenty processes starting at once on two
  // cores otherwise spend most of the test compiling the same modules.
  const env = { ...process.env, NODE_COMPILE_CACHE: join(workDir, 'node-compile-cache') };
  return spawn(NODE, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
}

function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
}

describe('concurrent writers', () => {
  const repo = tempRemote();
  beforeAll(async () => {
    const warm = await finished(startWriter(repo.remote, repo.dir, 'warm', 'warm'));
    expect(warm.code, warm.err).toBe(0);
  }, 30_000);
  afterAll(() => repo.remove());

  it('20 processes each add a run and register a version: nothing lost, nothing duplicated', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `writer-${i}`);
    // One in four writes with git fetch and git push (a network remote), the rest through the
    // local fast path (update-ref compare-and-swap): both kinds of writer race on one branch.
    const pushes = (i: number) => i % 4 === 3;
    const results = await Promise.all(
      names.map((n, i) => finished(startWriter(repo.remote, repo.dir, n, pushes(i) ? 'push' : undefined))),
    );
    for (const r of results) expect(r.err, r.out).toBe('');
    expect(results.map((r) => r.code)).toEqual(names.map(() => 0));
    const stats = results.map((r) => JSON.parse(r.out.slice(r.out.indexOf('{'))) as { localCommits: number });
    expect(stats.map((s) => s.localCommits)).toEqual(names.map((_, i) => (pushes(i) ? 0 : 2)));
    const store = await openStore({ remote: repo.remote, workDir: repo.dir });
    try {
      const runs = await store.listRuns({ experiment: 'concurrency', limit: 100 });
      expect(runs.map((r) => r.idempotencyKey).sort()).toEqual([...names].sort());
      const versions = await store.listModelVersions('shared-model');
      expect(versions.map((v) => v.version)).toEqual(names.map((_, i) => i + 1));
      expect(new Set(versions.map((v) => v.idempotencyKey)).size).toBe(20);
      expect((await store.recentRuns('concurrency', 'refs/heads/main', 50)).length).toBe(20);
    } finally {
      await store.close();
    }
    // One commit per write (the first also created cairn.json), linear history.
    expect(git(['--git-dir', repo.remote, 'rev-list', '--count', 'mlops-metadata']).trim()).toBe('40');
    expect(git(['--git-dir', repo.remote, 'rev-list', '--merges', 'mlops-metadata']).trim()).toBe('');
  }, 240_000);

  it('a writer killed with SIGKILL mid-write leaves the branch consistent and the next write succeeds', async () => {
    const victim = startWriter(repo.remote, repo.dir, 'victim', 'loop');
    const done = finished(victim);
    // Let it complete a couple of writes, then kill it at a random point inside the next one.
    await new Promise<void>((resolve) => {
      let writes = 0;
      victim.stdout?.on('data', (d: Buffer) => {
        writes += (d.toString().match(/wrote/g) ?? []).length;
        if (writes >= 2) resolve();
      });
    });
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 150));
    victim.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    await new Promise((r) => setTimeout(r, 300)); // let an orphaned git push finish, as it would on a server
    // stdout and stderr: a stray temp object file would show as "bad sha1 file" on stderr.
    expect(fsckProblems(repo.remote)).toBe('');
    const store = await openStore({ remote: repo.remote, workDir: repo.dir });
    try {
      // Every run the index names exists (the index and the run are in the same commit).
      const recent = await store.recentRuns('concurrency', 'refs/heads/main', 50);
      const index = await store.readJson('index/runs/concurrency/refs%2Fheads%2Fmain.json');
      expect(recent.length).toBe((index as { recent: string[] }).recent.length);
      expect(recent.filter((r) => r.params.writer === 'victim').length).toBeGreaterThanOrEqual(2);
      const next = await store.putRun(makeRun({ experiment: 'concurrency', key: 'after-kill' }));
      expect((await store.latestRun('concurrency', 'refs/heads/main'))?.id).toBe(next.id);
    } finally {
      await store.close();
    }
  }, 60_000);
});

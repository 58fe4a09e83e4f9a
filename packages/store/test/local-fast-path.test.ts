import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseGitEnv } from '../src/git-process.ts';
import { openStore } from '../src/index.ts';
import { inspectLocalRemote, pushRequired } from '../src/local-remote.ts';
import { fsckProblems, git, makeRun, tempRemote } from './helpers.ts';

const BRANCH = 'mlops-metadata';

describe('the local fast path (bare repository on disk)', () => {
  let repo: ReturnType<typeof tempRemote>;
  beforeEach(() => {
    repo = tempRemote();
  });
  afterEach(() => repo.remove());

  it('writes objects then moves the branch with update-ref: no receive-pack, no fetch, a reflog entry', async () => {
    const trace = join(repo.dir, 'trace.txt');
    process.env.GIT_TRACE = trace;
    const store = await openStore({ remote: repo.remote, workDir: repo.dir });
    delete process.env.GIT_TRACE;
    try {
      const a = await store.putRun(makeRun({ now: Date.UTC(2026, 0, 1) }));
      const b = await store.putRun(makeRun({ now: Date.UTC(2026, 0, 2) }));
      expect((await store.latestRun('churn', 'refs/heads/main'))?.id).toBe(b.id);
      expect(store.stats.commits).toBe(2); // the first also creates cairn.json
      expect(store.stats.localCommits).toBe(2);
      // Only the open and the first write found no branch and asked the remote; then the ref files answer.
      expect(store.stats.tipFetches).toBe(2);
      expect(store.stats.fetches).toBe(0);
      const reflog = git(['--git-dir', repo.remote, 'reflog', 'show', '--format=%gs', BRANCH]).trim().split('\n');
      expect(reflog).toEqual([
        `cairn: run ${b.id} in churn on refs/heads/main (FINISHED)`,
        `cairn: run ${a.id} in churn on refs/heads/main (FINISHED)`,
      ]);
    } finally {
      await store.close();
    }
    const commands = readFileSync(trace, 'utf8');
    expect(commands).not.toMatch(/receive-pack|git push/);
    expect(commands).toMatch(/update-ref/);
    // A writer killed between writing a temp object file and renaming it leaves git's own temp name.
    mkdirSync(join(repo.remote, 'objects', 'ab'), { recursive: true });
    writeFileSync(join(repo.remote, 'objects', 'ab', `tmp_obj_cairn_1_000000000000`), 'partial');
    expect(fsckProblems(repo.remote)).toBe('');
    expect(git(['--git-dir', repo.remote, 'rev-list', '--count', BRANCH]).trim()).toBe('2');
  });

  it('re-applies a write whose compare-and-swap failed because another writer got in first', async () => {
    const first = await openStore({ remote: repo.remote, workDir: repo.dir });
    const second = await openStore({ remote: repo.remote, workDir: repo.dir });
    try {
      await first.init();
      let attempts = 0;
      let other = '';
      await first.transact('note', async (tx) => {
        attempts++;
        // The other writer commits after this mutation read the tip and before it is published.
        if (attempts === 1) other = (await second.putRun(makeRun({ key: 'other' }))).id;
        tx.write('notes/first.json', { attempts, sawOther: (await tx.names('runs/churn')).length > 0 });
      });
      expect(attempts).toBe(2);
      expect(first.stats.rejectedPushes).toBe(1);
      expect(await first.readJson('notes/first.json')).toEqual({ attempts: 2, sawOther: true });
      expect((await first.getRun(other))?.idempotencyKey).toBe('other');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    expect(git(['--git-dir', repo.remote, 'rev-list', '--count', BRANCH]).trim()).toBe('3');
    expect(fsckProblems(repo.remote)).toBe('');
  });

  it('reads the tip from packed-refs too, and moves a packed branch', async () => {
    const writer = await openStore({ remote: repo.remote, workDir: repo.dir });
    try {
      const first = await writer.putRun(makeRun({ now: Date.UTC(2026, 0, 1) }));
      git(['--git-dir', repo.remote, 'pack-refs', '--all']);
      expect(existsSync(join(repo.remote, 'refs', 'heads', BRANCH))).toBe(false);
      const reader = await openStore({ remote: repo.remote, workDir: repo.dir });
      try {
        expect((await reader.latestRun('churn', 'refs/heads/main'))?.id).toBe(first.id);
        expect(reader.stats.tipFetches).toBe(0);
      } finally {
        await reader.close();
      }
      const second = await writer.putRun(makeRun({ now: Date.UTC(2026, 0, 2) }));
      expect(writer.stats).toMatchObject({ commits: 2, localCommits: 2, rejectedPushes: 0 });
      expect((await writer.latestRun('churn', 'refs/heads/main'))?.id).toBe(second.id);
    } finally {
      await writer.close();
    }
    expect(git(['--git-dir', repo.remote, 'rev-list', '--count', BRANCH]).trim()).toBe('2');
  });

  it('uses git push when the remote has an executable receive hook, so that it runs', async () => {
    const marker = join(repo.dir, 'hook-ran');
    const hook = join(repo.remote, 'hooks', 'pre-receive');
    writeFileSync(hook, `#!/bin/sh\ncat >> '${marker}'\n`);
    const store = await openStore({ remote: repo.remote, workDir: repo.dir });
    try {
      await store.init(); // the hook file is not executable: git would not run it, the fast path is fine
      expect(store.stats.localCommits).toBe(1);
      expect(existsSync(marker)).toBe(false);
      chmodSync(hook, 0o755);
      const run = await store.putRun(makeRun());
      expect(store.stats).toMatchObject({ commits: 2, localCommits: 1 });
      const tip = git(['--git-dir', repo.remote, 'rev-parse', BRANCH]).trim();
      expect(readFileSync(marker, 'utf8')).toContain(`${tip} refs/heads/${BRANCH}`);
      writeFileSync(hook, "#!/bin/sh\necho 'metadata is frozen' >&2\nexit 1\n");
      await expect(store.putRun(makeRun())).rejects.toThrow(/refused the write.*pre-receive hook declined/);
      expect((await store.latestRun('churn', 'refs/heads/main'))?.id).toBe(run.id);
    } finally {
      await store.close();
    }
  });

  it('uses git push when the remote asks receive-pack to check objects (receive.fsckObjects)', async () => {
    git(['--git-dir', repo.remote, 'config', 'receive.fsckObjects', 'true']);
    const store = await openStore({ remote: repo.remote, workDir: repo.dir });
    try {
      await store.putRun(makeRun());
      expect(store.stats).toMatchObject({ commits: 1, localCommits: 0 });
    } finally {
      await store.close();
    }
  });

  it('reads the remote config as receive-pack would: core.hooksPath, valueless booleans, non-bare', async () => {
    const env = baseGitEnv();
    const plain = await inspectLocalRemote(env, repo.remote);
    expect(plain && pushRequired(plain)).toBeUndefined();
    const hooks = join(repo.remote, 'custom-hooks');
    mkdirSync(hooks);
    writeFileSync(join(hooks, 'post-receive'), '#!/bin/sh\n', { mode: 0o755 });
    git(['--git-dir', repo.remote, 'config', 'core.hooksPath', 'custom-hooks']);
    const hooked = await inspectLocalRemote(env, repo.remote);
    expect(hooked?.hooksDir).toBe(hooks);
    expect(hooked && pushRequired(hooked)).toBe('it has a post-receive hook, which must run');
    writeFileSync(
      join(repo.remote, 'config'),
      `${readFileSync(join(repo.remote, 'config'), 'utf8')}[receive]\n\tfsckObjects\n`,
    );
    const fsck = await inspectLocalRemote(env, repo.remote);
    expect(fsck?.pushReason).toBe('receive.fsckObjects is set');
    const work = join(repo.dir, 'work');
    git(['init', '--quiet', work]);
    expect(await inspectLocalRemote(env, work)).toBeUndefined();
    expect(await inspectLocalRemote(env, join(work, '.git'))).toBeUndefined(); // core.bare=false
  });
});

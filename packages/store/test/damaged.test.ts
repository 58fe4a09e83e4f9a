import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describeError, MemoryLogger } from '@cairn/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, runIndexPath, runPath } from '../src/index.ts';
import { git, makeRun, tempRemote } from './helpers.ts';

describe('damaged input', () => {
  const repo = tempRemote();
  afterAll(() => repo.remove());

  it('skips a corrupt or unknown-shape record with a warning naming its path; one bad file breaks nothing', async () => {
    const logger = new MemoryLogger();
    const store = await openStore({ remote: repo.remote, logger, workDir: repo.dir });
    try {
      const good = await store.putRun(makeRun({ now: Date.UTC(2026, 0, 1) }));
      const corrupt = makeRun({ now: Date.UTC(2026, 0, 2) });
      const odd = makeRun({ now: Date.UTC(2026, 0, 3) });
      await store.transact('plant damaged records', async (tx) => {
        tx.write(runPath('churn', corrupt.id), '{"kind": "run", "id": ');
        tx.write(runPath('churn', odd.id), { kind: 'run', hello: 'world' });
        const ids = [odd.id, corrupt.id, good.id];
        tx.write(runIndexPath('churn', 'refs/heads/main'), { latest: odd.id, recent: ids });
      });
      expect((await store.latestRun('churn', 'refs/heads/main'))?.id).toBe(good.id);
      expect((await store.recentRuns('churn', 'refs/heads/main')).map((r) => r.id)).toEqual([good.id]);
      const warnings = logger.warnings.join('\n');
      expect(warnings).toContain(runPath('churn', corrupt.id));
      expect(warnings).toContain('not valid JSON');
      expect(warnings).toContain(runPath('churn', odd.id));
      // A damaged index is derived data: ignored with a warning, and rebuilt by the next write.
      await store.transact('damage the index', async (tx) => {
        tx.write(runIndexPath('churn', 'refs/heads/main'), '[oops');
      });
      expect(await store.latestRun('churn', 'refs/heads/main')).toBeUndefined();
      expect(logger.warnings.at(-1)).toContain(runIndexPath('churn', 'refs/heads/main'));
      const next = await store.putRun(makeRun());
      expect((await store.latestRun('churn', 'refs/heads/main'))?.id).toBe(next.id);
    } finally {
      await store.close();
    }
  });

  it('asks to upgrade Cairn for a record or a branch format from a newer version', async () => {
    const store = await openStore({ remote: repo.remote, workDir: repo.dir });
    const future = makeRun();
    try {
      await store.transact('a record from the future', async (tx) => {
        tx.write(runPath('churn', future.id), { ...future, schemaVersion: 99 });
      });
      await expect(store.getRun(future.id, 'churn')).rejects.toThrow(/schemaVersion 99.*upgrade Cairn/);
      await store.transact('a format from the future', async (tx) => {
        tx.write('cairn.json', { format: 7 });
      });
    } finally {
      await store.close();
    }
    await expect(openStore({ remote: repo.remote, workDir: repo.dir })).rejects.toThrow(/format 7.*upgrade Cairn/);
  });

  it('names an unreachable remote path clearly', async () => {
    const missing = join(repo.dir, 'no-such-repo.git');
    await expect(openStore({ remote: missing, workDir: repo.dir })).rejects.toThrow(
      `cannot reach the metadata remote ${missing}: no repository at that path`,
    );
  });

  it('sends the token only as an http extraheader and never shows it', async () => {
    const token = 'ghs_SECRETtoken1234567890';
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.url} ${req.headers.authorization ?? ''}`);
      res.statusCode = 500;
      res.end('no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const remote = `http://127.0.0.1:${port}/owner/repo.git`;
    let message = '';
    try {
      await openStore({ remote, token, workDir: repo.dir });
    } catch (error) {
      message = describeError(error);
    } finally {
      server.close();
    }
    expect(message).toContain(`cannot reach the metadata remote ${remote}`);
    expect(seen[0]).toBe(
      `/owner/repo.git/info/refs?service=git-upload-pack basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
    );
    expect(message).not.toContain(token);
    expect(message).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
    // A closed port: a connection error, retried, then a clear message without the token.
    let closed = '';
    try {
      await openStore({ remote: `https://127.0.0.1:${port}/owner/repo.git`, token, workDir: repo.dir });
    } catch (error) {
      closed = describeError(error);
    }
    expect(closed).toMatch(
      new RegExp(`cannot reach the metadata remote https://127.0.0.1:${port}/owner/repo.git: .*(connect|refused)`, 'i'),
    );
    expect(closed).not.toContain(token);
  });

  it("leaves the user's own repository (HEAD, index, work tree) untouched when it is the remote", async () => {
    const work = join(repo.dir, 'work');
    git(['init', '--quiet', '-b', 'main', work]);
    git(['-C', work, 'commit', '--quiet', '--allow-empty', '-m', 'first']);
    git(['-C', work, 'checkout', '--quiet', '-b', 'feature']);
    writeFileSync(join(work, 'staged.txt'), 'staged\n');
    git(['-C', work, 'add', 'staged.txt']);
    writeFileSync(join(work, 'dirty.txt'), 'not added\n');
    const before = {
      head: git(['-C', work, 'symbolic-ref', 'HEAD']),
      status: git(['-C', work, 'status', '--porcelain']),
      index: git(['-C', work, 'ls-files', '--stage']),
    };
    const store = await openStore({ remote: work, workDir: repo.dir });
    try {
      await store.init();
      await store.putRun(makeRun());
    } finally {
      await store.close();
    }
    expect(git(['-C', work, 'symbolic-ref', 'HEAD'])).toBe(before.head);
    expect(git(['-C', work, 'status', '--porcelain'])).toBe(before.status);
    expect(git(['-C', work, 'ls-files', '--stage'])).toBe(before.index);
    expect(git(['-C', work, 'ls-tree', '--name-only', 'mlops-metadata']).split('\n')).toContain('runs');
  });
});

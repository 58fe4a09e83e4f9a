import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'cairn-cli-data-'));
const remote = join(dir, 'store.git');
execFileSync('git', ['init', '--quiet', '--bare', remote]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cairn(args: string[]) {
  return runCli([...args, '--remote', remote], { cwd: dir });
}

describe('cairn data', () => {
  it('push, push unchanged, push a change, list, diff, pull each version', async () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/a.csv'), 'x,y\n1,a\n2,b\n');
    writeFileSync(join(dir, 'data/b.txt'), 'hello');
    const first = await cairn(['data', 'push', 'set', 'data', '--storage', 'local:blobs']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('set v1 recorded: 2 files');
    expect(first.stdout).toContain('2 new blob(s)');

    const same = await cairn(['data', 'push', 'set', 'data', '--storage', 'local:blobs']);
    expect(same.stdout).toContain('unchanged, same content as v1');

    writeFileSync(join(dir, 'data/a.csv'), 'x,y,z\n1,a,t\n2,b,u\n3,c,v\n');
    const second = await cairn(['data', 'push', 'set', 'data', '--storage', 'local:blobs', '--format', 'json']);
    const pushed = JSON.parse(second.stdout).push;
    expect(pushed).toMatchObject({ version: 2, created: true, uploaded: 1 });

    const list = await cairn(['data', 'list', 'set']);
    expect(list.stdout.split('\n')[2]).toMatch(/^\s*2\s.* local:.*blobs/);

    const diff = await cairn(['data', 'diff', 'set']);
    expect(diff.stdout).toContain('Changes since v1');
    expect(diff.stdout).toContain('**Columns added:** `z`');
    const json = JSON.parse((await cairn(['data', 'diff', 'set', '1', '2', '--format', 'json'])).stdout).diff;
    expect(json.files).toEqual([
      { path: 'a.csv', change: 'modified', oldSize: 12, newSize: 24, oldRows: 2, newRows: 3 },
    ]);

    const aliased = await cairn(['data', 'alias', 'set', 'baseline', '1']);
    expect(aliased.stdout).toBe('set: alias baseline unset -> v1\n');
    // No --storage: pull uses where the version was pushed.
    const p1 = await cairn(['data', 'pull', 'set', 'out1', '--version', 'baseline']);
    expect(p1.code, p1.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out1/a.csv'), 'utf8')).toBe('x,y\n1,a\n2,b\n');
    const p2 = await cairn(['data', 'pull', 'set', 'out2']);
    expect(p2.stdout).toContain('set v2 restored');
    expect(readFileSync(join(dir, 'out2/a.csv'), 'utf8')).toBe('x,y,z\n1,a,t\n2,b,u\n3,c,v\n');
    expect(readFileSync(join(dir, 'out2/b.txt'), 'utf8')).toBe('hello');
  });

  it('usage errors exit 2 and say what is missing', async () => {
    const noStorage = await cairn(['data', 'push', 'set', 'data']);
    expect(noStorage.code).toBe(2);
    expect(noStorage.stderr).toContain('--storage is required');
    const both = await cairn(['data', 'alias', 'set', 'x', '1', '--remove']);
    expect(both.stderr).toContain('give either a version or --remove');
    const bad = await cairn(['data', 'frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown data command "frobnicate"');
    const release = await cairn(['data', 'push', 'set', 'data', '--storage', 'release']);
    expect(release.stderr).toContain('CAIRN_TOKEN');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '@cairn/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, datasetHash, hashFile, mapLimit, safeJoin, verifyFile } from '../src/index.ts';
import { DATA_DIR, tempDir } from './helpers.ts';

const sha256sum = (path: string) => execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, 'ds', 'sub', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'ds', 'b.csv'), 'a,b\n1,2\n');
  await writeFile(join(dir, 'ds', 'a.csv'), 'a\n1\n');
  await writeFile(join(dir, 'ds', 'sub', 'c.json'), '[]');
  await writeFile(join(dir, 'ds', 'sub', 'deeper', 'é 1.txt'), '');
});
afterAll(() => cleanup());

describe('hashFile', () => {
  it('matches sha256sum on real files, small and 13 MB', async () => {
    for (const name of ['seattle-weather.csv', 'flights-3m.parquet']) {
      const path = join(DATA_DIR, name);
      const result = await hashFile(path);
      expect(result.sha256).toBe(sha256sum(path));
    }
    expect(await hashFile(join(dir, 'ds', 'sub', 'deeper', 'é 1.txt'))).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 0,
    });
  });

  it('names a missing file', async () => {
    await expect(hashFile(join(dir, 'nope.bin'))).rejects.toThrow(
      /nope\.bin: cannot read the file to hash it \(ENOENT\)/,
    );
  });
});

describe('buildManifest', () => {
  it('lists a directory recursively, sorted, with posix paths, sizes and a dataset hash', async () => {
    const manifest = await buildManifest(join(dir, 'ds'));
    expect(manifest.files.map((f) => [f.path, f.size])).toEqual([
      ['a.csv', 4],
      ['b.csv', 8],
      ['sub/c.json', 2],
      ['sub/deeper/é 1.txt', 0],
    ]);
    expect(manifest.fileCount).toBe(4);
    expect(manifest.totalSize).toBe(14);
    expect(manifest.files[0]!.sha256).toBe(sha256sum(join(dir, 'ds', 'a.csv')));
    expect(manifest.datasetHash).toBe(datasetHash(manifest.files));
    expect(manifest.datasetHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same content and a new one for any change', async () => {
    const before = await buildManifest('ds', { cwd: dir, concurrency: 1 });
    const again = await buildManifest(join(dir, 'ds'), { concurrency: 8 });
    expect(again.datasetHash).toBe(before.datasetHash);
    await writeFile(join(dir, 'ds', 'a.csv'), 'a\n2\n');
    const changed = await buildManifest(join(dir, 'ds'));
    expect(changed.datasetHash).not.toBe(before.datasetHash);
    await writeFile(join(dir, 'ds', 'a.csv'), 'a\n1\n');
  });

  it('hashes a symlinked file as its content and does not follow symlinked directories', async () => {
    const linked = join(dir, 'linked');
    await mkdir(linked, { recursive: true });
    await writeFile(join(dir, 'outside.csv'), 'x\n1\n');
    await symlink(join(dir, 'outside.csv'), join(linked, 'link.csv'));
    await symlink(join(dir, 'ds'), join(linked, 'dirlink'));
    const manifest = await buildManifest(linked);
    expect(manifest.files.map((f) => [f.path, f.size])).toEqual([['link.csv', 4]]);
    expect(manifest.files[0]!.sha256).toBe(sha256sum(join(dir, 'outside.csv')));
  });

  it('hashes one file, or a glob relative to cwd', async () => {
    const one = await buildManifest(join(dir, 'ds', 'b.csv'));
    expect(one.files.map((f) => f.path)).toEqual(['b.csv']);
    expect(one.root).toBe(resolve(dir, 'ds'));
    const globbed = await buildManifest('ds/**/*.{csv,json}', { cwd: dir });
    expect(globbed.files.map((f) => f.path)).toEqual(['ds/a.csv', 'ds/b.csv', 'ds/sub/c.json']);
    await expect(buildManifest('ds/*.parquet', { cwd: dir })).rejects.toThrow(/matched no files/);
    await expect(buildManifest('nowhere', { cwd: dir })).rejects.toThrow(/nowhere: no such file or directory/);
  });

  it('dataset hash ignores entry order', () => {
    const files = [
      { path: 'b', sha256: 'b'.repeat(64), size: 1 },
      { path: 'a', sha256: 'a'.repeat(64), size: 2 },
    ];
    expect(datasetHash(files)).toBe(datasetHash([...files].reverse()));
  });
});

describe('mapLimit', () => {
  it('never runs more than the limit at once and keeps order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });
});

describe('safeJoin and verifyFile', () => {
  it('refuses traversal, absolute paths and odd segments with a UserError', () => {
    for (const bad of [
      '../x',
      'a/../../x',
      'a/..',
      '/etc/passwd',
      'C:/x',
      'c:x',
      'a\\..\\b',
      '',
      'a//b',
      './a',
      'a\0b',
    ]) {
      expect(() => safeJoin('/data/root', bad), bad).toThrow(UserError);
    }
    expect(safeJoin('/data/root', 'sub/file.csv')).toBe('/data/root/sub/file.csv');
    expect(safeJoin('/data/root', '..hidden/x')).toBe('/data/root/..hidden/x');
  });

  it('never returns a path outside the root, for any input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('..', '.', '', '/', '\\', 'a', 'b.csv', 'C:'), fc.string()), {
          maxLength: 6,
        }),
        (parts) => {
          const rel = parts.join('/');
          try {
            const joined = safeJoin('/data/root', rel);
            expect(joined.startsWith('/data/root/')).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('verifies a restored file against its manifest entry', async () => {
    const manifest = await buildManifest(join(dir, 'ds'));
    const entry = manifest.files.find((f) => f.path === 'b.csv')!;
    await expect(verifyFile(join(dir, 'ds'), entry)).resolves.toBeUndefined();
    await expect(verifyFile(join(dir, 'ds'), { ...entry, sha256: '0'.repeat(64) })).rejects.toThrow(
      /b\.csv: content does not match the manifest/,
    );
    await expect(verifyFile(join(dir, 'ds'), { ...entry, path: '../b.csv' })).rejects.toThrow(/refusing manifest path/);
  });
});

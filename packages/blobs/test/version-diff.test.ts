import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffVersions, formatBytes, parseStorageSpec, parseVersionSelector, renderDiffMarkdown } from '../src/index.ts';

const hex = (n: number) => n.toString(16).padStart(64, '0');

function version(n: number, files: [string, number, number?][], columns: [string, string][] = []) {
  return {
    version: n,
    files: files.map(([path, content, rows]) => ({
      path,
      sha256: hex(content),
      size: content * 10,
      ...(rows === undefined ? {} : { rows }),
    })),
    totalSize: files.reduce((s, [, c]) => s + c * 10, 0),
    columns: columns.map(([name, type]) => ({ name, type })),
  };
}

describe('diffVersions', () => {
  it('reports added, removed, modified files with bytes and rows, and column changes', () => {
    const a = version(
      1,
      [
        ['a.csv', 1, 10],
        ['b.csv', 2, 5],
        ['gone.bin', 3],
      ],
      [
        ['id', 'integer'],
        ['old', 'string'],
        ['amount', 'integer'],
      ],
    );
    const b = version(
      2,
      [
        ['a.csv', 1, 10],
        ['b.csv', 4, 8],
        ['new.bin', 5],
      ],
      [
        ['id', 'integer'],
        ['amount', 'number'],
        ['fresh', 'string'],
      ],
    );
    const d = diffVersions(a, b);
    expect(d.files).toEqual([
      { path: 'b.csv', change: 'modified', oldSize: 20, newSize: 40, oldRows: 5, newRows: 8 },
      { path: 'gone.bin', change: 'removed', oldSize: 30, newSize: null, oldRows: null, newRows: null },
      { path: 'new.bin', change: 'added', oldSize: null, newSize: 50, oldRows: null, newRows: null },
    ]);
    expect(d.unchangedFiles).toBe(1);
    expect(d.columnsAdded).toEqual(['fresh']);
    expect(d.columnsRemoved).toEqual(['old']);
    expect(d.columnsRetyped).toEqual([{ name: 'amount', old: 'integer', new: 'number' }]);
    const md = renderDiffMarkdown(d, { name: 'sales' });
    expect(md).toContain('**Files:** 1 added, 1 removed, 1 modified, 1 unchanged');
    expect(md).toContain('| `b.csv` | 🟡 modified | 40 B | +20 B | 8 | +3 |');
    expect(md).toContain('| `gone.bin` | 🔴 removed | 30 B | -30 B |  |  |');
    expect(md).toContain('**Column `amount`:** type integer → number');
  });

  it('escapes file names that would break the table and caps the rows shown', () => {
    const b = version(
      1,
      Array.from({ length: 5 }, (_, i): [string, number] => [`x|${i}\n.bin`, i + 1]),
    );
    const md = renderDiffMarkdown(diffVersions(undefined, b), { name: 'n', maxRows: 2 });
    expect(md).toContain('First version of this dataset.');
    expect(md).toContain('`x\\|0 .bin`');
    expect(md).toContain('… and 3 more changed files.');
    expect(md.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(2);
  });

  it('property: every path is unchanged or listed once, and the counts add up', () => {
    const files = fc.uniqueArray(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.integer({ min: 1, max: 4 })),
      {
        selector: ([p]) => p,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(files, files, (before, after) => {
        const d = diffVersions(version(1, before), version(2, after));
        const paths = new Set([...before.map(([p]) => p), ...after.map(([p]) => p)]);
        expect(d.files.length + d.unchangedFiles).toBe(paths.size);
        expect(new Set(d.files.map((f) => f.path)).size).toBe(d.files.length);
        expect(d.files.filter((f) => f.change !== 'added').length + d.unchangedFiles).toBe(before.length);
        expect(d.files.filter((f) => f.change !== 'removed').length + d.unchangedFiles).toBe(after.length);
        // Diffing a version with itself finds nothing.
        expect(diffVersions(version(2, after), version(2, after)).files).toEqual([]);
      }),
    );
  });
});

describe('inputs', () => {
  it('parses storage specs and refuses others with the fix', () => {
    expect(parseStorageSpec('release')).toEqual({ backend: 'release' });
    expect(parseStorageSpec('local:/mnt/blobs')).toEqual({ backend: 'local', dir: '/mnt/blobs' });
    expect(() => parseStorageSpec('local:')).toThrow(/local:<dir>/);
    expect(() => parseStorageSpec('s3://b')).toThrow(/use `release`/);
  });

  it('parses version selectors', () => {
    expect(parseVersionSelector('latest')).toBe('latest');
    expect(parseVersionSelector('')).toBe('latest');
    expect(parseVersionSelector('7')).toBe(7);
    expect(parseVersionSelector('v12')).toBe(12);
    expect(parseVersionSelector('production')).toEqual({ alias: 'production' });
    expect(() => parseVersionSelector('0')).toThrow(/not understood/);
    expect(() => parseVersionSelector('Prod uction')).toThrow(/not understood/);
  });

  it('formats bytes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(-3 * 2 ** 30)).toBe('-3.00 GiB');
  });
});

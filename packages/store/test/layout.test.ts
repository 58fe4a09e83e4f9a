import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idSuffix, newId } from '@cairn/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRef, encodeRef, fanout, runIndexPath, runPath } from '../src/index.ts';
import { BLOB_MODE, packIndexOids, parseTree, serializeTree, TREE_MODE } from '../src/objects.ts';
import { tempRemote } from './helpers.ts';

describe('layout', () => {
  it('encodes any ref as one safe file name and decodes it back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'binary' }), (ref) => {
        const encoded = encodeRef(ref);
        expect(decodeRef(encoded)).toBe(ref);
        expect(encoded).toMatch(/^[A-Za-z0-9_%-][A-Za-z0-9_.%-]*$/);
        expect(encoded).not.toBe('@all');
      }),
    );
    expect(encodeRef('refs/heads/main')).toBe('refs%2Fheads%2Fmain');
    expect(encodeRef('..')).toBe('%2E.');
    expect(() => encodeRef('')).toThrow(/empty/);
  });

  it('places a record by its id suffix: stable, and the same for every attempt of one job', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.integer({ min: 0, max: 2 ** 46 }),
        fc.integer({ min: 0, max: 2 ** 46 }),
        (key, t1, t2) => {
          const a = newId({ key, now: t1 });
          const b = newId({ key, now: t2 });
          const dir = (p: string) => p.slice(0, p.lastIndexOf('/'));
          expect(runPath('exp', a)).toBe(runPath('exp', a));
          expect(dir(runPath('exp', a))).toBe(dir(runPath('exp', b)));
          expect(fanout(a, 4).join('')).toBe(idSuffix(a).slice(0, 4));
          expect(runPath('exp', a)).toBe(`runs/exp/${fanout(a, 4).join('/')}/${a}.json`);
        },
      ),
    );
    expect(runIndexPath('exp', 'refs/pull/3/merge')).toBe('index/runs/exp/refs%2Fpull%2F3%2Fmerge.json');
    expect(() => runPath('../x', newId())).toThrow(/invalid experiment name/);
    expect(() => runPath('exp', 'not-an-id')).toThrow(/invalid record id/);
  });
});

describe('tree objects written in-process', () => {
  const names = fc.stringMatching(/^[a-z0-9._-]{1,12}$/).filter((n) => n !== '.' && n !== '..');
  const oid = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => Buffer.from(b).toString('hex'));

  it('round-trip and hash exactly as git mktree does', () => {
    const repo = tempRemote();
    try {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.tuple(names, fc.boolean(), oid), { selector: (e) => e[0], maxLength: 8 }),
          (raw) => {
            const entries = raw.map(([name, dir, id]) => ({ mode: dir ? TREE_MODE : BLOB_MODE, name, oid: id }));
            const body = serializeTree(entries);
            expect(
              parseTree(body)
                .map((e) => e.name)
                .sort(),
            ).toEqual(entries.map((e) => e.name).sort());
            const ours = createHash('sha1')
              .update(Buffer.concat([Buffer.from(`tree ${body.length}\0`), body]))
              .digest('hex');
            const input = entries
              .map((e) => `${e.mode === TREE_MODE ? '040000 tree' : '100644 blob'} ${e.oid}\t${e.name}\n`)
              .join('');
            const theirs = execFileSync('git', ['--git-dir', repo.remote, 'mktree', '--missing'], {
              input,
              encoding: 'utf8',
            });
            expect(ours).toBe(theirs.trim());
          },
        ),
        { numRuns: 25 },
      );
    } finally {
      repo.remove();
    }
  });

  it('reads the object ids of a version 2 pack index', () => {
    const repo = tempRemote();
    try {
      const blob = execFileSync('git', ['--git-dir', repo.remote, 'hash-object', '-w', '--stdin'], {
        input: 'x\n',
        encoding: 'utf8',
      }).trim();
      const base = join(repo.dir, 'pack');
      const hash = execFileSync('git', ['--git-dir', repo.remote, 'pack-objects', '-q', base], {
        input: `${blob}\n`,
        encoding: 'utf8',
      });
      expect(packIndexOids(readFileSync(`${base}-${hash.trim()}.idx`))).toEqual([blob]);
    } finally {
      repo.remove();
    }
  });
});

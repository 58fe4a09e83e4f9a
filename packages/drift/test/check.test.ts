import { afterAll, describe, expect, it } from 'vitest';
import { checkDrift } from '../src/index.ts';
import { csv, rng, tempFiles } from './helpers.ts';

function table(n: number, seed: number, shift: number): string {
  const r = rng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([
      (r() * 10 + shift).toFixed(3),
      r() < (shift > 0 ? 0.7 : 0.34) ? 'a' : r() < 0.5 ? 'b' : 'c',
      Math.min(2, Math.floor(r() * 3 + shift / 2)),
      `id-${seed}-${i}`,
    ]);
  }
  return csv(['x', 'group', 'level', 'id'], rows);
}

describe('checkDrift on files', () => {
  const t = tempFiles({
    'ref.csv': table(400, 1, 0),
    'same.csv': table(400, 2, 0),
    'shifted.csv': table(400, 3, 2),
    'only-ref.csv': 'a,b\n1,x\n2,y\n3,x\n',
    'only-cur.csv': 'a,c\n1,x\n2,y\n3,x\n',
    'mixed-ref.csv': csv(
      ['v'],
      Array.from({ length: 50 }, (_, i) => [i % 7]),
    ),
    'mixed-cur.csv': csv(
      ['v'],
      Array.from({ length: 50 }, (_, i) => [i % 2 ? 'high' : 'low']),
    ),
    'header.csv': 'x,group\n',
    'one.csv': 'x,group\n1.5,a\n',
    'nulls.csv': csv(
      ['x', 'group'],
      Array.from({ length: 30 }, () => ['', 'inf']),
    ),
    'infinite.csv': csv(
      ['x', 'group'],
      Array.from({ length: 30 }, () => ['inf', 'a']),
    ),
    'unicode.csv': 'température,город\n1.5,Москва\n2.5,Париж\n3.5,Москва\n',
    'dup.csv': 'x,x\n1,2\n',
    'empty.csv': '',
  });
  afterAll(() => t.remove());
  const run = (reference: string, current: string, extra: Partial<Parameters<typeof checkDrift>[0]> = {}) =>
    checkDrift({ reference, current, cwd: t.dir, parallel: { workers: 1 }, ...extra });

  it('finds no drift between two samples of one distribution and drift after a shift, with Evidently tests', async () => {
    const same = await run('ref.csv', 'same.csv');
    expect(same.report.dataset).toMatchObject({ columns: 3, drift: false, threshold: 0.5 });
    expect(same.report.dataset.drifted).toBeLessThanOrEqual(1);
    const byName = Object.fromEntries(same.report.columns.map((c) => [c.name, c]));
    expect(byName.x).toMatchObject({ type: 'numeric', method: 'ks', skipped: null });
    expect(byName.group).toMatchObject({ type: 'categorical', method: 'chisquare' });
    // An integer column with <= 10 distinct values is categorical (Evidently's infer_column_type).
    expect(byName.level).toMatchObject({ type: 'categorical', method: 'chisquare' });
    expect(byName.id?.skipped).toMatch(/text column/);
    const shifted = await run('ref.csv', 'shifted.csv');
    expect(shifted.report.dataset.drift).toBe(true);
    expect(shifted.report.columns.find((c) => c.name === 'x')?.drift).toBe(true);
    expect(shifted.histograms.x?.reference.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('honours columns, exclude, column types, method and per-column threshold', async () => {
    const r = await run('ref.csv', 'shifted.csv', {
      columns: ['x', 'level', 'id'],
      exclude: ['level'],
      columnTypes: { id: 'categorical' },
      options: { method: 'psi', perColumn: { x: { threshold: 1e9 } } },
    });
    expect(r.report.columns.map((c) => [c.name, c.method, c.threshold])).toEqual([
      ['x', 'psi', 1e9],
      ['id', 'psi', 0.1],
    ]);
    expect(r.report.columns[0]?.drift).toBe(false);
  });

  it('reports columns present on one side only, and text-vs-number columns as categorical with a note', async () => {
    const r = await run('only-ref.csv', 'only-cur.csv');
    expect(r.report.columns.map((c) => [c.name, c.skipped])).toEqual([
      ['a', null],
      ['b', 'not tested: only in the reference data'],
      ['c', 'not tested: only in the current data'],
    ]);
    const m = await run('mixed-ref.csv', 'mixed-cur.csv');
    expect(m.report.columns[0]).toMatchObject({ type: 'categorical', method: 'chisquare', drift: true });
    expect(m.report.columns[0]?.note).toMatch(/numbers in the reference but text in the current data/);
  });

  it('does not crash on a header-only file, a single row, all-null, all-infinite or unicode columns', async () => {
    const h = await run('ref.csv', 'header.csv');
    expect(h.report.columns.find((c) => c.name === 'x')?.skipped).toBe('not tested: the current sample has no rows');
    const one = await run('one.csv', 'ref.csv');
    expect(one.report.columns.find((c) => c.name === 'x')).toMatchObject({ skipped: null, method: 'ks' });
    const nulls = await run('ref.csv', 'nulls.csv');
    expect(nulls.report.columns.find((c) => c.name === 'x')?.skipped).toBe(
      'not tested: every current value is missing',
    );
    const inf = await run('ref.csv', 'infinite.csv');
    expect(inf.report.columns.find((c) => c.name === 'x')?.skipped).toBe('not tested: every current value is infinite');
    const u = await run('unicode.csv', 'unicode.csv');
    expect(u.report.columns.map((c) => c.name)).toEqual(['température', 'город']);
    expect(u.report.dataset.drift).toBe(false);
  });

  it('rejects bad input with messages that name it: duplicates, empty files, missing paths, unknown columns and options', async () => {
    await expect(run('dup.csv', 'ref.csv')).rejects.toThrow(/duplicate column names: "x"/);
    await expect(run('empty.csv', 'ref.csv')).rejects.toThrow(/the file is empty/);
    await expect(run('nope.csv', 'ref.csv')).rejects.toThrow(/reference: .*nope.csv does not exist/);
    await expect(run('ref.csv', 'ref.csv', { columns: ['zz'] })).rejects.toThrow(/ref.csv: no column named "zz"/);
    await expect(run('ref.csv', 'ref.csv', { options: { perColumn: { zz: { method: 'ks' } } } })).rejects.toThrow(
      /column "zz"/,
    );
    await expect(run('ref.csv', 'ref.csv', { options: { threshold: -1 } })).rejects.toThrow(/threshold must be/);
    await expect(run('ref@2', 'ref.csv')).rejects.toThrow(/no metadata store/);
  });

  it('reads a directory of files as one side and gives the same answer on worker threads', async () => {
    const d = tempFiles({ 'a.csv': table(200, 5, 0), 'b.csv': table(200, 6, 0) });
    try {
      const single = await checkDrift({
        reference: d.dir,
        current: `${t.dir}/shifted.csv`,
        cwd: t.dir,
        parallel: { workers: 1 },
      });
      const threaded = await checkDrift({
        reference: d.dir,
        current: `${t.dir}/shifted.csv`,
        cwd: t.dir,
        parallel: { workers: 2, minParallelBytes: 0 },
      });
      expect(single.reference.rows).toBe(400);
      expect(threaded.threads).toBe(2);
      expect(threaded.report).toEqual(single.report);
    } finally {
      d.remove();
    }
  });
});

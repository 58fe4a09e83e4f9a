/** Options beyond Evidently, dataset drift, column typing (behaviour, no oracle). */
import { UserError } from '@cairn/core';
import { describe, expect, it } from 'vitest';
import { driftColumn, driftDataset, inferColumnType } from '../src/index.ts';
import { Random } from './random.ts';

const rng = new Random(7);

describe('driftColumn options', () => {
  const ref = rng.normals(500);
  const cur = rng.normals(500, 0.3);

  it('uses Evidently defaults and honours method and threshold', () => {
    const d = driftColumn({ name: 'x', reference: ref, current: cur });
    expect(d).toMatchObject({ type: 'numeric', method: 'ks', threshold: 0.05, skipped: null });
    expect(d.drift).toBe(true);
    const lax = driftColumn({ name: 'x', reference: ref, current: cur }, { threshold: 1e-30 });
    expect(lax.drift).toBe(false);
    const psi = driftColumn({ name: 'x', reference: ref, current: cur }, { method: 'psi' });
    expect(psi.method).toBe('psi');
    expect(psi.threshold).toBe(0.1);
  });

  it('honours bins and quantile binning', () => {
    const sturges = driftColumn({ name: 'x', reference: ref, current: cur }, { method: 'psi' });
    const five = driftColumn({ name: 'x', reference: ref, current: cur }, { method: 'psi', bins: 5 });
    const quantile = driftColumn({ name: 'x', reference: ref, current: cur }, { method: 'psi', binning: 'quantile' });
    expect(new Set([sturges.score, five.score, quantile.score]).size).toBe(3);
  });

  it('reports null-share drift, and counts it only when asked', () => {
    const r = rng.normals(1000);
    const c = rng.normals(1000).map((v, i) => (i % 3 === 0 ? Number.NaN : v));
    const plain = driftColumn({ name: 'x', reference: r, current: c });
    expect(plain.nullShare?.current).toBeCloseTo(334 / 1000, 12);
    expect(plain.nullShare?.drift).toBe(true);
    expect(plain.current).toEqual({ count: 1000, nulls: 334 });
    const strict = driftColumn({ name: 'x', reference: r, current: c }, { nullShareDrift: true });
    expect(strict.drift).toBe(true);
  });

  it('skips text, datetime and numeric-only methods on categories, with reasons', () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    expect(driftColumn({ name: 't', type: 'text', reference: words, current: words }).skipped).toMatch(/text column/);
    expect(driftColumn({ name: 'c', reference: ['a', 'b', 'a'], current: ['a'] }, { method: 'ks' }).skipped).toMatch(
      /numeric columns only/,
    );
    expect(driftColumn({ name: 'e', reference: new Float64Array(0), current: ref }).skipped).toMatch(/no rows/);
  });

  it('rejects bad options with the column name', () => {
    expect(() => driftColumn({ name: 'age', reference: ref, current: cur }, { bins: 0 })).toThrow(/column "age"/);
    expect(() => driftColumn({ name: 'age', reference: ['a'], current: ['b'], type: 'numeric' })).toThrow(UserError);
  });
});

describe('driftDataset', () => {
  const stable = rng.normals(300);
  const cats = rng.categories(300, 4);
  const columns = [
    { name: 'a', reference: rng.normals(300), current: rng.normals(300, 1) },
    { name: 'b', reference: stable, current: stable.slice().reverse() },
    { name: 'c', reference: cats, current: cats.slice(0, 200) },
    { name: 'd', reference: [null, null], current: ['x'] },
  ];

  it('computes the share over tested columns and the report shape', () => {
    const report = driftDataset(columns);
    expect(report.dataset).toEqual({ columns: 3, drifted: 1, share: 1 / 3, threshold: 0.5, drift: false });
    expect(report.columns.map((c) => c.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(report.columns[3]?.skipped).toMatch(/every reference value is missing/);
    expect(JSON.parse(JSON.stringify(report)).columns[0]).toMatchObject({
      name: 'a',
      type: 'numeric',
      method: 'ks',
      reference: { count: 300, nulls: 0 },
    });
  });

  it('resolves options column > type > global', () => {
    const report = driftDataset(columns, {
      method: 'jensenshannon',
      perType: { numeric: { method: 'wasserstein' } },
      perColumn: { b: { method: 'energy', threshold: 0.5 } },
      datasetThreshold: 0.3,
    });
    expect(report.columns.map((c) => c.method)).toEqual(['wasserstein', 'energy', 'jensenshannon', null]);
    expect(report.columns[1]?.threshold).toBe(0.5);
    expect(report.dataset.drift).toBe(true);
  });

  it('names unknown and duplicate columns', () => {
    expect(() => driftDataset(columns, { perColumn: { zz: {} } })).toThrow(/"zz"/);
    expect(() => driftDataset([columns[0]!, columns[0]!])).toThrow(/appears twice/);
  });
});

describe('inferColumnType (Evidently rules)', () => {
  it('types by storage kind and distinct counts', () => {
    expect(inferColumnType('float', 2, 100)).toBe('numeric');
    expect(inferColumnType('int', 10, 100)).toBe('categorical');
    expect(inferColumnType('int', 11, 100)).toBe('numeric');
    expect(inferColumnType('string', 51, 100)).toBe('text');
    expect(inferColumnType('string', 50, 100)).toBe('categorical');
    expect(inferColumnType('bool', 2, 100)).toBe('categorical');
    expect(inferColumnType('datetime', 90, 100)).toBe('datetime');
  });
});

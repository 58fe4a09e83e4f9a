/** Mergeable profiles and sketches: merge laws, the documented error bounds, drift from a profile. */
import { columnProfileSchema } from '@cairn/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSketch,
  driftColumn,
  driftFromProfile,
  ksTwoSample,
  mergeProfiles,
  mergeSketches,
  type NumericProfile,
  profileColumn,
  sketchCollapsed,
  sketchCount,
  sketchQuantile,
  wassersteinNormed,
} from '../src/index.ts';
import { Random } from './random.ts';

const values = fc.array(
  fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY, 1, -1),
    fc.double({ min: 1e-3, max: 10, noNaN: true }),
  ),
  { maxLength: 200 },
);

describe('quantile sketch', () => {
  it('merges exactly: sketch(A) + sketch(B) = sketch(A ++ B), collapsed or not', () => {
    fc.assert(
      fc.property(values, values, fc.constantFrom(4, 16, 2048), (a, b, maxBuckets) => {
        const merged = mergeSketches(buildSketch(a, 0.01, maxBuckets), buildSketch(b, 0.01, maxBuckets));
        expect(merged).toEqual(buildSketch([...a, ...b], 0.01, maxBuckets));
        expect(sketchCount(merged)).toBe([...a, ...b].filter(Number.isFinite).length);
      }),
    );
  });

  it('answers quantiles within relative alpha of the exact order statistic', () => {
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), (raw, q) => {
        const finite = raw.filter(Number.isFinite).sort((x, y) => x - y);
        fc.pre(finite.length > 0);
        const alpha = 0.005;
        const exact = finite[Math.floor(q * (finite.length - 1))] as number;
        const sketch = buildSketch(finite, alpha);
        fc.pre(!sketchCollapsed(sketch)); // the guarantee holds while no bucket was folded
        const approx = sketchQuantile(sketch, q);
        expect(Math.abs(approx - exact)).toBeLessThanOrEqual(alpha * Math.abs(exact) * (1 + 1e-9) + 1e-300);
      }),
    );
  });
});

describe('profiles', () => {
  const rng = new Random(99);

  it('merge to the profile of the concatenated data, and survive JSON', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const whole = profileColumn(Float64Array.from([...a, ...b])) as NumericProfile;
        const merged = mergeProfiles(
          profileColumn(Float64Array.from(a)),
          profileColumn(Float64Array.from(b)),
        ) as NumericProfile;
        expect(merged.sketch).toEqual(whole.sketch);
        expect(merged.values).toEqual(whole.values);
        expect(merged.distinct).toEqual(whole.distinct);
        expect([merged.count, merged.nulls, merged.infinite, merged.min, merged.max]).toEqual([
          whole.count,
          whole.nulls,
          whole.infinite,
          whole.min,
          whole.max,
        ]);
        if (whole.mean !== null) {
          expect(merged.mean).toBeCloseTo(whole.mean, 6);
          expect(Math.abs((merged.std as number) - (whole.std as number))).toBeLessThanOrEqual(
            1e-9 * Math.max(1, whole.std as number),
          );
        }
        expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
      }),
      { numRuns: 60 },
    );
  });

  it('fits the dataset-profile column record', () => {
    const p = profileColumn(rng.normals(50)) as NumericProfile;
    const record = {
      name: 'x',
      type: p.type,
      count: p.count,
      nulls: p.nulls,
      min: p.min,
      max: p.max,
      mean: p.mean,
      std: p.std,
      sketch: p,
    };
    expect(columnProfileSchema.parse(JSON.parse(JSON.stringify(record)))).toMatchObject({ name: 'x', count: 50 });
  });

  it('keeps categorical counts exact under the cap, and folds the tail past it', () => {
    const a = rng.categories(500, 6);
    const b = rng.categories(400, 8);
    const merged = mergeProfiles(profileColumn(a), profileColumn(b));
    expect(merged).toEqual(profileColumn([...a, ...b]));
    const capped = profileColumn([...a, ...b], { categoryCap: 3 });
    expect(capped).toMatchObject({ type: 'categorical', truncated: true });
    if (capped.type === 'categorical') {
      expect(capped.counts).toHaveLength(3);
      expect(capped.counts.reduce((s, [, c]) => s + c, 0) + capped.other).toBe(900);
    }
  });
});

describe('drift from a profile', () => {
  const rng = new Random(2024);

  it('equals driftColumn exactly while the profile holds exact values', () => {
    const cases = [
      { ref: rng.normals(800), cur: rng.normals(900, 0.2) }, // KS regime: values kept
      { ref: rng.ints(5000, 0, 12), cur: rng.ints(3000, 0, 13) }, // <= 20 distinct values
    ];
    for (const { ref, cur } of cases) {
      const viaProfile = driftFromProfile('x', JSON.parse(JSON.stringify(profileColumn(ref))), cur);
      const direct = driftColumn({ name: 'x', reference: ref, current: cur });
      expect(viaProfile).toMatchObject({ ...direct, approximate: false });
    }
    const cats = rng.categories(3000, 5);
    const curCats = rng.categories(2000, 6, 0.6);
    const viaProfile = driftFromProfile('c', profileColumn(cats), curCats);
    expect(viaProfile).toMatchObject({
      ...driftColumn({ name: 'c', reference: cats, current: curCats }),
      approximate: false,
    });
  });

  it('keeps KS and Wasserstein within their reported bounds on large references', () => {
    for (const [shift, scale] of [
      [0, 1],
      [0.05, 1],
      [0.5, 2],
      [100, 1],
    ] as const) {
      const ref = rng.normals(20_000, 100, 10);
      const cur = rng.normals(5_000, 100 + shift, 10 * scale);
      const profile = profileColumn(ref);
      const w = driftFromProfile('x', profile, cur);
      const exactW = wassersteinNormed(ref, cur);
      expect(w.method).toBe('wasserstein');
      expect(w.bounds).not.toBeNull();
      const [wlo, whi] = w.bounds?.statistic ?? [0, 0];
      expect(exactW).toBeGreaterThanOrEqual(wlo);
      expect(exactW).toBeLessThanOrEqual(whi);

      const ks = driftFromProfile('x', profile, cur, { method: 'ks' });
      const exactD = ksTwoSample(ref, cur).statistic;
      const [lo, hi] = ks.bounds?.statistic ?? [0, 0];
      expect(exactD).toBeGreaterThanOrEqual(lo - 1e-12);
      expect(exactD).toBeLessThanOrEqual(hi + 1e-12);
      // Buckets are ~1% wide around 100 (0.1 sd here): the interval stays a few percent wide.
      expect(hi - lo).toBeLessThan(0.05);
    }
  });

  it('approximates the binned scores closely (measured, not guaranteed)', () => {
    const ref = rng.normals(20_000);
    const cur = rng.normals(20_000, 0.3);
    const profile = profileColumn(ref);
    for (const method of ['jensenshannon', 'psi', 'kl', 'hellinger'] as const) {
      const approx = driftFromProfile('x', profile, cur, { method });
      const exact = driftColumn({ name: 'x', reference: ref, current: cur }, { method });
      expect(approx.approximate).toBe(true);
      expect(Math.abs((approx.score as number) - (exact.score as number))).toBeLessThan(0.01);
      expect(approx.drift).toBe(exact.drift);
    }
  });
});

describe('drift from a truncated categorical profile', () => {
  // Many categories with skewed counts, so that a small cap folds a real tail into "other".
  const column = fc.array(
    fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) }, fc.integer({ min: 0, max: 60 })),
    { minLength: 1, maxLength: 300 },
  );
  const text = (xs: number[]) => xs.map((x) => `c${x}`);

  it('brackets the exact Jensen-Shannon and Hellinger distances', () => {
    fc.assert(
      fc.property(column, column, fc.integer({ min: 1, max: 8 }), (r, c, cap) => {
        const reference = text(r);
        const current = text(c);
        const profile = profileColumn(reference, { categoryCap: cap });
        for (const method of ['jensenshannon', 'hellinger'] as const) {
          const exact = driftColumn({ name: 'x', type: 'categorical', reference, current }, { method });
          const approx = driftFromProfile('x', profile, current, { method });
          if (profile.type !== 'categorical' || !profile.truncated) {
            expect(approx.approximate).toBe(false);
            continue;
          }
          expect(approx.approximate).toBe(true);
          const [lo, hi] = approx.bounds!.statistic;
          expect(lo).toBe(approx.statistic);
          expect(exact.statistic!).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(exact.statistic!).toBeLessThanOrEqual(hi + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports no interval for methods it cannot bound', () => {
    const reference = text(Array.from({ length: 400 }, (_, i) => i % 50));
    const current = text(Array.from({ length: 400 }, (_, i) => (i * 7) % 60));
    const profile = profileColumn(reference, { categoryCap: 5 });
    const r = driftFromProfile('x', profile, current, { method: 'psi' });
    expect(r).toMatchObject({ approximate: true, bounds: null, method: 'psi' });
  });
});

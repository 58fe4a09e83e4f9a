/**
 * A whole check against pandas + scipy applying Evidently's rules (test/bench/drift_evidently.py) on
 * the same messy CSV files: column typing from pandas dtypes (integers with <= 10 values are
 * categorical, an integer column with a missing value is float, text vs categorical by distinct
 * share, booleans), test choice, statistics and verdicts. Needs /usr/bin/python3 with pandas and
 * scipy (or CAIRN_SCIPY_PYTHON); fails, never skips, without them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDrift } from '../src/index.ts';
import { rng, tempFiles } from './helpers.ts';

const PYTHON = process.env.CAIRN_SCIPY_PYTHON ?? '/usr/bin/python3';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function messy(n: number, seed: number, shift: number): string {
  const r = rng(seed);
  const lines = ['score,level,count_with_gap,city,flag,note,small_float'];
  for (let i = 0; i < n; i++) {
    const score = (r() * 100 + shift * 15).toFixed(2);
    const level = Math.floor(r() * 4 + (shift > 0 && r() < 0.3 ? 1 : 0));
    const gap = r() < 0.05 ? '' : String(Math.floor(r() * 50 + shift * 5));
    const city = ['Paris', 'Lyon', 'Nice', 'Lille', 'Metz', 'Brest'][Math.floor(r() * (shift > 0 ? 3 : 6))];
    const flag = r() < 0.5 + shift * 0.2 ? 'True' : 'False';
    const note = `note ${seed}-${i}`;
    const small = (Math.floor(r() * 3) + 0.5).toString();
    lines.push([score, level, gap, city, flag, note, small].join(','));
  }
  return `${lines.join('\n')}\n`;
}

type Baseline = Record<
  string,
  {
    type: string;
    skipped?: boolean;
    method?: string;
    statistic?: number | string;
    score?: number | string;
    drift?: boolean;
  }
>;

function evidently(ref: string, cur: string): Baseline {
  const out = execFileSync(
    PYTHON,
    [join(ROOT, 'test/bench/drift_evidently.py'), join(ROOT, 'packages/stats/test/oracle'), ref, cur],
    { encoding: 'utf8' },
  );
  return (JSON.parse(out) as { columns: Baseline }).columns;
}

const TYPE: Record<string, string> = { num: 'numeric', cat: 'categorical', text: 'text', datetime: 'datetime' };

describe('a whole check equals pandas + scipy with Evidently rules', () => {
  const t = tempFiles({
    'small-ref.csv': messy(300, 1, 0),
    'small-cur.csv': messy(250, 2, 1),
    'large-ref.csv': messy(2500, 3, 0),
    'large-cur.csv': messy(2000, 4, 1),
    'large-same.csv': messy(2000, 5, 0),
  });
  afterAll(() => t.remove());

  it.each([
    ['small-ref.csv', 'small-cur.csv'],
    ['large-ref.csv', 'large-cur.csv'],
    ['large-ref.csv', 'large-same.csv'],
  ])('%s vs %s: same types, tests, statistics and verdicts', async (ref, cur) => {
    const ours = await checkDrift({ reference: ref, current: cur, cwd: t.dir, parallel: { workers: 1 } });
    const theirs = evidently(join(t.dir, ref), join(t.dir, cur));
    expect(ours.report.columns.map((c) => c.name)).toEqual(Object.keys(theirs));
    for (const c of ours.report.columns) {
      const b = theirs[c.name]!;
      expect(c.type, c.name).toBe(TYPE[b.type]);
      if (b.skipped) {
        expect(c.skipped, c.name).not.toBeNull();
        continue;
      }
      expect(c.method, c.name).toBe(b.method);
      expect(c.drift, c.name).toBe(b.drift);
      const close = (x: number | null, y: number | string | undefined) => {
        const v = y === 'inf' ? Number.POSITIVE_INFINITY : Number(y);
        if (!Number.isFinite(v) || x === null) return expect(x, c.name).toBe(Number.isFinite(v) ? v : x);
        expect(Math.abs((x - v) / (Math.abs(v) || 1)), `${c.name}: ${x} vs ${v}`).toBeLessThan(1e-9);
      };
      close(c.statistic, b.statistic);
      close(c.score, b.score);
    }
  });
});

import type { RunRecord } from '@cairn/core';
import { compareMetrics, type GateResult } from '@cairn/metrics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countCells,
  escapeCell,
  formatCount,
  formatNumber,
  formatPercent,
  formatSigned,
  lineChart,
  markdownTable,
  mermaidText,
  plainNumber,
  renderRunReport,
  sampleIndices,
} from '../src/index.ts';

describe('escaping', () => {
  it('keeps any text inside its cell, with no HTML, no line break and no comment marker (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 4 }), (cells) => {
        const table = markdownTable(
          cells.map((_, i) => `h${i}`),
          [cells],
        );
        const lines = table.split('\n');
        expect(lines).toHaveLength(3);
        for (const line of lines) expect(countCells(line)).toBe(cells.length);
        expect(table).not.toMatch(/[<>]/);
        expect(table).not.toContain('<!--');
      }),
      { numRuns: 500 },
    );
  });

  it('escapes the characters that would format, break or hijack', () => {
    expect(escapeCell('a|b `c` <!-- cairn:sticky x --> *d* [e](f)')).toBe(
      'a\\|b \\`c\\` &lt;!-- cairn:sticky x --&gt; \\*d\\* \\[e\\](f)',
    );
    expect(mermaidText('say "hi" `x` <b>\nnext')).toBe('say hi x b next');
  });
});

describe('numbers', () => {
  it('writes counts with thousands separators exactly as toLocaleString("en") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -999, max: 999 })), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en'));
      }),
      { numRuns: 500 },
    );
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('uses 5 significant digits like dvc, signs and percentages', () => {
    expect(formatNumber(0.123456789)).toBe('0.12346');
    expect(formatNumber(1234567.891)).toBe('1234600');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(0.00001234)).toBe('1.234e-5');
    expect(formatNumber(1e12 + 0.5)).toBe('1e+12');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatSigned(0.5)).toBe('+0.5');
    expect(formatSigned(-0.25)).toBe('-0.25');
    expect(formatPercent(0.0123)).toBe('+1.23%');
    expect(formatPercent(-0.5)).toBe('-50%');
  });

  it('round-trips to within 5 significant digits (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }), (x) => {
        const back = Number(formatNumber(x));
        if (x === 0) expect(back).toBe(0);
        else expect(Math.abs(back - x) / Math.abs(x)).toBeLessThanOrEqual(5e-5);
      }),
      { numRuns: 500 },
    );
  });
});

describe('mermaid charts', () => {
  it('draws an xychart-beta line chart with a padded axis for a flat series', () => {
    const chart = lineChart({
      title: 'auc "trend"',
      categories: ['1 abc', 'this run'],
      series: [{ name: 'auc', values: [0.5, 0.5] }],
    });
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "auc trend"',
        '  x-axis ["1 abc", "this run"]',
        '  y-axis "" 0.475 --> 0.525',
        '  line [0.5, 0.5]',
        '```',
      ].join('\n'),
    );
    expect(lineChart({ title: 't', categories: ['a'], series: [{ name: 'x', values: [null] }] })).toBeUndefined();
  });

  it('samples at most n points, keeping the first and last', () => {
    expect(sampleIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
    const picked = sampleIndices(1000, 50);
    expect(picked).toHaveLength(50);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(999);
  });
});

function run(metrics: RunRecord['metrics'], extra: Partial<RunRecord> = {}): RunRecord {
  return {
    schemaVersion: 1,
    kind: 'run',
    id: '01M8GNHQTC3268c23dec1243f9',
    experiment: 'churn',
    status: 'FINISHED',
    startTime: '2026-03-01T10:00:00Z',
    params: {},
    metrics,
    tags: {},
    datasets: [{ name: 'customers', version: 3 }],
    git: { ref: 'refs/heads/main', sha: 'abcdef1234' },
    ...extra,
  };
}

describe('renderRunReport', () => {
  it('shows gates, metrics against the baseline, params, data, trend and the step curve', () => {
    const current = run(
      { auc: 0.9, loss: 0.2 },
      { metricHistory: { loss: [0, 1, 2].map((step) => ({ step, value: 1 / (step + 1) })) } },
    );
    const gates: GateResult[] = [
      {
        rule: 'auc >= 0.95',
        metric: 'auc',
        passed: false,
        actual: 0.9,
        expected: 0.95,
        reason: '0.9 does not satisfy >= 0.95',
      },
    ];
    const text = renderRunReport({
      run: current,
      baselineLabel: 'run X on main',
      baselineNote: undefined,
      rows: compareMetrics(current.metrics, { auc: 0.8, loss: 0.3 }),
      params: [{ name: 'lr', old: '0.1', new: '0.2' }],
      gates,
      trend: [run({ auc: 0.8 }), current],
    });
    expect(text).toContain('### Experiment churn ❌');
    expect(text).toContain('❌ 1 of 1 gates failed.');
    expect(text).toContain('| auc | ↑ higher | 0.8 | 0.9 | +0.1 | +12.5% | 🟢 better |');
    expect(text).toContain('| loss | ↓ lower | 0.3 | 0.2 | -0.1 | -33.3% | 🟢 better |');
    expect(text).toContain('| lr | 0.1 | 0.2 |');
    expect(text).toContain('`customers@3`');
    expect(text).toContain('title "auc: last runs"');
    expect(text).toContain('title "loss by step"');
  });

  it('without a baseline says so and lists the metrics', () => {
    const current = run({ auc: 0.9, note: 'text' });
    const text = renderRunReport({
      run: current,
      baselineLabel: undefined,
      baselineNote: 'no baseline yet: no earlier finished run of "churn" on main',
      rows: compareMetrics(current.metrics, undefined),
      params: [],
      gates: [],
      trend: [current],
    });
    expect(text).toContain('**No baseline:** no baseline yet');
    expect(text).toContain('| auc | ↑ higher | 0.9 |');
    expect(text).toContain('| note |  | text |');
    expect(text).not.toContain('mermaid');
  });
});

describe('lineChart gaps', () => {
  it('leaves out categories where every series is missing', () => {
    const chart = lineChart({ title: 't', categories: ['a', 'b', 'c'], series: [{ name: 'x', values: [1, null, 3] }] });
    expect(chart).toContain('x-axis ["a", "c"]');
    expect(chart).toContain('line [1, 3]');
  });
});

describe('plainNumber', () => {
  it('never uses exponent notation, and keeps 6 significant digits (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }), (x) => {
        const text = plainNumber(x);
        expect(text).toMatch(/^-?(\d+(\.\d+)?)$/);
        const back = Number(text);
        if (Math.abs(x) < 1e-90) return; // drawn as 0: below a chart's resolution
        expect(Math.abs(back - x) / Math.abs(x)).toBeLessThanOrEqual(1e-5);
      }),
      { numRuns: 500 },
    );
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(2.5e22)).toBe('25000000000000000000000');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCells } from '../src/escape.ts';
import {
  type DriftColumnView,
  type DriftReportInput,
  mostDriftedFirst,
  renderDriftHtml,
  renderDriftMarkdown,
} from '../src/index.ts';

function column(name: string, over: Partial<DriftColumnView> = {}): DriftColumnView {
  return {
    name,
    type: 'numeric',
    method: 'wasserstein',
    statistic: 0.05,
    score: 0.05,
    threshold: 0.1,
    drift: false,
    reference: { count: 1000, nulls: 0 },
    current: { count: 900, nulls: 3 },
    skipped: null,
    ...over,
  };
}

function input(columns: DriftColumnView[], over: Partial<DriftReportInput> = {}): DriftReportInput {
  const tested = columns.filter((c) => c.skipped === null);
  const drifted = tested.filter((c) => c.drift).length;
  return {
    dataset: 'flights',
    report: {
      dataset: {
        columns: tested.length,
        drifted,
        share: drifted / tested.length,
        threshold: 0.5,
        drift: drifted / tested.length >= 0.5,
      },
      columns,
    },
    reference: { label: 'flights@3', rows: 1000, mode: 'profile' },
    current: { label: 'data/june.csv', rows: 900, mode: 'data' },
    ...over,
  };
}

describe('drift markdown', () => {
  const cols = [
    column('calm'),
    column('p-drift', { method: 'ks', score: 1e-9, statistic: 0.3, threshold: 0.05, drift: true }),
    column('far', { score: 0.9, statistic: 0.9, drift: true }),
    column('notes', {
      type: 'text',
      method: null,
      score: null,
      statistic: null,
      threshold: null,
      skipped: 'not tested: text column (more distinct values than half its rows)',
    }),
  ];

  it('has one summary line, then the columns most drifted first, skipped ones with reasons, and a trend', () => {
    const text = renderDriftMarkdown(
      input(cols, {
        histograms: { far: { kind: 'numeric', labels: ['a', 'b', 'c'], reference: [10, 0, 0], current: [0, 0, 10] } },
        trend: [
          { at: '2026-11-26T02:00:00Z', share: 0, drift: false },
          { at: '2026-11-27T02:00:00Z', share: 0.67, drift: true },
        ],
      }),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '### Drift check `flights` ❌ dataset drift: 2 of 3 tested columns drifted (66.7%; drift at ≥ 50%)',
    );
    const rows = lines.filter((l) => /^\| (calm|p-drift|far) /.test(l)).map((l) => l.split(' | ')[0]?.slice(2));
    expect(rows).toEqual(['p-drift', 'far', 'calm']);
    expect(text).toContain('| `█   → ` █` |'.replace('` █`', '  █`'));
    expect(text).toContain('<summary>1 column not tested</summary>');
    expect(text).toContain('| notes | text column (more distinct values than half its rows) |');
    expect(text).toContain('xychart-beta');
    expect(text).toContain('(stored profile)');
  });

  it('keeps every table row intact whatever the column names, and stays under the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 20 }), (names) => {
        const text = renderDriftMarkdown(input(names.map((n, i) => column(`${n}${i}`, { drift: i % 2 === 0 }))));
        const tableRows = text.split('\n').filter((l) => l.startsWith('| '));
        for (const r of tableRows) expect(countCells(r)).toBe(9);
        expect(tableRows).toHaveLength(names.length + 2);
      }),
      { numRuns: 60 },
    );
    const many = Array.from({ length: 3000 }, (_, i) => column(`column_number_${i}`, { drift: i < 10 }));
    const text = renderDriftMarkdown(input(many));
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toMatch(/… and \d+ more tested columns \(0 drifted\) in the full report\./);
    expect(text).toContain('| column\\_number\\_0 |');
  });

  it('orders by severity across p-values and distances', () => {
    const order = mostDriftedFirst([
      column('a', { method: 'ks', score: 0.04, threshold: 0.05, drift: true }),
      column('b', { score: 5, threshold: 0.1, drift: true }),
      column('c', { skipped: 'x', score: null }),
      column('d', { score: 0.01 }),
    ]).map((c) => c.name);
    expect(order).toEqual(['b', 'a', 'd', 'c']);
  });
});

describe('scores from a reference profile', () => {
  it('mark approximate scores and show the interval the exact value lies in', () => {
    const c = column('date', {
      type: 'categorical',
      method: 'jensenshannon',
      statistic: 0.1672,
      score: 0.1672,
      drift: true,
      approximate: true,
      bounds: { statistic: [0.1672, 0.9113] },
    });
    const exactColumn = column('delay');
    const md = renderDriftMarkdown(input([c, exactColumn]));
    const dateRow = md.split('\n').find((l) => l.startsWith('| date'));
    expect(dateRow).toContain('0.1672 ≈');
    expect(dateRow).toContain('exact score between 0.1672 and 0.9113');
    const delayRow = md.split('\n').find((l) => l.startsWith('| delay'));
    expect(delayRow).not.toContain('≈');
    expect(delayRow).not.toContain('exact');
    expect(renderDriftHtml({ ...input([c]), generatedAt: '2026-11-28T00:00:00Z' })).toContain(
      'exact score between 0.1672 and 0.9113',
    );
  });
});

describe('drift HTML', () => {
  it('is one self-contained document: no scripts, no external resources, names escaped, one histogram per column', () => {
    const html = renderDriftHtml(
      input([column('<script>alert(1)</script>', { drift: true }), column('x & y')], {
        histograms: {
          '<script>alert(1)</script>': {
            kind: 'categorical',
            labels: ['"a"', 'b'],
            reference: [1, 2],
            current: [2, 1],
          },
          'x & y': { kind: 'numeric', labels: ['0 – 1', '1 – 2'], reference: [5, 5], current: [1, 9] },
        },
      }),
    );
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('x &amp; y');
    // The only URL is the SVG namespace; nothing is fetched when the file opens.
    expect(html.match(/(?:src|href)=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/g)).toBeNull();
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html.match(/class="ref"/g)).toHaveLength(4);
    expect(html.match(/class="cur"/g)).toHaveLength(4);
  });
});

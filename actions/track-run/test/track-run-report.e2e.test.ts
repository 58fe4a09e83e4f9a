import { countCells } from '@cairn/report';
import { describe, expect, it } from 'vitest';
import { useE2E } from '../../../test/harness/index.ts';

/** Rows of the first markdown table after a heading. */
function tableAfter(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('|')) rows.push(line);
    else if (rows.length > 0) break;
  }
  return rows;
}

describe('track-run comment safety and size', () => {
  const e = useE2E({ action: 'track-run', prefix: 'cairn-track-e2e-', workflow: 'Train model' });

  it('escapes |, backticks, HTML and the comment marker in metric and param names', async () => {
    const hostile = {
      'a|b': 1,
      'tick`s': 2,
      '<img src=x onerror=alert(1)>': 3,
      '<!-- cairn:sticky track-run/other -->': 4,
      'line\nbreak': 5,
    };
    e.write({ 'm.json': JSON.stringify(hostile), 'p.json': JSON.stringify({ 'x|y': '<b>', '`z`': '|' }) });
    const number = e.server.addPullRequest({ headSha: '1'.repeat(40) });
    // Two runs so the params table (changed params against the baseline) is shown too.
    await e.run({ inputs: { experiment: 'hostile', metrics: 'm.json', params: 'p.json', comment: 'never' } });
    e.write({ 'p.json': JSON.stringify({ 'x|y': '<i>', '`z`': '||' }) });
    const r = await e.run({
      event: 'pull_request',
      pr: { number },
      inputs: { experiment: 'hostile', metrics: 'm.json', params: 'p.json' },
    });
    expect(r.exitCode).toBe(0);
    const body = e.server.state.comments.find((c) => c.issueNumber === number)?.body ?? '';
    expect(body.match(/<!--/g)).toHaveLength(1); // only the real marker
    expect(body.startsWith('<!-- cairn:sticky track-run/hostile -->')).toBe(true);
    expect(body).not.toContain('<img');
    const metricRows = tableAfter(body, '#### Metrics');
    expect(metricRows).toHaveLength(2 + 5);
    for (const row of metricRows) expect(countCells(row)).toBe(7);
    expect(body).toContain('a\\|b');
    expect(body).toContain('tick\\`s');
    expect(body).toContain('&lt;!-- cairn:sticky track-run/other --&gt;');
    const paramRows = tableAfter(body, '#### Changed params');
    expect(paramRows).toHaveLength(2 + 2);
    for (const row of paramRows) expect(countCells(row)).toBe(3);
    // The outputs keep the real names.
    expect(Object.keys(JSON.parse(r.outputs.metrics ?? '{}'))).toContain('a|b');
  });

  it('10,000 metrics still give one valid comment under 65,536 characters, most changed first', async () => {
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) {
      before[`metric_${String(i).padStart(5, '0')}`] = i;
      after[`metric_${String(i).padStart(5, '0')}`] = i === 4242 ? 1e6 : i;
    }
    e.write({ 'big.json': JSON.stringify(before) });
    await e.run({ inputs: { experiment: 'wide', metrics: 'big.json' } });
    e.write({ 'big.json': JSON.stringify(after) });
    const number = e.server.addPullRequest({ headSha: '2'.repeat(40) });
    const r = await e.run({
      event: 'pull_request',
      pr: { number },
      inputs: { experiment: 'wide', metrics: 'big.json' },
    });
    expect(r.exitCode).toBe(0);
    const body = e.server.state.comments.find((c) => c.issueNumber === number)?.body ?? '';
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith('<!-- cairn:sticky track-run/wide -->')).toBe(true);
    const rows = tableAfter(body, '#### Metrics');
    expect(rows[2]).toContain('metric\\_04242'); // the changed metric is the first row
    for (const row of rows) expect(countCells(row)).toBe(7);
    expect(body).toMatch(/_\d+ more rows not shown: see the \[job summary\]\(http/);
    expect(Object.keys(JSON.parse(r.outputs.metrics ?? '{}'))).toHaveLength(10_000);
    // The job summary (1 MiB) holds every row.
    expect(tableAfter(r.summary, '#### Metrics')).toHaveLength(10_002);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'cairn-cli-drift-'));
const rows = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
writeFileSync(join(dir, 'ref.csv'), `x,g\n${rows(200, (i) => `${i % 50},${i % 3 ? 'a' : 'b'}`)}\n`);
writeFileSync(join(dir, 'same.csv'), `x,g\n${rows(200, (i) => `${(i * 7) % 50},${i % 3 ? 'a' : 'b'}`)}\n`);
writeFileSync(join(dir, 'moved.csv'), `x,g\n${rows(200, (i) => `${(i % 50) + 40},${i % 3 ? 'b' : 'a'}`)}\n`);
writeFileSync(join(dir, 'dup.csv'), 'x,x\n1,2\n');

function cairn(args: string[]) {
  return runCli(['drift', ...args], { cwd: dir });
}

describe('cairn drift', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 without dataset drift and prints markdown', async () => {
    const r = await cairn(['--reference', 'ref.csv', '--current', 'same.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^### Drift check `ref` ✅ no dataset drift: 0 of 2 tested columns drifted/);
  });

  it('exits 1 on dataset drift; json is the documented report; html goes to --out', async () => {
    const json = await cairn(['-r', 'ref.csv', '-c', 'moved.csv', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.dataset).toEqual({ columns: 2, drifted: 2, share: 1, threshold: 0.5, drift: true });
    expect(Object.keys(report.columns[0]).slice(0, 11)).toEqual([
      'name',
      'type',
      'method',
      'statistic',
      'score',
      'threshold',
      'drift',
      'reference',
      'current',
      'skipped',
      'nullShare',
    ]);
    const html = await cairn(['-r', 'ref.csv', '-c', 'moved.csv', '--format', 'html', '--out', 'report.html']);
    expect(html.code).toBe(1);
    expect(html.stderr).toContain('dataset drift: report written to report.html');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<svg');
  });

  it('honours --drift-share, --method and --columns', async () => {
    const r = await cairn([
      '-r',
      'ref.csv',
      '-c',
      'moved.csv',
      '--columns',
      'x',
      '--method',
      'psi',
      '--format',
      'json',
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.columns.map((c: { name: string; method: string }) => [c.name, c.method])).toEqual([['x', 'psi']]);
    expect((await cairn(['-r', 'ref.csv', '-c', 'moved.csv', '--drift-share', '1'])).code).toBe(1);
    // g's chi-square p-value is never < 0, so only x drifts: 1 of 2 is below a drift share of 1.
    expect((await cairn(['-r', 'ref.csv', '-c', 'moved.csv', '--drift-share', '1', '--threshold', 'g: 0'])).code).toBe(
      0,
    );
  });

  it('exits 2 on bad input with a message naming it', async () => {
    for (const [args, message] of [
      [['-r', 'ref.csv'], /give both --reference and --current/],
      [['-r', 'nope.csv', '-c', 'ref.csv'], /nope.csv does not exist/],
      [['-r', 'dup.csv', '-c', 'ref.csv'], /duplicate column names/],
      [['-r', 'ref.csv', '-c', 'ref.csv', '--format', 'xml'], /--format must be md, json or html/],
      [['-r', 'ref.csv', '-c', 'ref.csv', '--method', 'magic'], /"magic" is not a method/],
      [['-r', 'ref.csv', '-c', 'ref.csv', '--drift-share', '2'], /drift-share/],
    ] as const) {
      const r = await cairn([...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

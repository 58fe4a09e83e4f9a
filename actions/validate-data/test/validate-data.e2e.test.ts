/**
 * validate-data end to end: the built dist run through the runner harness against the local GitHub
 * API, on vega-datasets' seattle-weather.csv and a mutated copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRunResult, assertNoSecretLeak, useE2E } from '../../../test/harness/index.ts';

const DATA = fileURLToPath(new URL('../../../packages/validate/node_modules/vega-datasets/data/', import.meta.url));
const CONTRACT = `# yaml-language-server: $schema=../schemas/contract.schema.json
table: { rows: { min: 1000, max: 2000 }, exact: true }
columns:
  date: { type: date, unique: true }
  precipitation: { type: number, min: 0, max: 60 }
  temp_max: { type: number, min: -10, max: 40 }
  temp_min: { type: number, min: -10, max: 30 }
  wind: { type: number, min: 0, max: { value: 10, severity: warning } }
  weather: { type: string, in: [drizzle, rain, sun, snow, fog] }
`;
const SHA = 'f'.repeat(40);
const MARKER = '<!-- cairn:sticky validate-data/contracts%2Fseattle.yaml -->';

describe('validate-data end to end (harness, local GitHub API)', () => {
  const e = useE2E({ action: 'validate-data', prefix: 'cairn-validate-e2e-' });
  let pr: number;
  beforeAll(async () => {
    const seattle = readFileSync(join(DATA, 'seattle-weather.csv'), 'utf8');
    const lines = seattle.split('\n');
    lines[10] = lines[10]!.replace(/^([^,]+),[^,]+,/, '$1,-1.5,'); // line 11: precipitation < 0
    lines[40] = lines[40]!.replace(/,[a-z]+$/, ',hail'); // line 41: weather outside the set
    lines[80] = lines[80]!.replace(/,([^,]+),([a-z]+)$/, ',11,$2'); // line 81: wind > 10, a warning
    const windOnly = seattle.split('\n');
    windOnly[80] = windOnly[80]!.replace(/,([^,]+),([a-z]+)$/, ',11,$2');
    e.write({
      'data/seattle.csv': seattle,
      'contracts/seattle.yaml': CONTRACT,
      'data/mutated.csv': lines.join('\n'),
      'data/wind.csv': windOnly.join('\n'),
    });
    pr = e.server.addPullRequest({ headSha: SHA, baseRef: 'main' });
  });

  // Every run on the pull request's head commit, pushes too.
  const run = (inputs: Record<string, string>, event: 'push' | 'pull_request' = 'push'): Promise<ActionRunResult> =>
    e.run({
      inputs: { contract: 'contracts/seattle.yaml', ...inputs },
      pr: event === 'pull_request' ? { number: pr } : undefined,
      sha: SHA,
      keepTemp: true,
    });

  it('passes on the real file: outputs, summary, no comment on a push', async () => {
    const r = await run({ data: 'data/seattle.csv' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '0' });
    expect(r.summary).toContain('✅ Data validation: passed');
    expect(r.summary).toContain('1461 rows, 6 columns, 24 of 24 checks passed');
    expect(r.annotations).toEqual([]);
    expect(e.server.state.comments).toHaveLength(0);
    assertNoSecretLeak(r);
    await r.cleanup();
  });

  it('fails on the mutated copy in a PR: annotations on the lines, a sticky comment, the JSON report, one setFailed', async () => {
    const r = await run({ data: 'data/*.csv' }, 'pull_request');
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', errors: '2', warnings: '2' });
    const onLines = r.annotations.filter((a) => a.file !== undefined);
    expect(onLines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          file: 'data/mutated.csv',
          line: 11,
          title: 'Contract precipitation.min',
        }),
        expect.objectContaining({ level: 'error', file: 'data/mutated.csv', line: 41, title: 'Contract weather.in' }),
        expect.objectContaining({ level: 'warning', file: 'data/mutated.csv', line: 81, title: 'Contract wind.max' }),
        expect.objectContaining({ level: 'warning', file: 'data/wind.csv', line: 81 }),
      ]),
    );
    expect(onLines).toHaveLength(4);
    const failures = r.annotations.filter((a) => a.file === undefined && a.level === 'error');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toMatch(/^validate-data: 2 check\(s\) failed at error level and 2 at warning level/);
    const comments = e.server.state.comments.filter((c) => c.issueNumber === pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]?.body).toContain('❌ Data validation: failed');
    expect(comments[0]?.body).toContain('line 11: -1.5');
    const report = JSON.parse(readFileSync(r.outputs.report ?? '', 'utf8'));
    expect(report.files.map((f: { data: string }) => f.data)).toEqual([
      'data/mutated.csv',
      'data/seattle.csv',
      'data/wind.csv',
    ]);
    expect(report.files[0].results.find((x: { id: string }) => x.id === 'precipitation.min')).toMatchObject({
      failures: 1,
      examples: [{ row: 10, line: 11, value: -1.5 }],
    });
    assertNoSecretLeak(r);
    await r.cleanup();
  });

  it('fail-on never passes and edits the same comment; fail-on warning fails on a warning alone', async () => {
    const never = await run({ data: 'data/mutated.csv', 'fail-on': 'never' }, 'pull_request');
    expect(never.exitCode).toBe(0);
    expect(never.outputs).toMatchObject({ passed: 'true', errors: '2', warnings: '1' });
    expect(e.server.state.comments.filter((c) => c.issueNumber === pr)).toHaveLength(1);
    await never.cleanup();
    const warnOk = await run({ data: 'data/wind.csv' });
    expect(warnOk.exitCode).toBe(0);
    expect(warnOk.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '1' });
    await warnOk.cleanup();
    const warn = await run({ data: 'data/wind.csv', 'fail-on': 'warning' });
    expect(warn.exitCode).toBe(1);
    expect(warn.outputs.passed).toBe('false');
    await warn.cleanup();
  });

  it('infer mode writes a proposed contract that the same file then passes', async () => {
    const r = await run({ data: 'data/seattle.csv', mode: 'infer', contract: 'contracts/inferred.yaml' });
    expect(r.exitCode, r.stdout).toBe(0);
    const text = readFileSync(join(e.workspace, 'contracts/inferred.yaml'), 'utf8');
    expect(text).toContain('weather:\n    type: string\n    in:');
    expect(r.summary).toContain('Proposed contract for `data/seattle.csv`');
    await r.cleanup();
    const check = await run({ data: 'data/seattle.csv', contract: 'contracts/inferred.yaml' });
    expect(check.exitCode).toBe(0);
    await check.cleanup();
  });

  it('bad input is one clear error: a glob that matches nothing, a bad fail-on', async () => {
    const none = await run({ data: 'data/*.parquet' });
    expect(none.exitCode).toBe(1);
    expect(none.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^validate-data: input `data`: "data\/\*\.parquet" matches no file/),
    ]);
    expect(none.outputs).toEqual({});
    await none.cleanup();
    const bad = await run({ data: 'data/seattle.csv', 'fail-on': 'sometimes' });
    expect(bad.annotations.map((a) => a.message)).toEqual([
      'validate-data: input `fail-on` must be error, warning or never, not "sometimes"',
    ]);
    await bad.cleanup();
  });
});

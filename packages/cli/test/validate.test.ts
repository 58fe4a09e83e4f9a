import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const DATA = fileURLToPath(new URL('../../validate/node_modules/vega-datasets/data/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cairn-cli-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cairn(args: string[]) {
  return runCli(args, { cwd: dir });
}

describe('cairn validate', () => {
  writeFileSync(join(dir, 'data.csv'), 'zip,n\n00501,1\n12345,-2\n99999,3\n');
  writeFileSync(
    join(dir, 'contract.yaml'),
    'columns:\n  zip: { regex: "^[0-9]{5}$" }\n  n: { type: integer, min: 0 }\n',
  );

  it('exits 1 on a failed check and prints each failure with its line; 0 with fail-on never', async () => {
    const r = await cairn(['validate', 'data.csv', '--contract', 'contract.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data.csv: 3 rows, 1 errors, 0 warnings');
    expect(r.stdout).toContain('n: min: 1 of 3 values fail ">= 0" [line 3: -2]');
    expect(r.stderr).toContain('cairn validate: 1 check(s) failed at error level');
    const never = await cairn([
      'validate',
      'data.csv',
      '-c',
      'contract.yaml',
      '--fail-on',
      'never',
      '--format',
      'json',
    ]);
    expect(never.code).toBe(0);
    const json = JSON.parse(never.stdout);
    expect(json).toMatchObject({ passed: true, errors: 1, warnings: 0 });
    expect(json.files[0].results.find((x: { id: string }) => x.id === 'n.min').examples).toEqual([
      { row: 2, line: 3, value: -2 },
    ]);
  });

  it('markdown output, and a JSON report file', async () => {
    const r = await cairn(['validate', 'data.csv', '-c', 'contract.yaml', '--format', 'md', '--report', 'out.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('### ❌ Data validation: failed');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).errors).toBe(1);
  });

  it('exits 2 on bad input: missing contract, bad data file, bad flag', async () => {
    expect((await cairn(['validate', 'data.csv'])).code).toBe(2);
    const missing = await cairn(['validate', 'nope.csv', '-c', 'contract.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: cannot read the file');
    writeFileSync(join(dir, 'bad.yaml'), 'columns:\n  n: { minimum: 0 }\n');
    const bad = await cairn(['validate', 'data.csv', '-c', 'bad.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yaml: not a valid contract: columns.n');
    expect((await cairn(['validate', 'data.csv', '-c', 'contract.yaml', '--fail-on', 'sometimes'])).code).toBe(2);
  });

  it('--infer proposes a contract that keeps zip codes as strings; the proposal validates the file', async () => {
    const zip = join(DATA, 'zipcodes.csv');
    const r = await cairn(['validate', zip, '--infer', '--out', 'zip.yaml']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'zip.yaml'), 'utf8');
    expect(text).toContain('zip_code:\n    type: string\n    unique: true\n    regex: ^[0-9]{5}$');
    expect((await cairn(['validate', zip, '-c', 'zip.yaml'])).code).toBe(0);
    const json = await cairn(['validate', 'data.csv', '--infer', '--format', 'json']);
    expect(JSON.parse(json.stdout).columns.zip).toEqual({ type: 'string', unique: true, regex: '^[0-9]{5}$' });
  });
});

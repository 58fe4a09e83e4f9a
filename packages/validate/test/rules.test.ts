import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContract, passes, validateFile } from '../src/index.ts';
import { failed, rule, tempDir } from './helpers.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const contract = (yaml: string) => parseContract(yaml, 'contract.yaml');

describe('table rules', () => {
  const csv = 'id,name,score\n1,a,0.5\n2,b,0.7\n3,c,\n';

  it('strict names the extra columns, exact also the missing ones, ordered the order', async () => {
    const path = await tmp.write('t.csv', csv);
    const r1 = await validateFile(
      path,
      contract('table: { strict: true }\ncolumns:\n  id: {type: integer}\n  name: {}\n'),
    );
    expect(rule(r1, 'table.strict')).toMatchObject({ failures: 1, detail: 'columns not in the contract: "score"' });
    const r2 = await validateFile(
      path,
      contract(
        'table: { exact: true, ordered: true }\ncolumns:\n  name: {}\n  id: {}\n  score: {nullable: true}\n  extra: {required: false}\n',
      ),
    );
    expect(failed(r2)).toEqual({ 'table.required:extra': 1, 'table.ordered': 2 });
    const r3 = await validateFile(path, contract('columns:\n  gone: {}\n  maybe: {required: false}\n'));
    expect(failed(r3)).toEqual({ 'table.required:gone': 1 });
    expect(rule(r3, 'table.required:gone').detail).toContain(
      'column "gone" is missing; the file has "id", "name", "score"',
    );
  });

  it('row-count range, and compound unique keys that skip keys with a null part', async () => {
    const path = await tmp.write('k.csv', 'a,b\n1,x\n1,y\n1,x\n2,\n2,\n1,x\n');
    const report = await validateFile(
      path,
      contract('table: { rows: { max: 5 }, unique: [[a, b]] }\ncolumns:\n  a: {}\n  b: { nullable: true }\n'),
    );
    expect(failed(report)).toEqual({ 'table.rows': 1, 'table.key:a+b': 3 });
    expect(rule(report, 'table.key:a+b').examples).toEqual([
      { row: 1, line: 2, value: [1, 'x'] },
      { row: 3, line: 4, value: [1, 'x'] },
      { row: 6, line: 7, value: [1, 'x'] },
    ]);
    expect(rule(report, 'table.key:a+b').checked).toBe(4);
  });
});

describe('column rules', () => {
  it('nullable by default is false; exclusive bounds; regex, length and in on text', async () => {
    const path = await tmp.write(
      'c.csv',
      'code,qty,when\n00501,0,2024-01-01\nAB1,5,2024-02-30\n,10,2024-03-01T10:00:00Z\n12345,11,\n',
    );
    const report = await validateFile(
      path,
      contract(`
columns:
  code: { regex: "^[0-9]{5}$", length: { min: 5, max: 5 }, in: ["00501", "12345", "99999"] }
  qty: { type: integer, min: { value: 0, exclusive: true }, max: { value: 10, exclusive: false } }
  when: { type: date, nullable: true }
`),
    );
    expect(failed(report)).toEqual({
      'code.nullable': 1,
      'code.regex': 1,
      'code.length': 1,
      'code.in': 1,
      'qty.min': 1,
      'qty.max': 1,
      'when.type': 2,
    });
    // 00501 stays text: the leading zero is kept, so it matches the pattern and the set.
    expect(rule(report, 'code.regex').examples).toEqual([{ row: 2, line: 3, value: 'AB1' }]);
    expect(rule(report, 'when.type').examples.map((e) => e.value)).toEqual(['2024-02-30', '2024-03-01T10:00:00Z']);
  });

  it('severity and mostly come from the rule, else the column; fail-on levels', async () => {
    const path = await tmp.write('m.csv', `x\n${[1, 2, 3, 4, 5, 6, 7, 8, 9, -1].join('\n')}\n`);
    const report = await validateFile(
      path,
      contract(
        'columns:\n  x: { severity: warning, min: { value: 0, mostly: 0.9 }, max: { value: 5, severity: error } }\n',
      ),
    );
    expect(rule(report, 'x.min')).toMatchObject({
      failures: 1,
      checked: 10,
      passed: true,
      severity: 'warning',
      mostly: 0.9,
    });
    expect(rule(report, 'x.max')).toMatchObject({ failures: 4, passed: false, severity: 'error' });
    expect([report.errors, report.warnings]).toEqual([1, 0]);
    const warnOnly = { errors: 0, warnings: 2 };
    expect([passes(warnOnly, 'error'), passes(warnOnly, 'warning'), passes(warnOnly, 'never')]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('JSON: a key that first appears late counts as null in the earlier rows; a boolean is not a string', async () => {
    const path = await tmp.write('late.jsonl', '{"a":1}\n{"a":2}\n{"a":3,"b":true}\n{"a":4,"b":"yes"}\n');
    const report = await validateFile(path, contract('columns:\n  a: {type: integer}\n  b: {type: string}\n'), {
      batchRows: 1,
    });
    expect(failed(report)).toEqual({ 'b.nullable': 2, 'b.type': 1 });
    expect(rule(report, 'b.type').examples).toEqual([{ row: 3, line: 3, value: true }]);
  });
});

describe('formats', () => {
  it('TSV, gzipped CSV and a quoted header read only the contract columns, with lines', async () => {
    const { gzipSync } = await import('node:zlib');
    const tsv = await tmp.write('t.tsv', 'a\tb\n1\tx\n-1\ty\n');
    const gz = await tmp.write('t.csv.gz', gzipSync(Buffer.from('a,b\n1,x\n-1,y\n')));
    const quoted = await tmp.write('q.csv', '"a","b\nc"\n1,"x"\n-1,"multi\nline"\n-2,z\n');
    for (const path of [tsv, gz, quoted]) {
      const report = await validateFile(path, contract('columns:\n  a: { type: integer, min: 0 }\n'));
      expect(report.columns, path).toEqual(path === quoted ? ['a', 'b\nc'] : ['a', 'b']);
      expect(rule(report, 'a.min').examples[0], path).toEqual({ row: 2, line: path === quoted ? 4 : 3, value: -1 });
    }
  });
});

describe('properties', () => {
  it('min and mostly: failures are exactly the values below the bound, passed iff the passing share >= mostly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -20, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (values, bound, mostly) => {
          const path = await tmp.write('p.csv', `v\n${values.map((v) => (v === null ? '' : String(v))).join('\n')}\n`);
          const report = await validateFile(
            path,
            contract(`columns:\n  v: { nullable: true, min: { value: ${bound}, mostly: ${mostly} } }\n`),
            { batchRows: 7 },
          );
          const nonNull = values.filter((v): v is number => v !== null);
          const below = nonNull.filter((v) => v < bound).length;
          const r = rule(report, 'v.min');
          expect(r.failures).toBe(below);
          expect(r.checked).toBe(nonNull.length);
          expect(r.passed).toBe(
            nonNull.length === 0 ? below === 0 : (nonNull.length - below) / nonNull.length >= mostly,
          );
          expect(r.examples.length).toBe(Math.min(5, below));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('unique counts every row whose value occurs more than once, across batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 40 }),
        async (values) => {
          const path = await tmp.write('u.csv', `v\n${values.join('\n')}\n`);
          const report = await validateFile(path, contract('columns:\n  v: { unique: true }\n'), { batchRows: 3 });
          const counts = new Map<string, number>();
          for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
          const expected = [...counts.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
          expect(rule(report, 'v.unique').failures).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('errors name the file and the fix', () => {
  it('bad contracts', () => {
    expect(() => contract('columns:\n  a: { type: text }\n')).toThrow(
      /contract\.yaml: not a valid contract: columns\.a\.type/,
    );
    expect(() => contract('columns: [\n')).toThrow(/contract\.yaml: not valid YAML/);
    expect(() => parseContract('{"columns": {"a": {"mostly": 2}}}', 'c.json')).toThrow(
      /c\.json: not a valid contract: columns\.a\.mostly/,
    );
    expect(() => contract('table: { unique: [[b]] }\ncolumns:\n  a: {}\n')).not.toThrow();
  });

  it('bad regex, unknown key columns and corrupt data files', async () => {
    const path = await tmp.write('ok.csv', 'a\n1\n');
    await expect(
      validateFile(path, contract('columns:\n  a: { regex: "([" }\n'), { contractSource: 'c.yaml' }),
    ).rejects.toThrow(/c\.yaml: column "a": regex "\(\[" is not a valid JavaScript regular expression/);
    await expect(validateFile(path, contract('table: { unique: [[b]] }\ncolumns:\n  a: {}\n'))).rejects.toThrow(
      /names "b", which is not under columns/,
    );
    const ragged = await tmp.write('ragged.csv', 'a,b\n1,2\n3\n');
    await expect(validateFile(ragged, contract('columns:\n  a: {}\n'))).rejects.toThrow(
      /ragged\.csv: line 3 has 1 field/,
    );
    const truncated = await tmp.write('cut.parquet', new Uint8Array([80, 65, 82, 49, 1, 2, 3]));
    await expect(validateFile(truncated, contract('columns:\n  a: {}\n'))).rejects.toThrow(
      /cut\.parquet: not a readable Parquet file/,
    );
    const badUtf8 = await tmp.write('bad.csv', Buffer.concat([Buffer.from('a\nok\n'), Buffer.from([0xff, 0xfe, 10])]));
    await expect(validateFile(badUtf8, contract('columns:\n  a: {}\n'))).rejects.toThrow(/bad\.csv/);
  });
});

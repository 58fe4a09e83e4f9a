import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, inferContract, parseContract, renderMarkdown, validateFile } from '../src/index.ts';
import { DATA_DIR, failed, rule, tempDir } from './helpers.ts';

const SEATTLE = join(DATA_DIR, 'seattle-weather.csv');
const SEATTLE_CONTRACT = parseContract(
  `
table: { rows: { min: 1000, max: 2000 }, exact: true, ordered: true }
columns:
  date: { type: date, unique: true, min: "2012-01-01", max: "2015-12-31" }
  precipitation: { type: number, min: 0, max: 60 }
  temp_max: { type: number, min: -10, max: 40 }
  temp_min: { type: number, min: -10, max: 30 }
  wind: { type: number, min: 0, max: 10, severity: warning }
  weather: { type: string, in: [drizzle, rain, sun, snow, fog] }
`,
  'seattle.yaml',
);

describe('seattle-weather.csv (vega-datasets)', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(async () => tmp.cleanup());

  it('passes its contract: every check, all 1,461 rows', async () => {
    const report = await validateFile(SEATTLE, SEATTLE_CONTRACT, { contractSource: 'seattle.yaml' });
    expect(report.rows).toBe(1461);
    expect(failed(report)).toEqual({});
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(0);
    expect(rule(report, 'precipitation.min').checked).toBe(1461);
    expect(renderMarkdown([report], 'error')).toContain('✅ Data validation: passed');
  });

  it('a mutated copy fails with the exact counts, lines and values', async () => {
    const lines = (await readFile(SEATTLE, 'utf8')).split('\n');
    // lines[0] is the header, so lines[k] is file line k + 1 and data row k.
    const set = (k: number, column: number, value: string) => {
      const cells = lines[k]!.split(',');
      cells[column] = value;
      lines[k] = cells.join(',');
    };
    set(10, 1, '-1.5'); // precipitation below 0: line 11
    set(20, 1, '-0.1'); // line 21
    set(30, 1, '75'); // above 60: line 31
    set(40, 5, 'hail'); // weather outside the set: line 41
    set(50, 5, 'Sun'); // line 51
    set(60, 2, ''); // temp_max null: line 61
    set(70, 2, 'warm'); // temp_max not a number: line 71
    set(80, 4, '11'); // wind above 10, a warning: line 81
    lines[100] = lines[99]!; // a duplicate date (lines 100 and 101), row 100 is gone
    const path = await tmp.write('seattle-mutated.csv', lines.join('\n'));
    const report = await validateFile(path, SEATTLE_CONTRACT, { contractSource: 'seattle.yaml' });
    expect(failed(report)).toEqual({
      'precipitation.min': 2,
      'precipitation.max': 1,
      'weather.in': 2,
      'temp_max.nullable': 1,
      'temp_max.type': 1,
      'temp_max.min': 1,
      'temp_max.max': 1,
      'wind.max': 1,
      'date.unique': 2,
    });
    expect(report.errors).toBe(8);
    expect(report.warnings).toBe(1);
    expect(rule(report, 'precipitation.min').examples).toEqual([
      { row: 10, line: 11, value: -1.5 },
      { row: 20, line: 21, value: -0.1 },
    ]);
    expect(rule(report, 'weather.in').examples.map((e) => [e.line, e.value])).toEqual([
      [41, 'hail'],
      [51, 'Sun'],
    ]);
    expect(rule(report, 'date.unique').examples.map((e) => e.line)).toEqual([100, 101]);
    expect(rule(report, 'temp_max.type').examples).toEqual([{ row: 70, line: 71, value: 'warm' }]);
    const notes = annotations([report]);
    expect(notes.find((a) => a.title === 'Contract precipitation.min')).toMatchObject({
      level: 'error',
      file: path,
      line: 11,
    });
    expect(notes.find((a) => a.title === 'Contract wind.max')).toMatchObject({ level: 'warning', line: 81 });
    const markdown = renderMarkdown([report], 'error');
    expect(markdown).toContain('❌ Data validation: failed');
    expect(markdown).toContain('**8** failed checks at error level, **1** at warning level');
    expect(markdown).toMatch(/\| precipitation: min \| &gt;= 0 \| 2 \|/);
  });
});

describe('inference on real data', () => {
  it('keeps zip codes (zipcodes.csv) as strings, with a fixed-width digits pattern', async () => {
    const inferred = await inferContract(join(DATA_DIR, 'zipcodes.csv'));
    const zip = inferred.contract.columns.zip_code;
    expect(zip).toEqual({ type: 'string', unique: true, regex: '^[0-9]{5}$' });
    expect(inferred.columns.find((c) => c.name === 'zip_code')?.leadingZeroNumbers).toBeGreaterThan(0);
    expect(inferred.contract.columns.state?.in).toContain('NY');
    // The proposal validates the very file it came from.
    const report = await validateFile(join(DATA_DIR, 'zipcodes.csv'), inferred.contract);
    expect(failed(report)).toEqual({});
  });

  it("reports movies.json's nulls and mixed types per column", async () => {
    const path = join(DATA_DIR, 'movies.json');
    const inferred = await inferContract(path);
    const title = inferred.columns.find((c) => c.name === 'Title')!;
    expect(title.type).toBe('mixed');
    expect(title.kinds.integer).toBe(9);
    expect(title.kinds.string).toBe(3191);
    expect(inferred.contract.columns.Title).toEqual({
      description: 'mixed types (9 integer, 3191 string): choose a type',
      nullable: true,
    });
    const nulls = Object.fromEntries(inferred.columns.map((c) => [c.name, c.nulls]));
    expect(nulls['Rotten Tomatoes Rating']).toBeGreaterThan(0);
    expect(inferred.rows).toBe(3201);
    // A contract that expects strings and no nulls counts each column's failures.
    const contract = parseContract(
      JSON.stringify({ columns: { Title: { type: 'string' }, 'MPAA Rating': { type: 'string' } } }),
      'movies.json-contract.json',
    );
    const report = await validateFile(path, contract);
    expect(rule(report, 'Title.type')).toMatchObject({ failures: 9, checked: 3200, passed: false });
    expect(rule(report, 'Title.nullable').failures).toBe(1);
    expect(rule(report, 'MPAA Rating.nullable').failures).toBe(nulls['MPAA Rating']);
    expect(rule(report, 'Title.type').examples[0]).toMatchObject({
      value: expect.any(Number),
      line: expect.any(Number),
    });
  });

  it('a Parquet file validates from the same contract as its CSV (flights-3m, first rows only via rows range)', async () => {
    // Only the footer and the projected columns are read.
    const contract = parseContract(
      'columns:\n  origin: { type: string, regex: "^[A-Z]{3}$" }\n  delay: { type: integer }\n',
      'flights.yaml',
    );
    const report = await validateFile(join(DATA_DIR, 'flights-3m.parquet'), contract, { examples: 2 });
    expect(report.rows).toBe(3_000_000);
    expect(report.columns).toEqual(['date', 'delay', 'distance', 'origin', 'destination']);
    expect(failed(report)).toEqual({});
  }, 120_000);
});

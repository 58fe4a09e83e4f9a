import { execFileSync } from 'node:child_process';
import { copyFile, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '@cairn/core';
import { parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferSchema, readTable } from '../src/index.ts';
import { collect, DATA_DIR, tempDir } from './helpers.ts';

const data = (name: string) => join(DATA_DIR, name);

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('vega-datasets: CSV', () => {
  it('zipcodes.csv: codes keep their leading zeros', async () => {
    const schema = await inferSchema(data('zipcodes.csv'));
    expect(schema.rows).toBe(42049);
    const zip = schema.columns.find((c) => c.name === 'zip_code')!;
    expect(zip.type).toBe('string');
    expect(zip.leadingZeroNumbers).toBeGreaterThan(1000);
    // pandas would read the same column as int64 (00501 -> 501): the documented difference.
    expect(zip.pandasDtype).toBe('int64');
    expect(schema.columns.find((c) => c.name === 'latitude')!.type).toBe('number');
    const first = await collect(readTable(data('zipcodes.csv'), { columns: ['zip_code', 'city'], batchRows: 10 }));
    expect(first.rows[0]).toEqual(['00501', 'Holtsville']);
    expect(first.batches[0]!.lineNumbers![0]).toBe(2);
  });

  it('seattle-weather.csv: date, numbers and a category', async () => {
    const schema = await inferSchema(data('seattle-weather.csv'));
    expect(schema.rows).toBe(1461);
    expect(Object.fromEntries(schema.columns.map((c) => [c.name, c.type]))).toEqual({
      date: 'date',
      precipitation: 'number',
      temp_max: 'number',
      temp_min: 'number',
      wind: 'number',
      weather: 'string',
    });
    const table = await collect(readTable(data('seattle-weather.csv'), { columns: ['precipitation'] }));
    const column = table.batches[0]!.columns.get('precipitation')!;
    expect('numbers' in column && column.numbers.subarray(0, 3)).toEqual(new Float64Array([0, 10.9, 0.8]));
  });

  it('birdstrikes.csv: integer cost columns, nulls in speed, dates', async () => {
    const schema = await inferSchema(data('birdstrikes.csv'));
    const byName = new Map(schema.columns.map((c) => [c.name, c]));
    expect(byName.get('Cost Total $')!.type).toBe('integer');
    expect(byName.get('Flight Date')!.type).toBe('date');
    const speed = byName.get('Speed IAS in knots')!;
    expect(speed.type).toBe('integer');
    expect(speed.nullCount).toBeGreaterThan(0);
    expect(speed.pandasDtype).toBe('float64');
  });
});

describe('vega-datasets: JSON', () => {
  it('movies.json: nulls and mixed types per column', async () => {
    const schema = await inferSchema(data('movies.json'));
    expect(schema.rows).toBe(3201);
    const byName = new Map(schema.columns.map((c) => [c.name, c]));
    const title = byName.get('Title')!;
    expect(title.type).toBe('mixed');
    expect(title.counts.integer).toBeGreaterThan(0);
    expect(title.counts.string).toBeGreaterThan(3000);
    const dvd = byName.get('US DVD Sales')!;
    expect(dvd.type).toBe('integer');
    expect(dvd.nullCount).toBe(dvd.counts.null);
    expect(dvd.nullCount).toBeGreaterThan(2000);
    expect(dvd.pandasDtype).toBe('float64');
    expect(byName.get('IMDB Rating')!.type).toBe('number');
    expect(byName.get('Release Date')!.type).toBe('string');
  });

  it('penguins.json and cars.json: typed columns with nulls', async () => {
    const penguins = await inferSchema(data('penguins.json'));
    expect(penguins.rows).toBe(344);
    expect(penguins.columns.find((c) => c.name === 'Body Mass (g)')).toMatchObject({ type: 'integer', nullCount: 2 });
    const cars = await inferSchema(data('cars.json'));
    expect(cars.columns.find((c) => c.name === 'Year')!.type).toBe('date');
    expect(cars.columns.find((c) => c.name === 'Cylinders')).toMatchObject({ type: 'integer', pandasDtype: 'int64' });
  });
});

describe('vega-datasets: Parquet (ZSTD)', () => {
  it('flights-3m.parquet: reads 3 projected columns of the first 3 row groups in batches', async () => {
    const started = performance.now();
    let rows = 0;
    let batches = 0;
    let delaySum = 0;
    let first: unknown[] = [];
    for await (const batch of readTable(data('flights-3m.parquet'), { columns: ['origin', 'delay', 'distance'] })) {
      expect([...batch.columns.keys()]).toEqual(['origin', 'delay', 'distance']);
      const delay = batch.columns.get('delay')!;
      if (!('numbers' in delay)) throw new Error('delay should be numeric');
      expect(delay.numbers).toBeInstanceOf(Float64Array);
      for (const v of delay.numbers) delaySum += v;
      if (rows === 0) {
        const origin = batch.columns.get('origin')!;
        first = ['values' in origin ? origin.values[0] : undefined, delay.numbers[0]];
      }
      rows += batch.rowCount;
      batches++;
      if (rows >= 3 * 272_727) break;
    }
    const seconds = (performance.now() - started) / 1000;
    // 272,727 rows per row group, cut into batches of 65,536 rows.
    expect(rows).toBe(3 * 272_727);
    expect(batches).toBe(15);
    expect(first).toEqual(['LAS', 33]);
    expect(Number.isFinite(delaySum)).toBe(true);
    console.info(`flights-3m.parquet, 3 columns x ${rows} rows: ${seconds.toFixed(2)} s`);
  });

  it('types Parquet columns from the schema (timestamps as datetime)', async () => {
    let schemaRows = 0;
    for await (const batch of readTable(data('flights-3m.parquet'), { columns: ['date', 'delay'], batchRows: 1000 })) {
      const date = batch.columns.get('date')!;
      expect(date.type).toBe('datetime');
      expect('values' in date && date.values[0]).toBe('2001-01-01T00:01:00.000');
      expect(batch.columns.get('delay')!.type).toBe('integer');
      expect(batch.rowCount).toBe(1000);
      schemaRows = batch.rowCount;
      break;
    }
    expect(schemaRows).toBe(1000);
  });

  it('a truncated Parquet file is a UserError naming the file', async () => {
    const bytes = await readFile(data('flights-3m.parquet'));
    const truncated = join(dir, 'truncated.parquet');
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await collect(readTable(truncated)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`${truncated}: not a readable Parquet file`);
  });

  it('a corrupt row group is a UserError naming the row group', async () => {
    const corrupt = join(dir, 'corrupt.parquet');
    await copyFile(data('flights-3m.parquet'), corrupt);
    // Overwrite the first page of the "date" column chunk in row group 0.
    const metadata = await parquetMetadata((await readFile(corrupt)).buffer);
    const chunk = metadata.row_groups[0]!.columns.find((c) => c.meta_data?.path_in_schema[0] === 'date')!.meta_data!;
    const at = Number(chunk.dictionary_page_offset ?? chunk.data_page_offset);
    const handle = await open(corrupt, 'r+');
    await handle.write(Buffer.alloc(512, 0xff), 0, 512, at);
    await handle.close();
    let error: unknown;
    try {
      for await (const _batch of readTable(corrupt, { columns: ['date'] })) {
        // reading is enough
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/corrupt\.parquet: row group 0 \(rows 0-272726\), column "date"/);
  });

  it('a missing Parquet column is named with the available ones', async () => {
    await expect(collect(readTable(data('flights-3m.parquet'), { columns: ['nope'] }))).rejects.toThrow(
      /no column named "nope". The file has: "date", "delay", "distance", "origin", "destination"/,
    );
  });
});

function pandasAvailable(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('what pandas would see', () => {
  const hasPandas = pandasAvailable();
  it.skipIf(!hasPandas)('pandasDtype matches pandas.read_csv on real files', async () => {
    const names = ['zipcodes.csv', 'seattle-weather.csv', 'birdstrikes.csv'];
    const script =
      'import pandas, json, sys\n' +
      'print(json.dumps({f: {c: str(t) for c, t in pandas.read_csv(f).dtypes.items()} for f in sys.argv[1:]}))';
    const pandas = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, ...names.map(data)], { encoding: 'utf8' }),
    ) as Record<string, unknown>;
    for (const name of names) {
      const ours = Object.fromEntries((await inferSchema(data(name))).columns.map((c) => [c.name, c.pandasDtype]));
      expect(ours, name).toEqual(pandas[data(name)]);
    }
  });
});

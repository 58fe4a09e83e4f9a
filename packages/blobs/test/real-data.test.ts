import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseColumnProfile } from '@cairn/stats';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalBlobStore, pushDataset } from '../src/index.ts';
import { GIT, type Sandbox, sandbox } from './helpers.ts';

const DATA_DIR = fileURLToPath(new URL('../node_modules/vega-datasets/data/', import.meta.url));

let box: Sandbox;
afterEach(async () => {
  await box.close();
});

describe('profiles on real data (vega-datasets)', () => {
  it('seattle-weather split into two files profiles the same as the whole file: mergeable across files', async () => {
    box = await sandbox();
    const text = readFileSync(`${DATA_DIR}seattle-weather.csv`, 'utf8');
    const [header, ...lines] = text.trimEnd().split('\n');
    const half = Math.floor(lines.length / 2);
    const whole = box.write('whole', { 'weather.csv': text });
    const split = box.write('split', {
      '2012-2013.csv': `${header}\n${lines.slice(0, half).join('\n')}\n`,
      '2014-2015.csv': `${header}\n${lines.slice(half).join('\n')}\n`,
    });
    const blobs = new LocalBlobStore(`${box.dir}/blobs`, box.logger);
    await pushDataset(box.store, { name: 'whole', target: whole, git: GIT, blobs, logger: box.logger });
    const pushed = await pushDataset(box.store, { name: 'split', target: split, git: GIT, blobs, logger: box.logger });
    expect(pushed.record.rows).toBe(1461);
    expect(pushed.record.files.map((f) => f.rows)).toEqual([half, 1461 - half]);
    expect(pushed.record.columns).toEqual([
      { name: 'date', type: 'date' },
      { name: 'precipitation', type: 'number' },
      { name: 'temp_max', type: 'number' },
      { name: 'temp_min', type: 'number' },
      { name: 'wind', type: 'number' },
      { name: 'weather', type: 'string' },
    ]);
    const a = await box.store.getDatasetProfile('whole', 1);
    const b = await box.store.getDatasetProfile('split', 1);
    expect(b?.rows).toBe(a?.rows);
    for (const column of a?.columns ?? []) {
      const other = b?.columns.find((c) => c.name === column.name);
      expect(other, column.name).toBeDefined();
      expect(other?.count).toBe(column.count);
      expect(other?.nulls).toBe(column.nulls);
      expect(other?.min).toEqual(column.min);
      expect(other?.max).toEqual(column.max);
      if (typeof column.mean === 'number') expect(other?.mean).toBeCloseTo(column.mean, 9);
      if (typeof column.std === 'number') expect(other?.std).toBeCloseTo(column.std, 9);
      // The stored sketch reads back as a stats profile (what check-drift consumes).
      expect(parseColumnProfile(other?.sketch, column.name).count).toBe(1461);
    }
    const weather = parseColumnProfile(b?.columns.find((c) => c.name === 'weather')?.sketch, 'weather');
    expect(weather.type).toBe('categorical');
    if (weather.type === 'categorical')
      expect(weather.counts).toEqual([
        ['rain', 641],
        ['sun', 640],
        ['fog', 101],
        ['drizzle', 53],
        ['snow', 26],
      ]); // as `cut -d, -f6 | sort | uniq -c` counts them
  });

  it('movies.json (nulls, mixed types) is versioned and profiled without failing the push', async () => {
    box = await sandbox();
    const data = box.write('movies', { 'movies.json': readFileSync(`${DATA_DIR}movies.json`) });
    const blobs = new LocalBlobStore(`${box.dir}/blobs`, box.logger);
    const pushed = await pushDataset(box.store, { name: 'movies', target: data, git: GIT, blobs, logger: box.logger });
    expect(pushed.record.rows).toBe(3201);
    const profile = await box.store.getDatasetProfile('movies', 1);
    const gross = profile?.columns.find((c) => c.name === 'US Gross');
    expect(gross?.count).toBe(3201);
    expect(gross?.nulls).toBeGreaterThan(0);
  });
});

/**
 * Data-layer benchmark: sha256 throughput against `sha256sum`, and reading the flights data
 * (CSV and Parquet) against pandas, on the same files in the same run. Prints ratios
 * (baseline time / our time: >= 1 means we are faster).
 *
 *   node_modules/.bin/node test/bench/data-bench.ts           full: 3,000,000 flights
 *   node_modules/.bin/node test/bench/data-bench.ts --quick   CI: 200,000 flights, < 30 s
 *
 * vega-datasets ships the flights as Parquet only; the CSV is written once from it into
 * $TMPDIR/cairn-data-bench and reused.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Column, cellAt, hashFile, readTable } from '../../packages/data/src/index.ts';

const quick = process.argv.includes('--quick');
const rows = quick ? 200_000 : 3_000_000;
const PARQUET = fileURLToPath(
  new URL('../../packages/data/node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url),
);
const PYTHON = '/usr/bin/python3';
const cacheDir = join(tmpdir(), 'cairn-data-bench');

function best(times: number[]): number {
  return Math.min(...times);
}

async function time(fn: () => Promise<unknown>, repeat: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    times.push((performance.now() - start) / 1000);
  }
  return best(times);
}

function cellText(column: Column, r: number): string {
  if ('numbers' in column) return column.nullMask?.[r] ? '' : String(column.numbers[r]);
  const value = cellAt(column, r);
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes the first `count` flights as CSV (once per size; reused from the cache dir). */
async function flightsCsv(count: number): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, `flights-${count}.csv`);
  if (existsSync(path)) return path;
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let written = 0;
  let header = false;
  for await (const batch of readTable(PARQUET)) {
    const columns = [...batch.columns.values()];
    if (!header) {
      out.write(`${columns.map((c) => c.name).join(',')}\n`);
      header = true;
    }
    const take = Math.min(batch.rowCount, count - written);
    const lines: string[] = [];
    for (let r = 0; r < take; r++) lines.push(columns.map((c) => cellText(c, r)).join(','));
    if (!out.write(`${lines.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    written += take;
    if (written >= count) break;
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  await rename(partial, path);
  return path;
}

async function readAll(path: string, limit = Number.POSITIVE_INFINITY): Promise<number> {
  let n = 0;
  for await (const batch of readTable(path)) {
    n += batch.rowCount;
    if (n >= limit) break;
  }
  return n;
}

function pandas(script: string, args: string[]): number | string {
  try {
    const out = execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return Number(out.trim());
  } catch (error) {
    const message = (error as { stderr?: string }).stderr ?? String(error);
    return message.trim().split('\n').at(-1) ?? 'failed';
  }
}

const PANDAS_CSV = `
import sys, time, pandas
best = float('inf')
for _ in range(int(sys.argv[2])):
    t = time.perf_counter(); pandas.read_csv(sys.argv[1]); best = min(best, time.perf_counter() - t)
print(best)`;

const PANDAS_PARQUET = `
import sys, time, pandas
best = float('inf')
for _ in range(int(sys.argv[2])):
    t = time.perf_counter(); df = pandas.read_parquet(sys.argv[1]); best = min(best, time.perf_counter() - t)
print(best)`;

function report(name: string, ours: number, baseline: number | string, baselineName: string, bytes?: number): void {
  const rate = bytes === undefined ? '' : ` (${(bytes / 2 ** 20 / ours).toFixed(0)} MiB/s)`;
  if (typeof baseline !== 'number' || Number.isNaN(baseline)) {
    console.log(`${name}: ${ours.toFixed(3)} s${rate}; ${baselineName}: not available (${baseline})`);
    return;
  }
  console.log(
    `${name}: ${ours.toFixed(3)} s${rate}; ${baselineName}: ${baseline.toFixed(3)} s; ratio ${(baseline / ours).toFixed(2)}`,
  );
}

const repeat = quick ? 2 : 3;
console.log(`data bench (${quick ? 'quick' : 'full'}: ${rows.toLocaleString('en')} flights)`);
const csv = await flightsCsv(rows);
const csvSize = statSync(csv).size;

// sha256 over the same files.
const files = [csv, PARQUET];
const totalBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const oursHash = await time(async () => {
  for (const f of files) await hashFile(f);
}, repeat);
const sumTimes: number[] = [];
for (let i = 0; i < repeat; i++) {
  const start = performance.now();
  execFileSync('sha256sum', files, { stdio: 'ignore' });
  sumTimes.push((performance.now() - start) / 1000);
}
report('sha256 hashFile', oursHash, best(sumTimes), 'sha256sum', totalBytes);

// CSV: every column, typed.
const oursCsv = await time(() => readAll(csv), repeat);
report(
  `read CSV (${(csvSize / 2 ** 20).toFixed(0)} MiB, all columns)`,
  oursCsv,
  pandas(PANDAS_CSV, [csv, String(repeat)]),
  'pandas.read_csv',
  csvSize,
);

// Parquet: every column (quick mode: the first row group only).
const oursParquet = await time(() => readAll(PARQUET, quick ? 272_727 : Number.POSITIVE_INFINITY), quick ? 1 : repeat);
const pandasParquet = quick ? 'skipped in --quick' : pandas(PANDAS_PARQUET, [PARQUET, String(repeat)]);
report(
  `read Parquet (${quick ? 'first row group' : 'all 3,000,000 rows'}, all columns)`,
  oursParquet,
  pandasParquet,
  'pandas.read_parquet',
);

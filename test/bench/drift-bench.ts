/**
 * check-drift benchmark on the real flights data (vega-datasets flights-3m.parquet, REFERENCE.md
 * §6): January 2001 as reference, June 2001 as current. Every contender runs as its own process,
 * timed end to end (start, read both files, type the columns, test them, write the report) with
 * /usr/bin/time for wall time and peak resident memory:
 *   - Cairn's drift check (drift-bench-child.ts: @cairn/drift, what the action bundle runs) on CSV
 *     and on Parquet (worker threads, and one thread for comparison), and once through the CLI;
 *   - a pandas + scipy script that applies the same Evidently rules (drift_evidently.py; CSV only:
 *     Debian's pandas has no Parquet engine);
 *   - reference-profile mode: January recorded as a dataset version with its profile (version-data's
 *     path), then `cairn drift --reference flights@1` against June without reading January again.
 * Prints the verdicts side by side (they must agree) and the ratios (>= 1: Cairn is better).
 *
 *   node_modules/.bin/node test/bench/drift-bench.ts           full: every January and June flight
 *   node_modules/.bin/node test/bench/drift-bench.ts --quick   60,000 flights per month (CI, < 1 min)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zstdCompressSync } from 'node:zlib';
import { LocalBlobStore, pushDataset } from '../../packages/blobs/src/index.ts';
import { silentLogger } from '../../packages/core/src/index.ts';
import { readTable } from '../../packages/data/src/index.ts';
import { openStore } from '../../packages/store/src/index.ts';

const quick = process.argv.includes('--quick');
const perMonth = quick ? 60_000 : Number.POSITIVE_INFINITY;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PARQUET = join(ROOT, 'packages/data/node_modules/vega-datasets/data/flights-3m.parquet');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'packages/cli/src/bin.ts');
const PYTHON = '/usr/bin/python3';
// hyparquet-writer is a devDependency of @cairn/data; loaded from there by path.
type WriteBuffer = (options: {
  codec: string;
  compressors: Record<string, (input: Uint8Array) => Uint8Array>;
  rowGroupSize: number;
  columnData: { name: string; data: unknown; type: string }[];
}) => ArrayBuffer;
const { parquetWriteBuffer } = (await import(
  join(ROOT, 'packages/data/node_modules/hyparquet-writer/src/index.js')
)) as {
  parquetWriteBuffer: WriteBuffer;
};

// ---- data (not timed) ---------------------------------------------------------------------------
interface Month {
  date: string[];
  delay: number[];
  distance: number[];
  origin: string[];
  destination: string[];
}
const empty = (): Month => ({ date: [], delay: [], distance: [], origin: [], destination: [] });
const months: Record<'01' | '06', Month> = { '01': empty(), '06': empty() };
for await (const batch of readTable(PARQUET)) {
  const col = (name: string) => batch.columns.get(name)!;
  const dates = (col('date') as { values: string[] }).values;
  const delay = (col('delay') as { numbers: Float64Array }).numbers;
  const distance = (col('distance') as { numbers: Float64Array }).numbers;
  const origin = (col('origin') as { values: string[] }).values;
  const destination = (col('destination') as { values: string[] }).values;
  for (let i = 0; i < batch.rowCount; i++) {
    const m = dates[i]!.slice(5, 7);
    if (m !== '01' && m !== '06') continue;
    const target = months[m];
    if (target.date.length >= perMonth) continue;
    target.date.push(dates[i]!);
    target.delay.push(delay[i]!);
    target.distance.push(distance[i]!);
    target.origin.push(origin[i]!);
    target.destination.push(destination[i]!);
  }
}
const dir = mkdtempSync(join(tmpdir(), 'cairn-drift-bench-'));
const files: Record<string, string> = {};
for (const [m, data] of Object.entries(months)) {
  const name = m === '01' ? 'january' : 'june';
  const lines = ['date,delay,distance,origin,destination'];
  for (let i = 0; i < data.date.length; i++) {
    lines.push(`${data.date[i]},${data.delay[i]},${data.distance[i]},${data.origin[i]},${data.destination[i]}`);
  }
  files[`${name}.csv`] = join(dir, `${name}.csv`);
  writeFileSync(files[`${name}.csv`]!, `${lines.join('\n')}\n`);
  const buffer = parquetWriteBuffer({
    codec: 'ZSTD',
    compressors: { ZSTD: (input: Uint8Array) => zstdCompressSync(input) },
    rowGroupSize: 100_000,
    columnData: [
      { name: 'date', data: data.date, type: 'STRING' },
      { name: 'delay', data: Int32Array.from(data.delay), type: 'INT32' },
      { name: 'distance', data: Int32Array.from(data.distance), type: 'INT32' },
      { name: 'origin', data: data.origin, type: 'STRING' },
      { name: 'destination', data: data.destination, type: 'STRING' },
    ],
  });
  files[`${name}.parquet`] = join(dir, `${name}.parquet`);
  writeFileSync(files[`${name}.parquet`]!, new Uint8Array(buffer));
}

// ---- contenders -----------------------------------------------------------------------------------
interface Measured {
  seconds: number;
  peakMiB: number;
  stdout: string;
}

function timed(command: string, args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    cwd: dir,
  });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  return { seconds: seconds ?? Number.NaN, peakMiB: (kb ?? Number.NaN) / 1024, stdout: r.stdout };
}

type CairnReport = {
  dataset: { drift: boolean; share: number };
  columns: { name: string; method: string | null; score: number | null; drift: boolean; skipped: string | null }[];
};
const CHILD = join(ROOT, 'test/bench/drift-bench-child.ts');
const cairn = (reference: string, current: string, workers = '', remote = '') => {
  const m = timed(NODE, [CHILD, reference, current, workers, remote]);
  return { ...m, report: JSON.parse(m.stdout) as CairnReport };
};

const csv = cairn(files['january.csv']!, files['june.csv']!, '2');
const csvOne = cairn(files['january.csv']!, files['june.csv']!, '1');
const parquet = cairn(files['january.parquet']!, files['june.parquet']!, '2');
const parquetOne = cairn(files['january.parquet']!, files['june.parquet']!, '1');
const cli = timed(NODE, [CLI, 'drift', '-r', files['january.csv']!, '-c', files['june.csv']!, '--format', 'json']);
const py = timed(PYTHON, [
  join(ROOT, 'test/bench/drift_evidently.py'),
  join(ROOT, 'packages/stats/test/oracle'),
  files['january.csv']!,
  files['june.csv']!,
]);
const baseline = JSON.parse(py.stdout.trim().split('\n').at(-1)!) as {
  seconds: number;
  columns: Record<
    string,
    { method?: string; score?: string | number; drift?: boolean; skipped?: boolean; type: string }
  >;
  share: number;
  drift: boolean;
};

// Reference profile: January recorded once as a dataset version (with its profile), as version-data does.
const remote = join(dir, 'metadata.git');
execFileSync('git', ['init', '--quiet', '--bare', remote]);
mkdirSync(join(dir, 'flights'));
writeFileSync(join(dir, 'flights', 'january.csv'), readFileSync(files['january.csv']!));
const pushStarted = performance.now();
const store = await openStore({ remote, logger: silentLogger });
await pushDataset(store, {
  name: 'flights',
  target: 'flights',
  cwd: dir,
  git: { sha: '0'.repeat(40) },
  blobs: new LocalBlobStore(join(dir, 'blobs'), silentLogger),
  logger: silentLogger,
});
await store.close();
const pushSeconds = (performance.now() - pushStarted) / 1000;
const profile = cairn('flights@1', files['june.csv']!, '', remote);

// ---- results ----------------------------------------------------------------------------------------
const rows = months['01'].date.length;
const rows6 = months['06'].date.length;
console.log(
  `drift bench (${quick ? 'quick' : 'full'}): January ${rows.toLocaleString('en')} flights vs June ${rows6.toLocaleString('en')} flights`,
);
console.log('verdicts (cairn CSV | cairn Parquet | cairn profile | pandas+scipy Evidently rules):');
for (const c of csv.report.columns) {
  const p = parquet.report.columns.find((x) => x.name === c.name);
  const f = profile.report.columns.find((x) => x.name === c.name);
  const b = baseline.columns[c.name];
  const show = (
    x: { method: string | null; score: number | null; drift: boolean; skipped: string | null } | undefined,
  ) => (x ? (x.skipped ? 'skipped' : `${x.method} ${x.score?.toPrecision(8)} ${x.drift ? 'DRIFT' : 'ok'}`) : '-');
  const bs = b
    ? b.skipped
      ? `skipped (${b.type})`
      : `${b.method} ${Number(b.score).toPrecision(8)} ${b.drift ? 'DRIFT' : 'ok'}`
    : '-';
  console.log(`  ${c.name.padEnd(12)} ${show(c).padEnd(34)} | ${show(p).padEnd(34)} | ${show(f).padEnd(34)} | ${bs}`);
}
const line = (label: string, m: Measured) =>
  console.log(
    `  ${label.padEnd(34)} ${m.seconds.toFixed(2).padStart(7)} s  ${m.peakMiB.toFixed(0).padStart(6)} MiB peak`,
  );
console.log('end to end (process start to report):');
line('pandas + scipy (Evidently rules), CSV', py);
line('cairn drift, CSV, 2 worker threads', csv);
line('  the same through the cairn CLI', cli);
line('cairn drift, CSV, one thread', csvOne);
line('cairn drift, Parquet, 2 worker threads', parquet);
line('cairn drift, Parquet, one thread', parquetOne);
line('cairn drift, reference profile', profile);
console.log(`  (recording January as flights@1 with its profile, once: ${pushSeconds.toFixed(2)} s)`);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(
  'ratios (>= 1: cairn better; targets: speed >= 3, memory >= 2; cairn = the one-thread default on 2 cores):',
);
console.log(
  `  speed  CSV ${ratio(py.seconds, csvOne.seconds)}x (2 threads ${ratio(py.seconds, csv.seconds)}x)   Parquet ${ratio(py.seconds, parquetOne.seconds)}x (2 threads ${ratio(py.seconds, parquet.seconds)}x)   profile ${ratio(py.seconds, profile.seconds)}x`,
);
console.log(
  `  memory CSV ${ratio(py.peakMiB, csvOne.peakMiB)}x (2 threads ${ratio(py.peakMiB, csv.peakMiB)}x)   Parquet ${ratio(py.peakMiB, parquetOne.peakMiB)}x (2 threads ${ratio(py.peakMiB, parquet.peakMiB)}x)   profile ${ratio(py.peakMiB, profile.peakMiB)}x`,
);
console.log(
  `  worker threads vs one thread: CSV ${ratio(csvOne.seconds, csv.seconds)}x, Parquet ${ratio(parquetOne.seconds, parquet.seconds)}x`,
);
console.log(
  `  profile mode vs full mode (CSV): ${ratio(csvOne.seconds, profile.seconds)}x faster, ${ratio(csvOne.peakMiB, profile.peakMiB)}x less memory`,
);
const agree =
  csv.report.dataset.drift === baseline.drift && Math.abs(csv.report.dataset.share - baseline.share) < 1e-12;
console.log(
  `dataset verdict: cairn share ${csv.report.dataset.share} drift=${csv.report.dataset.drift}; Evidently rules share ${baseline.share} drift=${baseline.drift} (${agree ? 'agree' : 'DISAGREE'})`,
);
if (process.env.CAIRN_BENCH_KEEP) console.log(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (!agree) process.exitCode = 1;

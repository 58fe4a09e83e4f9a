/**
 * check-drift benchmark on the real flights data (vega-datasets flights-3m.parquet, REFERENCE.md
 * §6): January 2001 as reference, June 2001 as current. Every contender runs as its own process,
 * timed end to end (start, read both files, type the columns, test them, write the report) with
 * /usr/bin/time for wall time and peak resident memory:
 *   - the check-drift action as the runner runs it: its committed bundle (actions/check-drift/dist)
 *     started by the test harness with INPUT_* and GITHUB_* set, on CSV and on Parquet. This is the
 *     whole step: it also records the drift summary on a local metadata branch (git) and writes the
 *     JSON, markdown and HTML reports and the job summary;
 *   - a pandas + scipy script that applies the same Evidently rules (drift_evidently.py; CSV only:
 *     Debian's pandas has no Parquet engine);
 *   - reference-profile mode: January recorded once as dataset version flights@1 with its profile
 *     (version-data's path), then the action with `reference: flights@1` reads only June;
 *   - the `cairn drift` CLI run from its TypeScript sources (what `pnpm cairn` runs; not bundled).
 * The full size runs each contender three times and keeps the median run. Prints the verdicts side
 * by side (they must agree) and the ratios (>= 1: Cairn is better).
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
import { runAction } from '../harness/index.ts';

const quick = process.argv.includes('--quick');
const perMonth = quick ? 60_000 : Number.POSITIVE_INFINITY;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PARQUET = join(ROOT, 'packages/data/node_modules/vega-datasets/data/flights-3m.parquet');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'packages/cli/src/bin.ts');
/** The node binary itself (node_modules/.bin/node is a shell script, which /usr/bin/time would time instead). */
const NODE_BINARY = process.execPath;
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

const runs = quick ? 1 : 3;
/** The run with the median time of `runs` runs (its memory goes with it). */
async function median(run: () => Promise<Measured> | Measured): Promise<Measured> {
  const all: Measured[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  return all.sort((a, b) => a.seconds - b.seconds)[Math.floor(all.length / 2)] as Measured;
}

function parseTime(text: string): { seconds: number; peakMiB: number } {
  const [seconds, kb] = (text.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { seconds: seconds ?? Number.NaN, peakMiB: (kb ?? Number.NaN) / 1024 };
}

function timed(command: string, args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    cwd: dir,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  return { ...parseTime(r.stderr), stdout: r.stdout };
}

type CairnReport = {
  dataset: { drift: boolean; share: number };
  columns: {
    name: string;
    method: string | null;
    score: number | null;
    drift: boolean;
    skipped: string | null;
    bounds?: { statistic: [number, number] } | null;
  }[];
};

// The metadata branch the action records drift summaries on (and where flights@1 lives).
const remote = join(dir, 'metadata.git');
execFileSync('git', ['init', '--quiet', '--bare', remote]);
const workspace = join(dir, 'workspace');
mkdirSync(workspace);
let runNumber = 0;

/** The check-drift bundle through the runner protocol, timed; stdout is its JSON report. */
async function action(reference: string, current: string): Promise<Measured> {
  const timeFile = join(dir, 'time.txt');
  rmSync(timeFile, { force: true });
  runNumber++;
  const result = await runAction({
    action: 'check-drift',
    workspace,
    inputs: { reference, current, 'metadata-remote': remote, 'on-drift': 'fail', dataset: 'flights' },
    github: { eventName: 'workflow_dispatch', runId: String(runNumber), runAttempt: '1' },
    eventPayload: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'cairn-test/demo' } },
    launcher: ['/usr/bin/time', '-f', '%e %M', '-o', timeFile],
    node: NODE_BINARY,
    keepTemp: true,
    timeoutMs: 600_000,
  });
  try {
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      throw new Error(`check-drift failed (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
    }
    const report = result.outputs.report;
    if (!report) throw new Error(`check-drift wrote no report output:\n${result.stdout}`);
    return { ...parseTime(readFileSync(timeFile, 'utf8')), stdout: readFileSync(report, 'utf8') };
  } finally {
    await result.cleanup();
  }
}

const py = await median(() =>
  timed(PYTHON, [
    join(ROOT, 'test/bench/drift_evidently.py'),
    join(ROOT, 'packages/stats/test/oracle'),
    files['january.csv']!,
    files['june.csv']!,
  ]),
);
const baseline = JSON.parse(py.stdout.trim().split('\n').at(-1)!) as {
  seconds: number;
  columns: Record<
    string,
    { method?: string; score?: string | number; drift?: boolean; skipped?: boolean; type: string }
  >;
  share: number;
  drift: boolean;
};
const withReport = (m: Measured) => ({ ...m, report: JSON.parse(m.stdout) as CairnReport });
const csv = withReport(await median(() => action(files['january.csv']!, files['june.csv']!)));
const parquet = withReport(await median(() => action(files['january.parquet']!, files['june.parquet']!)));
const cli = await median(() =>
  timed(NODE, [CLI, 'drift', '-r', files['january.csv']!, '-c', files['june.csv']!, '--format', 'json']),
);

// Reference profile: January recorded once as a dataset version (with its profile), as version-data does.
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
const profile = withReport(await median(() => action('flights@1', files['june.csv']!)));

// ---- results ----------------------------------------------------------------------------------------
const rows = months['01'].date.length;
const rows6 = months['06'].date.length;
console.log(
  `drift bench (${quick ? 'quick' : `full, median of ${runs} runs`}): January ${rows.toLocaleString('en')} flights vs June ${rows6.toLocaleString('en')} flights`,
);
console.log(
  'verdicts (check-drift CSV | check-drift Parquet | check-drift, reference profile | pandas+scipy Evidently rules):',
);
for (const c of csv.report.columns) {
  const p = parquet.report.columns.find((x) => x.name === c.name);
  const f = profile.report.columns.find((x) => x.name === c.name);
  const b = baseline.columns[c.name];
  const show = (x: CairnReport['columns'][number] | undefined) =>
    x ? (x.skipped ? 'skipped' : `${x.method} ${x.score?.toPrecision(8)} ${x.drift ? 'DRIFT' : 'ok'}`) : '-';
  const bs = b
    ? b.skipped
      ? `skipped (${b.type})`
      : `${b.method} ${Number(b.score).toPrecision(8)} ${b.drift ? 'DRIFT' : 'ok'}`
    : '-';
  console.log(`  ${c.name.padEnd(12)} ${show(c).padEnd(34)} | ${show(p).padEnd(34)} | ${show(f).padEnd(34)} | ${bs}`);
  const bounds = f?.bounds?.statistic;
  if (bounds)
    console.log(
      `  ${''.padEnd(12)} (profile: exact statistic between ${bounds[0].toPrecision(6)} and ${bounds[1].toPrecision(6)})`,
    );
}
const line = (label: string, m: Measured) =>
  console.log(
    `  ${label.padEnd(44)} ${m.seconds.toFixed(2).padStart(7)} s  ${m.peakMiB.toFixed(0).padStart(6)} MiB peak`,
  );
console.log('end to end (process start to report):');
line('pandas + scipy (Evidently rules), CSV', py);
line('check-drift action bundle, CSV', csv);
line('check-drift action bundle, Parquet', parquet);
line('check-drift action bundle, reference profile', profile);
line('cairn drift CLI from TypeScript sources, CSV', cli);
console.log(`  (recording January as flights@1 with its profile, once: ${pushSeconds.toFixed(2)} s)`);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log('ratios (>= 1: cairn better; targets: speed >= 3, memory >= 2):');
console.log(
  `  speed  CSV ${ratio(py.seconds, csv.seconds)}x   Parquet ${ratio(py.seconds, parquet.seconds)}x   profile ${ratio(py.seconds, profile.seconds)}x   CLI ${ratio(py.seconds, cli.seconds)}x`,
);
console.log(
  `  memory CSV ${ratio(py.peakMiB, csv.peakMiB)}x   Parquet ${ratio(py.peakMiB, parquet.peakMiB)}x   profile ${ratio(py.peakMiB, profile.peakMiB)}x   CLI ${ratio(py.peakMiB, cli.peakMiB)}x`,
);
console.log(
  `  profile mode vs full mode (CSV): ${ratio(csv.seconds, profile.seconds)}x faster, ${ratio(csv.peakMiB, profile.peakMiB)}x less memory`,
);
const agree =
  csv.report.dataset.drift === baseline.drift &&
  Math.abs(csv.report.dataset.share - baseline.share) < 1e-12 &&
  parquet.report.dataset.drift === baseline.drift &&
  Math.abs(parquet.report.dataset.share - baseline.share) < 1e-12;
console.log(
  `dataset verdict: cairn share ${csv.report.dataset.share} drift=${csv.report.dataset.drift}; Evidently rules share ${baseline.share} drift=${baseline.drift} (${agree ? 'agree' : 'DISAGREE'})`,
);
if (process.env.CAIRN_BENCH_KEEP) console.log(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (!agree) process.exitCode = 1;

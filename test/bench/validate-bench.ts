/**
 * validate-data benchmark: the flights data (CSV and Parquet) checked against one contract by
 * Cairn and by an equivalent pandas script (read_csv + vectorised checks), each in its own process
 * so peak memory (max RSS) is measured per run. Prints time and memory ratios from the same run,
 * checks both sides count the same failures, and compares peak memory at N rows with N/10 rows
 * (streaming: the checks below keep no per-row state, so the ratio should stay near 1).
 *
 *   node_modules/.bin/node test/bench/validate-bench.ts           full: 3,000,000 vs 300,000 flights
 *   node_modules/.bin/node test/bench/validate-bench.ts --quick   CI: 300,000 vs 30,000 flights
 *
 * vega-datasets ships the flights as Parquet only; the CSVs are written once from it into
 * $TMPDIR/cairn-data-bench (the same cache as data-bench.ts) and reused.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Column, cellAt, readTable } from '../../packages/data/src/index.ts';
import { parseContract, validateFile } from '../../packages/validate/src/index.ts';

const PARQUET = fileURLToPath(
  new URL('../../packages/validate/node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url),
);
const PYTHON = '/usr/bin/python3';
const cacheDir = join(tmpdir(), 'cairn-data-bench');

/** Checks with no per-row state: types, nulls, ranges, regex. */
const CONTRACT = `
table: { rows: { min: 1 }, exact: true }
columns:
  date: { type: datetime, min: "2001-01-01", max: "2001-07-01" }
  delay: { type: integer, min: -200, max: 2000 }
  distance: { type: integer, min: 0, max: 5000 }
  origin: { type: string, regex: "^[A-Z]{3}$" }
  destination: { type: string, regex: "^[A-Z]{3}$" }
`;

/** The same checks in pandas, vectorised; prints {"seconds", "rssMiB", "failures"} as JSON. */
const PANDAS = `
import sys, time, resource, json
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
fails = {}
for c in df.columns:
    fails[c + '.nullable'] = int(df[c].isna().sum())
d = df['date']
fails['date.type'] = int(pd.to_datetime(d, errors='coerce').isna().sum() - d.isna().sum())
fails['date.min'] = int((d < '2001-01-01').sum())
fails['date.max'] = int((d > '2001-07-01').sum())
for c, lo, hi in [('delay', -200, 2000), ('distance', 0, 5000)]:
    s = pd.to_numeric(df[c], errors='coerce')
    fails[c + '.type'] = int((s.notna() & (s % 1 != 0)).sum() + (s.isna() & df[c].notna()).sum())
    fails[c + '.min'] = int((s < lo).sum())
    fails[c + '.max'] = int((s > hi).sum())
for c in ['origin', 'destination']:
    fails[c + '.regex'] = int((~df[c].astype(str).str.fullmatch(r'[A-Z]{3}')).sum())
seconds = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({'seconds': seconds, 'rssMiB': rss, 'failures': {k: v for k, v in fails.items() if v}}))
`;

interface Measurement {
  seconds: number;
  rssMiB: number;
  failures: Record<string, number>;
}

if (process.argv[2] === '--child') {
  // One validation in a fresh process: time, peak RSS, failure counts.
  const start = performance.now();
  const report = await validateFile(process.argv[3]!, parseContract(CONTRACT, 'flights.yaml'));
  const seconds = (performance.now() - start) / 1000;
  const failures = Object.fromEntries(report.results.filter((r) => r.failures > 0).map((r) => [r.id, r.failures]));
  process.stdout.write(`${JSON.stringify({ seconds, rssMiB: process.resourceUsage().maxRSS / 1024, failures })}\n`);
  process.exit(0);
}

function cellText(column: Column, r: number): string {
  if ('numbers' in column) return column.nullMask?.[r] ? '' : String(column.numbers[r]);
  const value = cellAt(column, r);
  return value === null || value === undefined ? '' : String(value);
}

/** The first `count` flights as CSV (flights hold no quotes or commas), cached by size. */
async function flightsCsv(count: number): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, `flights-${count}.csv`);
  if (existsSync(path)) return path;
  const partial = `${path}.partial-${process.pid}`;
  const out = createWriteStream(partial);
  let written = 0;
  for await (const batch of readTable(PARQUET)) {
    const columns = [...batch.columns.values()];
    if (written === 0) out.write(`${columns.map((c) => c.name).join(',')}\n`);
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

function ours(path: string): Measurement {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path], { encoding: 'utf8' });
  return JSON.parse(out) as Measurement;
}

function pandas(script: string, path: string): Measurement | string {
  try {
    const out = execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out) as Measurement;
  } catch (error) {
    const message = (error as { stderr?: string }).stderr ?? String(error);
    return message.trim().split('\n').at(-1) ?? 'failed';
  }
}

/** Best time and lowest peak over `repeat` alternating runs (the machine is shared). */
function bestOf(runs: Measurement[]): Measurement {
  return {
    seconds: Math.min(...runs.map((r) => r.seconds)),
    rssMiB: Math.min(...runs.map((r) => r.rssMiB)),
    failures: runs[0]!.failures,
  };
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

const quick = process.argv.includes('--quick');
const big = quick ? 300_000 : 3_000_000;
const small = big / 10;
const repeat = quick ? 1 : 2;
console.log(`validate bench (${quick ? 'quick' : 'full'}: ${big.toLocaleString('en')} flights)`);
const csv = await flightsCsv(big);
const csvSmall = await flightsCsv(small);

const oursRuns: Measurement[] = [];
const pandasRuns: Measurement[] = [];
let pandasError: string | undefined;
for (let i = 0; i < repeat; i++) {
  oursRuns.push(ours(csv));
  const p = pandas(PANDAS, csv);
  if (typeof p === 'string') pandasError = p;
  else pandasRuns.push(p);
}
const o = bestOf(oursRuns);
const line = (name: string, m: Measurement) => `${name}: ${m.seconds.toFixed(2)} s, peak ${m.rssMiB.toFixed(0)} MiB`;
console.log(line(`cairn validate CSV (${big.toLocaleString('en')} rows)`, o));
if (pandasRuns.length === 0) {
  console.log(`pandas: not available (${pandasError})`);
} else {
  const p = bestOf(pandasRuns);
  console.log(line('pandas read_csv + vectorised checks', p));
  console.log(
    `  speed ratio (pandas time / ours): ${(p.seconds / o.seconds).toFixed(2)} (target >= 1); ` +
      `memory ratio (ours / pandas): ${(o.rssMiB / p.rssMiB).toFixed(2)} (target <= 0.5); ` +
      `failure counts ${sameCounts(o.failures, p.failures) ? 'agree' : `DIFFER: ours ${JSON.stringify(o.failures)} pandas ${JSON.stringify(p.failures)}`}`,
  );
}
const s = bestOf(Array.from({ length: repeat }, () => ours(csvSmall)));
console.log(line(`cairn validate CSV (${small.toLocaleString('en')} rows)`, s));
console.log(
  `  peak memory ${big.toLocaleString('en')} / ${small.toLocaleString('en')} rows: ${(o.rssMiB / s.rssMiB).toFixed(2)} (target <= 1.5)`,
);

if (!quick) {
  const q = bestOf(Array.from({ length: repeat }, () => ours(PARQUET)));
  console.log(line('cairn validate Parquet (3,000,000 rows)', q));
  const p = pandasRuns.length > 0 ? bestOf(pandasRuns) : undefined;
  if (p) {
    console.log(
      `  against pandas on the CSV (pandas.read_parquet needs pyarrow, not installed here): speed ${(p.seconds / q.seconds).toFixed(2)}, memory ${(q.rssMiB / p.rssMiB).toFixed(2)}; ` +
        `failure counts ${sameCounts(q.failures, o.failures) ? 'agree with the CSV' : 'DIFFER from the CSV'}`,
    );
  }
}
writeFileSync(join(cacheDir, 'validate-bench-last.json'), JSON.stringify({ quick, ours: o, small: s }, null, 2));

/**
 * Drift benchmark: Cairn's driftDataset against Evidently's legacy rules run with pandas + scipy
 * (the reference implementation in packages/stats/test/oracle/scipy_oracle.py), on the same
 * flights data in the same run: reference = first half of the rows, current = second half.
 * Times cover only the drift computation (cleaning, sorting/counting, tests), not file reading.
 * Also times building a reference profile and drift against it. Prints ratios (>= 1: we are faster).
 *
 *   node_modules/.bin/node test/bench/stats-bench.ts           full: 3,000,000 flights
 *   node_modules/.bin/node test/bench/stats-bench.ts --quick   200,000 flights
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellAt, readTable } from '../../packages/data/src/index.ts';
import { type ColumnInput, driftDataset, driftFromProfile, profileColumn } from '../../packages/stats/src/index.ts';

const quick = process.argv.includes('--quick');
const rows = quick ? 200_000 : 3_000_000;
const PARQUET = fileURLToPath(
  new URL('../../packages/data/node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url),
);
const ORACLE_DIR = fileURLToPath(new URL('../../packages/stats/test/oracle/', import.meta.url));
const PYTHON = '/usr/bin/python3';

const numeric = new Map<string, Float64Array>();
const strings = new Map<string, (string | null)[]>();
let read = 0;
for await (const batch of readTable(PARQUET, { columns: ['delay', 'distance', 'origin', 'destination'] })) {
  const take = Math.min(batch.rowCount, rows - read);
  for (const column of batch.columns.values()) {
    if ('numbers' in column) {
      const all = numeric.get(column.name) ?? new Float64Array(rows);
      all.set(column.numbers.subarray(0, take), read);
      numeric.set(column.name, all);
    } else {
      const all = strings.get(column.name) ?? [];
      for (let r = 0; r < take; r++) {
        const value = cellAt(column, r);
        all.push(value === null ? null : String(value));
      }
      strings.set(column.name, all);
    }
  }
  read += take;
  if (read >= rows) break;
}
const half = Math.floor(read / 2);
const columns: ColumnInput[] = [
  ...[...numeric].map(([name, v]) => ({ name, reference: v.subarray(0, half), current: v.subarray(half, read) })),
  ...[...strings].map(([name, v]) => ({ name, reference: v.slice(0, half), current: v.slice(half, read) })),
];

function best(fn: () => void, repeat: number): number {
  let t = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    t = Math.min(t, (performance.now() - start) / 1000);
  }
  return t;
}

const repeat = quick ? 3 : 2;
let report = driftDataset(columns);
const ours = best(() => {
  report = driftDataset(columns);
}, repeat);

// Same columns for pandas + scipy, written once as raw float64 / JSON (not timed).
const dir = mkdtempSync(join(tmpdir(), 'cairn-stats-bench-'));
const spec = columns.map((c) => {
  const isNum = c.reference instanceof Float64Array;
  const file = (side: 'ref' | 'cur', values: ColumnInput['reference']) => {
    const path = join(dir, `${c.name}.${side}`);
    if (values instanceof Float64Array)
      writeFileSync(path, Buffer.from(values.buffer, values.byteOffset, values.byteLength));
    else writeFileSync(path, JSON.stringify(values));
    return path;
  };
  return { name: c.name, type: isNum ? 'num' : 'cat', ref: file('ref', c.reference), cur: file('cur', c.current) };
});
writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
const script = `
import sys, json, time
import numpy as np, pandas as pd
sys.path.insert(0, sys.argv[1])
import scipy_oracle as o
spec = json.load(open(sys.argv[2]))
data = []
for c in spec:
    if c["type"] == "num":
        data.append((c, pd.Series(np.fromfile(c["ref"], dtype="<f8")), pd.Series(np.fromfile(c["cur"], dtype="<f8"))))
    else:
        data.append((c, pd.Series(json.load(open(c["ref"])), dtype=object), pd.Series(json.load(open(c["cur"])), dtype=object)))
best = float("inf")
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    out = {c["name"]: o.evidently_series(r, k, c["type"]) for c, r, k in data}
    best = min(best, time.perf_counter() - t)
print(json.dumps({"seconds": best, "columns": out}))`;
let baseline: { seconds: number; columns: Record<string, { method: string; score: number; drift: boolean }> } | null =
  null;
try {
  const out = execFileSync(PYTHON, ['-c', script, ORACLE_DIR, join(dir, 'spec.json'), String(repeat)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  baseline = JSON.parse(out);
} catch (error) {
  console.log(`pandas + scipy baseline not available: ${String(error).split('\n')[0]}`);
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `stats bench (${quick ? 'quick' : 'full'}: ${read.toLocaleString('en')} flights, ${half.toLocaleString('en')} reference rows)`,
);
for (const c of report.columns) {
  const b = baseline?.columns[c.name];
  console.log(
    `  ${c.name}: ${c.method} ${c.score?.toPrecision(10)} drift=${c.drift}` +
      (b ? `   | evidently rules: ${b.method} ${Number(b.score).toPrecision(10)} drift=${b.drift}` : ''),
  );
}
if (baseline) {
  console.log(
    `driftDataset: ${ours.toFixed(3)} s; pandas + scipy (Evidently rules): ${baseline.seconds.toFixed(3)} s; ratio ${(baseline.seconds / ours).toFixed(2)}`,
  );
} else {
  console.log(`driftDataset: ${ours.toFixed(3)} s`);
}

// Reference profiles: build once (mergeable, stored), then drift of the current half against them.
const profiles = columns.map((c) => profileColumn(c.reference as Float64Array | (string | null)[]));
const profileTime = best(() => {
  for (const c of columns) profileColumn(c.reference as Float64Array | (string | null)[]);
}, repeat);
const profileBytes = profiles.reduce((s, p) => s + JSON.stringify(p).length, 0);
const fromProfile = best(() => {
  for (const [i, c] of columns.entries()) driftFromProfile(c.name, profiles[i] as (typeof profiles)[number], c.current);
}, repeat);
console.log(
  `profileColumn (reference): ${profileTime.toFixed(3)} s, ${profileBytes.toLocaleString('en')} bytes of JSON; driftFromProfile: ${fromProfile.toFixed(3)} s`,
);
for (const [i, c] of columns.entries()) {
  const r = driftFromProfile(c.name, profiles[i] as (typeof profiles)[number], c.current);
  console.log(`  ${c.name}: ${r.method} ${r.score?.toPrecision(6)} drift=${r.drift} approximate=${r.approximate}`);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRecord } from '@cairn/core';
import { trackRun } from '../../packages/metrics/src/index.ts';
import { renderRunReport } from '../../packages/report/src/index.ts';
import { openStore } from '../../packages/store/src/index.ts';
import { fillRuns, git, median } from './bulk-fill.ts';

const EXPERIMENT = 'churn';
const REF = 'refs/heads/main';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const repsAt = args.indexOf('--reps');
const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : quick ? 3 : 7;
const SIZES = [100, 10_000] as const;
const T0 = Date.UTC(2026, 0, 1);

/** A realistic run: 20 metrics, 8 params, a 50-step loss curve. */
function metricsOf(i: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let m = 0; m < 20; m++) out[`eval.metric_${m}`] = 0.5 + ((i * 31 + m * 17) % 1000) / 2000;
  out.accuracy = 0.85 + (i % 100) / 1000;
  out.rmse = 0.3 - (i % 100) / 1000;
  return out;
}

function runOf(id: string, i: number): RunRecord {
  return {
    schemaVersion: 1,
    kind: 'run',
    id,
    experiment: EXPERIMENT,
    status: 'FINISHED',
    startTime: new Date(T0 + i * 60_000).toISOString(),
    params: Object.fromEntries(Array.from({ length: 8 }, (_, p) => [`param_${p}`, String((i + p) % 7)])),
    metrics: metricsOf(i),
    metricHistory: { loss: Array.from({ length: 50 }, (_, step) => ({ step, value: 1 / (step + 1 + (i % 5)) })) },
    tags: { trigger: 'push' },
    datasets: [{ name: 'customers', version: 3 }],
    git: { ref: REF, sha: (i * 7919 + 1).toString(16).padStart(40, '0') },
  };
}

interface Sample {
  totalMs: number;
  trackMs: number;
  renderMs: number;
  reportChars: number;
}

async function fill(dir: string, count: number): Promise<string> {
  const remote = join(dir, `remote-${count}.git`);
  const started = Date.now();
  await git(['init', '--quiet', '--bare', remote]);
  await fillRuns(remote, { experiment: EXPERIMENT, ref: REF, count, t0: T0, makeRun: runOf });
  process.stderr.write(`filled ${count} runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return remote;
}

/** One repetition: open the store from a fresh cache, track, render. */
async function sample(dir: string, remote: string, count: number, rep: number): Promise<Sample> {
  const t0 = performance.now();
  const store = await openStore({ remote, workDir: dir });
  try {
    const run = runOf('unused', count + rep);
    const result = await trackRun(store, {
      experiment: EXPERIMENT,
      metrics: run.metrics,
      params: run.params,
      history: run.metricHistory ?? {},
      datasets: run.datasets,
      git: { ...run.git, ref: `refs/pull/${rep + 1}/merge`, baseRef: REF },
      startTime: run.startTime,
      baseline: { kind: 'base' },
      baselineRef: REF,
      idempotencyKey: `bench/${count}/${rep}`,
    });
    const t1 = performance.now();
    if (!result.baseline) throw new Error('no baseline found in a filled store');
    const markdown = renderRunReport({
      run: result.run,
      baselineLabel: result.baseline.label,
      baselineNote: result.baselineNote,
      rows: result.rows,
      params: result.params,
      gates: result.gates,
      trend: result.trend,
    });
    const t2 = performance.now();
    return { totalMs: t2 - t0, trackMs: t1 - t0, renderMs: t2 - t1, reportChars: markdown.length };
  } finally {
    await store.close();
  }
}

function summarise(list: Sample[]): Sample {
  return {
    totalMs: median(list.map((s) => s.totalMs)),
    trackMs: median(list.map((s) => s.trackMs)),
    renderMs: median(list.map((s) => s.renderMs)),
    reportChars: median(list.map((s) => s.reportChars)),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'cairn-track-bench-'));
const samples: [Sample[], Sample[]] = [[], []];
try {
  const remotes = [await fill(dir, SIZES[0]), await fill(dir, SIZES[1])] as const;
  // Alternate the two stores so that load from other processes affects both alike.
  for (let rep = 0; rep < reps; rep++) {
    samples[0].push(await sample(dir, remotes[0], SIZES[0], rep));
    samples[1].push(await sample(dir, remotes[1], SIZES[1], rep));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const [small, large] = [summarise(samples[0]), summarise(samples[1])];
process.stdout.write(
  `track bench: record + compare + render with ${SIZES[0]} vs ${SIZES[1]} earlier runs, median of ${reps}\n`,
);
for (const [name, a, b] of [
  ['record-and-render', small.totalMs, large.totalMs],
  ['  of which open+baseline+write+trend', small.trackMs, large.trackMs],
  ['  of which render', small.renderMs, large.renderMs],
] as const) {
  const ratio = b / a;
  process.stdout.write(
    `${name} ratio 10000/100: ${ratio.toFixed(2)} (target <= 1.5) [${a.toFixed(1)} ms -> ${b.toFixed(1)} ms]${name.startsWith(' ') || ratio <= 1.5 ? '' : ' MISSED'}\n`,
  );
}
process.stdout.write(`report size: ${small.reportChars} -> ${large.reportChars} chars\n`);

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, type RunRecord } from '@cairn/core';
import { openStore } from '../../packages/store/src/index.ts';
import { fillRuns, git, median } from './bulk-fill.ts';

const EXPERIMENT = 'bench';
const REF = 'refs/heads/main';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const repsArg = args.indexOf('--reps');
const reps = repsArg >= 0 ? Number(args[repsArg + 1]) : quick ? 3 : 5;
const [small, large] = quick ? [500, 10_000] : [1_000, 100_000];
const label = quick ? '10k/500' : '100k/1k';

function run(id: string, i: number): RunRecord {
  return {
    schemaVersion: 1,
    kind: 'run',
    id,
    experiment: EXPERIMENT,
    status: 'FINISHED',
    startTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    params: { lr: String(0.001 * (1 + (i % 10))), depth: String(3 + (i % 5)), seed: String(i) },
    metrics: { auc: 0.8 + (i % 100) / 1000, loss: 0.5 - (i % 100) / 1000, accuracy: 0.9 },
    tags: { trigger: 'push' },
    datasets: [{ name: 'customers', version: 1 + (i % 3) }],
    git: { ref: REF, sha: (i * 7919).toString(16).padStart(40, '0') },
  };
}

async function fill(dir: string, count: number): Promise<string> {
  const remote = join(dir, 'remote.git');
  await git(['init', '--quiet', '--bare', remote]);
  // Keep every received push as a pack, so the bytes pushed can be read off the pack's size.
  await git(['--git-dir', remote, 'config', 'receive.unpackLimit', '1']);
  await fillRuns(remote, { experiment: EXPERIMENT, ref: REF, count, t0: Date.UTC(2026, 0, 1), makeRun: run });
  return remote;
}

/** Loose objects under objects/xx/ (the fast path writes these; the bulk fill is one pack). */
function looseBytes(objectsDir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const dir of readdirSync(objectsDir)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for (const name of readdirSync(join(objectsDir, dir)))
      out.set(`${dir}/${name}`, statSync(join(objectsDir, dir, name)).size);
  }
  return out;
}

function added(before: Map<string, number>, after: Map<string, number>): number {
  return [...after].filter(([name]) => !before.has(name)).reduce((sum, [, size]) => sum + size, 0);
}

function packBytes(objectsDir: string): Map<string, number> {
  const out = new Map<string, number>();
  const packDir = join(objectsDir, 'pack');
  for (const name of readdirSync(packDir)) {
    if (name.endsWith('.pack')) out.set(name, statSync(join(packDir, name)).size);
  }
  return out;
}

/** Total time of git-receive-pack processes in a GIT_TRACE_PERFORMANCE log. */
function receivePackMs(trace: string): number {
  let total = 0;
  for (const line of readFileSync(trace, 'utf8').split('\n')) {
    const match = /performance: ([\d.]+) s: +git command: (?:\S*\/)?git[ -]receive-pack /.exec(line);
    if (match?.[1]) total += Number(match[1]) * 1000;
  }
  return total;
}

interface Measures {
  /** Write through the local fast path (the default for a repository on disk). */
  writeMs: number;
  writeBytes: number;
  /** Write through git push, for reference; receiveMs is the remote's git-receive-pack share. */
  pushWriteMs: number;
  receiveMs: number;
  pushBytes: number;
  /** A fresh runner over the network path (git fetch by id). */
  lookupMs: number;
  lookupBytes: number;
  /** A fresh store through the local fast path. */
  localLookupMs: number;
}

async function timedWrite(remote: string, dir: string, count: number, localFastPath: boolean, trace?: string) {
  if (trace) process.env.GIT_TRACE_PERFORMANCE = trace;
  const store = await openStore({ remote, workDir: dir, localFastPath });
  delete process.env.GIT_TRACE_PERFORMANCE;
  try {
    if (trace) writeFileSync(trace, '');
    const objects = join(remote, 'objects');
    const before = localFastPath ? looseBytes(objects) : packBytes(objects);
    const started = performance.now();
    await store.putRun(run(newId(), count));
    const ms = performance.now() - started;
    const bytes = added(before, localFastPath ? looseBytes(objects) : packBytes(objects));
    if (store.stats.localCommits !== (localFastPath ? 1 : 0))
      throw new Error('the write did not take the path measured');
    return { ms, bytes, receiveMs: trace ? receivePackMs(trace) : 0 };
  } finally {
    await store.close();
  }
}

async function timedLookup(remote: string, dir: string, localFastPath: boolean) {
  const started = performance.now();
  const fresh = await openStore({ remote, workDir: dir, localFastPath });
  try {
    const latest = await fresh.latestRun(EXPERIMENT, REF);
    const ms = performance.now() - started;
    if (!latest) throw new Error('latest-run lookup found nothing');
    return { ms, bytes: [...packBytes(join(fresh.cacheDir, 'objects')).values()].reduce((x, y) => x + y, 0) };
  } finally {
    await fresh.close();
  }
}

async function measure(count: number): Promise<Measures> {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-store-bench-'));
  try {
    const filled = Date.now();
    const remote = await fill(dir, count);
    process.stderr.write(`filled ${count} runs in ${((Date.now() - filled) / 1000).toFixed(1)} s\n`);
    const m = {
      write: [],
      writeBytes: [],
      push: [],
      receive: [],
      pushBytes: [],
      lookup: [],
      lookupBytes: [],
      local: [],
    } as Record<string, number[]>;
    const add = (key: string, value: number) => m[key]?.push(value);
    for (let rep = 0; rep < reps; rep++) {
      const fast = await timedWrite(remote, dir, count + 2 * rep, true);
      add('write', fast.ms);
      add('writeBytes', fast.bytes);
      // git children inherit GIT_TRACE_PERFORMANCE (the store passes the environment on) and log their durations.
      const pushed = await timedWrite(remote, dir, count + 2 * rep + 1, false, join(dir, `trace-${rep}.txt`));
      add('push', pushed.ms);
      add('receive', pushed.receiveMs);
      add('pushBytes', pushed.bytes);
      const network = await timedLookup(remote, dir, false);
      add('lookup', network.ms);
      add('lookupBytes', network.bytes);
      add('local', (await timedLookup(remote, dir, true)).ms);
    }
    const med = (key: string) => median(m[key] ?? []);
    return {
      writeMs: med('write'),
      writeBytes: med('writeBytes'),
      pushWriteMs: med('push'),
      receiveMs: med('receive'),
      pushBytes: med('pushBytes'),
      lookupMs: med('lookup'),
      lookupBytes: med('lookupBytes'),
      localLookupMs: med('local'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const a = await measure(small);
const b = await measure(large);
const lines: [string, number, number, string][] = [
  ['write-time', a.writeMs, b.writeMs, 'ms'],
  ['write-bytes', a.writeBytes, b.writeBytes, 'B'],
  ['lookup-time', a.lookupMs, b.lookupMs, 'ms'],
  ['lookup-bytes-fetched', a.lookupBytes, b.lookupBytes, 'B'],
];
process.stdout.write(`store bench: ${small} vs ${large} runs, median of ${reps}\n`);
for (const [name, x, y, unit] of lines) {
  const ratio = y / x;
  process.stdout.write(
    `${name} ratio ${label}: ${ratio.toFixed(2)} (target <= 1.5) [${x.toFixed(0)} ${unit} -> ${y.toFixed(0)} ${unit}]${ratio <= 1.5 ? '' : ' MISSED'}\n`,
  );
}
// For reference: the same write through git push. The remote's git-receive-pack checks
// connectivity with rev-list --objects --not --all, which walks the old tip's whole tree on a
// plain bare repository: server-side work that grows with the branch (what the fast path skips).
const info: [string, number, number, string][] = [
  ['  write through git push: time', a.pushWriteMs, b.pushWriteMs, 'ms'],
  ['    of which remote git-receive-pack', a.receiveMs, b.receiveMs, 'ms'],
  ['    bytes pushed', a.pushBytes, b.pushBytes, 'B'],
  ['  lookup through the local fast path: time', a.localLookupMs, b.localLookupMs, 'ms'],
];
for (const [name, x, y, unit] of info) {
  process.stdout.write(`${name}: ${x.toFixed(0)} ${unit} -> ${y.toFixed(0)} ${unit} (ratio ${(y / x).toFixed(2)})\n`);
}

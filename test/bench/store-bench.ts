/**
 * Metadata store benchmark: does the cost of one write and of a latest-run lookup from a fresh
 * runner stay flat as the branch grows? Fills two bare repositories (1,000 and 100,000 runs;
 * --quick: 500 and 10,000) in bulk with git fast-import, in exactly the layout and with the
 * indexes the store writes, then measures on each (median of several repetitions):
 *   - write: time of putRun from an opened store, and bytes pushed (the pack the remote received);
 *   - lookup: time of openStore + latestRun from a new cache (as a fresh runner does), and bytes
 *     fetched into that cache.
 * Prints one line per ratio (large/small, target <= 1.5). Exits non-zero only on errors.
 *
 * Run: node_modules/.bin/node test/bench/store-bench.ts [--quick] [--reps N]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, newId, type RunRecord } from '@cairn/core';
import {
  ALL_REFS,
  openStore,
  RECENT_PER_EXPERIMENT,
  RECENT_PER_REF,
  runIndexPath,
  runPath,
  STORE_FORMAT,
} from '../../packages/store/src/index.ts';

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

function git(argv: string[], cwd?: string, input?: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', argv, { cwd, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    if (input && child.stdin) input.pipe(child.stdin);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`git ${argv[0]} failed: ${err}`))));
  });
}

/** A fast-import stream of one commit holding `count` runs, cairn.json and the run indexes. */
async function* fastImportStream(count: number): AsyncGenerator<string> {
  const files: [string, string][] = [['cairn.json', canonicalJson({ format: STORE_FORMAT, tool: 'cairn' })]];
  const ids = Array.from({ length: count }, (_, i) => newId({ now: Date.UTC(2026, 0, 1) + i * 60_000 }));
  const newest = [...ids].sort().reverse();
  const index = (keep: number) => ({ latest: newest[0] ?? null, recent: newest.slice(0, keep) });
  files.push([runIndexPath(EXPERIMENT, REF), canonicalJson(index(RECENT_PER_REF))]);
  files.push([runIndexPath(EXPERIMENT, ALL_REFS), canonicalJson(index(RECENT_PER_EXPERIMENT))]);
  yield 'commit refs/heads/mlops-metadata\ncommitter cairn <cairn@users.noreply.github.com> 1767225600 +0000\ndata 9\nbulk fill\n';
  for (const [path, text] of files) yield `M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const id = ids[i] ?? '';
    const text = canonicalJson(run(id, i));
    chunk += `M 100644 inline ${runPath(EXPERIMENT, id)}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n`;
}

async function fill(dir: string, count: number): Promise<string> {
  const remote = join(dir, 'remote.git');
  await git(['init', '--quiet', '--bare', remote]);
  // Keep every received push as a pack, so the bytes pushed can be read off the pack's size.
  await git(['--git-dir', remote, 'config', 'receive.unpackLimit', '1']);
  const { Readable } = await import('node:stream');
  await git(['--git-dir', remote, 'fast-import', '--quiet'], undefined, Readable.from(fastImportStream(count)));
  return remote;
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Measures {
  writeMs: number;
  /** Of writeMs: the remote's git-receive-pack (server side), from GIT_TRACE_PERFORMANCE. */
  receiveMs: number;
  writeBytes: number;
  lookupMs: number;
  lookupBytes: number;
}

async function measure(count: number): Promise<Measures> {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-store-bench-'));
  try {
    const filled = Date.now();
    const remote = await fill(dir, count);
    process.stderr.write(`filled ${count} runs in ${((Date.now() - filled) / 1000).toFixed(1)} s\n`);
    const write = { ms: [] as number[], bytes: [] as number[], receive: [] as number[] };
    const lookup = { ms: [] as number[], bytes: [] as number[] };
    for (let rep = 0; rep < reps; rep++) {
      // git children inherit this (the store passes the environment on) and log their durations.
      const trace = join(dir, `trace-${rep}.txt`);
      process.env.GIT_TRACE_PERFORMANCE = trace;
      const store = await openStore({ remote, workDir: dir });
      delete process.env.GIT_TRACE_PERFORMANCE;
      try {
        writeFileSync(trace, '');
        const before = packBytes(join(remote, 'objects'));
        const started = performance.now();
        await store.putRun(run(newId(), count + rep));
        write.ms.push(performance.now() - started);
        write.receive.push(receivePackMs(trace));
        const after = packBytes(join(remote, 'objects'));
        write.bytes.push([...after].filter(([name]) => !before.has(name)).reduce((sum, [, size]) => sum + size, 0));
      } finally {
        await store.close();
      }
      const started = performance.now();
      const fresh = await openStore({ remote, workDir: dir });
      try {
        const latest = await fresh.latestRun(EXPERIMENT, REF);
        lookup.ms.push(performance.now() - started);
        if (!latest) throw new Error('latest-run lookup found nothing');
        lookup.bytes.push([...packBytes(join(fresh.cacheDir, 'objects')).values()].reduce((a, b) => a + b, 0));
      } finally {
        await fresh.close();
      }
    }
    return {
      writeMs: median(write.ms),
      receiveMs: median(write.receive),
      writeBytes: median(write.bytes),
      lookupMs: median(lookup.ms),
      lookupBytes: median(lookup.bytes),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const a = await measure(small);
const b = await measure(large);
const lines: [string, number, number, string][] = [
  ['write-time', a.writeMs, b.writeMs, 'ms'],
  ['write-bytes-pushed', a.writeBytes, b.writeBytes, 'B'],
  ['lookup-time', a.lookupMs, b.lookupMs, 'ms'],
  ['lookup-bytes-fetched', a.lookupBytes, b.lookupBytes, 'B'],
];
process.stdout.write(`store bench: ${small} vs ${large} runs, median of ${reps}\n`);
// The write time includes the remote's git-receive-pack, whose connectivity check
// (rev-list --objects --not --all) walks the old tip's whole tree on a plain bare repository:
// server-side work that grows with the branch. Shown apart, with the client side's own ratio.
const clientA = a.writeMs - a.receiveMs;
const clientB = b.writeMs - b.receiveMs;
process.stdout.write(
  `  of the write time, remote receive-pack: ${a.receiveMs.toFixed(0)} ms -> ${b.receiveMs.toFixed(0)} ms; client side: ${clientA.toFixed(0)} ms -> ${clientB.toFixed(0)} ms (ratio ${(clientB / clientA).toFixed(2)})\n`,
);
for (const [name, x, y, unit] of lines) {
  const ratio = y / x;
  process.stdout.write(
    `${name} ratio ${label}: ${ratio.toFixed(2)} (target <= 1.5) [${x.toFixed(0)} ${unit} -> ${y.toFixed(0)} ${unit}]${ratio <= 1.5 ? '' : ' MISSED'}\n`,
  );
}

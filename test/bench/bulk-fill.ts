/**
 * Shared by the benchmarks: fill a metadata store in bulk with `git fast-import`, in exactly the
 * layout and with the run indexes the store writes (packages/store/src/layout.ts), so a benchmark can
 * start from 100,000 runs without making 100,000 real writes. Also small helpers for timing.
 */
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { canonicalJson, newId, type RunRecord } from '@cairn/core';
import {
  ALL_REFS,
  RECENT_PER_EXPERIMENT,
  RECENT_PER_REF,
  runIndexPath,
  runPath,
  STORE_FORMAT,
} from '../../packages/store/src/index.ts';

/** Runs git; resolves with its stdout, rejects with its stderr. */
export function git(argv: string[], options: { cwd?: string; input?: NodeJS.ReadableStream } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const { cwd, input } = options;
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
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`git ${argv.join(' ')}: ${err}`))));
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface BulkRuns {
  experiment: string;
  ref: string;
  count: number;
  /** Start time of run 0; run i starts a minute after run i - 1. */
  t0: number;
  makeRun(id: string, i: number): RunRecord;
}

/** A fast-import stream of one commit holding the runs, cairn.json and the run indexes. */
async function* fastImportStream(spec: BulkRuns): AsyncGenerator<string> {
  const ids = Array.from({ length: spec.count }, (_, i) => newId({ now: spec.t0 + i * 60_000 }));
  const newest = [...ids].sort().reverse();
  const index = (keep: number) => canonicalJson({ latest: newest[0] ?? null, recent: newest.slice(0, keep) });
  const head: [string, string][] = [
    ['cairn.json', canonicalJson({ format: STORE_FORMAT, tool: 'cairn' })],
    [runIndexPath(spec.experiment, spec.ref), index(RECENT_PER_REF)],
    [runIndexPath(spec.experiment, ALL_REFS), index(RECENT_PER_EXPERIMENT)],
  ];
  yield 'commit refs/heads/mlops-metadata\ncommitter cairn <cairn@users.noreply.github.com> 1767225600 +0000\ndata 9\nbulk fill\n';
  let chunk = '';
  const add = (path: string, text: string) => {
    chunk += `M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  };
  for (const [path, text] of head) add(path, text);
  for (const [i, id] of ids.entries()) {
    add(runPath(spec.experiment, id), canonicalJson(spec.makeRun(id, i)));
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n`;
}

/** Writes the runs into the (empty, bare) repository `remote` as the tip of mlops-metadata. */
export async function fillRuns(remote: string, spec: BulkRuns): Promise<void> {
  await git(['--git-dir', remote, 'fast-import', '--quiet'], { input: Readable.from(fastImportStream(spec)) });
}

/**
 * Reading both sides of a drift check, spread over worker threads when it pays: each file is one
 * task, a pool of at most `workers` threads (default: the machine's available parallelism) takes
 * them in order, and each side's files are merged back in path order. Small inputs, one task, or
 * `workers: 1` read in this thread (a worker has to load the readers before it can start).
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SystemError, UserError } from '@cairn/core';
import { emptyTableSide, readFileSide } from './read-side.ts';
import { type ReadRequest, WORKER_FLAG } from './read-worker.ts';
import { mergeTableSide, type TableSide } from './side-data.ts';

export interface ReadPlan {
  files: string[];
  columns?: readonly string[] | undefined;
}

export interface ParallelOptions {
  /**
   * Threads to use; 1 reads in this thread. Default: os.availableParallelism() when it is above 2,
   * else 1 (measured in docs/adr/0009: on 2 cores the threads' start-up and contention cost more
   * than the parallel reads save).
   */
  workers?: number;
  /** Below this many bytes in total, read in this thread. Default 8 MiB. */
  minParallelBytes?: number;
  /** Script a worker runs (must call serveReadWorker when isReadWorker()); default read-worker-entry.ts. */
  workerUrl?: URL;
}

export interface ReadReport {
  sides: TableSide[];
  /** Threads used (1: read in this thread). */
  threads: number;
}

interface Task {
  plan: number;
  index: number;
  path: string;
  columns: readonly string[] | undefined;
}

export async function readSides(plans: readonly ReadPlan[], options: ParallelOptions = {}): Promise<ReadReport> {
  const tasks: Task[] = plans.flatMap((plan, p) =>
    plan.files.map((path, index) => ({ plan: p, index, path, columns: plan.columns })),
  );
  const sizes = await Promise.all(tasks.map(async (t) => (await stat(t.path).catch(() => ({ size: 0 }))).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  const cores = availableParallelism();
  const threads = Math.min(tasks.length, Math.max(1, options.workers ?? (cores > 2 ? cores : 1)));
  const results: TableSide[][] = plans.map((plan) => new Array<TableSide>(plan.files.length));
  if (threads <= 1 || total < (options.minParallelBytes ?? 8 << 20)) {
    for (const t of tasks) (results[t.plan] as TableSide[])[t.index] = await readFileSide(t.path, t.columns);
    return { sides: results.map((parts, p) => merge(parts, plans[p] as ReadPlan)), threads: 1 };
  }
  // Biggest files first, so one large file does not start last.
  const queue = tasks.map((t, i) => ({ t, size: sizes[i] as number })).sort((a, b) => b.size - a.size);
  // Built from parts so that bundlers do not copy the entry file as an asset (bundles pass workerUrl).
  const url = options.workerUrl ?? new URL(['.', 'read-worker-entry.ts'].join('/'), import.meta.url);
  const pool = Array.from({ length: threads }, () => new Worker(url, { workerData: { [WORKER_FLAG]: true } }));
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { t } = next;
          (results[t.plan] as TableSide[])[t.index] = await request(worker, {
            id: 0,
            path: t.path,
            columns: t.columns,
          });
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { sides: results.map((parts, p) => merge(parts, plans[p] as ReadPlan)), threads };
}

function merge(parts: TableSide[], plan: ReadPlan): TableSide {
  if (parts.length === 1) return parts[0] as TableSide;
  const into = emptyTableSide(plan.files.slice(0, 1));
  into.sources = [];
  for (const part of parts) mergeTableSide(into, part);
  return into;
}

function request(worker: Worker, message: ReadRequest): Promise<TableSide> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (reply: { side?: TableSide; error?: { message: string; user: boolean } }) => {
      cleanup();
      if (reply.side) resolve(reply.side);
      else if (reply.error?.user) reject(new UserError(reply.error.message));
      else reject(new SystemError(`reading ${message.path} in a worker thread failed: ${reply.error?.message}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new SystemError(`the worker thread reading ${message.path} crashed`, { cause: error }));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(message);
  });
}

/**
 * The worker side of parallel reading: a worker thread reads one file at a time into a TableSide
 * and posts it back, transferring the number buffers instead of copying them. The action's bundle
 * serves this from its own entry file (index.ts checks isReadWorker()); packages and tests use
 * read-worker-entry.ts.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { UserError } from '@cairn/core';
import { readFileSide } from './read-side.ts';
import { numberBuffers } from './side-data.ts';

export const WORKER_FLAG = 'cairnDriftReader';

export interface ReadRequest {
  id: number;
  path: string;
  columns: readonly string[] | undefined;
}

/** True inside a worker started by readSides (so an entry file can serve instead of running). */
export function isReadWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

export function serveReadWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveReadWorker must run in a worker thread');
  port.on('message', async (request: ReadRequest) => {
    try {
      const side = await readFileSide(request.path, request.columns);
      port.postMessage({ id: request.id, side }, numberBuffers(side));
    } catch (error) {
      port.postMessage({
        id: request.id,
        error: { message: error instanceof Error ? error.message : String(error), user: error instanceof UserError },
      });
    }
  });
}

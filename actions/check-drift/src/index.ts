import { keepYoungGenerationSmall } from '@cairn/data';
import { isReadWorker, serveReadWorker } from '@cairn/drift/read-worker';

keepYoungGenerationSmall();
// The bundle's entry is also the worker script for parallel reads (see @cairn/drift
// parallel-read.ts): a worker loads only the readers; the action itself (GitHub client, store,
// reports) is a separate chunk that only the main thread loads, so it is told where the entry is
// (its own import.meta.url names the chunk, which cannot serve as a worker).
if (isReadWorker()) serveReadWorker();
else await (await import('./main.ts')).run(new URL(import.meta.url));

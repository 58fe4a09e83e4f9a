import { keepYoungGenerationSmall } from '@cairn/data';
import { isReadWorker, serveReadWorker } from '@cairn/drift/read-worker';

keepYoungGenerationSmall();
// The bundle is also the worker script for parallel reads (see @cairn/drift parallel-read.ts). A
// worker loads only the readers; the action itself (GitHub client, store, reports) is a separate
// chunk that only the main thread loads.
if (isReadWorker()) serveReadWorker();
else await (await import('./main.ts')).run();

import { isReadWorker, serveReadWorker } from '@cairn/drift';
import { run } from './main.ts';

// The bundle is also the worker script for parallel reads (see @cairn/drift parallel-read.ts).
if (isReadWorker()) serveReadWorker();
else await run();

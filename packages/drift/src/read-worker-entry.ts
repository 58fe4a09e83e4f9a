/** Entry file of a read worker thread (see read-worker.ts). */
import { serveReadWorker } from './read-worker.ts';

serveReadWorker();

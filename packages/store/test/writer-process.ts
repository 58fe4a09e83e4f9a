/**
 * A writer process for the concurrency tests (run with Node 24: node writer-process.ts ...).
 * Usage: writer-process.ts <remote> <workDir> <name> [loop][,push|warm]
 * Adds one run (idempotency key = name) and registers one version of "shared-model" with the
 * same key; with "loop", keeps adding runs until killed, printing "wrote <n>" after each; with
 * "push", fetches and pushes as for a network remote instead of the local fast path; with "warm",
 * only loads the modules (so that NODE_COMPILE_CACHE is filled for the writers started next).
 */
import { newId } from '@cairn/core';
import { openStore } from '../src/index.ts';

const [remote, workDir, name, mode = ''] = process.argv.slice(2);
if (!remote || !workDir || !name)
  throw new Error('usage: writer-process.ts <remote> <workDir> <name> [loop][,push|warm]');
const modes = mode.split(',');

if (!modes.includes('warm')) await write(remote, workDir, name);

async function write(remote: string, workDir: string, name: string): Promise<void> {
  const store = await openStore({ remote, workDir, maxAttempts: 60, localFastPath: !modes.includes('push') });
  const run = (key: string) => ({
    schemaVersion: 1,
    kind: 'run' as const,
    id: newId({ key }),
    experiment: 'concurrency',
    status: 'FINISHED' as const,
    startTime: new Date().toISOString(),
    params: { writer: name },
    metrics: { value: Math.random() },
    tags: {},
    datasets: [],
    git: { ref: 'refs/heads/main' },
    idempotencyKey: key,
  });
  if (modes.includes('loop')) {
    for (let n = 1; ; n++) {
      await store.putRun(run(`${name}-${n}`));
      process.stdout.write(`wrote ${n}\n`);
    }
  }
  await store.putRun(run(name));
  await store.registerModelVersion({
    name: 'shared-model',
    artifacts: [],
    lineage: { datasets: [] },
    metrics: {},
    git: {},
    idempotencyKey: name,
  });
  await store.close();
  process.stdout.write(`done ${name} ${JSON.stringify(store.stats)}\n`);
}

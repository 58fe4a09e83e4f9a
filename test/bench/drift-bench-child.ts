/**
 * One contender of drift-bench.ts in its own process: a drift check through @cairn/drift, the code
 * path the check-drift action runs (its bundle loads only what it uses; the CLI loads every command).
 * Usage: drift-bench-child.ts REFERENCE CURRENT [WORKERS] [REMOTE]; prints the JSON report.
 */
import { silentLogger } from '../../packages/core/src/index.ts';
import { checkDrift } from '../../packages/drift/src/index.ts';

const [reference = '', current = '', workers = '', remote = ''] = process.argv.slice(2);
const store = remote
  ? await (await import('../../packages/store/src/index.ts')).openStore({ remote, logger: silentLogger })
  : undefined;
try {
  const result = await checkDrift({
    reference,
    current,
    cwd: process.cwd(),
    ...(workers ? { parallel: { workers: Number(workers) } } : {}),
    ...(store ? { store } : {}),
  });
  process.stdout.write(`${JSON.stringify({ ...result.report, threads: result.threads, timings: result.timings })}\n`);
} finally {
  await store?.close();
}

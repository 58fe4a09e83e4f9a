/**
 * The full test suite, the one command the README and .ci/run both call (`pnpm test`):
 * lint, typecheck, committed bundles current, unit/integration/end-to-end tests (vitest),
 * then every benchmark in quick mode so they keep working. Ends with "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePythonDeps } from './python-deps.ts';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const reportPath = join(root, '.tmp', 'vitest-report.json');

interface Step {
  name: string;
  run: () => boolean;
}

function exec(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const steps: Step[] = [
  {
    name: 'python deps (numpy, scipy, pandas)',
    run: () => {
      ensurePythonDeps();
      return true;
    },
  },
  { name: 'lint and format (biome ci)', run: () => exec(bin('biome'), ['ci', '.']) },
  { name: 'typecheck (tsc)', run: () => exec(bin('tsc'), ['-p', 'tsconfig.json']) },
  {
    name: 'bundles and generated files current',
    run: () => exec(process.execPath, ['scripts/build-actions.ts', '--check']),
  },
  {
    name: 'tests (vitest)',
    run: () => {
      mkdirSync(join(root, '.tmp'), { recursive: true });
      return exec(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`]);
    },
  },
  { name: 'benchmarks (quick mode)', run: () => exec(process.execPath, ['scripts/bench.ts', '--quick']) },
];

const failed: string[] = [];
for (const step of steps) {
  const started = Date.now();
  process.stdout.write(`\n=== ${step.name}\n`);
  let ok = false;
  try {
    ok = step.run();
  } catch (error) {
    process.stdout.write(`${(error as Error).message}\n`);
  }
  process.stdout.write(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (!ok) failed.push(step.name);
}

let passed = 0;
let failedTests = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { numPassedTests?: number; numFailedTests?: number };
  passed = report.numPassedTests ?? 0;
  failedTests = report.numFailedTests ?? 0;
} catch {
  failedTests = 1; // no report: vitest did not run to completion
}
if (failed.length) process.stdout.write(`\nFailed steps: ${failed.join('; ')}\n`);
// A failed non-vitest step counts as a failed test so the closing line never reads green when it is not.
const stepFailures = failed.filter((s) => s !== 'tests (vitest)').length;
process.stdout.write(`\n${passed} passed, ${failedTests + stepFailures} failed\n`);
process.exitCode = failed.length === 0 && failedTests === 0 ? 0 : 1;

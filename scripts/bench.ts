/**
 * Runs every benchmark under test/bench/ (each a script that prints ratios against a baseline
 * measured in the same run). `--quick` passes --quick to each: small inputs, for CI.
 * Benchmarks never fail on a missed target, only on errors.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'test', 'bench');
const quick = process.argv.includes('--quick');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let files: string[] = [];
try {
  files = readdirSync(dir)
    .filter((f) => f.endsWith('-bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
} catch {
  files = [];
}
let failures = 0;
for (const file of files) {
  process.stdout.write(`\n--- ${file}${quick ? ' (quick)' : ''}\n`);
  const result = spawnSync(process.execPath, [join(dir, file), ...(quick ? ['--quick'] : [])], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failures++;
    process.stdout.write(`--- ${file} failed (exit ${result.status})\n`);
  }
}
if (files.length === 0) process.stdout.write('no benchmarks found under test/bench\n');
process.exitCode = failures ? 1 : 0;

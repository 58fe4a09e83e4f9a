import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The README's first Quick start command runs this demo: keep it working.
it('the demo runs end to end on a local bare repository and answers the production question', () => {
  const root = join(import.meta.dirname, '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'demo.ts')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(result.stderr).not.toMatch(/Error:/);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('Created metadata branch mlops-metadata');
  expect(result.stdout).toContain('churn-train: unchanged');
  expect(result.stdout).toMatch(/tenure: min: 1 of 50 values fail/);
  expect(result.stdout).toMatch(/latency_ms <= 120\s+FAIL/);
  expect(result.stdout).toContain('dataset drift');
  expect(result.stdout).toMatch(/production\s+v1\s+v2\s+li/);
}, 200_000);

import { spawnSync } from 'node:child_process';

/**
 * The scipy parity suite and the pandas baselines need Debian's python3 with numpy, scipy and
 * pandas (REFERENCE.md §6). Installs them with apt-get when missing and we are root; otherwise
 * says exactly what to install. Never skips silently.
 */
export const PYTHON = '/usr/bin/python3';
const PACKAGES = ['python3-numpy', 'python3-scipy', 'python3-pandas'];

function haveModules(): boolean {
  const probe = spawnSync(PYTHON, ['-c', 'import numpy, scipy, pandas'], { stdio: 'ignore' });
  return probe.status === 0;
}

export function ensurePythonDeps(): void {
  if (haveModules()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `${PYTHON} with numpy, scipy and pandas is needed by the scipy parity tests and benchmarks: install ${PACKAGES.join(' ')} (Debian/Ubuntu: sudo apt-get install -y ${PACKAGES.join(' ')})`,
    );
  }
  process.stdout.write(`Installing ${PACKAGES.join(', ')} with apt-get (needed by the scipy parity tests)\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...PACKAGES],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
  if (!haveModules()) throw new Error(`${PYTHON} still cannot import numpy, scipy and pandas after apt-get install`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePythonDeps();

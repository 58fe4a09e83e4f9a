/** Runs the scipy oracle (Debian's /usr/bin/python3 with numpy, scipy, pandas) on a batch of cases. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PYTHON = process.env.CAIRN_SCIPY_PYTHON ?? '/usr/bin/python3';
const ORACLE = fileURLToPath(new URL('./oracle/scipy_oracle.py', import.meta.url));

export type OracleResult = Record<string, unknown> & { id: string };

/** Throws (never skips) when the oracle cannot run: CI must install python3-scipy. */
export function requireScipy(): string {
  const probe = spawnSync(PYTHON, ['-c', 'import scipy, numpy, pandas; print(scipy.__version__)'], {
    encoding: 'utf8',
  });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `The scipy parity suite needs ${PYTHON} with numpy, scipy and pandas (apt-get install python3-scipy python3-pandas), ` +
        `or CAIRN_SCIPY_PYTHON pointing at such an interpreter: ${probe.error?.message ?? probe.stderr.trim()}`,
    );
  }
  return probe.stdout.trim();
}

/** JSON-safe numbers: NaN -> null, infinities -> "inf" / "-inf". */
export function encodeNumbers(values: ArrayLike<number>): (number | string | null)[] {
  return Array.from(values, (v) =>
    Number.isNaN(v) ? null : v === Number.POSITIVE_INFINITY ? 'inf' : v === Number.NEGATIVE_INFINITY ? '-inf' : v,
  );
}

export function decodeNumber(v: unknown): number {
  if (v === 'NaN' || v === null) return Number.NaN;
  if (v === 'inf') return Number.POSITIVE_INFINITY;
  if (v === '-inf') return Number.NEGATIVE_INFINITY;
  if (typeof v !== 'number') throw new Error(`oracle returned a non-number: ${JSON.stringify(v)}`);
  return v;
}

export function runOracle(cases: readonly (Record<string, unknown> & { id: string })[]): Map<string, OracleResult> {
  const run = spawnSync(PYTHON, [ORACLE], {
    input: JSON.stringify({ cases }),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`scipy oracle failed (${run.status}): ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as { results: OracleResult[] };
  return new Map(parsed.results.map((r) => [r.id, r]));
}

/** Equal to scipy: both NaN, equal infinities, or within `rel` relative or `abs` absolute. */
export function close(actual: number, expected: number, rel = 1e-9, abs = 1e-12): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  const diff = Math.abs(actual - expected);
  return diff <= abs || diff <= rel * Math.abs(expected);
}

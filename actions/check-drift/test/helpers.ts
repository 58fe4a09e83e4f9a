/** check-drift's own test bits: its end-to-end world and deterministic drifting data. */
import type { E2EOptions } from '../../../test/harness/index.ts';

/** check-drift's world: scheduled runs by default, as the nightly workflow runs it. */
export const DRIFT_E2E: E2EOptions = {
  action: 'check-drift',
  prefix: 'cairn-drift-e2e-',
  event: 'schedule',
  workflow: 'Nightly drift',
  timeoutMs: 90_000,
};

/** Deterministic data: `n` rows of a numeric and a categorical column, shifted by `shift`. */
export function flightsLike(n: number, seed: number, shift: number): string {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rows = ['delay,distance,carrier'];
  for (let i = 0; i < n; i++) {
    rows.push(
      `${(r() * 60 - 10 + shift).toFixed(1)},${Math.round(200 + r() * 2000 + shift * 20)},${['AA', 'UA', 'DL', 'WN'][Math.floor(r() * (shift > 0 ? 2 : 4))]}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

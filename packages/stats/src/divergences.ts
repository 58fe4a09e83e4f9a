/**
 * Divergences between two discrete distributions given as share vectors over the same bins
 * (the output of binning.ts). Each mirrors the function Evidently's legacy stattests call.
 */
import { UserError } from '@cairn/core';
import { Accumulator, sum } from './sums.ts';

function checkSameLength(name: string, p: ArrayLike<number>, q: ArrayLike<number>): void {
  if (p.length !== q.length || p.length === 0) {
    throw new UserError(
      `${name} needs two non-empty distributions over the same bins (got ${p.length} and ${q.length}).`,
    );
  }
}

/** scipy.special.rel_entr: x ln(x/y), 0 when x = 0 and y >= 0, +inf when x > 0 and y = 0. */
export function relEntr(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

function normalised(p: ArrayLike<number>): Float64Array {
  const total = sum(p);
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = (p[i] as number) / total;
  return out;
}

/**
 * Jensen-Shannon distance, natural log (scipy.spatial.distance.jensenshannon): sqrt of the
 * divergence, in [0, sqrt(ln 2)]. A rounding-negative divergence is clamped to 0 (scipy returns NaN).
 */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('jensenShannon', p, q);
  const pn = normalised(p);
  const qn = normalised(q);
  const acc = new Accumulator();
  for (let i = 0; i < pn.length; i++) {
    const m = ((pn[i] as number) + (qn[i] as number)) / 2;
    acc.add(relEntr(pn[i] as number, m));
    acc.add(relEntr(qn[i] as number, m));
  }
  return Math.sqrt(Math.max(acc.value, 0) / 2);
}

/** Kullback-Leibler divergence KL(p || q), natural log, after normalising both (scipy.stats.entropy(p, q)). */
export function kl(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('kl', p, q);
  const pn = normalised(p);
  const qn = normalised(q);
  const acc = new Accumulator();
  for (let i = 0; i < pn.length; i++) acc.add(relEntr(pn[i] as number, qn[i] as number));
  return acc.value;
}

/** Population stability index: sum (p - q) ln(p / q). Expects no zero shares (see fillEmpty). */
export function psi(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('psi', p, q);
  const acc = new Accumulator();
  for (let i = 0; i < p.length; i++) {
    const a = p[i] as number;
    const b = q[i] as number;
    acc.add((a - b) * Math.log(a / b));
  }
  return acc.value;
}

/** Hellinger distance: sqrt(sum (sqrt p - sqrt q)^2) / sqrt 2, in [0, 1]. */
export function hellinger(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkSameLength('hellinger', p, q);
  const acc = new Accumulator();
  for (let i = 0; i < p.length; i++) {
    const d = Math.sqrt(p[i] as number) - Math.sqrt(q[i] as number);
    acc.add(d * d);
  }
  return Math.sqrt(acc.value) / Math.SQRT2;
}

/** Small text distribution sketches for markdown tables: one block character per bin. */

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** Shares of `counts` drawn relative to `max` (shared by both sides so they compare). */
export function sparkline(shares: readonly number[], max: number): string {
  if (shares.length === 0) return '';
  return shares
    .map((s) => {
      if (!(max > 0) || s <= 0) return ' ';
      const level = Math.min(BLOCKS.length - 1, Math.floor((s / max) * (BLOCKS.length - 1) + 0.5));
      return BLOCKS[level] as string;
    })
    .join('');
}

/** Shares of counts (0 when the total is 0). */
export function toShares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** "ref → cur" sketches on one scale. */
export function distributionSketch(reference: readonly number[], current: readonly number[]): string {
  const r = toShares(reference);
  const c = toShares(current);
  const max = Math.max(0, ...r, ...c);
  return `${sparkline(r, max)} → ${sparkline(c, max)}`;
}

/** Compensated (Neumaier) summation: accurate sums of many terms without pairwise recursion. */
export class Accumulator {
  private sum = 0;
  private compensation = 0;
  /** Infinities and NaN, kept apart so they do not poison the compensation term. */
  private nonFinite = 0;

  add(x: number): void {
    if (!Number.isFinite(x)) {
      this.nonFinite += x;
      return;
    }
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return this.nonFinite !== 0 || Number.isNaN(this.nonFinite)
      ? this.nonFinite + this.sum
      : this.sum + this.compensation;
  }
}

/** Accurate sum of an array. */
export function sum(values: ArrayLike<number>): number {
  const acc = new Accumulator();
  for (let i = 0; i < values.length; i++) acc.add(values[i] as number);
  return acc.value;
}

/** Mean and population standard deviation (ddof 0), two passes as numpy's np.std. */
export function meanStd(values: ArrayLike<number>): { mean: number; std: number } {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, std: Number.NaN };
  const mean = sum(values) / n;
  const acc = new Accumulator();
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    acc.add(d * d);
  }
  return { mean, std: Math.sqrt(acc.value / n) };
}

/** A small seeded generator for reproducible test data (mulberry32 for uniforms). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  normals(n: number, mean = 0, sd = 1): Float64Array {
    return Float64Array.from({ length: n }, () => this.normal(mean, sd));
  }

  /** Heavy-tailed: Cauchy. */
  cauchys(n: number, scale = 1): Float64Array {
    return Float64Array.from({ length: n }, () => scale * Math.tan(Math.PI * (this.next() - 0.5)));
  }

  /** Integers in [lo, hi] as floats: many ties. */
  ints(n: number, lo: number, hi: number): Float64Array {
    return Float64Array.from({ length: n }, () => this.int(lo, hi));
  }

  /** Categories c0..c{k-1} with geometric-ish weights. */
  categories(n: number, k: number, skew = 0.7, prefix = 'c'): string[] {
    return Array.from({ length: n }, () => {
      let i = 0;
      while (i < k - 1 && this.next() > skew) i++;
      return `${prefix}${i}`;
    });
  }
}

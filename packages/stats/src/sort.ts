/**
 * Ascending in-place sort of a Float64Array without NaN. Integer-valued data with a limited range
 * (counts, codes, minutes, miles: common in tables) is sorted by counting in O(n + range);
 * anything else uses TypedArray.prototype.sort. (-0 becomes +0 on the counting path; the two
 * compare equal everywhere the statistics look.)
 */
const COUNTING_MIN = 4096;
const MAX_RANGE = 1 << 22;

export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < COUNTING_MIN) return values.sort();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isInteger(v)) return values.sort();
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  if (range > MAX_RANGE || range > 4 * n) return values.sort();
  const counts = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const k = (values[i] as number) - min;
    counts[k] = (counts[k] as number) + 1;
  }
  let at = 0;
  for (let k = 0; k <= range; k++) {
    const c = counts[k] as number;
    if (c > 0) {
      values.fill(k + min, at, at + c);
      at += c;
    }
  }
  return values;
}

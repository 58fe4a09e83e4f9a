/**
 * Cleaning a column before testing it (Evidently: +-inf become NaN, then NaN is dropped per side),
 * done once per column: numeric values are copied into one sorted Float64Array that every test
 * reuses; categorical values are counted into a Map.
 */
import { sortFloat64 } from './sort.ts';

export interface SideCounts {
  /** Rows in the input, missing included. */
  count: number;
  /** Rows dropped before testing: missing values (NaN / null) and +-infinity. */
  nulls: number;
}

export interface NumericSide extends SideCounts {
  kind: 'numeric';
  sorted: Float64Array;
  /** Rows that were +-infinity (counted in `nulls`). */
  infinite: number;
}

export interface CategoricalSide extends SideCounts {
  kind: 'categorical';
  counts: Map<string, number>;
  /** Non-missing rows. */
  n: number;
}

export type ColumnValues = Float64Array | readonly (number | null)[] | readonly (string | null)[];

/** Finite values of a numeric column, sorted ascending. */
export function prepareNumeric(values: Float64Array | readonly (number | null)[]): NumericSide {
  const out = new Float64Array(values.length);
  let n = 0;
  let infinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
      infinite++;
      continue;
    }
    out[n++] = v;
  }
  const sorted = sortFloat64(out.subarray(0, n));
  return { kind: 'numeric', sorted, count: values.length, nulls: values.length - n, infinite };
}

/** Counts of each non-missing category; `null` (and undefined) are missing. */
export function prepareCategorical(values: readonly (string | number | boolean | null)[]): CategoricalSide {
  // One hash lookup per row: the map gives a slot, counts live in a typed array.
  const slots = new Map<string, number>();
  let counts = new Float64Array(64);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const key = typeof v === 'string' ? v : String(v);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(key, slot);
      if (slot === counts.length) {
        const grown = new Float64Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    counts[slot] = (counts[slot] as number) + 1;
    n++;
  }
  const out = new Map<string, number>();
  for (const [key, slot] of slots) out.set(key, counts[slot] as number);
  return { kind: 'categorical', counts: out, n, count: values.length, nulls: values.length - n };
}

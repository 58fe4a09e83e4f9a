/**
 * The type a column is tested as, the way Evidently 0.7 would type it from what pandas reads
 * (REFERENCE.md §3 item 11): the reference's pandas dtype and its distinct values decide, a user
 * override wins, and a column that is numeric on one side but text on the other is tested as
 * categorical with a note (Evidently crashes on it: evidentlyai/evidently#329).
 */
import { evidentlyColumnType, pandasDtype } from '@cairn/data';
import type { ColumnType } from '@cairn/stats';
import type { ColumnSide } from './side-data.ts';

export interface ColumnTyping {
  type: ColumnType;
  /** Why the type differs from what one side alone suggests, when it does. */
  note: string | null;
}

/** Distinct finite numbers (sorted input), stopping early past `cap`. */
export function distinctSortedCapped(sorted: Float64Array, cap = Number.POSITIVE_INFINITY): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      distinct++;
      if (distinct > cap) return distinct;
    }
  }
  return distinct;
}

/** Non-missing, non-infinite values of a side that are text (not numbers). */
function textCount(side: ColumnSide): number {
  let n = 0;
  side.categories.forEach((c) => {
    n += c;
  });
  return n;
}

/**
 * Evidently's type for a column from both sides. `refSorted` holds the reference's finite numbers,
 * sorted (for the distinct count of integer columns).
 */
export function columnTyping(
  ref: ColumnSide,
  cur: ColumnSide,
  refSorted: Float64Array,
  refParquet: boolean,
  override: ColumnType | undefined,
): ColumnTyping {
  if (override !== undefined) return { type: override, note: null };
  const refText = textCount(ref);
  const curText = textCount(cur);
  const dtype = pandasDtype(ref.kinds, refParquet);
  const nonNull = ref.numberCount + refText;
  if (refText > 0 || curText > 0) {
    // Text somewhere: strings (and numbers mixed with them) are categories. Leading-zero codes are
    // text to Cairn (a deliberate difference from pandas, documented in ADR 0009).
    if (dtype === 'datetime64[ns]') return { type: 'datetime', note: null };
    const distinct = ref.categories.size + distinctSortedCapped(refSorted);
    const type = evidentlyColumnType('object', distinct, nonNull);
    let note: string | null = null;
    if (refText === 0 && ref.numberCount > 0) note = 'numbers in the reference but text in the current data';
    else if (curText === 0 && cur.numberCount > 0) note = 'text in the reference but numbers in the current data';
    if (note !== null) return { type: 'categorical', note: `${note}: tested as categorical` };
    if (ref.kinds.kinds.boolean > 0 && ref.kinds.kinds.boolean === refText) return { type: 'categorical', note: null };
    return { type, note: null };
  }
  if (dtype === 'int64') {
    return { type: evidentlyColumnType('int64', distinctSortedCapped(refSorted, 10), nonNull), note: null };
  }
  return { type: 'numeric', note: null };
}

/**
 * One side (reference or current) of a drift check, read once and kept small: per column, the
 * finite numbers (unsorted, in one growable Float64Array), the counts of every non-numeric value
 * (a Map, never the rows themselves), missing and infinite counts, and the reader's kind counts
 * (for the pandas dtype Evidently would see). Everything here is structured-cloneable, so a worker
 * thread can read a file and hand its side back without copying the rows one by one.
 */
import { type Batch, type ColumnCounts, emptyCounts, mergeCounts } from '@cairn/data';

export interface ColumnSide {
  name: string;
  /** Rows, missing included. */
  count: number;
  /** Finite numbers, unsorted; `numberCount` of them are used. */
  numbers: Float64Array;
  numberCount: number;
  /** Missing values (null, NaN, empty cells and null spellings). */
  missing: number;
  /** +-Infinity values (Evidently turns them into NaN and drops them). */
  infinite: number;
  /** Counts of every non-missing value that is not a number (strings, booleans, dates), by text. */
  categories: Map<string, number>;
  /** The reader's kind counts, merged over batches and files. */
  kinds: ColumnCounts;
}

export interface TableSide {
  /** Where the rows came from (files), for messages. */
  sources: string[];
  /** The first file is Parquet (pandas reads its timestamps as datetime64). */
  parquet: boolean;
  rows: number;
  /** Columns in file order (union over files, first seen first). */
  columns: Map<string, ColumnSide>;
}

export function emptyColumnSide(name: string): ColumnSide {
  return {
    name,
    count: 0,
    numbers: new Float64Array(0),
    numberCount: 0,
    missing: 0,
    infinite: 0,
    categories: new Map(),
    kinds: emptyCounts(),
  };
}

function reserve(side: ColumnSide, extra: number): void {
  const need = side.numberCount + extra;
  if (need <= side.numbers.length) return;
  const grown = new Float64Array(Math.max(need, side.numbers.length * 2, 1024));
  grown.set(side.numbers.subarray(0, side.numberCount));
  side.numbers = grown;
}

function addNumber(side: ColumnSide, v: number): void {
  if (Number.isNaN(v)) side.missing++;
  else if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) side.infinite++;
  else {
    reserve(side, 1);
    side.numbers[side.numberCount++] = v;
  }
}

/** Adds one batch of a table to its side; columns first seen late were missing in earlier rows. */
export function addBatch(table: TableSide, batch: Batch): void {
  for (const [name, column] of batch.columns) {
    let side = table.columns.get(name);
    if (side === undefined) {
      side = emptyColumnSide(name);
      side.count = table.rows;
      side.missing = table.rows;
      side.kinds.kinds.null = table.rows;
      table.columns.set(name, side);
    }
    side.count += column.length;
    mergeCounts(side.kinds, column.counts);
    if ('numbers' in column) {
      reserve(side, column.length);
      const values = column.numbers;
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        // Inline of addNumber: this loop sees every numeric cell of the table.
        if (v - v === 0) side.numbers[side.numberCount++] = v;
        else if (Number.isNaN(v)) side.missing++;
        else side.infinite++;
      }
      continue;
    }
    const cats = side.categories;
    if ('codes' in column) {
      addCodes(side, column.codes, column.dictionary);
      continue;
    }
    for (const v of column.values) {
      if (v === null) side.missing++;
      else if (typeof v === 'number') addNumber(side, v);
      else {
        const key = typeof v === 'string' ? v : String(v);
        const had = cats.get(key);
        cats.set(had === undefined ? flatCopy(key) : key, (had ?? 0) + 1);
      }
    }
  }
  table.rows += batch.rowCount;
  // Columns absent from this batch (JSON rows without the key) are missing in its rows.
  for (const side of table.columns.values()) {
    if (side.count < table.rows) {
      const gap = table.rows - side.count;
      side.count += gap;
      side.missing += gap;
      side.kinds.kinds.null += gap;
    }
  }
}

/** Counts a dictionary column: codes tallied in an array, then one Map update per distinct value. */
function addCodes(side: ColumnSide, codes: Int32Array, dictionary: readonly string[]): void {
  const tally = new Float64Array(dictionary.length);
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if (code < 0) missing++;
    else tally[code]!++;
  }
  side.missing += missing;
  const cats = side.categories;
  for (let k = 0; k < dictionary.length; k++) {
    const n = tally[k] as number;
    if (n === 0) continue;
    const key = dictionary[k] as string;
    const had = cats.get(key);
    // A new key is copied so that it does not pin the batch's text (V8 sliced strings keep their parent).
    cats.set(had === undefined ? flatCopy(key) : key, (had ?? 0) + n);
  }
}

/**
 * A copy of `s` that shares no memory with the string it was cut from: concatenation builds a
 * new string, and slicing that is flattened on its own. Only the few distinct values are copied.
 */
export function flatCopy(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** Merges `from` (a later file of the same side) into `into`. */
export function mergeTableSide(into: TableSide, from: TableSide): void {
  for (const [name, src] of from.columns) {
    let dst = into.columns.get(name);
    if (dst === undefined) {
      dst = emptyColumnSide(name);
      dst.count = into.rows;
      dst.missing = into.rows;
      dst.kinds.kinds.null = into.rows;
      into.columns.set(name, dst);
    }
    dst.count += src.count;
    dst.missing += src.missing;
    dst.infinite += src.infinite;
    mergeCounts(dst.kinds, src.kinds);
    reserve(dst, src.numberCount);
    dst.numbers.set(src.numbers.subarray(0, src.numberCount), dst.numberCount);
    dst.numberCount += src.numberCount;
    for (const [key, n] of src.categories) dst.categories.set(key, (dst.categories.get(key) ?? 0) + n);
  }
  into.rows += from.rows;
  into.sources.push(...from.sources);
  for (const side of into.columns.values()) {
    const gap = into.rows - side.count;
    if (gap > 0) {
      side.count += gap;
      side.missing += gap;
      side.kinds.kinds.null += gap;
    }
  }
}

/** The numbers actually held (a view, trimmed), for transfer or testing. */
export function numbersOf(side: ColumnSide): Float64Array {
  return side.numbers.subarray(0, side.numberCount);
}

/** Trims every column's number buffer to its length, so a transfer moves no slack. */
export function compactTableSide(table: TableSide): void {
  for (const side of table.columns.values()) {
    if (side.numbers.length !== side.numberCount) side.numbers = side.numbers.slice(0, side.numberCount);
  }
}

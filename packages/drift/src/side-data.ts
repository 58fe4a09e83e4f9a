/**
 * One side (reference or current) of a drift check, read once and kept small: per column, the
 * finite numbers (unsorted, in fixed-size chunks, joined once when the column is tested), the counts of every non-numeric value
 * (a Map, never the rows themselves), missing and infinite counts, and the reader's kind counts
 * (for the pandas dtype Evidently would see). Everything here is structured-cloneable, so a worker
 * thread can read a file and hand its side back without copying the rows one by one.
 */
import { type Batch, type ColumnCounts, emptyCounts, mergeCounts } from '@cairn/data';

export interface ColumnSide {
  name: string;
  /** Rows, missing included. */
  count: number;
  /**
   * Finite numbers, unsorted, `numberCount` in all: chunks of NUMBER_CHUNK values, all full but
   * the last (a lone first chunk starts small and doubles up to NUMBER_CHUNK). Chunks instead of
   * one doubling array: no copies while reading and no garbage from outgrown arrays, which would
   * otherwise raise the process's peak memory by about the size of the column again.
   */
  chunks: NumberChunk[];
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
    chunks: [],
    numberCount: 0,
    missing: 0,
    infinite: 0,
    categories: new Map(),
    kinds: emptyCounts(),
  };
}

/** Numbers per chunk: 65,536 (512 KiB as doubles). */
export const NUMBER_CHUNK = 1 << 16;

/**
 * A chunk holds doubles, or 32-bit integers while every number of the column so far is one (counts,
 * codes, minutes, miles: most numeric columns of real tables): half the memory, and exact, since
 * such a double converts to an int32 and back without change (-0 is kept as 0, which every statistic
 * treats as equal). The first value that is not an int32 turns the column's chunks into doubles.
 */
export type NumberChunk = Float64Array | Int32Array;

function newChunk(side: ColumnSide, length: number): NumberChunk {
  return side.chunks.length === 0 || side.chunks[0] instanceof Int32Array
    ? new Int32Array(length)
    : new Float64Array(length);
}

/** The chunk the next number goes to, with room for at least one more. */
function writableChunk(side: ColumnSide): NumberChunk {
  const chunks = side.chunks;
  const last = chunks.at(-1);
  const used = side.numberCount - (chunks.length - 1) * NUMBER_CHUNK;
  if (last !== undefined && used < last.length) return last;
  if (last !== undefined && chunks.length === 1 && last.length < NUMBER_CHUNK) {
    // A small column's only chunk doubles until it is a full chunk.
    const grown = newChunk(side, Math.min(NUMBER_CHUNK, last.length * 2));
    grown.set(last);
    release(last);
    chunks[0] = grown;
    return grown;
  }
  const fresh = newChunk(side, chunks.length === 0 ? 1024 : NUMBER_CHUNK);
  chunks.push(fresh);
  return fresh;
}

/** Turns integer chunks into double chunks (the column met a number that is not an int32). */
function toDoubles(side: ColumnSide): void {
  side.chunks = side.chunks.map((chunk) => {
    if (chunk instanceof Float64Array) return chunk;
    const doubles = Float64Array.from(chunk);
    release(chunk);
    return doubles;
  });
}

function addNumber(side: ColumnSide, v: number): void {
  if (Number.isNaN(v)) side.missing++;
  else if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) side.infinite++;
  else {
    let chunk = writableChunk(side);
    if (chunk instanceof Int32Array && (v | 0) !== v) {
      toDoubles(side);
      chunk = writableChunk(side);
    }
    chunk[side.numberCount++ - (side.chunks.length - 1) * NUMBER_CHUNK] = v;
  }
}

/** Appends the finite values of `values` (NaN counts as missing, +-Infinity as infinite). */
function addNumbers(side: ColumnSide, values: ArrayLike<number>): void {
  let i = 0;
  const n = values.length;
  while (i < n) {
    const chunk = writableChunk(side);
    const base = (side.chunks.length - 1) * NUMBER_CHUNK;
    let at = side.numberCount - base;
    const room = chunk.length;
    if (chunk instanceof Int32Array) {
      // This loop sees every numeric cell of an integer column.
      for (; i < n && at < room; i++) {
        const v = values[i] as number;
        if ((v | 0) === v) chunk[at++] = v;
        else if (v - v === 0)
          break; // a finite non-int32: the column becomes doubles
        else if (Number.isNaN(v)) side.missing++;
        else side.infinite++;
      }
      side.numberCount = base + at;
      if (i < n && at < room && (values[i] as number) - (values[i] as number) === 0) toDoubles(side);
      continue;
    }
    // This loop sees every numeric cell of a column with fractions.
    for (; i < n && at < room; i++) {
      const v = values[i] as number;
      if (v - v === 0) chunk[at++] = v;
      else if (Number.isNaN(v)) side.missing++;
      else side.infinite++;
    }
    side.numberCount = base + at;
  }
}

/** Adds one batch of a table to its side; columns first seen late were missing in earlier rows. */
export function addBatch(table: TableSide, batch: Batch): void {
  for (const [name, column] of batch.columns) {
    const side = columnOf(table, name);
    side.count += column.length;
    mergeCounts(side.kinds, column.counts);
    if ('numbers' in column) {
      addNumbers(side, column.numbers);
      // The batch's arrays are ours (types.ts: readers keep no reference); freed now, not at the next
      // collection, so reading a file does not leave a file's worth of dead batches behind.
      release(column.numbers);
      if (column.nullMask) release(column.nullMask);
      continue;
    }
    const cats = side.categories;
    if ('codes' in column) {
      addCodes(side, column.codes, column.dictionary);
      release(column.codes);
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
  fillMissingRows(table);
}

/** A table's side for column `name`; a column first seen late was missing in every earlier row. */
function columnOf(table: TableSide, name: string): ColumnSide {
  let side = table.columns.get(name);
  if (side === undefined) {
    side = emptyColumnSide(name);
    table.columns.set(name, side);
    addMissing(side, table.rows);
  }
  return side;
}

/** Counts the rows a column did not have (up to the table's row count) as missing. */
function fillMissingRows(table: TableSide): void {
  for (const side of table.columns.values()) addMissing(side, table.rows - side.count);
}

function addMissing(side: ColumnSide, rows: number): void {
  if (rows <= 0) return;
  side.count += rows;
  side.missing += rows;
  side.kinds.kinds.null += rows;
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
    const dst = columnOf(into, name);
    dst.count += src.count;
    dst.missing += src.missing;
    dst.infinite += src.infinite;
    mergeCounts(dst.kinds, src.kinds);
    for (const chunk of chunksOf(src)) addNumbers(dst, chunk);
    for (const [key, n] of src.categories) dst.categories.set(key, (dst.categories.get(key) ?? 0) + n);
  }
  into.rows += from.rows;
  into.sources.push(...from.sources);
  fillMissingRows(into);
}

/**
 * Frees an array's memory now instead of at the next garbage collection: detaching its buffer
 * (ArrayBuffer.prototype.transfer, Node >= 21) releases the backing store at once. Joining a
 * column's chunks would otherwise hold the column twice until the collector runs, and the
 * collector runs rarely while tests allocate little on the JS heap.
 */
function release(array: NumberChunk | Uint8Array): void {
  const buffer = array.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (array.byteOffset === 0 && array.byteLength === buffer.byteLength) buffer.transfer?.(0);
}

/** The used part of each chunk. */
function chunksOf(side: ColumnSide): NumberChunk[] {
  return side.chunks.map((chunk, i) => chunk.subarray(0, Math.min(chunk.length, side.numberCount - i * NUMBER_CHUNK)));
}

/**
 * The numbers as one array (a view, unsorted). Chunks are joined here, once, into an array of the
 * exact size, and let go: the column's memory is doubled only while its own join runs.
 */
export function numbersOf(side: ColumnSide): Float64Array {
  const first = side.chunks[0];
  if (side.chunks.length > 1 || first instanceof Int32Array) {
    const joined = new Float64Array(side.numberCount);
    let at = 0;
    for (const chunk of chunksOf(side)) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    for (const chunk of side.chunks) release(chunk);
    side.chunks = [joined];
  }
  const only = side.chunks[0] as Float64Array | undefined;
  return only?.subarray(0, side.numberCount) ?? new Float64Array(0);
}

/**
 * Lets a tested column's numbers go at once (the check keeps only the results and histograms), so
 * that the next column's arrays take the place of this one's instead of adding to it.
 */
export function releaseNumbers(side: ColumnSide): void {
  for (const chunk of side.chunks) release(chunk);
  side.chunks = [];
  side.numberCount = 0;
}

/** The number buffers of a side, for a worker to transfer instead of copy. */
export function numberBuffers(table: TableSide): ArrayBuffer[] {
  return [...table.columns.values()].flatMap((side) => side.chunks.map((c) => c.buffer as ArrayBuffer));
}

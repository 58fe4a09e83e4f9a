/**
 * Compact per-row-group column buffers for the Parquet reader: decoded pages are copied straight
 * into a Float64Array (numbers, and dates/timestamps as epoch milliseconds) or a value array, so
 * no boxed BigInt or Date outlives the page it came from. Batches are then cut from the buffers.
 */
import type { DecodedArray } from 'hyparquet';
import { countsFromTally } from './column-type.ts';
import { codedDictionary } from './parquet-dictionary.ts';
import { instantDictionary, isoTexts } from './parquet-instants.ts';
import type { CellValue, Column, ColumnCounts, ColumnType, ValueColumn } from './types.ts';
import { K_BOOLEAN, K_DATE, K_DATETIME, K_INTEGER, K_NULL, K_NUMBER, K_STRING } from './value-kinds.ts';

export interface ParquetColumnPlan {
  name: string;
  type: ColumnType;
  /** Timestamps not adjusted to UTC are written without a `Z`. */
  utc: boolean;
  /** A top-level primitive column: dates and timestamps decode to epoch milliseconds. */
  flat: boolean;
}

/**
 * One projected column of one row group, in compact form. The buffers are reused from row group
 * to row group (batches get copies), so a file's read allocates them once.
 */
export type GroupColumn = NumbersGroup | CodedGroup;

export interface NumbersGroup {
  kind: 'numbers';
  numbers: Float64Array;
  /** 1 where the row is null; allocated on the first null, cleared for each row group. */
  nullMask: Uint8Array | undefined;
}

/**
 * Value columns: per row an index into `dict` (-1: null). Dictionary pages are added as they are;
 * `dict` may hold a value twice (two dictionary pages, or plain pages after a dictionary), so a
 * batch's DictionaryColumn is deduplicated when it is cut (parquet-dictionary.ts).
 */
export interface CodedGroup {
  kind: 'coded';
  codes: Int32Array;
  dict: CellValue[];
  /**
   * Text of non-dictionary pages seen in this row group and its code in `dict` (internText);
   * null once interning stopped paying (mostly distinct text).
   */
  seen: Map<string, number> | null | undefined;
  /** Lookups that found their text in `seen`. */
  seenHits: number;
  /**
   * True while `dict` holds no value twice (one dictionary page, or text interned through `seen`
   * only): batches then need no Map to deduplicate.
   */
  unique: boolean;
  /** Scratch for cutting batches: dict code -> batch code (-1 when not yet in the batch). */
  remap: Int32Array | undefined;
}

/** hyparquet parsers that keep dates and timestamps as epoch milliseconds (no Date objects). */
export const EPOCH_PARSERS = {
  timestampFromMilliseconds: (millis: bigint): number => Number(millis),
  timestampFromMicroseconds: (micros: bigint): number => Number(micros / 1000n),
  timestampFromNanoseconds: (nanos: bigint): number => Number(nanos / 1000000n),
  dateFromDays: (days: number): number => days * 86_400_000,
};

const KIND_OF_TYPE: Record<ColumnType, number> = {
  integer: K_INTEGER,
  number: K_NUMBER,
  boolean: K_BOOLEAN,
  date: K_DATE,
  datetime: K_DATETIME,
  string: K_STRING,
  mixed: K_STRING,
  empty: K_NULL,
};

export function kindOfType(type: ColumnType): number {
  return KIND_OF_TYPE[type];
}

/** True when the column is held as numbers: integers, floats, and flat dates/timestamps. */
export function holdsNumbers(plan: ParquetColumnPlan): boolean {
  return (
    plan.type === 'integer' ||
    plan.type === 'number' ||
    (plan.flat && (plan.type === 'date' || plan.type === 'datetime'))
  );
}

/**
 * The group column for a row group of `rows` rows: `previous` (the same column's buffers from the
 * last row group, no longer referenced by any batch) cleared and reused when it is large enough.
 */
export function newGroupColumn(plan: ParquetColumnPlan, rows: number, previous?: GroupColumn): GroupColumn {
  if (holdsNumbers(plan)) {
    if (previous?.kind === 'numbers' && previous.numbers.length >= rows) {
      previous.nullMask?.fill(0, 0, rows);
      return previous;
    }
    return { kind: 'numbers', numbers: new Float64Array(rows), nullMask: undefined };
  }
  const codes = previous?.kind === 'coded' && previous.codes.length >= rows ? previous.codes : new Int32Array(rows);
  codes.fill(-1, 0, rows);
  return { kind: 'coded', codes, dict: [], seen: undefined, seenHits: 0, unique: true, remap: undefined };
}

/** Copies one decoded page (rows [at, at + chunk.length) of the group) into the group column. */
export function storeChunk(target: GroupColumn, chunk: DecodedArray, at: number): void {
  if (target.kind === 'coded') {
    const { codes, dict } = target;
    target.unique = false;
    for (let i = 0; i < chunk.length; i++) {
      const value = cellFromParquet(chunk[i]);
      if (value !== null) codes[at + i] = dict.push(value) - 1;
    }
    return;
  }
  const { numbers } = target;
  if (chunk instanceof Float64Array || chunk instanceof Float32Array || chunk instanceof Int32Array) {
    numbers.set(chunk, at);
    return;
  }
  for (let i = 0; i < chunk.length; i++) {
    const value: unknown = chunk[i];
    if (value === null || value === undefined) {
      numbers[at + i] = Number.NaN;
      target.nullMask ??= new Uint8Array(numbers.length);
      target.nullMask[at + i] = 1;
    } else numbers[at + i] = Number(value);
  }
}

/**
 * Builds the batch column for rows [start, end) of a group column (copied out: the group's
 * buffers are reused). With `dictionary`, string, date and datetime columns come back as
 * DictionaryColumn.
 */
export function batchColumn(
  plan: ParquetColumnPlan,
  group: GroupColumn,
  start: number,
  end: number,
  dictionary = false,
): Column {
  const rows = end - start;
  const kind = KIND_OF_TYPE[plan.type];
  if (group.kind === 'numbers') {
    const mask = group.nullMask?.subarray(start, end);
    let nulls = 0;
    if (mask) for (let r = 0; r < rows; r++) nulls += mask[r]!;
    const counts = typedCounts(kind, rows, nulls);
    if (plan.type === 'integer' || plan.type === 'number') {
      return {
        name: plan.name,
        type: plan.type,
        length: rows,
        counts,
        numbers: group.numbers.slice(start, end),
        nullMask: nulls > 0 ? mask?.slice() : undefined,
      };
    }
    if (dictionary && (plan.type === 'date' || plan.type === 'datetime')) {
      return { name: plan.name, type: plan.type, length: rows, counts, ...instantDictionary(plan, group, start, end) };
    }
    return {
      name: plan.name,
      type: plan.type as ValueColumn['type'],
      length: rows,
      counts,
      values: isoTexts(plan, group, start, end),
    };
  }
  if (dictionary && (plan.type === 'string' || plan.type === 'date' || plan.type === 'datetime')) {
    const coded = codedDictionary(group, start, end);
    if (coded) {
      const counts = typedCounts(kind, rows, coded.nulls);
      return {
        name: plan.name,
        type: plan.type,
        length: rows,
        counts,
        codes: coded.codes,
        dictionary: coded.dictionary,
      };
    }
  }
  const values: CellValue[] = new Array(rows);
  const { codes, dict } = group;
  let nulls = 0;
  for (let r = 0; r < rows; r++) {
    const code = codes[start + r]!;
    if (code < 0) {
      values[r] = null;
      nulls++;
    } else values[r] = dict[code]!;
  }
  return {
    name: plan.name,
    type: plan.type as ValueColumn['type'],
    length: rows,
    counts: typedCounts(kind, rows, nulls),
    values,
  };
}

/** Counts for a typed column: every non-null value has the schema's kind. */
export function typedCounts(kind: number, rows: number, nulls: number): ColumnCounts {
  const tally = new Int32Array(8);
  tally[kind] = rows - nulls;
  tally[K_NULL] = nulls;
  return countsFromTally(tally);
}

export function cellFromParquet(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

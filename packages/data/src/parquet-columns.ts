/**
 * Compact per-row-group column buffers for the Parquet reader: decoded pages are copied straight
 * into a Float64Array (numbers, and dates/timestamps as epoch milliseconds) or a value array, so
 * no boxed BigInt or Date outlives the page it came from. Batches are then cut from the buffers.
 */
import type { DecodedArray } from 'hyparquet';
import { countsFromTally } from './column-type.ts';
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

/** One projected column of one row group, in compact form. */
export type GroupColumn =
  | { kind: 'numbers'; numbers: Float64Array; nullMask: Uint8Array | undefined }
  | { kind: 'values'; values: CellValue[] };

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

export function newGroupColumn(plan: ParquetColumnPlan, rows: number): GroupColumn {
  return holdsNumbers(plan)
    ? { kind: 'numbers', numbers: new Float64Array(rows), nullMask: undefined }
    : { kind: 'values', values: new Array<CellValue>(rows).fill(null) };
}

/** Copies one decoded page (rows [at, at + chunk.length) of the group) into the group column. */
export function storeChunk(target: GroupColumn, chunk: DecodedArray, at: number): void {
  if (target.kind === 'values') {
    const { values } = target;
    for (let i = 0; i < chunk.length; i++) values[at + i] = cellFromParquet(chunk[i]);
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

/** Builds the batch column for rows [start, end) of a group column. */
export function batchColumn(plan: ParquetColumnPlan, group: GroupColumn, start: number, end: number): Column {
  const rows = end - start;
  const kind = KIND_OF_TYPE[plan.type];
  if (group.kind === 'numbers') {
    const mask = group.nullMask?.subarray(start, end);
    let nulls = 0;
    if (mask) for (let r = 0; r < rows; r++) nulls += mask[r]!;
    const counts = typedCounts(kind, rows, nulls);
    if (plan.type === 'integer' || plan.type === 'number') {
      const numbers = group.numbers.subarray(start, end);
      return {
        name: plan.name,
        type: plan.type,
        length: rows,
        counts,
        numbers,
        nullMask: nulls > 0 ? mask : undefined,
      };
    }
    return {
      name: plan.name,
      type: plan.type as ValueColumn['type'],
      length: rows,
      counts,
      values: isoTexts(plan, group, start, end),
    };
  }
  const values = group.values.slice(start, end);
  let nulls = 0;
  for (let r = 0; r < rows; r++) if (values[r] === null) nulls++;
  return {
    name: plan.name,
    type: plan.type as ValueColumn['type'],
    length: rows,
    counts: typedCounts(kind, rows, nulls),
    values,
  };
}

/** ISO 8601 text for epoch milliseconds; instants repeat a lot, so each is formatted once per batch. */
function isoTexts(
  plan: ParquetColumnPlan,
  group: { numbers: Float64Array; nullMask: Uint8Array | undefined },
  start: number,
  end: number,
): CellValue[] {
  const values: CellValue[] = new Array(end - start);
  const cache = new Map<number, string>();
  for (let r = start; r < end; r++) {
    if (group.nullMask?.[r]) {
      values[r - start] = null;
      continue;
    }
    const time = group.numbers[r]!;
    let text = cache.get(time);
    if (text === undefined) {
      const iso = new Date(time).toISOString();
      text = plan.type === 'date' ? iso.slice(0, 10) : plan.utc ? iso : iso.slice(0, -1);
      cache.set(time, text);
    }
    values[r - start] = text;
  }
  return values;
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

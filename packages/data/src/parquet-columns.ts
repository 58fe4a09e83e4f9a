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
  /** Value columns: per row an index into `dict` (-1: null); dictionary pages are shared as is. */
  | { kind: 'coded'; codes: Int32Array; dict: CellValue[] };

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
    : { kind: 'coded', codes: new Int32Array(rows).fill(-1), dict: [] };
}

/** Copies one decoded page (rows [at, at + chunk.length) of the group) into the group column. */
export function storeChunk(target: GroupColumn, chunk: DecodedArray, at: number): void {
  if (target.kind === 'coded') {
    const { codes, dict } = target;
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

/**
 * ISO 8601 text for epoch milliseconds, the same text as `Date.toISOString()` (without the `Z`
 * for timestamps not adjusted to UTC, only the day for dates). Years 0-9999 are formatted from
 * integer arithmetic into one flat string (no Date object, no sliced strings); others use Date.
 */
function isoTexts(
  plan: ParquetColumnPlan,
  group: { numbers: Float64Array; nullMask: Uint8Array | undefined },
  start: number,
  end: number,
): CellValue[] {
  const values: CellValue[] = new Array(end - start);
  const length = plan.type === 'date' ? 10 : plan.utc ? 24 : 23;
  // Instants repeat in runs (sorted data): one string per run. (A Map per batch dedupes more but
  // was measured to cost more memory than it saves.)
  let lastTime = Number.NaN;
  let lastText = '';
  for (let r = start; r < end; r++) {
    if (group.nullMask?.[r]) {
      values[r - start] = null;
      continue;
    }
    const time = group.numbers[r]!;
    if (time !== lastTime) {
      lastTime = time;
      lastText = formatInstant(time, length);
    }
    values[r - start] = lastText;
  }
  return values;
}

const MS_PER_DAY = 86_400_000;
/** Years 0000-01-01 to 9999-12-31 in epoch milliseconds. */
const MIN_FAST = -62_167_219_200_000;
const MAX_FAST = 253_402_300_799_999;
/** Character codes of the text being built, one reused array per output length. */
const CODES: Record<number, number[]> = {
  10: new Array<number>(10).fill(48),
  23: new Array<number>(23).fill(48),
  24: new Array<number>(24).fill(48),
};

export function formatInstant(time: number, length: number): string {
  if (!(time >= MIN_FAST && time <= MAX_FAST) || !Number.isInteger(time)) {
    const iso = new Date(time).toISOString();
    return length === 10 ? iso.slice(0, 10) : length === 23 ? iso.slice(0, -1) : iso;
  }
  const codes = CODES[length]!;
  const days = Math.floor(time / MS_PER_DAY);
  let ms = time - days * MS_PER_DAY;
  // Civil date from days since 1970-01-01 (Howard Hinnant, "chrono-Compatible Low-Level Date
  // Algorithms", days_from_civil inverse; proleptic Gregorian calendar, as Date uses).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  put(codes, 0, year, 4);
  codes[4] = 45; // -
  put(codes, 5, month, 2);
  codes[7] = 45;
  put(codes, 8, day, 2);
  if (length > 10) {
    const hours = Math.floor(ms / 3_600_000);
    ms -= hours * 3_600_000;
    const minutes = Math.floor(ms / 60_000);
    ms -= minutes * 60_000;
    const seconds = Math.floor(ms / 1000);
    ms -= seconds * 1000;
    codes[10] = 84; // T
    put(codes, 11, hours, 2);
    codes[13] = 58; // :
    put(codes, 14, minutes, 2);
    codes[16] = 58;
    put(codes, 17, seconds, 2);
    codes[19] = 46; // .
    put(codes, 20, ms, 3);
    if (length === 24) codes[23] = 90; // Z
  }
  return String.fromCharCode.apply(null, codes);
}

function put(codes: number[], at: number, value: number, width: number): void {
  for (let i = at + width - 1; i >= at; i--) {
    codes[i] = 48 + (value % 10);
    value = Math.floor(value / 10);
  }
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

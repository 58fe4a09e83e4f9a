import { isAscii } from 'node:buffer';
import { countsFromTally, resolveType } from './column-type.ts';
import type { RawBatch } from './csv-tokenizer.ts';
import type { CellValue, Column } from './types.ts';
import {
  classifyBytes,
  K_BOOLEAN,
  K_INTEGER,
  K_NULL,
  K_NUMBER,
  type NullMatcher,
  parseNumberBytes,
  parsePlainNumber,
} from './value-kinds.ts';

/** A projected column: its name and its slot in the RawBatch rows. */
export interface SlotColumn {
  name: string;
  slot: number;
}

/**
 * Turns the bytes of one CSV batch into typed columns. Each column is classified from bytes in
 * one pass that also parses numbers straight into a Float64Array; only non-numeric columns
 * decode their fields to strings.
 */
export function columnsFromRawBatch(
  raw: RawBatch,
  slots: readonly SlotColumn[],
  nulls: NullMatcher,
): Map<string, Column> {
  // ASCII batches (the common case) are decoded once; fields are then substrings of that text,
  // whose character offsets equal the byte offsets.
  const text = isAscii(raw.data) ? raw.data.toString('latin1') : undefined;
  const columns = new Map<string, Column>();
  for (const { name, slot } of slots) columns.set(name, buildColumn(raw, name, slot, nulls, text));
  return columns;
}

/** Fields up to this long are memoised per distinct value (the key packs them into a double exactly). */
const SHORT_MAX_BYTES = 6;
/** 1 for the bytes a number can start with: digits, sign, dot. */
const NUMERIC_START = new Uint8Array(256);
for (const c of '0123456789+-.') NUMERIC_START[c.charCodeAt(0)] = 1;

/** Fields at least this long are compared with the previous row's before being classified. */
const REPEAT_MIN_BYTES = 8;

/** Compared from the end: neighbouring values (sorted timestamps, ids) usually differ there. */
function sameBytes(data: Buffer, a: number, b: number, length: number): boolean {
  for (let i = length - 1; i >= 0; i--) if (data[a + i] !== data[b + i]) return false;
  return true;
}

function buildColumn(raw: RawBatch, name: string, slot: number, nulls: NullMatcher, text: string | undefined): Column {
  const { data, ends, rows, width } = raw;
  const tally = new Int32Array(8);
  const kinds = new Uint8Array(rows);
  const numbers = new Float64Array(rows);
  // 1 where a long field repeats the previous row's bytes (sorted timestamps, categories): its kind,
  // number and string are reused instead of classified, parsed and decoded again.
  const repeats = new Uint8Array(rows);
  // Short fields that cannot start a number (codes, categories, null spellings) are classified
  // once per distinct value: shortIds[r] is 1 + the value's index in memoKinds / memoStrings.
  const shortIds = new Int32Array(rows);
  const memo = new Map<number, number>();
  const memoKinds: number[] = [];
  let prevStart = -1;
  let prevLength = -1;
  for (let r = 0; r < rows; r++) {
    const index = r * width + slot;
    const start = index === 0 ? 0 : ends[index - 1]!;
    const end = ends[index]!;
    const length = end - start;
    let kind: number;
    if (length >= REPEAT_MIN_BYTES && length === prevLength && sameBytes(data, start, prevStart, length)) {
      kind = kinds[r - 1]!;
      numbers[r] = numbers[r - 1]!;
      repeats[r] = 1;
    } else if (length > 0 && length <= SHORT_MAX_BYTES && !NUMERIC_START[data[start]!]) {
      let key = length;
      for (let i = start; i < end; i++) key = key * 256 + data[i]!;
      let id = memo.get(key);
      if (id === undefined) {
        id = memoKinds.length;
        memoKinds.push(nulls.matchesBytes(data, start, end) ? K_NULL : classifyBytes(data, start, end));
        memo.set(key, id);
      }
      kind = memoKinds[id]!;
      shortIds[r] = id + 1;
      if (kind === K_NULL) numbers[r] = Number.NaN;
      else if (kind === K_NUMBER) numbers[r] = parseNumberBytes(data, start, end); // inf
    } else if (nulls.matchesBytes(data, start, end)) {
      kind = K_NULL;
      numbers[r] = Number.NaN;
    } else {
      kind = parsePlainNumber(data, start, end, numbers, r);
      if (kind < 0) {
        kind = classifyBytes(data, start, end);
        if (kind === K_INTEGER || kind === K_NUMBER) numbers[r] = parseNumberBytes(data, start, end);
      }
    }
    prevStart = start;
    prevLength = length;
    kinds[r] = kind;
    tally[kind]!++;
  }
  const counts = countsFromTally(tally);
  const type = resolveType(counts);
  if (type === 'integer' || type === 'number') {
    let nullMask: Uint8Array | undefined;
    if (counts.kinds.null > 0) {
      nullMask = new Uint8Array(rows);
      for (let r = 0; r < rows; r++) if (kinds[r] === K_NULL) nullMask[r] = 1;
    }
    return { name, type, length: rows, counts, numbers, nullMask };
  }
  const values: CellValue[] = new Array(rows);
  const shortStrings = new ShortStringCache();
  const memoStrings: (string | undefined)[] = new Array(memoKinds.length);
  const keepText = type !== 'mixed' && type !== 'boolean';
  for (let r = 0; r < rows; r++) {
    const kind = kinds[r]!;
    if (kind === K_NULL) {
      values[r] = null;
      continue;
    }
    if (repeats[r] === 1) {
      values[r] = values[r - 1]!;
      continue;
    }
    if (!keepText && (kind === K_INTEGER || kind === K_NUMBER)) {
      values[r] = numbers[r]!;
      continue;
    }
    const index = r * width + slot;
    const start = index === 0 ? 0 : ends[index - 1]!;
    const end = ends[index]!;
    const id = shortIds[r]! - 1;
    if (!keepText && kind === K_BOOLEAN)
      values[r] = (data[start]! | 0x20) === 116; // 't'
    else if (id >= 0) {
      let value = memoStrings[id];
      if (value === undefined) {
        value = text === undefined ? data.toString('utf8', start, end) : text.substring(start, end);
        memoStrings[id] = value;
      }
      values[r] = value;
    } else if (end - start <= 6) values[r] = shortStrings.get(data, start, end, text);
    else values[r] = text === undefined ? data.toString('utf8', start, end) : text.substring(start, end);
  }
  return { name, type, length: rows, counts, values };
}

/**
 * Shares one string per distinct short value (up to 6 bytes, e.g. codes and categories) within a
 * column batch: fewer allocations, and far less memory for categorical columns.
 */
class ShortStringCache {
  readonly #byKey = new Map<number, string>();

  get(data: Buffer, start: number, end: number, text: string | undefined): string {
    // Length and bytes packed into one exact integer (6 bytes + length < 2^53).
    let key = end - start;
    for (let i = start; i < end; i++) key = key * 256 + data[i]!;
    let value = this.#byKey.get(key);
    if (value === undefined) {
      value = text === undefined ? data.toString('utf8', start, end) : text.substring(start, end);
      this.#byKey.set(key, value);
    }
    return value;
  }
}

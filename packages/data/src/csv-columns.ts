import { isAscii } from 'node:buffer';
import { countsFromTally, resolveType } from './column-type.ts';
import { ByteDictionary } from './csv-dictionary.ts';
import type { RawBatch } from './csv-raw-batch.ts';
import { SHORT_MAX_BYTES, ShortMemo } from './csv-short-memo.ts';
import type { CellValue, Column, ColumnType } from './types.ts';
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

/** 1 for the bytes a number can start with: digits, sign, dot. */
const NUMERIC_START = new Uint8Array(256);
for (const c of '0123456789+-.') NUMERIC_START[c.charCodeAt(0)] = 1;
/** Fields at least this long are compared with the previous row's before being classified. */
const REPEAT_MIN_BYTES = 8;

/**
 * Per-row arrays of one column batch that never leave the builder, reused for every column and
 * batch (grown when a batch is larger).
 */
class Scratch {
  kinds = new Uint8Array(0);
  /** 1 where a long field repeats the previous row's bytes: kind, number and string are reused. */
  repeats = new Uint8Array(0);
  /** 1 + the field's index in the short memo, 0 for other fields. */
  shortIds = new Int32Array(0);
  /** Parsed numbers; copied out (slice) only when the column is numeric. */
  numbers = new Float64Array(0);
  /** Dictionary code of each short-memo entry in the current column batch (-1: none yet). */
  memoCodes = new Int32Array(0);
  readonly tally = new Int32Array(8);

  ensure(rows: number): void {
    if (this.kinds.length >= rows) return;
    this.kinds = new Uint8Array(rows);
    this.repeats = new Uint8Array(rows);
    this.shortIds = new Int32Array(rows);
    this.numbers = new Float64Array(rows);
  }
}

/**
 * Turns the bytes of CSV batches into typed columns. Each column is classified from bytes in one
 * pass that also parses numbers; only non-numeric columns decode fields to strings, either one
 * per row (ValueColumn) or, with `dictionary`, one per distinct value (DictionaryColumn).
 */
export class CsvColumnBuilder {
  readonly #slots: readonly SlotColumn[];
  readonly #nulls: NullMatcher;
  readonly #dictionary: boolean;
  readonly #memos: ShortMemo[];
  readonly #scratch = new Scratch();
  readonly #codes = new ByteDictionary();
  /** The batch decoded as latin1, made only when a ValueColumn of an ASCII batch needs strings. */
  #text: string | undefined;
  #textState: 'unknown' | 'ascii' | 'utf8' = 'unknown';

  constructor(slots: readonly SlotColumn[], nulls: NullMatcher, dictionary: boolean) {
    this.#slots = slots;
    this.#nulls = nulls;
    this.#dictionary = dictionary;
    this.#memos = slots.map(() => new ShortMemo());
  }

  /** Columns of one raw batch; nothing returned refers to the batch's (reused) buffers. */
  build(raw: RawBatch): Map<string, Column> {
    this.#scratch.ensure(raw.rows);
    this.#text = undefined;
    this.#textState = 'unknown';
    const columns = new Map<string, Column>();
    this.#slots.forEach(({ name, slot }, i) => {
      columns.set(name, this.#column(raw, name, slot, this.#memos[i]!));
    });
    this.#text = undefined;
    return columns;
  }

  #column(raw: RawBatch, name: string, slot: number, memo: ShortMemo): Column {
    memo.clearIfFull();
    const rows = raw.rows;
    const scratch = this.#scratch;
    classify(raw, slot, this.#nulls, memo, scratch);
    const counts = countsFromTally(scratch.tally);
    const type = resolveType(counts);
    if (type === 'integer' || type === 'number') {
      const kinds = scratch.kinds;
      let nullMask: Uint8Array | undefined;
      if (counts.kinds.null > 0) {
        nullMask = new Uint8Array(rows);
        for (let r = 0; r < rows; r++) if (kinds[r] === K_NULL) nullMask[r] = 1;
      }
      return { name, type, length: rows, counts, numbers: scratch.numbers.slice(0, rows), nullMask };
    }
    if (this.#dictionary && (type === 'string' || type === 'date' || type === 'datetime')) {
      const codes = this.#encode(raw, slot, memo);
      return { name, type, length: rows, counts, codes, dictionary: this.#codes.strings };
    }
    return { name, type, length: rows, counts, values: this.#values(raw, slot, memo, type) };
  }

  /** Dictionary codes of a text column: repeats, short-memo values and hashed bytes. */
  #encode(raw: RawBatch, slot: number, memo: ShortMemo): Int32Array {
    const { data, starts, ends, rows, width } = raw;
    const { kinds, repeats, shortIds } = this.#scratch;
    const dictionary = this.#codes;
    dictionary.reset();
    let memoCodes = this.#scratch.memoCodes;
    if (memoCodes.length < memo.kinds.length) {
      memoCodes = new Int32Array(Math.max(memo.kinds.length, 2 * memoCodes.length, 1024));
      this.#scratch.memoCodes = memoCodes;
    }
    memoCodes.fill(-1, 0, memo.kinds.length);
    const codes = new Int32Array(rows);
    for (let r = 0; r < rows; r++) {
      if (kinds[r] === K_NULL) codes[r] = -1;
      else if (repeats[r] === 1) codes[r] = codes[r - 1]!;
      else {
        const index = r * width + slot;
        const id = shortIds[r]! - 1;
        if (id >= 0) {
          let code = memoCodes[id]!;
          if (code < 0) {
            code = dictionary.addDistinct(memo.stringOf(id, data, starts[index]!, ends[index]!));
            memoCodes[id] = code;
          }
          codes[r] = code;
        } else codes[r] = dictionary.intern(data, starts[index]!, ends[index]!);
      }
    }
    return codes;
  }

  /** One value per row: text as written for string/date/datetime, typed values for mixed/boolean. */
  #values(raw: RawBatch, slot: number, memo: ShortMemo, type: ColumnType): CellValue[] {
    const { data, starts, ends, rows, width } = raw;
    const { kinds, repeats, shortIds, numbers } = this.#scratch;
    const values: CellValue[] = new Array(rows);
    const shortStrings = new Map<number, string>();
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
      const start = starts[index]!;
      const end = ends[index]!;
      const id = shortIds[r]! - 1;
      if (!keepText && kind === K_BOOLEAN)
        values[r] = (data[start]! | 0x20) === 116; // 't'
      else if (id >= 0) values[r] = memo.stringOf(id, data, start, end);
      else if (end - start <= SHORT_MAX_BYTES) {
        // Short numeric-looking text (codes such as `00501`): one string per distinct value.
        const key = packShort(data, start, end);
        let value = shortStrings.get(key);
        if (value === undefined) {
          value = this.#string(data, start, end);
          shortStrings.set(key, value);
        }
        values[r] = value;
      } else values[r] = this.#string(data, start, end);
    }
    return values;
  }

  /**
   * A field's text. ASCII batches (the common case) are decoded once, on first need; fields are
   * then substrings of that text, whose character offsets equal the byte offsets.
   */
  #string(data: Buffer, start: number, end: number): string {
    if (this.#textState === 'unknown') {
      this.#textState = isAscii(data) ? 'ascii' : 'utf8';
      if (this.#textState === 'ascii') this.#text = data.toString('latin1');
    }
    return this.#text === undefined ? data.toString('utf8', start, end) : this.#text.substring(start, end);
  }
}

/** Length and up to 6 bytes packed into one exact integer (< 2^53). */
function packShort(data: Buffer, start: number, end: number): number {
  let key = end - start;
  for (let i = start; i < end; i++) key = key * 256 + data[i]!;
  return key;
}

/** Compared from the end: neighbouring values (sorted timestamps, ids) usually differ there. */
function sameBytes(data: Buffer, a: number, b: number, length: number): boolean {
  for (let i = length - 1; i >= 0; i--) if (data[a + i] !== data[b + i]) return false;
  return true;
}

/** Classifies every field of a column batch into scratch (kinds, numbers, repeats, shortIds, tally). */
function classify(raw: RawBatch, slot: number, nulls: NullMatcher, memo: ShortMemo, scratch: Scratch): void {
  const { data, starts, ends, rows, width } = raw;
  const { kinds, numbers, repeats, shortIds, tally } = scratch;
  tally.fill(0);
  let prevStart = -1;
  let prevLength = -1;
  for (let r = 0; r < rows; r++) {
    const index = r * width + slot;
    const start = starts[index]!;
    const end = ends[index]!;
    const length = end - start;
    let kind: number;
    repeats[r] = 0;
    shortIds[r] = 0;
    if (length >= REPEAT_MIN_BYTES && length === prevLength && sameBytes(data, start, prevStart, length)) {
      kind = kinds[r - 1]!;
      numbers[r] = numbers[r - 1]!;
      repeats[r] = 1;
    } else if (length > 0 && length <= SHORT_MAX_BYTES && !NUMERIC_START[data[start]!]) {
      const id = memo.idOf(data, start, end, nulls);
      kind = memo.kinds[id]!;
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
}

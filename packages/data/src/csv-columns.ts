import { isAscii } from 'node:buffer';
import { countsFromTally, resolveType } from './column-type.ts';
import { ByteDictionary } from './csv-dictionary.ts';
import { fieldStarts, type RawBatch } from './csv-raw-batch.ts';
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

/** Codes being built for a column batch (see CsvColumnBuilder#startEncoding). */
interface Encoding {
  codes: Int32Array;
  /** Dictionary code of each short-memo value in this batch (-1: not seen yet). */
  memoCodes: Int32Array;
  dictionary: ByteDictionary;
}

/** The code of short-memo value `id`, added to the dictionary on first use in the batch. */
function memoCode(
  id: number,
  memo: ShortMemo,
  memoCodes: Int32Array,
  dictionary: ByteDictionary,
  data: Buffer,
  start: number,
  end: number,
): number {
  let code = memoCodes[id]!;
  if (code < 0) {
    code = dictionary.addDistinct(memo.stringOf(id, data, start, end));
    memoCodes[id] = code;
  }
  return code;
}

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
  /** Per column: whether its previous batch was text (string, date, datetime). */
  readonly #wasText: boolean[] = [];
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
      columns.set(name, this.#column(raw, name, slot, i));
    });
    this.#text = undefined;
    return columns;
  }

  #column(raw: RawBatch, name: string, slot: number, i: number): Column {
    const memo = this.#memos[i]!;
    memo.clearIfFull();
    const rows = raw.rows;
    const scratch = this.#scratch;
    // With `dictionary`, a column that was text in the previous batch is encoded while it is
    // classified (one pass); if it turns out not to be text, the codes are dropped.
    const early = this.#dictionary && this.#wasText[i] === true ? this.#startEncoding(rows, memo) : undefined;
    classify(raw, slot, this.#nulls, memo, scratch, early);
    const counts = countsFromTally(scratch.tally);
    const type = resolveType(counts);
    const text = type === 'string' || type === 'date' || type === 'datetime';
    this.#wasText[i] = text;
    if (type === 'integer' || type === 'number') {
      const kinds = scratch.kinds;
      let nullMask: Uint8Array | undefined;
      if (counts.kinds.null > 0) {
        nullMask = new Uint8Array(rows);
        for (let r = 0; r < rows; r++) if (kinds[r] === K_NULL) nullMask[r] = 1;
      }
      return { name, type, length: rows, counts, numbers: scratch.numbers.slice(0, rows), nullMask };
    }
    if (this.#dictionary && text) {
      const codes = early?.codes ?? this.#encode(raw, slot, memo);
      return { name, type, length: rows, counts, codes, dictionary: this.#codes.strings };
    }
    return { name, type, length: rows, counts, values: this.#values(raw, slot, memo, type) };
  }

  /** An empty dictionary, fresh codes, and no codes yet for the memo's values. */
  #startEncoding(rows: number, memo: ShortMemo): Encoding {
    this.#codes.reset();
    // The memo may gain up to `rows` values during the batch.
    const needed = memo.kinds.length + rows;
    let memoCodes = this.#scratch.memoCodes;
    if (memoCodes.length < needed) {
      memoCodes = new Int32Array(Math.max(needed, 2 * memoCodes.length));
      this.#scratch.memoCodes = memoCodes;
    }
    memoCodes.fill(-1, 0, needed);
    return { codes: new Int32Array(rows), memoCodes, dictionary: this.#codes };
  }

  /** Dictionary codes of a classified text column: repeats, short-memo values and hashed bytes. */
  #encode(raw: RawBatch, slot: number, memo: ShortMemo): Int32Array {
    const { data, ends, rows } = raw;
    const base = slot * raw.stride;
    const { starts, base: startBase, add } = fieldStarts(raw, slot);
    const { kinds, repeats, shortIds } = this.#scratch;
    const { codes, memoCodes, dictionary } = this.#startEncoding(rows, memo);
    for (let r = 0; r < rows; r++) {
      if (kinds[r] === K_NULL) codes[r] = -1;
      else if (repeats[r] === 1) codes[r] = codes[r - 1]!;
      else {
        const index = base + r;
        const id = shortIds[r]! - 1;
        codes[r] =
          id >= 0
            ? memoCode(id, memo, memoCodes, dictionary, data, starts[startBase + r]! + add, ends[index]!)
            : dictionary.intern(data, starts[startBase + r]! + add, ends[index]!);
      }
    }
    return codes;
  }

  /** One value per row: text as written for string/date/datetime, typed values for mixed/boolean. */
  #values(raw: RawBatch, slot: number, memo: ShortMemo, type: ColumnType): CellValue[] {
    const { data, ends, rows } = raw;
    const base = slot * raw.stride;
    const { starts, base: startBase, add } = fieldStarts(raw, slot);
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
      const index = base + r;
      const start = starts[startBase + r]! + add;
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

/**
 * Whether data[a, a + length) equals data[b, b + length), four bytes at a time (unaligned
 * DataView loads compile to plain loads). Compared from the end: neighbouring values (sorted
 * timestamps, ids) usually differ there.
 */
function sameBytes(view: DataView, a: number, b: number, length: number): boolean {
  let i = length;
  while (i >= 4) {
    i -= 4;
    if (view.getInt32(a + i) !== view.getInt32(b + i)) return false;
  }
  while (i > 0) {
    i--;
    if (view.getUint8(a + i) !== view.getUint8(b + i)) return false;
  }
  return true;
}

/**
 * Classifies every field of a column batch into scratch (kinds, numbers, repeats, shortIds,
 * tally) and, given `encoding`, assigns dictionary codes on the way.
 */
function classify(
  raw: RawBatch,
  slot: number,
  nulls: NullMatcher,
  memo: ShortMemo,
  scratch: Scratch,
  encoding: Encoding | undefined,
): void {
  const { data, ends, rows } = raw;
  const base = slot * raw.stride;
  const { starts, base: startBase, add } = fieldStarts(raw, slot);
  const { kinds, numbers, repeats, shortIds, tally } = scratch;
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  tally.fill(0);
  let prevStart = -1;
  let prevLength = -1;
  for (let r = 0; r < rows; r++) {
    const index = base + r;
    const start = starts[startBase + r]! + add;
    const end = ends[index]!;
    const length = end - start;
    let kind: number;
    repeats[r] = 0;
    shortIds[r] = 0;
    if (length >= REPEAT_MIN_BYTES && length === prevLength && sameBytes(view, start, prevStart, length)) {
      kind = kinds[r - 1]!;
      numbers[r] = numbers[r - 1]!;
      repeats[r] = 1;
      if (encoding !== undefined) encoding.codes[r] = encoding.codes[r - 1]!;
    } else if (length > 0 && length <= SHORT_MAX_BYTES && !NUMERIC_START[data[start]!]) {
      const id = memo.idOf(data, start, end, nulls);
      kind = memo.kinds[id]!;
      shortIds[r] = id + 1;
      if (kind === K_NULL) numbers[r] = Number.NaN;
      else if (kind === K_NUMBER) numbers[r] = parseNumberBytes(data, start, end); // inf
      if (encoding !== undefined) {
        encoding.codes[r] =
          kind === K_NULL ? -1 : memoCode(id, memo, encoding.memoCodes, encoding.dictionary, data, start, end);
      }
    } else if (nulls.matchesBytes(data, start, end)) {
      kind = K_NULL;
      numbers[r] = Number.NaN;
      if (encoding !== undefined) encoding.codes[r] = -1;
    } else {
      kind = parsePlainNumber(data, start, end, numbers, r);
      if (kind < 0) {
        kind = classifyBytes(data, start, end);
        if (kind === K_INTEGER || kind === K_NUMBER) numbers[r] = parseNumberBytes(data, start, end);
      }
      if (encoding !== undefined) encoding.codes[r] = encoding.dictionary.intern(data, start, end);
    }
    prevStart = start;
    prevLength = length;
    kinds[r] = kind;
    tally[kind]!++;
  }
}

import { classifyBytes, K_NULL, type NullMatcher } from './value-kinds.ts';

/**
 * Short CSV fields (1 to 6 bytes) that cannot start a number (codes, categories, null
 * spellings) are classified, and decoded, once per distinct value for a whole file: their kind
 * and text do not depend on the batch. The bytes and the length pack exactly into two int32
 * keys, found in an open-addressing table (linear probing, at most half full).
 */

export const SHORT_MAX_BYTES = 6;
/** The memo starts over when it holds this many values (a column of short unique ids). */
const MEMO_MAX = 1 << 16;
const MIN_SLOTS = 1 << 8;

export class ShortMemo {
  /** id + 1 per slot, 0 when empty. */
  #slots = new Int32Array(MIN_SLOTS);
  #mask = MIN_SLOTS - 1;
  /** 32 - log2(slots): the hash's top bits pick the slot. */
  #shift = 32 - 8;
  /** Per id: bytes 0-3, and length | bytes 4-5 << 8. */
  #lo = new Int32Array(MIN_SLOTS / 2);
  #hi = new Int32Array(MIN_SLOTS / 2);
  /** Kind code per id (K_NULL for a null spelling). */
  kinds: number[] = [];
  /** Text per id, decoded on first use. */
  strings: (string | undefined)[] = [];

  /** Forgets every value once the memo is full (called between column batches). */
  clearIfFull(): void {
    if (this.kinds.length < MEMO_MAX) return;
    this.#slots.fill(0);
    this.kinds = [];
    this.strings = [];
  }

  /** Id of the bytes data[start, end) (1 to 6 bytes), classifying them when first seen. */
  idOf(data: Buffer, start: number, end: number, nulls: NullMatcher): number {
    const length = end - start;
    let lo = 0;
    let hi = length;
    for (let i = 0; i < length; i++) {
      const b = data[start + i]!;
      if (i < 4) lo |= b << (8 * i);
      else hi |= b << (8 * (i - 3));
    }
    const slots = this.#slots;
    const mask = this.#mask;
    let at = hashKey(lo, hi) >>> this.#shift;
    for (;;) {
      const entry = slots[at]!;
      if (entry === 0) break;
      if (this.#lo[entry - 1] === lo && this.#hi[entry - 1] === hi) return entry - 1;
      at = (at + 1) & mask;
    }
    const id = this.kinds.length;
    this.kinds.push(nulls.matchesBytes(data, start, end) ? K_NULL : classifyBytes(data, start, end));
    this.strings.push(undefined);
    if (id === this.#lo.length) {
      this.#lo = grow(this.#lo);
      this.#hi = grow(this.#hi);
    }
    this.#lo[id] = lo;
    this.#hi[id] = hi;
    slots[at] = id + 1;
    if (2 * (id + 1) > slots.length) this.#rehash();
    return id;
  }

  /** The text of entry `id` (a fresh short string, decoded on first use). */
  stringOf(id: number, data: Buffer, start: number, end: number): string {
    let value = this.strings[id];
    if (value === undefined) {
      value = data.toString('utf8', start, end);
      this.strings[id] = value;
    }
    return value;
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    const shift = this.#shift - 1;
    for (let id = 0; id < this.kinds.length; id++) {
      let at = hashKey(this.#lo[id]!, this.#hi[id]!) >>> shift;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
    this.#shift = shift;
  }
}

/** Multiplicative hashing (golden-ratio constants); callers keep the top bits. */
function hashKey(lo: number, hi: number): number {
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ Math.imul(hi, 0x27d4eb2f);
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

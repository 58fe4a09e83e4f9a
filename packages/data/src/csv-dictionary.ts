/**
 * Dictionary encoding of CSV fields straight from their bytes: an open-addressing hash table
 * (FNV-1a over the bytes, linear probing) maps each distinct byte string of a column batch to a
 * code, and one string is decoded per distinct value, never one per row. Distinct valid UTF-8
 * byte strings decode to distinct strings, so the dictionary holds no duplicates.
 *
 * The table's arrays are scratch, reused from column to column and batch to batch; only the
 * dictionary of strings (handed out in the column) is new each time.
 */

/** FNV-1a 32-bit offset basis and prime (http://www.isthe.com/chongo/tech/comp/fnv/). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const MIN_SLOTS = 1 << 10;

export class ByteDictionary {
  /** code + 1 per slot; 0 is empty. Length is a power of two, kept at most half full. */
  #slots = new Int32Array(MIN_SLOTS);
  #mask = MIN_SLOTS - 1;
  /** Per code: hash, and where its first occurrence lies in the batch data. */
  #hashes = new Int32Array(MIN_SLOTS / 2);
  #starts = new Int32Array(MIN_SLOTS / 2);
  #lengths = new Int32Array(MIN_SLOTS / 2);
  /** Code of each hashed entry: hashed entries and addDistinct values share one code space. */
  #codes = new Int32Array(MIN_SLOTS / 2);
  #count = 0;
  /** Distinct values in code order; a fresh array per column batch. */
  strings: string[] = [];

  /** Starts an empty dictionary (for a new column batch). */
  reset(): void {
    if (this.#count > 0) this.#slots.fill(0);
    this.#count = 0;
    this.strings = [];
  }

  /**
   * Adds a value known to be distinct from every value added so far (callers that already
   * deduplicate, such as the short-field memo) without hashing it; returns its code. Such
   * values must never be looked up with `intern`.
   */
  addDistinct(value: string): number {
    this.strings.push(value);
    return this.strings.length - 1;
  }

  /** Code of the bytes data[start, end), decoding and adding them if new. */
  intern(data: Buffer, start: number, end: number): number {
    const length = end - start;
    const hash = fnv1a(data, start, end);
    const slots = this.#slots;
    const mask = this.#mask;
    let at = hash & mask;
    for (;;) {
      const entry = slots[at]!;
      if (entry === 0) break;
      const code = entry - 1;
      if (
        this.#hashes[code] === hash &&
        this.#lengths[code] === length &&
        equalBytes(data, this.#starts[code]!, start, length)
      ) {
        return this.#codes[code]!;
      }
      at = (at + 1) & mask;
    }
    const index = this.#count++;
    if (index === this.#hashes.length) this.#growEntries();
    this.#hashes[index] = hash;
    this.#starts[index] = start;
    this.#lengths[index] = length;
    slots[at] = index + 1;
    const code = this.strings.length;
    this.strings.push(data.toString('utf8', start, end));
    this.#codes[index] = code;
    if (this.#count * 2 > slots.length) this.#rehash();
    return code;
  }

  #growEntries(): void {
    const size = this.#hashes.length * 2;
    this.#hashes = grow(this.#hashes, size);
    this.#starts = grow(this.#starts, size);
    this.#lengths = grow(this.#lengths, size);
    this.#codes = grow(this.#codes, size);
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.#count; entry++) {
      let at = this.#hashes[entry]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = entry + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** FNV-1a (32 bits) of data[start, end). */
export function fnv1a(data: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ data[i]!, FNV_PRIME);
  return hash;
}

function grow(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** Compared from the end: values that share a prefix (timestamps, ids) usually differ there. */
function equalBytes(data: Buffer, a: number, b: number, length: number): boolean {
  for (let i = length - 1; i >= 0; i--) if (data[a + i] !== data[b + i]) return false;
  return true;
}

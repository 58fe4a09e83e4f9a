import { isUtf8 } from 'node:buffer';
import { UserError } from '@cairn/core';

/**
 * Streaming UTF-8 validation with node's native isUtf8. A multi-byte character may be split
 * across chunks: the incomplete tail of one chunk is carried into the next. On failure the
 * error names the file, the byte offset and the line.
 */
export class Utf8Checker {
  readonly #source: string;
  readonly #lineAtChunkStart: (() => number) | undefined;
  #carry: Uint8Array = new Uint8Array(0);
  /** Line of the carried bytes, taken before the chunk that follows them is read. */
  #carryLine: number | undefined;
  #offset = 0;
  #line = 1;

  /**
   * `lineAtChunkStart`, when given, tells the line where the chunk being pushed starts (a CSV
   * tokenizer knows it): lines are then not counted here, which costs a scan of every chunk.
   */
  constructor(source: string, lineAtChunkStart?: () => number) {
    this.#source = source;
    this.#lineAtChunkStart = lineAtChunkStart;
  }

  push(chunk: Uint8Array): void {
    let body = chunk;
    if (this.#carry.length > 0) {
      this.#carryLine ??= this.#lineAtChunkStart?.();
      // Complete the carried character with up to 3 bytes of this chunk, validate that piece alone.
      const need = sequenceLength(this.#carry[0]!) - this.#carry.length;
      const take = Math.min(need, chunk.length);
      const joined = new Uint8Array(this.#carry.length + take);
      joined.set(this.#carry);
      joined.set(chunk.subarray(0, take), this.#carry.length);
      if (take < need) {
        this.#carry = joined;
        return;
      }
      if (!isUtf8(joined)) this.#fail(joined, this.#carryLine);
      this.#advance(joined, joined.length);
      this.#carry = new Uint8Array(0);
      this.#carryLine = undefined;
      body = chunk.subarray(take);
    }
    const cut = incompleteTailStart(body);
    const whole = body.subarray(0, cut);
    if (!isUtf8(whole)) this.#fail(whole, this.#lineAtChunkStart?.());
    this.#advance(whole, whole.length);
    this.#carry = body.slice(cut);
  }

  end(): void {
    if (this.#carry.length > 0) this.#fail(this.#carry, this.#carryLine ?? this.#lineAtChunkStart?.());
  }

  #advance(bytes: Uint8Array, length: number): void {
    this.#offset += length;
    if (this.#lineAtChunkStart !== undefined) return;
    let at = bytes.indexOf(10);
    while (at !== -1 && at < length) {
      this.#line++;
      at = bytes.indexOf(10, at + 1);
    }
  }

  /** `startLine`: the line where `bytes` start, when the caller counts lines. */
  #fail(bytes: Uint8Array, startLine: number | undefined): never {
    const bad = firstInvalidOffset(bytes, 0);
    let line = startLine ?? this.#line;
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
    throw new UserError(
      `${this.#source}: line ${line} (byte ${this.#offset + bad}) is not valid UTF-8. ` +
        'Re-save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`).',
    );
  }
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}

/** Index where an incomplete (possibly valid when continued) final sequence starts. */
function incompleteTailStart(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) return sequenceLength(b) > back ? n - back : n;
  }
  return n;
}

/** Offset of the first byte that starts an invalid sequence (only called on invalid input). */
export function firstInvalidOffset(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    if (!isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}

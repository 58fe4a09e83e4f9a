import { UserError } from '@cairn/core';
import { type RowShape, type ScanCursor, scanPlainRows } from './csv-fast-rows.ts';
import { type RawBatch, RawBatchWriter } from './csv-raw-batch.ts';

export type { RawBatch } from './csv-raw-batch.ts';

/**
 * RFC 4180 tokenizer over bytes, fed chunk by chunk (any split point is fine: inside quotes,
 * between CR and LF, inside a multi-byte character). It copies the bytes of the projected
 * fields of each row into one buffer per batch and records where each field starts and ends, so
 * no string is created per line; csv-columns.ts turns a RawBatch into typed columns, in the
 * `onBatch` callback (the batch buffers are reused afterwards).
 *
 * Two paths: scanPlainRows (csv-fast-rows.ts) takes runs of whole unquoted rows; the state
 * machine below reads the header, rows with quotes, rows cut by a chunk end, and reports errors.
 *
 * Accepted: CRLF, LF or CR line ends; quoted fields with delimiters, line breaks and doubled
 * quotes; a UTF-8 BOM; blank lines (skipped, as pandas does). Lenient like pandas: a quote inside
 * an unquoted field, or text after a closing quote, is kept as text. Errors: a row whose field
 * count differs from the header, and a quote left open at the end of the file.
 */

export interface CsvTokenizerOptions {
  /** Name used in error messages (the file path). */
  source: string;
  delimiter: number;
  batchRows: number;
  /** Cap on rows x projected columns per batch, so wide files keep batches small. */
  maxBatchCells: number;
  /** Called with the header names; returns the slot of each field (-1: not read). */
  onHeader: (names: string[]) => Int32Array;
  /** Receives each full batch (and the last one); its buffers are reused after the call returns. */
  onBatch: (raw: RawBatch) => void;
  /** Use the fast path for plain rows (default true; false only to test the state machine alone). */
  fastRows?: boolean;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BOM = [0xef, 0xbb, 0xbf];

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

export class CsvTokenizer {
  readonly #opts: CsvTokenizerOptions;
  readonly #delimiter: number;
  /** The largest of delimiter, LF and CR. */
  readonly #stopMax: number;
  readonly #fastRows: boolean;
  #state = FIELD_START;
  #bomMatched = 0;
  #bomDone = false;
  readonly #cursor: ScanCursor = { line: 1, skipLF: false };
  #rowLine = 1;
  #rowStarted = false;
  #quoteLine = 1;
  #fieldIndex = 0;
  #fieldStart = 0;
  #capture = true;
  #inHeader = true;
  #headerNames: string[] = [];
  #shape: RowShape | undefined;
  #fieldCount = 0;
  #projection: Int32Array = new Int32Array(0);
  /** Header bytes until the header ends, then the batch writer's. */
  #out: RawBatchWriter = new RawBatchWriter(0, 1, () => {});

  constructor(options: CsvTokenizerOptions) {
    this.#opts = options;
    this.#delimiter = options.delimiter;
    this.#stopMax = Math.max(options.delimiter, LF, CR);
    this.#fastRows = options.fastRows ?? true;
  }

  /** Header names, once the first row has been read. */
  get header(): string[] | undefined {
    return this.#inHeader ? undefined : this.#headerNames;
  }

  /**
   * The line on which `next` (the chunk to be pushed next) starts, counting line ends before
   * it as the errors do; an LF that completes a CRLF is left for the caller to count.
   */
  lineBefore(next: Uint8Array): number {
    const cursor = this.#cursor;
    return cursor.skipLF && next[0] === LF ? cursor.line - 1 : cursor.line;
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    if (!this.#bomDone) {
      while (i < chunk.length && this.#bomMatched < 3 && chunk[i] === BOM[this.#bomMatched]) {
        this.#bomMatched++;
        i++;
      }
      if (this.#bomMatched === 3) this.#bomDone = true;
      else if (i < chunk.length) {
        // Not a BOM after all: feed back the bytes that looked like one.
        this.#bomDone = true;
        if (this.#bomMatched > 0) this.#consume(Uint8Array.from(BOM.slice(0, this.#bomMatched)), 0);
      }
    }
    if (i < chunk.length) this.#consume(chunk, i);
  }

  /** Ends the input: flushes the last row and batch, or throws on an unclosed quote. */
  finish(): void {
    if (!this.#bomDone && this.#bomMatched > 0) {
      this.#bomDone = true;
      this.#consume(Uint8Array.from(BOM.slice(0, this.#bomMatched)), 0);
    }
    if (this.#state === QUOTED) {
      throw new UserError(
        `${this.#opts.source}: line ${this.#quoteLine}: a quoted field opened here is never closed. ` +
          'Close the quote, or double any quote character inside a quoted field ("").',
      );
    }
    if (this.#rowStarted) {
      this.#endField();
      this.#endRow();
    }
    if (this.#out.rows > 0) this.#out.flush();
  }

  #consume(chunk: Uint8Array, from: number): void {
    const n = chunk.length;
    const cursor = this.#cursor;
    let i = from;
    while (i < n) {
      if (cursor.skipLF && skipLineFeed(cursor, chunk, i)) {
        i++;
        continue;
      }
      const shape = this.#shape;
      if (shape !== undefined && this.#state === FIELD_START && !this.#rowStarted) {
        i = scanPlainRows(chunk, i, shape, this.#out, cursor);
        this.#rowLine = cursor.line;
        this.#fieldStart = this.#out.dataLen;
        if (i === n) return;
      }
      i = this.#machine(chunk, i);
    }
  }

  /** Reads from `from` until a row ends (returns the index after it) or the chunk ends. */
  #machine(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    const delimiter = this.#delimiter;
    const cursor = this.#cursor;
    let i = from;
    while (i < n) {
      if (cursor.skipLF && skipLineFeed(cursor, chunk, i)) {
        i++;
        continue;
      }
      switch (this.#state) {
        case FIELD_START: {
          const b = chunk[i]!;
          if (b === QUOTE) {
            this.#state = QUOTED;
            this.#quoteLine = cursor.line;
            this.#rowStarted = true;
            i++;
          } else if (b === delimiter) {
            this.#rowStarted = true;
            this.#endField();
            i++;
          } else if (b === LF || b === CR) {
            const ended = this.#rowStarted;
            if (ended) {
              this.#endField();
              this.#endRow();
            }
            this.#newline(b);
            i++;
            if (ended && this.#shape !== undefined) return i;
          } else {
            this.#rowStarted = true;
            this.#state = UNQUOTED;
          }
          break;
        }
        case UNQUOTED: {
          let j = i;
          let b = 0;
          // Bytes above stopMax (letters, digits for a comma or tab delimiter) cost one compare.
          const stopMax = this.#stopMax;
          if (this.#capture) {
            // Scan and copy in one pass.
            const out = this.#out;
            out.reserve(n - i);
            const data = out.data;
            let at = out.dataLen;
            while (j < n) {
              b = chunk[j]!;
              if (b <= stopMax && (b === delimiter || b === LF || b === CR)) break;
              data[at++] = b;
              j++;
            }
            out.dataLen = at;
          } else {
            while (j < n) {
              b = chunk[j]!;
              if (b <= stopMax && (b === delimiter || b === LF || b === CR)) break;
              j++;
            }
          }
          if (j === n) return n;
          this.#endField();
          this.#state = FIELD_START;
          i = j + 1;
          if (b !== delimiter) {
            this.#endRow();
            this.#newline(b);
            if (this.#shape !== undefined) return i;
          }
          break;
        }
        case QUOTED: {
          let j = i;
          while (j < n) {
            const b = chunk[j]!;
            if (b === QUOTE) break;
            if (b === LF) cursor.line++;
            j++;
          }
          if (j > i && this.#capture) this.#append(chunk, i, j);
          if (j === n) return n;
          this.#state = QUOTE_IN_QUOTED;
          i = j + 1;
          break;
        }
        default: {
          // QUOTE_IN_QUOTED: a doubled quote, or the end of the quoted part.
          const b = chunk[i]!;
          if (b === QUOTE) {
            if (this.#capture) this.#append(chunk, i, i + 1);
            this.#state = QUOTED;
            i++;
          } else if (b === delimiter) {
            this.#endField();
            this.#state = FIELD_START;
            i++;
          } else if (b === LF || b === CR) {
            this.#endField();
            this.#endRow();
            this.#state = FIELD_START;
            this.#newline(b);
            i++;
            if (this.#shape !== undefined) return i;
          } else {
            this.#state = UNQUOTED;
          }
        }
      }
    }
    return n;
  }

  #newline(b: number): void {
    const cursor = this.#cursor;
    cursor.line++;
    this.#rowLine = cursor.line;
    if (b === CR) cursor.skipLF = true;
  }

  #append(chunk: Uint8Array, start: number, end: number): void {
    const length = end - start;
    const out = this.#out;
    out.reserve(length);
    const data = out.data;
    let at = out.dataLen;
    if (length < 48) {
      // A loop beats subarray()+set() for the short runs most fields are.
      for (let i = start; i < end; i++) data[at++] = chunk[i]!;
    } else data.set(chunk.subarray(start, end), at);
    out.dataLen += length;
  }

  #endField(): void {
    const out = this.#out;
    if (this.#inHeader) {
      this.#headerNames.push(out.data.toString('utf8', this.#fieldStart, out.dataLen));
    } else if (this.#capture) {
      const slot = this.#projection[this.#fieldIndex]!;
      if (slot === 0) out.rowStarts[out.rows] = this.#fieldStart;
      out.ends[slot * out.batchRows + out.rows] = out.dataLen;
      // The separator byte after each field (see RawBatch).
      out.reserve(1);
      out.dataLen++;
    }
    this.#fieldStart = out.dataLen;
    this.#fieldIndex++;
    this.#capture = this.#inHeader || (this.#fieldIndex < this.#fieldCount && this.#projection[this.#fieldIndex]! >= 0);
  }

  #endRow(): void {
    if (this.#inHeader) this.#startBody();
    else {
      if (this.#fieldIndex !== this.#fieldCount) {
        throw new UserError(
          `${this.#opts.source}: line ${this.#rowLine} has ${this.#fieldIndex} field(s) but the header has ` +
            `${this.#fieldCount}. Quote fields that contain the delimiter, a quote or a line break ` +
            '("a,b" with inner quotes doubled), or fix the row.',
        );
      }
      const out = this.#out;
      out.lines[out.rows] = this.#rowLine;
      out.rows++;
      if (out.rows === out.batchRows) out.flush();
    }
    this.#fieldIndex = 0;
    this.#fieldStart = this.#out.dataLen;
    this.#rowStarted = false;
    this.#capture = this.#fieldCount > 0 && this.#projection[0]! >= 0;
  }

  /** The header has ended: plan the projection and the batches. */
  #startBody(): void {
    this.#inHeader = false;
    const projection = this.#opts.onHeader(this.#headerNames);
    const fieldCount = this.#headerNames.length;
    let width = 0;
    let identity = true;
    for (let f = 0; f < fieldCount; f++) {
      const slot = projection[f]!;
      if (slot >= 0) width++;
      if (slot !== f) identity = false;
    }
    const cap = Math.max(1, Math.floor(this.#opts.maxBatchCells / Math.max(1, width)));
    this.#projection = projection;
    this.#fieldCount = fieldCount;
    this.#out = new RawBatchWriter(width, Math.min(this.#opts.batchRows, cap), this.#opts.onBatch);
    if (this.#fastRows) {
      this.#shape = { delimiter: this.#delimiter, fieldCount, projection, readsAll: identity };
    }
  }
}

/** After a CR: clears the pending flag; true when `chunk[i]` is the LF of that CR line end. */
function skipLineFeed(cursor: { skipLF: boolean }, chunk: Uint8Array, i: number): boolean {
  cursor.skipLF = false;
  return chunk[i] === LF;
}

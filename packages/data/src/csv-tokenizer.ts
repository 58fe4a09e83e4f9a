import { UserError } from '@cairn/core';

/**
 * RFC 4180 tokenizer over bytes, fed chunk by chunk (any split point is fine: inside quotes,
 * between CR and LF, inside a multi-byte character). It copies the bytes of the projected
 * fields of each row into one buffer per batch and records where each field ends, so no string
 * is created per line; csv-columns.ts turns a RawBatch into typed columns.
 *
 * Accepted: CRLF, LF or CR line ends; quoted fields with delimiters, line breaks and doubled
 * quotes; a UTF-8 BOM; blank lines (skipped, as pandas does). Lenient like pandas: a quote inside
 * an unquoted field, or text after a closing quote, is kept as text. Errors: a row whose field
 * count differs from the header, and a quote left open at the end of the file.
 */

export interface RawBatch {
  /** Bytes of the projected fields, row after row. */
  readonly data: Buffer;
  /** End offset in `data` of field (row * width + slot); a field starts where the previous ends. */
  readonly ends: Uint32Array;
  /** 1-based line where each row starts. */
  readonly lines: Uint32Array;
  readonly rows: number;
  /** Number of projected fields per row. */
  readonly width: number;
}

export interface CsvTokenizerOptions {
  /** Name used in error messages (the file path). */
  source: string;
  delimiter: number;
  batchRows: number;
  /** Cap on rows x projected columns per batch, so wide files keep batches small. */
  maxBatchCells: number;
  /** Called with the header names; returns the slot of each field (-1: not read). */
  onHeader: (names: string[]) => Int32Array;
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
  #state = FIELD_START;
  #bomMatched = 0;
  #bomDone = false;
  #skipLF = false;
  #line = 1;
  #rowLine = 1;
  #rowStarted = false;
  #quoteLine = 1;
  #fieldIndex = 0;
  #capture = true;
  #inHeader = true;
  #headerNames: string[] = [];
  #headerStart = 0;
  #projection: Int32Array = new Int32Array(0);
  #fieldCount = 0;
  #width = 0;
  #data: Buffer = Buffer.allocUnsafe(1 << 16);
  #dataLen = 0;
  #ends: Uint32Array = new Uint32Array(0);
  #lines: Uint32Array = new Uint32Array(0);
  #rows = 0;
  #batchRows = 1;
  #done: RawBatch[] = [];

  constructor(options: CsvTokenizerOptions) {
    this.#opts = options;
    this.#delimiter = options.delimiter;
    this.#stopMax = Math.max(options.delimiter, LF, CR);
  }

  /** Header names, once the first row has been read. */
  get header(): string[] | undefined {
    return this.#inHeader ? undefined : this.#headerNames;
  }

  /** Completed batches since the last call. */
  takeBatches(): RawBatch[] {
    const out = this.#done;
    this.#done = [];
    return out;
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
    if (this.#rows > 0) this.#flush();
  }

  #consume(chunk: Uint8Array, from: number): void {
    const n = chunk.length;
    const delimiter = this.#delimiter;
    let i = from;
    while (i < n) {
      if (this.#skipLF) {
        this.#skipLF = false;
        if (chunk[i] === LF) {
          i++;
          continue;
        }
      }
      switch (this.#state) {
        case FIELD_START: {
          const b = chunk[i]!;
          if (b === QUOTE) {
            this.#state = QUOTED;
            this.#quoteLine = this.#line;
            this.#rowStarted = true;
            i++;
          } else if (b === delimiter) {
            this.#rowStarted = true;
            this.#endField();
            i++;
          } else if (b === LF || b === CR) {
            if (this.#rowStarted) {
              this.#endField();
              this.#endRow();
            }
            this.#newline(b);
            i++;
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
            this.#reserve(n - i);
            const data = this.#data;
            let at = this.#dataLen;
            while (j < n) {
              b = chunk[j]!;
              if (b <= stopMax && (b === delimiter || b === LF || b === CR)) break;
              data[at++] = b;
              j++;
            }
            this.#dataLen = at;
          } else {
            while (j < n) {
              b = chunk[j]!;
              if (b <= stopMax && (b === delimiter || b === LF || b === CR)) break;
              j++;
            }
          }
          if (j === n) return;
          this.#endField();
          this.#state = FIELD_START;
          if (b !== delimiter) {
            this.#endRow();
            this.#newline(b);
          }
          i = j + 1;
          break;
        }
        case QUOTED: {
          let j = i;
          while (j < n) {
            const b = chunk[j]!;
            if (b === QUOTE) break;
            if (b === LF) this.#line++;
            j++;
          }
          if (j > i && this.#capture) this.#append(chunk, i, j);
          if (j === n) return;
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
          } else {
            this.#state = UNQUOTED;
          }
        }
      }
    }
  }

  #newline(b: number): void {
    this.#line++;
    this.#rowLine = this.#line;
    if (b === CR) this.#skipLF = true;
  }

  #reserve(length: number): void {
    if (this.#dataLen + length > this.#data.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.#data.length * 2, this.#dataLen + length));
      this.#data.copy(bigger, 0, 0, this.#dataLen);
      this.#data = bigger;
    }
  }

  #append(chunk: Uint8Array, start: number, end: number): void {
    const length = end - start;
    this.#reserve(length);
    const data = this.#data;
    let at = this.#dataLen;
    if (length < 48) {
      // A loop beats subarray()+set() for the short runs most fields are.
      for (let i = start; i < end; i++) data[at++] = chunk[i]!;
    } else data.set(chunk.subarray(start, end), at);
    this.#dataLen += length;
  }

  #endField(): void {
    if (this.#inHeader) {
      this.#headerNames.push(this.#data.toString('utf8', this.#headerStart, this.#dataLen));
      this.#headerStart = this.#dataLen;
    } else if (this.#capture) {
      this.#ends[this.#rows * this.#width + this.#projection[this.#fieldIndex]!] = this.#dataLen;
    }
    this.#fieldIndex++;
    this.#capture = this.#inHeader || (this.#fieldIndex < this.#fieldCount && this.#projection[this.#fieldIndex]! >= 0);
  }

  #endRow(): void {
    if (this.#inHeader) {
      this.#inHeader = false;
      this.#projection = this.#opts.onHeader(this.#headerNames);
      this.#fieldCount = this.#headerNames.length;
      this.#width = this.#projection.reduce((count, slot) => (slot >= 0 ? count + 1 : count), 0);
      const cap = Math.max(1, Math.floor(this.#opts.maxBatchCells / Math.max(1, this.#width)));
      this.#batchRows = Math.min(this.#opts.batchRows, cap);
      this.#dataLen = 0;
      this.#allocate();
    } else {
      if (this.#fieldIndex !== this.#fieldCount) {
        throw new UserError(
          `${this.#opts.source}: line ${this.#rowLine} has ${this.#fieldIndex} field(s) but the header has ` +
            `${this.#fieldCount}. Quote fields that contain the delimiter, a quote or a line break ` +
            '("a,b" with inner quotes doubled), or fix the row.',
        );
      }
      this.#lines[this.#rows] = this.#rowLine;
      this.#rows++;
      if (this.#rows === this.#batchRows) this.#flush();
    }
    this.#fieldIndex = 0;
    this.#rowStarted = false;
    this.#capture = this.#fieldCount > 0 && this.#projection[0]! >= 0;
  }

  #allocate(): void {
    const rows = this.#batchRows;
    this.#ends = new Uint32Array(rows * this.#width);
    this.#lines = new Uint32Array(rows);
  }

  #flush(): void {
    this.#done.push({
      data: this.#data.subarray(0, this.#dataLen),
      ends: this.#ends.subarray(0, this.#rows * this.#width),
      lines: this.#lines.subarray(0, this.#rows),
      rows: this.#rows,
      width: this.#width,
    });
    this.#data = Buffer.allocUnsafe(Math.max(1 << 16, this.#data.length));
    this.#dataLen = 0;
    this.#rows = 0;
    this.#allocate();
  }
}

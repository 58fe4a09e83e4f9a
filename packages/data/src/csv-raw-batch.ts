/**
 * The bytes of one CSV batch as the tokenizer leaves them: the projected fields of each row in
 * one buffer, with where each row starts and each field ends. csv-columns.ts turns it into typed
 * columns.
 *
 * Layout: the fields of a row lie in slot order, each followed by one separator byte (the
 * delimiter or line end itself when whole rows are copied), so field (row, slot) starts at
 * rowStarts[row] for slot 0 and one byte after the end of (row, slot - 1) otherwise (fieldStart).
 * Storing ends only halves the offsets the tokenizer writes.
 *
 * The writer reuses its buffers from batch to batch: a RawBatch is only valid during the
 * `onBatch` call that receives it (column building copies out whatever it keeps). Only `lines`
 * is a fresh array per batch, since it becomes Batch.lineNumbers.
 */

export interface RawBatch {
  /** Bytes of the fields (and, when every column is read, the delimiters between them). */
  readonly data: Buffer;
  /** Offset in `data` of each row's first projected field. */
  readonly rowStarts: Uint32Array;
  /**
   * End offset (exclusive) in `data` of each field, column by column: field (row, slot) is at
   * slot * stride + row, so that building one column reads its offsets in order.
   */
  readonly ends: Uint32Array;
  /** Distance between the first rows of two slots in `ends`. */
  readonly stride: number;
  /** 1-based line where each row starts (a fresh array, safe to keep). */
  readonly lines: Uint32Array;
  readonly rows: number;
  /** Number of projected fields per row. */
  readonly width: number;
}

/** Smallest data buffer; it grows to the largest batch (plus one chunk) and is then reused. */
const MIN_DATA_BYTES = 1 << 16;

/**
 * Batch buffers shared by the tokenizer's two paths (the fast row scanner and the quote-aware
 * state machine). Plain public fields: the hot loops copy them into locals and write them back.
 */
export class RawBatchWriter {
  data: Buffer = Buffer.allocUnsafe(MIN_DATA_BYTES);
  dataLen = 0;
  rowStarts: Uint32Array;
  ends: Uint32Array;
  lines: Uint32Array;
  rows = 0;
  readonly width: number;
  readonly batchRows: number;
  readonly #onBatch: (raw: RawBatch) => void;

  constructor(width: number, batchRows: number, onBatch: (raw: RawBatch) => void) {
    this.width = width;
    this.batchRows = batchRows;
    this.#onBatch = onBatch;
    this.rowStarts = new Uint32Array(batchRows);
    this.ends = new Uint32Array(batchRows * width);
    this.lines = new Uint32Array(batchRows);
  }

  /** Makes room for `length` more bytes after dataLen. */
  reserve(length: number): void {
    if (this.dataLen + length > this.data.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.data.length * 2, this.dataLen + length));
      this.data.copy(bigger, 0, 0, this.dataLen);
      this.data = bigger;
    }
  }

  /** Hands the rows written so far to onBatch, then starts an empty batch in the same buffers. */
  flush(): void {
    const rows = this.rows;
    this.#onBatch({
      data: this.data.subarray(0, this.dataLen),
      rowStarts: this.rowStarts,
      ends: this.ends,
      stride: this.batchRows,
      lines: this.lines.slice(0, rows),
      rows,
      width: this.width,
    });
    this.dataLen = 0;
    this.rows = 0;
  }
}

/**
 * Where each field of column `slot` starts: `starts[base + row] + add` (see RawBatch's layout).
 * Returned as parts so that hot loops index a typed array directly.
 */
export function fieldStarts(raw: RawBatch, slot: number): { starts: Uint32Array; base: number; add: number } {
  return slot === 0
    ? { starts: raw.rowStarts, base: 0, add: 0 }
    : { starts: raw.ends, base: (slot - 1) * raw.stride, add: 1 };
}

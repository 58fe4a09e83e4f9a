import type { RawBatchWriter } from './csv-raw-batch.ts';

/**
 * Fast path of the CSV tokenizer for the common case: whole rows of unquoted fields. It scans
 * with locals only (no per-field method calls) and takes a row only when it sees all of it in
 * the chunk, with the header's field count and no quote character anywhere. Any other row (a
 * quote, a ragged row, a row cut by the chunk end) is left, from its first byte, to the state
 * machine in csv-tokenizer.ts, which accepts or rejects it exactly as before; rows taken here
 * are the ones the state machine would read the same way.
 *
 * When every column is read (the projection is the identity), field bytes are not copied one
 * by one: the scanned rows are copied into the batch buffer with one memcpy, delimiters
 * included, and each field is recorded as (start, end) inside that copy.
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Where the scan stands between chunks; shared with the state machine. */
export interface ScanCursor {
  /** 1-based line of the next byte. */
  line: number;
  /** The previous chunk ended with CR: an LF at the start of the next one belongs to it. */
  skipLF: boolean;
}

export interface RowShape {
  delimiter: number;
  /** Fields per row (the header's). */
  fieldCount: number;
  /** Slot of each field in the batch (-1: not read). */
  projection: Int32Array;
  /** Every field is read, in file order. */
  readsAll: boolean;
}

/**
 * Scans rows of `chunk` from `from` (a row start, with no pending LF to skip) into `out`.
 * Returns the index of the first byte it did not take: `chunk.length`, or the start of a row the
 * state machine must read. Flushes `out` whenever a batch fills.
 */
export function scanPlainRows(
  chunk: Uint8Array,
  from: number,
  shape: RowShape,
  out: RawBatchWriter,
  cursor: ScanCursor,
): number {
  const n = chunk.length;
  const { delimiter, fieldCount, projection, readsAll } = shape;
  const stopMax = Math.max(delimiter, LF, CR, QUOTE);
  const batchRows = out.batchRows;
  out.reserve(n - from);
  let data = out.data;
  let rowStarts = out.rowStarts;
  let ends = out.ends;
  let lines = out.lines;
  let dataLen = out.dataLen;
  let rows = out.rows;
  let line = cursor.line;
  // readsAll: chunk bytes [regionStart, stop) go to data[copyBase...] in one copy when leaving or
  // flushing, so a field at chunk offset p is at data offset p + shift.
  let regionStart = from;
  let copyBase = dataLen;
  let shift = copyBase - regionStart;
  let stop = n;
  let i = from;
  scan: while (i < n) {
    let b = chunk[i]!;
    if (b === LF || b === CR) {
      // A blank line: skipped, as pandas does.
      line++;
      i++;
      if (b === CR) {
        if (i === n) cursor.skipLF = true;
        else if (chunk[i] === LF) i++;
      }
      continue;
    }
    const rowDataLen = dataLen;
    rowStarts[rows] = readsAll ? i + shift : dataLen;
    let field = 0;
    let fieldStart = i;
    let j = i;
    for (;;) {
      while (j < n) {
        b = chunk[j]!;
        if (b <= stopMax && (b === delimiter || b === LF || b === CR || b === QUOTE)) break;
        j++;
      }
      if (j === n || b === QUOTE || field === fieldCount) {
        // Not a plain row, or not all of it is in this chunk: the state machine reads it.
        dataLen = rowDataLen;
        stop = i;
        break scan;
      }
      if (readsAll) {
        ends[field * batchRows + rows] = j + shift;
      } else {
        const slot = projection[field]!;
        if (slot >= 0) {
          if (j - fieldStart < 48) for (let k = fieldStart; k < j; k++) data[dataLen++] = chunk[k]!;
          else {
            data.set(chunk.subarray(fieldStart, j), dataLen);
            dataLen += j - fieldStart;
          }
          ends[slot * batchRows + rows] = dataLen;
          dataLen++; // the separator byte (see RawBatch)
        }
      }
      field++;
      j++;
      if (b === delimiter) {
        fieldStart = j;
        continue;
      }
      if (field !== fieldCount) {
        // A short row: the state machine reports it with its line number.
        dataLen = rowDataLen;
        stop = i;
        break scan;
      }
      break;
    }
    lines[rows++] = line++;
    i = j;
    if (b === CR) {
      if (i === n) cursor.skipLF = true;
      else if (chunk[i] === LF) i++;
    }
    if (rows === batchRows) {
      out.rows = rows;
      out.dataLen = readsAll ? copyRegion(chunk, regionStart, i, data, copyBase) : dataLen;
      out.flush();
      data = out.data;
      rowStarts = out.rowStarts;
      ends = out.ends;
      lines = out.lines;
      dataLen = out.dataLen;
      rows = 0;
      regionStart = i;
      copyBase = dataLen;
      shift = copyBase - regionStart;
    }
  }
  out.rows = rows;
  out.dataLen = readsAll ? copyRegion(chunk, regionStart, stop, data, copyBase) : dataLen;
  cursor.line = line;
  return stop;
}

/** Copies chunk[start, end) to data at `at`; returns the end offset in data. */
function copyRegion(chunk: Uint8Array, start: number, end: number, data: Buffer, at: number): number {
  if (end > start) data.set(chunk.subarray(start, end), at);
  return at + end - start;
}

/**
 * Text pages of the Parquet page loop: PLAIN UTF-8 values decoded straight into a coded group
 * column, and decoded page values interned into the group's dictionary (internText).
 */
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import type { CodedGroup } from './parquet-columns.ts';
import { internText } from './parquet-dictionary.ts';
import type { CellValue } from './types.ts';

/** Codes in the group's dict of a page's values, each distinct text added once per row group. */
export function internValues(target: CodedGroup, values: CellValue[]): Int32Array {
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (typeof value === 'string') codes[i] = internText(target, value);
    else {
      codes[i] = target.dict.push(value) - 1;
      target.unique = false;
    }
  }
  return codes;
}

/** UTF-8 text columns (STRING logical type / UTF8 converted type). */
export function isText(decoder: ColumnDecoder): boolean {
  const { element } = decoder;
  return (
    element.type === 'BYTE_ARRAY' && (element.converted_type === 'UTF8' || element.logical_type?.type === 'STRING')
  );
}

/**
 * PLAIN text values (4-byte little-endian length, then the bytes) decoded straight to strings,
 * without a Uint8Array view per value. A value equal to the previous one (sorted columns) reuses
 * its code without decoding; another value seen earlier in the row group reuses its code through
 * the group's Map (internText), so `dict` holds each distinct text of the row group's PLAIN pages
 * once, unless the text is mostly distinct.
 */
export function plainTextRows(
  page: Buffer,
  offset: number,
  target: CodedGroup,
  at: number,
  rows: number,
  definitions: Uint8Array | undefined,
): void {
  const { codes } = target;
  let o = offset;
  let prevStart = -1;
  let prevLength = -1;
  let prevCode = -1;
  for (let r = 0; r < rows; r++) {
    if (definitions && definitions[r] === 0) {
      codes[at + r] = -1;
      continue;
    }
    const length = page.readUInt32LE(o);
    o += 4;
    if (o + length > page.length) throw new Error(`text value ${r} runs past the end of its page`);
    if (length !== prevLength || !sameBytes(page, o, prevStart, length)) {
      prevCode = internText(target, page.toString('utf8', o, o + length));
      prevStart = o;
      prevLength = length;
    }
    codes[at + r] = prevCode;
    o += length;
  }
}

function sameBytes(data: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = length - 1; i >= 0; i--) if (data[a + i] !== data[b + i]) return false;
  return true;
}

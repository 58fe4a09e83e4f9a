/**
 * Page-by-page decoding of one flat (top-level, non-repeated) Parquet column chunk straight into
 * a compact group column. Dictionary pages are converted once into a Float64Array or value array;
 * dictionary-encoded data pages decode their definition levels and indices into typed arrays, so
 * a page never becomes an array of boxed BigInts, Dates or per-row objects. Other encodings go
 * through hyparquet's page decoders, one page at a time. Page formats: parquet-format's
 * Encodings.md (RLE/bit-packed hybrid levels with a 4-byte length prefix in v1 pages).
 */
import type { DecodedArray, PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { releasePage } from './parquet-codecs.ts';
import { cellFromParquet, EPOCH_PARSERS, type GroupColumn } from './parquet-columns.ts';
import { decodeHybrid, MAX_FAST_WIDTH } from './parquet-rle.ts';
import { internValues, isText, plainTextRows } from './parquet-text-pages.ts';
import type { CellValue } from './types.ts';

/** A compact dictionary: numbers for numeric targets, cells for value targets. */
type Dictionary = Float64Array | CellValue[];

/**
 * Scratch buffers reused from page to page (one per reader): definition levels and dictionary
 * indices. Every page is copied out before the next one is decoded. (Decompressing ZSTD into a
 * reused buffer too was measured slower and no leaner with fzstd, so pages are decompressed fresh.)
 */
export class PageScratch {
  #levels = new Uint8Array(0);
  #indices = new Int32Array(0);
  #chunk = new Uint8Array(0);

  /**
   * Room for one compressed column chunk. Decoded values never point into it (dictionaries and
   * pages are copied into the group column), so the next chunk may overwrite it.
   */
  chunk(size: number): Uint8Array {
    if (this.#chunk.length < size) this.#chunk = new Uint8Array(Math.max(size, Math.ceil(this.#chunk.length * 1.5)));
    return this.#chunk.subarray(0, size);
  }

  levels(size: number): Uint8Array {
    if (this.#levels.length < size) this.#levels = new Uint8Array(Math.max(size, this.#levels.length * 2));
    const out = this.#levels.subarray(0, size);
    out.fill(0);
    return out;
  }

  indices(size: number): Int32Array {
    if (this.#indices.length < size) this.#indices = new Int32Array(Math.max(size, this.#indices.length * 2));
    const out = this.#indices.subarray(0, size);
    out.fill(0);
    return out;
  }
}

export function flatDecoder(base: Omit<ColumnDecoder, 'parsers'>): ColumnDecoder {
  return { ...base, parsers: { ...DEFAULT_PARSERS, ...EPOCH_PARSERS }, utf8: true };
}

/**
 * Decodes the pages of one column chunk (`bytes` from its first page to its end) into rows
 * [0, rows) of `target`. Returns how many rows were filled.
 */
export function decodeFlatChunk(
  bytes: Uint8Array,
  decoder: ColumnDecoder,
  target: GroupColumn,
  rows: number,
  scratch: PageScratch,
): number {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const maxDefinition = decoder.element.repetition_type === 'REQUIRED' ? 0 : 1;
  let dictionary: Dictionary | undefined;
  // Where the current dictionary page starts in a coded target's `dict`.
  let dictionaryBase = 0;
  let filled = 0;
  while (filled < rows && reader.offset < bytes.byteLength) {
    const header: PageHeader = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
      const count = header.dictionary_page_header?.num_values ?? 0;
      const pageReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
      const raw = readPlain(pageReader, decoder.type, count, decoder.element.type_length);
      // Copied out of the page bytes (a typed dictionary may be a view of them).
      dictionary = compactDictionary(convert(raw, decoder), target, true);
      releasePage(page);
      if (target.kind === 'coded') {
        dictionaryBase = target.dict.length;
        if (dictionaryBase > 0) target.unique = false;
        for (const value of dictionary as CellValue[]) target.dict.push(value);
      }
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      const n = Math.min(pageRows(header), rows - filled);
      filled += decodeDataPage(
        compressed,
        header,
        { decoder, dictionary, dictionaryBase, maxDefinition, target, scratch },
        filled,
        n,
      );
    }
    // Index pages and unknown page types carry no rows.
  }
  return filled;
}

function pageRows(header: PageHeader): number {
  return header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
}

interface PageContext {
  decoder: ColumnDecoder;
  dictionary: Dictionary | undefined;
  dictionaryBase: number;
  maxDefinition: number;
  target: GroupColumn;
  scratch: PageScratch;
}

function decodeDataPage(
  compressed: Uint8Array,
  header: PageHeader,
  context: PageContext,
  at: number,
  rows: number,
): number {
  const { decoder, dictionary, dictionaryBase, maxDefinition, target, scratch } = context;
  const v1 = header.data_page_header;
  const v2 = header.data_page_header_v2;
  const encoding = v1?.encoding ?? v2?.encoding ?? 'PLAIN';
  const dictionaryPage = dictionary !== undefined && (encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY');
  const plainText = encoding === 'PLAIN' && target.kind === 'coded' && isText(decoder);
  if (dictionaryPage || plainText) {
    const { values, definitions, present } = pageParts(compressed, header, context);
    if (plainText && target.kind === 'coded') {
      plainTextRows(Buffer.from(values.buffer, values.byteOffset, values.byteLength), 0, target, at, rows, definitions);
      releasePage(values);
      return rows;
    }
    if (!dictionary) return 0;
    const indices = scratch.indices(present);
    const bitWidth = values[0] ?? 0;
    if (bitWidth > MAX_FAST_WIDTH) {
      const reader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 1 };
      readRleBitPackedHybrid(reader, bitWidth, indices, values.byteLength - 1);
    } else if (bitWidth > 0) decodeHybrid(values, 1, values.byteLength, bitWidth, indices);
    releasePage(values);
    writeRows(target, at, rows, definitions, indices, dictionary, dictionaryBase);
    return rows;
  }
  const { definitionLevels, dataPage } = v1
    ? readDataPage(
        decompressPage(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors),
        v1,
        decoder,
      )
    : readDataPageV2(compressed, header, decoder);
  const definitions =
    maxDefinition > 0 && definitionLevels && definitionLevels.length > 0
      ? Uint8Array.from(definitionLevels, (d: number) => (d === maxDefinition ? 1 : 0))
      : undefined;
  if (dictionary && encoding.endsWith('_DICTIONARY')) {
    writeRows(target, at, rows, definitions, dataPage as ArrayLike<number>, dictionary, dictionaryBase);
  } else {
    const values = convert(dataPage, decoder);
    const page = compactDictionary(values, target);
    const codes = target.kind === 'coded' ? internValues(target, page as CellValue[]) : undefined;
    writeRows(target, at, rows, definitions, codes, page, 0);
  }
  return rows;
}

/**
 * Splits a data page (v1 or v2) of a flat column into its definition levels (1 = present; none
 * when the column is required) and its decompressed value bytes. v1 pages compress levels and
 * values together, levels prefixed by their 4-byte length; v2 pages keep the levels uncompressed
 * in front, without the prefix (parquet-format, DataPageV2).
 */
function pageParts(
  compressed: Uint8Array,
  header: PageHeader,
  context: PageContext,
): { values: Uint8Array; definitions: Uint8Array | undefined; present: number } {
  const { decoder, maxDefinition, scratch } = context;
  const v2 = header.data_page_header_v2;
  if (!v2) {
    const count = header.data_page_header?.num_values ?? 0;
    const page = decompressPage(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
    if (maxDefinition === 0) return { values: page, definitions: undefined, present: count };
    const definitions = scratch.levels(count);
    // v1 levels: a 4-byte little-endian length, then the runs.
    const length = new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(0, true);
    decodeHybrid(page, 4, 4 + length, 1, definitions);
    const present = countOnes(definitions);
    // A page without nulls is written without looking at its levels.
    return { values: page.subarray(4 + length), definitions: present < count ? definitions : undefined, present };
  }
  const repetitionBytes = v2.repetition_levels_byte_length;
  const definitionBytes = v2.definition_levels_byte_length;
  let definitions: Uint8Array | undefined;
  let present = v2.num_values;
  if (maxDefinition > 0 && definitionBytes > 0) {
    definitions = scratch.levels(v2.num_values);
    decodeHybrid(compressed, repetitionBytes, repetitionBytes + definitionBytes, 1, definitions);
    present = countOnes(definitions);
    if (present === v2.num_values) definitions = undefined;
  }
  const packed = compressed.subarray(repetitionBytes + definitionBytes);
  const size = header.uncompressed_page_size - repetitionBytes - definitionBytes;
  const values = v2.is_compressed === false ? packed : decompressPage(packed, size, decoder.codec, decoder.compressors);
  return { values, definitions, present };
}

function countOnes(levels: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < levels.length; i++) n += levels[i]!;
  return n;
}

/**
 * Writes rows [at, at + rows): null where the definition level is 0, else the next value:
 * dictionary[indices[k]] for numbers, code base + indices[k] into the coded target's dict
 * (`indices` undefined: the values in order, k itself).
 */
function writeRows(
  target: GroupColumn,
  at: number,
  rows: number,
  definitions: Uint8Array | undefined,
  indices: ArrayLike<number> | undefined,
  dictionary: Dictionary,
  base: number,
): void {
  if (target.kind === 'numbers') {
    const numbers = target.numbers;
    const dict = dictionary as Float64Array;
    if (definitions === undefined) {
      if (indices === undefined) numbers.set(dict.subarray(0, rows), at);
      else for (let r = 0; r < rows; r++) numbers[at + r] = dict[indices[r]!]!;
      return;
    }
    let k = 0;
    for (let r = 0; r < rows; r++) {
      if (definitions[r] === 0) {
        numbers[at + r] = Number.NaN;
        target.nullMask ??= new Uint8Array(numbers.length);
        target.nullMask[at + r] = 1;
      } else {
        numbers[at + r] = dict[indices === undefined ? k : indices[k]!]!;
        k++;
      }
    }
    return;
  }
  const codes = target.codes;
  let k = 0;
  for (let r = 0; r < rows; r++) {
    if (definitions !== undefined && definitions[r] === 0) codes[at + r] = -1;
    else {
      codes[at + r] = base + (indices === undefined ? k : indices[k]!);
      k++;
    }
  }
}

function compactDictionary(values: DecodedArray, target: GroupColumn, copy = false): Dictionary {
  if (target.kind === 'numbers') {
    if (values instanceof Float64Array) return copy ? values.slice() : values;
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const value: unknown = values[i];
      out[i] = value === null || value === undefined ? Number.NaN : Number(value);
    }
    return out;
  }
  const out: CellValue[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = cellFromParquet(values[i]);
  return out;
}

/**
 * The RLE / bit-packed hybrid encoding of Parquet definition levels and dictionary indices
 * (parquet-format Encodings.md, "Run Length Encoding / Bit-Packing Hybrid"): a sequence of runs,
 * each led by a ULEB128 header; header & 1 = 0 is a repeated run (header >> 1 values, one value in
 * ceil(width / 8) little-endian bytes), header & 1 = 1 a bit-packed run of (header >> 1) groups of
 * 8 values, packed least significant bit first. Reads straight from the bytes (no DataView call per
 * byte) through a bit buffer, each byte loaded once.
 */

/** The widest values the bit buffer handles: width - 1 unused bits + 8 new ones must fit in 32. */
export const MAX_FAST_WIDTH = 24;

/**
 * Decodes `output.length` values of `width` bits (1..24) from bytes [start, end). Returns the
 * offset after the last run read. Throws when the runs end before the output is full.
 */
export function decodeHybrid(
  bytes: Uint8Array,
  start: number,
  end: number,
  width: number,
  output: Int32Array | Uint8Array,
): number {
  if (width < 1 || width > MAX_FAST_WIDTH) throw new Error(`bit width ${width} is outside 1..${MAX_FAST_WIDTH}`);
  const mask = (1 << width) - 1;
  const valueBytes = (width + 7) >> 3;
  const total = output.length;
  let o = start;
  let seen = 0;
  while (seen < total) {
    if (o >= end) throw new Error(`level/index data ends after ${seen} of ${total} values`);
    // ULEB128 run header.
    let header = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[o++]!;
      header += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80 && o < end);
    if (header % 2 === 0) {
      const count = Math.min(header / 2, total - seen);
      let value = 0;
      for (let i = 0; i < valueBytes; i++) value |= bytes[o + i]! << (8 * i);
      o += valueBytes;
      output.fill(value & mask, seen, seen + count);
      seen += count;
      continue;
    }
    const groups = (header - 1) / 2;
    const runBytes = groups * width;
    const values = Math.min(groups * 8, total - seen);
    if (o + Math.ceil((values * width) / 8) > end) throw new Error('bit-packed run runs past the end of its data');
    // A little-endian bit buffer: bytes are shifted in above the bits not yet used.
    let buffer = 0;
    let bits = 0;
    let p = o;
    for (let v = seen; v < seen + values; v++) {
      while (bits < width) {
        buffer |= bytes[p++]! << bits;
        bits += 8;
      }
      output[v] = buffer & mask;
      buffer >>>= width;
      bits -= width;
    }
    seen += values;
    o += runBytes;
  }
  return o;
}

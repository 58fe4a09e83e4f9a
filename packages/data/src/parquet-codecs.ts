/**
 * Page decompressors for the Parquet reader: hyparquet-compressors' pure-JS codecs, with ZSTD
 * (the codec of the flights data and of most files written by pyarrow and polars) replaced by
 * Node's native zstd (`zlib.zstdDecompressSync`, Node >= 22.15 and 23.8) when it exists. Native
 * zstd was measured about 4x faster than fzstd on the flights pages and allocates only the output.
 */
import * as zlib from 'node:zlib';
import type { Compressors } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

const nativeZstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;

function zstd(native: (input: Uint8Array) => Buffer): Decompress {
  return (input) => {
    const out = native(input);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  };
}

export const PARQUET_COMPRESSORS: Compressors = nativeZstd ? { ...compressors, ZSTD: zstd(nativeZstd) } : compressors;

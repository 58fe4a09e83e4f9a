/**
 * Page decompressors for the Parquet reader: hyparquet-compressors' pure-JS codecs, with ZSTD
 * (the codec of the flights data and of most files written by pyarrow and polars) replaced by
 * Node's native zstd (`zlib.zstdDecompressSync`, Node >= 22.15 and 23.8) when it exists. Native
 * zstd was measured about 4x faster than fzstd on the flights pages.
 *
 * A decompressed page is garbage as soon as its values are copied out, but V8 frees an
 * ArrayBuffer only when a garbage collection finds it, and a reader that allocates few JS objects
 * runs few collections: tens of MiB of dead pages piled up. Pages decompressed here are
 * therefore released explicitly (`releasePage`: detaching the buffer frees its memory at once).
 */
import * as zlib from 'node:zlib';
import type { Compressors } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

type NativeZstd = (input: Uint8Array, options?: { chunkSize?: number }) => Buffer;

const nativeZstd = (zlib as { zstdDecompressSync?: NativeZstd }).zstdDecompressSync;

/** Buffers made by `zstd` below, whole (not slices of Node's shared Buffer pool). */
const owned = new WeakSet<ArrayBuffer>();

function zstd(native: NativeZstd): (input: Uint8Array, outputLength: number) => Uint8Array {
  return (input, outputLength) => {
    // One output chunk of the page's size: no concatenation, no extra chunks left as garbage.
    const out = native(input, { chunkSize: Math.max(64, outputLength) });
    const buffer = out.buffer as ArrayBuffer;
    if (out.byteOffset === 0 && out.byteLength === buffer.byteLength) owned.add(buffer);
    return new Uint8Array(buffer, out.byteOffset, out.byteLength);
  };
}

export const PARQUET_COMPRESSORS: Compressors = nativeZstd ? { ...compressors, ZSTD: zstd(nativeZstd) } : compressors;

/**
 * Frees a page decompressed by PARQUET_COMPRESSORS once nothing refers to its bytes any more
 * (every view of it becomes empty). Pages from other codecs, and views of the file's bytes
 * (uncompressed pages), are left to the garbage collector.
 */
export function releasePage(page: Uint8Array): void {
  const buffer = page.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (!owned.has(buffer)) return;
  owned.delete(buffer);
  buffer.transfer?.(0);
}

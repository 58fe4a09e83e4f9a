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
 * Only buffers a decompressor made for the page are released, never the file's own bytes.
 */
import * as zlib from 'node:zlib';
import type { Compressors } from 'hyparquet';

type NativeZstd = (input: Uint8Array, options?: { chunkSize?: number }) => Buffer;

const nativeZstd = (zlib as { zstdDecompressSync?: NativeZstd }).zstdDecompressSync;

/** Page buffers made by the decompressors below, whole (not slices of a shared buffer). */
const owned = new WeakSet<ArrayBuffer>();

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

/** Records each page `decompress` returns in a fresh buffer of its own, so it can be released. */
function owning(decompress: Decompress): Decompress {
  return (input, outputLength) => {
    const out = decompress(input, outputLength);
    const buffer = out.buffer as ArrayBuffer;
    if (buffer !== input.buffer && out.byteOffset === 0 && out.byteLength === buffer.byteLength) owned.add(buffer);
    return out;
  };
}

function zstd(native: NativeZstd): Decompress {
  return (input, outputLength) => {
    // One output chunk of the page's size: no concatenation, no extra chunks left as garbage.
    const out = native(input, { chunkSize: Math.max(64, outputLength) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  };
}

/** What a file whose pages are uncompressed or native-ZSTD needs: nothing loaded. */
const NATIVE: Compressors = nativeZstd ? { ZSTD: owning(zstd(nativeZstd)) } : {};

let all: Compressors | undefined;

/**
 * The decompressors for a column chunk's codec. Uncompressed and (with Node's zstd) ZSTD chunks need
 * no module; any other codec loads hyparquet-compressors once. Loaded on demand because importing
 * it (a Brotli dictionary, a wasm Snappy) costs every process several MiB, CSV-only ones included.
 */
export async function compressorsFor(codec: string): Promise<Compressors> {
  if (codec === 'UNCOMPRESSED' || (codec === 'ZSTD' && NATIVE.ZSTD)) return NATIVE;
  if (all) return all;
  const { compressors } = await import('hyparquet-compressors');
  // Snappy (hysnappy copies out of its wasm memory), gzip and LZ4 return a new array per page;
  // Brotli is left to the garbage collector.
  const { SNAPPY, GZIP, LZ4, LZ4_RAW, ZSTD } = compressors as Required<Compressors>;
  all = {
    ...compressors,
    SNAPPY: owning(SNAPPY),
    GZIP: owning(GZIP),
    LZ4: owning(LZ4),
    LZ4_RAW: owning(LZ4_RAW),
    ZSTD: NATIVE.ZSTD ?? owning(ZSTD),
  };
  return all;
}

/**
 * Frees a page decompressed by compressorsFor() once nothing refers to its bytes any more
 * (every view of it becomes empty). Pages from other codecs, and views of the file's bytes
 * (uncompressed pages), are left to the garbage collector.
 */
export function releasePage(page: Uint8Array): void {
  const buffer = page.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (!owned.has(buffer)) return;
  owned.delete(buffer);
  try {
    buffer.transfer?.(0);
  } catch {
    // A buffer that cannot be detached (wasm memory) is left to the garbage collector.
  }
}

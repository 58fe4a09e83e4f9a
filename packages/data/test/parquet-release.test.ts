import { gzipSync, zstdCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressorsFor, releasePage } from '../src/parquet-codecs.ts';

// Large enough for a buffer of its own (zlib hands out small outputs as slices of a shared one).
const text = new TextEncoder().encode('flights '.repeat(20_000));

describe('compressorsFor', () => {
  it('needs no module for uncompressed and native-ZSTD chunks, and loads the rest once', async () => {
    const zstd = await compressorsFor('ZSTD');
    expect(Object.keys(zstd)).toEqual(['ZSTD']);
    expect(await compressorsFor('UNCOMPRESSED')).toBe(zstd);
    const snappy = await compressorsFor('SNAPPY');
    expect(snappy.SNAPPY).toBeTypeOf('function');
    expect(snappy.BROTLI).toBeTypeOf('function');
    expect(snappy.ZSTD).toBe(zstd.ZSTD);
    expect(await compressorsFor('GZIP')).toBe(snappy);
  });
});

describe('releasePage', () => {
  it('frees pages the decompressors made (ZSTD, GZIP), leaving other bytes alone', async () => {
    for (const [codec, compress] of [
      ['ZSTD', zstdCompressSync],
      ['GZIP', gzipSync],
    ] as const) {
      const input = new Uint8Array(compress(text));
      const page = (await compressorsFor(codec))[codec]!(input, text.length);
      expect(Buffer.from(page).equals(text)).toBe(true);
      const view = page.subarray(8);
      releasePage(view);
      // Detached: every view of the page is empty, its memory returned.
      expect(page.length, codec).toBe(0);
      expect(view.length, codec).toBe(0);
      expect(input.length).toBeGreaterThan(0);
    }
  });

  it('never touches bytes it did not decompress (file bytes, pages of uncompressed chunks)', () => {
    const bytes = new Uint8Array(text);
    releasePage(bytes);
    releasePage(bytes.subarray(4));
    expect(bytes.length).toBe(text.length);
  });
});

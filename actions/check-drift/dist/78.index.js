export const id = 78;
export const ids = [78];
export const modules = {

/***/ 95078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parquetCountsFromMetadata: () => (/* binding */ parquetCountsFromMetadata),
  readParquet: () => (/* binding */ readParquet)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 12 modules
var src = __webpack_require__(58062);
// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/metadata.js + 1 modules
var metadata = __webpack_require__(4302);
// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/read.js + 8 modules
var src_read = __webpack_require__(80501);
// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(19437);
// EXTERNAL MODULE: ../../packages/data/src/csv-reader.ts + 6 modules
var csv_reader = __webpack_require__(22399);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ../../packages/data/src/parquet-codecs.ts
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

const nativeZstd = external_node_zlib_.zstdDecompressSync;
/** Page buffers made by the decompressors below, whole (not slices of a shared buffer). */
const owned = new WeakSet();
/** Records each page `decompress` returns in a fresh buffer of its own, so it can be released. */
function owning(decompress) {
    return (input, outputLength) => {
        const out = decompress(input, outputLength);
        const buffer = out.buffer;
        if (buffer !== input.buffer && out.byteOffset === 0 && out.byteLength === buffer.byteLength)
            owned.add(buffer);
        return out;
    };
}
function zstd(native) {
    return (input, outputLength) => {
        // One output chunk of the page's size: no concatenation, no extra chunks left as garbage.
        const out = native(input, { chunkSize: Math.max(64, outputLength) });
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    };
}
/** What a file whose pages are uncompressed or native-ZSTD needs: nothing loaded. */
const NATIVE = nativeZstd ? { ZSTD: owning(zstd(nativeZstd)) } : {};
let parquet_codecs_all;
/**
 * The decompressors for a column chunk's codec. Uncompressed and (with Node's zstd) ZSTD chunks need
 * no module; any other codec loads hyparquet-compressors once. Loaded on demand because importing
 * it (a Brotli dictionary, a wasm Snappy) costs every process several MiB, CSV-only ones included.
 */
async function compressorsFor(codec) {
    if (codec === 'UNCOMPRESSED' || (codec === 'ZSTD' && NATIVE.ZSTD))
        return NATIVE;
    if (parquet_codecs_all)
        return parquet_codecs_all;
    const { compressors } = await __webpack_require__.e(/* import() */ 381).then(__webpack_require__.bind(__webpack_require__, 12381));
    // Snappy (hysnappy copies out of its wasm memory), gzip and LZ4 return a new array per page;
    // Brotli is left to the garbage collector.
    const { SNAPPY, GZIP, LZ4, LZ4_RAW, ZSTD } = compressors;
    parquet_codecs_all = {
        ...compressors,
        SNAPPY: owning(SNAPPY),
        GZIP: owning(GZIP),
        LZ4: owning(LZ4),
        LZ4_RAW: owning(LZ4_RAW),
        ZSTD: NATIVE.ZSTD ?? owning(ZSTD),
    };
    return parquet_codecs_all;
}
/**
 * Frees a page decompressed by compressorsFor() once nothing refers to its bytes any more
 * (every view of it becomes empty). Pages from other codecs, and views of the file's bytes
 * (uncompressed pages), are left to the garbage collector.
 */
function releasePage(page) {
    const buffer = page.buffer;
    if (!owned.has(buffer))
        return;
    owned.delete(buffer);
    try {
        buffer.transfer?.(0);
    }
    catch {
        // A buffer that cannot be detached (wasm memory) is left to the garbage collector.
    }
}

// EXTERNAL MODULE: ../../packages/data/src/column-type.ts
var column_type = __webpack_require__(15368);
;// CONCATENATED MODULE: ../../packages/data/src/parquet-dictionary.ts
/**
 * Rows [start, end) of `group` as batch codes. Undefined when a value is not text (a value column
 * of another kind), in which case the caller returns one value per row instead.
 */
function codedDictionary(group, start, end) {
    const { codes: groupCodes, dict } = group;
    let remap = group.remap;
    if (remap === undefined || remap.length < dict.length) {
        remap = new Int32Array(dict.length).fill(-1);
        group.remap = remap;
    }
    const codes = new Int32Array(end - start);
    const dictionary = [];
    const byText = new Map();
    // Group codes given a batch code, to clear `remap` for the next batch.
    const used = [];
    let nulls = 0;
    let text = true;
    for (let r = start; r < end; r++) {
        const code = groupCodes[r];
        if (code < 0) {
            codes[r - start] = -1;
            nulls++;
            continue;
        }
        let mapped = remap[code];
        if (mapped < 0) {
            const value = dict[code];
            if (typeof value !== 'string') {
                text = false;
                break;
            }
            if (group.unique)
                mapped = dictionary.push(value) - 1;
            else {
                mapped = byText.get(value) ?? -1;
                if (mapped < 0) {
                    mapped = dictionary.push(value) - 1;
                    byText.set(value, mapped);
                }
            }
            remap[code] = mapped;
            used.push(code);
        }
        codes[r - start] = mapped;
    }
    for (const code of used)
        remap[code] = -1;
    return text ? { codes, dictionary, nulls } : undefined;
}
/** Distinct texts after which a row group stops interning unless 1 lookup in 9 found a repeat. */
const INTERN_PROBE = 8192;
/**
 * The code in the group's `dict` of a text from a non-dictionary page, each distinct text added
 * once per row group. Mostly distinct text (ids, free text) would only grow a Map as large as
 * the row group, so after INTERN_PROBE distinct texts with few repeats every text is just added
 * (batches are deduplicated when they are cut anyway).
 */
function internText(group, text) {
    const seen = group.seen;
    if (seen === null)
        return group.dict.push(text) - 1;
    const map = seen ?? new Map();
    if (seen === undefined) {
        group.seen = map;
        // Values already in `dict` (a dictionary page) are not in the Map: text may now repeat them.
        if (group.dict.length > 0)
            group.unique = false;
    }
    const code = map.get(text);
    if (code !== undefined) {
        group.seenHits++;
        return code;
    }
    const added = group.dict.push(text) - 1;
    map.set(text, added);
    if (map.size >= INTERN_PROBE && group.seenHits < INTERN_PROBE / 8) {
        group.seen = null;
        group.unique = false;
    }
    return added;
}

;// CONCATENATED MODULE: ../../packages/data/src/parquet-instants.ts
/** One ISO text per row for rows [start, end) of a date or timestamp group column (default output). */
function isoTexts(plan, group, start, end) {
    const values = new Array(end - start);
    const length = isoLength(plan);
    // Instants repeat in runs (sorted data): one string per run. (A Map per batch dedupes more but
    // was measured to cost more memory than it saves.)
    let lastTime = Number.NaN;
    let lastText = '';
    for (let r = start; r < end; r++) {
        if (group.nullMask?.[r]) {
            values[r - start] = null;
            continue;
        }
        const time = group.numbers[r];
        if (time !== lastTime) {
            lastTime = time;
            lastText = formatInstant(time, length);
        }
        values[r - start] = lastText;
    }
    return values;
}
/** Length of the ISO text of a date (10), UTC timestamp (24, with `Z`) or local timestamp (23). */
function isoLength(plan) {
    return plan.type === 'date' ? 10 : plan.utc ? 24 : 23;
}
const MS_PER_DAY = 86_400_000;
/** Years 0000-01-01 to 9999-12-31 in epoch milliseconds. */
const MIN_FAST = -62_167_219_200_000;
const MAX_FAST = 253_402_300_799_999;
/** Character codes of the text being built, one reused array per output length. */
const CODES = {
    10: new Array(10).fill(48),
    23: new Array(23).fill(48),
    24: new Array(24).fill(48),
};
function formatInstant(time, length) {
    if (!(time >= MIN_FAST && time <= MAX_FAST) || !Number.isInteger(time)) {
        const iso = new Date(time).toISOString();
        return length === 10 ? iso.slice(0, 10) : length === 23 ? iso.slice(0, -1) : iso;
    }
    const codes = CODES[length];
    const days = Math.floor(time / MS_PER_DAY);
    let ms = time - days * MS_PER_DAY;
    // Civil date from days since 1970-01-01 (Howard Hinnant, "chrono-Compatible Low-Level Date
    // Algorithms", days_from_civil inverse; proleptic Gregorian calendar, as Date uses).
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    put(codes, 0, year, 4);
    codes[4] = 45; // -
    put(codes, 5, month, 2);
    codes[7] = 45;
    put(codes, 8, day, 2);
    if (length > 10) {
        const hours = Math.floor(ms / 3_600_000);
        ms -= hours * 3_600_000;
        const minutes = Math.floor(ms / 60_000);
        ms -= minutes * 60_000;
        const seconds = Math.floor(ms / 1000);
        ms -= seconds * 1000;
        codes[10] = 84; // T
        put(codes, 11, hours, 2);
        codes[13] = 58; // :
        put(codes, 14, minutes, 2);
        codes[16] = 58;
        put(codes, 17, seconds, 2);
        codes[19] = 46; // .
        put(codes, 20, ms, 3);
        if (length === 24)
            codes[23] = 90; // Z
    }
    return String.fromCharCode.apply(null, codes);
}
function put(codes, at, value, width) {
    for (let i = at + width - 1; i >= at; i--) {
        codes[i] = 48 + (value % 10);
        value = Math.floor(value / 10);
    }
}
/**
 * Rows [start, end) as codes into the batch's distinct instants, each formatted once: a run of
 * equal instants (sorted data) costs one comparison per row, other repeats one Map lookup.
 */
function instantDictionary(plan, group, start, end) {
    const codes = new Int32Array(end - start);
    const index = new InstantIndex(isoLength(plan));
    const { numbers, nullMask } = group;
    let lastTime = Number.NaN;
    let lastCode = -1;
    for (let r = start; r < end; r++) {
        if (nullMask !== undefined && nullMask[r] === 1) {
            codes[r - start] = -1;
            continue;
        }
        const time = numbers[r];
        if (time !== lastTime) {
            lastTime = time;
            lastCode = index.code(time);
        }
        codes[r - start] = lastCode;
    }
    return { codes, dictionary: index.dictionary };
}
/**
 * Distinct instants of one batch and their ISO texts. While instants only grow (sorted data) each
 * new one is new to the batch and no lookup is needed; the first one that goes back builds the
 * index. Whole seconds (most data) are looked up as small integers, which V8 hashes much faster
 * than other doubles; other instants by their value.
 */
class InstantIndex {
    dictionary = [];
    #length;
    /** The instant of each code, while no index is built. */
    #times = [];
    #latest = Number.NEGATIVE_INFINITY;
    #bySecond;
    #byTime = new Map();
    constructor(length) {
        this.#length = length;
    }
    code(time) {
        if (this.#bySecond === undefined) {
            if (time > this.#latest) {
                this.#latest = time;
                this.#times.push(time);
                return this.dictionary.push(formatInstant(time, this.#length)) - 1;
            }
            this.#bySecond = new Map();
            for (const [code, earlier] of this.#times.entries())
                this.#remember(earlier, code);
        }
        const seconds = time / 1000;
        let code = (seconds | 0) === seconds ? this.#bySecond.get(seconds) : this.#byTime.get(time);
        if (code === undefined) {
            code = this.dictionary.push(formatInstant(time, this.#length)) - 1;
            this.#remember(time, code);
        }
        return code;
    }
    #remember(time, code) {
        const seconds = time / 1000;
        if ((seconds | 0) === seconds)
            this.#bySecond.set(seconds, code);
        else
            this.#byTime.set(time, code);
    }
}

// EXTERNAL MODULE: ../../packages/data/src/value-kinds.ts
var value_kinds = __webpack_require__(3154);
;// CONCATENATED MODULE: ../../packages/data/src/parquet-columns.ts




/** hyparquet parsers that keep dates and timestamps as epoch milliseconds (no Date objects). */
const EPOCH_PARSERS = {
    timestampFromMilliseconds: (millis) => Number(millis),
    timestampFromMicroseconds: (micros) => Number(micros / 1000n),
    timestampFromNanoseconds: (nanos) => Number(nanos / 1000000n),
    dateFromDays: (days) => days * 86_400_000,
};
const KIND_OF_TYPE = {
    integer: value_kinds/* K_INTEGER */.v8,
    number: value_kinds/* K_NUMBER */.I0,
    boolean: value_kinds/* K_BOOLEAN */.b5,
    date: value_kinds/* K_DATE */.vs,
    datetime: value_kinds/* K_DATETIME */.CN,
    string: value_kinds/* K_STRING */.W1,
    mixed: value_kinds/* K_STRING */.W1,
    empty: value_kinds/* K_NULL */.Yw,
};
function kindOfType(type) {
    return KIND_OF_TYPE[type];
}
/** True when the column is held as numbers: integers, floats, and flat dates/timestamps. */
function holdsNumbers(plan) {
    return (plan.type === 'integer' ||
        plan.type === 'number' ||
        (plan.flat && (plan.type === 'date' || plan.type === 'datetime')));
}
/**
 * The group column for a row group of `rows` rows: `previous` (the same column's buffers from the
 * last row group, no longer referenced by any batch) cleared and reused when it is large enough.
 */
function newGroupColumn(plan, rows, previous) {
    if (holdsNumbers(plan)) {
        if (previous?.kind === 'numbers' && previous.numbers.length >= rows) {
            previous.nullMask?.fill(0, 0, rows);
            return previous;
        }
        return { kind: 'numbers', numbers: new Float64Array(rows), nullMask: undefined };
    }
    const codes = previous?.kind === 'coded' && previous.codes.length >= rows ? previous.codes : new Int32Array(rows);
    codes.fill(-1, 0, rows);
    return { kind: 'coded', codes, dict: [], seen: undefined, seenHits: 0, unique: true, remap: undefined };
}
/** Copies one decoded page (rows [at, at + chunk.length) of the group) into the group column. */
function storeChunk(target, chunk, at) {
    if (target.kind === 'coded') {
        const { codes, dict } = target;
        target.unique = false;
        for (let i = 0; i < chunk.length; i++) {
            const value = cellFromParquet(chunk[i]);
            if (value !== null)
                codes[at + i] = dict.push(value) - 1;
        }
        return;
    }
    const { numbers } = target;
    if (chunk instanceof Float64Array || chunk instanceof Float32Array || chunk instanceof Int32Array) {
        numbers.set(chunk, at);
        return;
    }
    for (let i = 0; i < chunk.length; i++) {
        const value = chunk[i];
        if (value === null || value === undefined) {
            numbers[at + i] = Number.NaN;
            target.nullMask ??= new Uint8Array(numbers.length);
            target.nullMask[at + i] = 1;
        }
        else
            numbers[at + i] = Number(value);
    }
}
/**
 * Builds the batch column for rows [start, end) of a group column (copied out: the group's
 * buffers are reused). With `dictionary`, string, date and datetime columns come back as
 * DictionaryColumn.
 */
function batchColumn(plan, group, start, end, dictionary = false) {
    const rows = end - start;
    const kind = KIND_OF_TYPE[plan.type];
    if (group.kind === 'numbers') {
        const mask = group.nullMask?.subarray(start, end);
        let nulls = 0;
        if (mask)
            for (let r = 0; r < rows; r++)
                nulls += mask[r];
        const counts = typedCounts(kind, rows, nulls);
        if (plan.type === 'integer' || plan.type === 'number') {
            return {
                name: plan.name,
                type: plan.type,
                length: rows,
                counts,
                numbers: group.numbers.slice(start, end),
                nullMask: nulls > 0 ? mask?.slice() : undefined,
            };
        }
        if (dictionary && (plan.type === 'date' || plan.type === 'datetime')) {
            return { name: plan.name, type: plan.type, length: rows, counts, ...instantDictionary(plan, group, start, end) };
        }
        return {
            name: plan.name,
            type: plan.type,
            length: rows,
            counts,
            values: isoTexts(plan, group, start, end),
        };
    }
    if (dictionary && (plan.type === 'string' || plan.type === 'date' || plan.type === 'datetime')) {
        const coded = codedDictionary(group, start, end);
        if (coded) {
            const counts = typedCounts(kind, rows, coded.nulls);
            return {
                name: plan.name,
                type: plan.type,
                length: rows,
                counts,
                codes: coded.codes,
                dictionary: coded.dictionary,
            };
        }
    }
    const values = new Array(rows);
    const { codes, dict } = group;
    let nulls = 0;
    for (let r = 0; r < rows; r++) {
        const code = codes[start + r];
        if (code < 0) {
            values[r] = null;
            nulls++;
        }
        else
            values[r] = dict[code];
    }
    return {
        name: plan.name,
        type: plan.type,
        length: rows,
        counts: typedCounts(kind, rows, nulls),
        values,
    };
}
/** Counts for a typed column: every non-null value has the schema's kind. */
function typedCounts(kind, rows, nulls) {
    const tally = new Int32Array(8);
    tally[kind] = rows - nulls;
    tally[value_kinds/* K_NULL */.Yw] = nulls;
    return (0,column_type/* countsFromTally */.lA)(tally);
}
function cellFromParquet(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
        return value;
    if (typeof value === 'bigint')
        return value.toString();
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('base64');
    return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/column.js
var column = __webpack_require__(11280);
// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(93626);
// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(76612);
// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/encoding.js
var src_encoding = __webpack_require__(8779);
// EXTERNAL MODULE: ../../node_modules/.pnpm/hyparquet@1.33.0/node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(76240);
;// CONCATENATED MODULE: ../../packages/data/src/parquet-rle.ts
/**
 * The RLE / bit-packed hybrid encoding of Parquet definition levels and dictionary indices
 * (parquet-format Encodings.md, "Run Length Encoding / Bit-Packing Hybrid"): a sequence of runs,
 * each led by a ULEB128 header; header & 1 = 0 is a repeated run (header >> 1 values, one value in
 * ceil(width / 8) little-endian bytes), header & 1 = 1 a bit-packed run of (header >> 1) groups of
 * 8 values, packed least significant bit first. Reads straight from the bytes (no DataView call per
 * byte) through a bit buffer, each byte loaded once.
 */
/** The widest values the bit buffer handles: width - 1 unused bits + 8 new ones must fit in 32. */
const MAX_FAST_WIDTH = 24;
/**
 * Decodes `output.length` values of `width` bits (1..24) from bytes [start, end). Returns the
 * offset after the last run read. Throws when the runs end before the output is full.
 */
function decodeHybrid(bytes, start, end, width, output) {
    if (width < 1 || width > MAX_FAST_WIDTH)
        throw new Error(`bit width ${width} is outside 1..${MAX_FAST_WIDTH}`);
    const mask = (1 << width) - 1;
    const valueBytes = (width + 7) >> 3;
    const total = output.length;
    let o = start;
    let seen = 0;
    while (seen < total) {
        if (o >= end)
            throw new Error(`level/index data ends after ${seen} of ${total} values`);
        // ULEB128 run header.
        let header = 0;
        let shift = 0;
        let byte;
        do {
            byte = bytes[o++];
            header += (byte & 0x7f) * 2 ** shift;
            shift += 7;
        } while (byte & 0x80 && o < end);
        if (header % 2 === 0) {
            const count = Math.min(header / 2, total - seen);
            let value = 0;
            for (let i = 0; i < valueBytes; i++)
                value |= bytes[o + i] << (8 * i);
            o += valueBytes;
            output.fill(value & mask, seen, seen + count);
            seen += count;
            continue;
        }
        const groups = (header - 1) / 2;
        const runBytes = groups * width;
        const values = Math.min(groups * 8, total - seen);
        if (o + Math.ceil((values * width) / 8) > end)
            throw new Error('bit-packed run runs past the end of its data');
        // A little-endian bit buffer: bytes are shifted in above the bits not yet used.
        let buffer = 0;
        let bits = 0;
        let p = o;
        for (let v = seen; v < seen + values; v++) {
            while (bits < width) {
                buffer |= bytes[p++] << bits;
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

;// CONCATENATED MODULE: ../../packages/data/src/parquet-text-pages.ts

/** Codes in the group's dict of a page's values, each distinct text added once per row group. */
function internValues(target, values) {
    const codes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (typeof value === 'string')
            codes[i] = internText(target, value);
        else {
            codes[i] = target.dict.push(value) - 1;
            target.unique = false;
        }
    }
    return codes;
}
/** UTF-8 text columns (STRING logical type / UTF8 converted type). */
function isText(decoder) {
    const { element } = decoder;
    return (element.type === 'BYTE_ARRAY' && (element.converted_type === 'UTF8' || element.logical_type?.type === 'STRING'));
}
/**
 * PLAIN text values (4-byte little-endian length, then the bytes) decoded straight to strings,
 * without a Uint8Array view per value. A value equal to the previous one (sorted columns) reuses
 * its code without decoding; another value seen earlier in the row group reuses its code through
 * the group's Map (internText), so `dict` holds each distinct text of the row group's PLAIN pages
 * once, unless the text is mostly distinct.
 */
function plainTextRows(page, offset, target, at, rows, definitions) {
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
        if (o + length > page.length)
            throw new Error(`text value ${r} runs past the end of its page`);
        if (length !== prevLength || !sameBytes(page, o, prevStart, length)) {
            prevCode = internText(target, page.toString('utf8', o, o + length));
            prevStart = o;
            prevLength = length;
        }
        codes[at + r] = prevCode;
        o += length;
    }
}
function sameBytes(data, a, b, length) {
    for (let i = length - 1; i >= 0; i--)
        if (data[a + i] !== data[b + i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ../../packages/data/src/parquet-pages.ts









/**
 * Scratch buffers reused from page to page (one per reader): definition levels and dictionary
 * indices. Every page is copied out before the next one is decoded. (Decompressing ZSTD into a
 * reused buffer too was measured slower and no leaner with fzstd, so pages are decompressed fresh.)
 */
class PageScratch {
    #levels = new Uint8Array(0);
    #indices = new Int32Array(0);
    #chunk = new Uint8Array(0);
    /**
     * Room for one compressed column chunk. Decoded values never point into it (dictionaries and
     * pages are copied into the group column), so the next chunk may overwrite it.
     */
    chunk(size) {
        if (this.#chunk.length < size)
            this.#chunk = new Uint8Array(Math.max(size, Math.ceil(this.#chunk.length * 1.5)));
        return this.#chunk.subarray(0, size);
    }
    levels(size) {
        if (this.#levels.length < size)
            this.#levels = new Uint8Array(Math.max(size, this.#levels.length * 2));
        const out = this.#levels.subarray(0, size);
        out.fill(0);
        return out;
    }
    indices(size) {
        if (this.#indices.length < size)
            this.#indices = new Int32Array(Math.max(size, this.#indices.length * 2));
        const out = this.#indices.subarray(0, size);
        out.fill(0);
        return out;
    }
}
function flatDecoder(base) {
    return { ...base, parsers: { ...convert/* DEFAULT_PARSERS */.Rc, ...EPOCH_PARSERS }, utf8: true };
}
/**
 * Decodes the pages of one column chunk (`bytes` from its first page to its end) into rows
 * [0, rows) of `target`. Returns how many rows were filled.
 */
function decodeFlatChunk(bytes, decoder, target, rows, scratch) {
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    const maxDefinition = decoder.element.repetition_type === 'REQUIRED' ? 0 : 1;
    let dictionary;
    // Where the current dictionary page starts in a coded target's `dict`.
    let dictionaryBase = 0;
    let filled = 0;
    while (filled < rows && reader.offset < bytes.byteLength) {
        const header = (0,column/* parquetHeader */.wK)(reader);
        const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === 'DICTIONARY_PAGE') {
            const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
            const count = header.dictionary_page_header?.num_values ?? 0;
            const pageReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
            const raw = (0,plain/* readPlain */.r)(pageReader, decoder.type, count, decoder.element.type_length);
            // Copied out of the page bytes (a typed dictionary may be a view of them).
            dictionary = compactDictionary((0,convert/* convert */.C6)(raw, decoder), target, true);
            releasePage(page);
            if (target.kind === 'coded') {
                dictionaryBase = target.dict.length;
                if (dictionaryBase > 0)
                    target.unique = false;
                for (const value of dictionary)
                    target.dict.push(value);
            }
        }
        else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
            const n = Math.min(pageRows(header), rows - filled);
            filled += decodeDataPage(compressed, header, { decoder, dictionary, dictionaryBase, maxDefinition, target, scratch }, filled, n);
        }
        // Index pages and unknown page types carry no rows.
    }
    return filled;
}
function pageRows(header) {
    return header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
}
function decodeDataPage(compressed, header, context, at, rows) {
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
        if (!dictionary)
            return 0;
        const indices = scratch.indices(present);
        const bitWidth = values[0] ?? 0;
        if (bitWidth > MAX_FAST_WIDTH) {
            const reader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 1 };
            (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth, indices, values.byteLength - 1);
        }
        else if (bitWidth > 0)
            decodeHybrid(values, 1, values.byteLength, bitWidth, indices);
        releasePage(values);
        writeRows(target, at, rows, definitions, indices, dictionary, dictionaryBase);
        return rows;
    }
    const { definitionLevels, dataPage } = v1
        ? (0,datapage/* readDataPage */.kS)((0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors), v1, decoder)
        : (0,datapage/* readDataPageV2 */.uD)(compressed, header, decoder);
    const definitions = maxDefinition > 0 && definitionLevels && definitionLevels.length > 0
        ? Uint8Array.from(definitionLevels, (d) => (d === maxDefinition ? 1 : 0))
        : undefined;
    if (dictionary && encoding.endsWith('_DICTIONARY')) {
        writeRows(target, at, rows, definitions, dataPage, dictionary, dictionaryBase);
    }
    else {
        const values = (0,convert/* convert */.C6)(dataPage, decoder);
        const page = compactDictionary(values, target);
        const codes = target.kind === 'coded' ? internValues(target, page) : undefined;
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
function pageParts(compressed, header, context) {
    const { decoder, maxDefinition, scratch } = context;
    const v2 = header.data_page_header_v2;
    if (!v2) {
        const count = header.data_page_header?.num_values ?? 0;
        const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
        if (maxDefinition === 0)
            return { values: page, definitions: undefined, present: count };
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
    let definitions;
    let present = v2.num_values;
    if (maxDefinition > 0 && definitionBytes > 0) {
        definitions = scratch.levels(v2.num_values);
        decodeHybrid(compressed, repetitionBytes, repetitionBytes + definitionBytes, 1, definitions);
        present = countOnes(definitions);
        if (present === v2.num_values)
            definitions = undefined;
    }
    const packed = compressed.subarray(repetitionBytes + definitionBytes);
    const size = header.uncompressed_page_size - repetitionBytes - definitionBytes;
    const values = v2.is_compressed === false ? packed : (0,datapage/* decompressPage */.tC)(packed, size, decoder.codec, decoder.compressors);
    return { values, definitions, present };
}
function countOnes(levels) {
    let n = 0;
    for (let i = 0; i < levels.length; i++)
        n += levels[i];
    return n;
}
/**
 * Writes rows [at, at + rows): null where the definition level is 0, else the next value:
 * dictionary[indices[k]] for numbers, code base + indices[k] into the coded target's dict
 * (`indices` undefined: the values in order, k itself).
 */
function writeRows(target, at, rows, definitions, indices, dictionary, base) {
    if (target.kind === 'numbers') {
        const numbers = target.numbers;
        const dict = dictionary;
        if (definitions === undefined) {
            if (indices === undefined)
                numbers.set(dict.subarray(0, rows), at);
            else
                for (let r = 0; r < rows; r++)
                    numbers[at + r] = dict[indices[r]];
            return;
        }
        let k = 0;
        for (let r = 0; r < rows; r++) {
            if (definitions[r] === 0) {
                numbers[at + r] = Number.NaN;
                target.nullMask ??= new Uint8Array(numbers.length);
                target.nullMask[at + r] = 1;
            }
            else {
                numbers[at + r] = dict[indices === undefined ? k : indices[k]];
                k++;
            }
        }
        return;
    }
    const codes = target.codes;
    let k = 0;
    for (let r = 0; r < rows; r++) {
        if (definitions !== undefined && definitions[r] === 0)
            codes[at + r] = -1;
        else {
            codes[at + r] = base + (indices === undefined ? k : indices[k]);
            k++;
        }
    }
}
function compactDictionary(values, target, copy = false) {
    if (target.kind === 'numbers') {
        if (values instanceof Float64Array)
            return copy ? values.slice() : values;
        const out = new Float64Array(values.length);
        for (let i = 0; i < values.length; i++) {
            const value = values[i];
            out[i] = value === null || value === undefined ? Number.NaN : Number(value);
        }
        return out;
    }
    const out = new Array(values.length);
    for (let i = 0; i < values.length; i++)
        out[i] = cellFromParquet(values[i]);
    return out;
}

;// CONCATENATED MODULE: ../../packages/data/src/parquet-reader.ts









/**
 * Reads a Parquet file (Snappy, Gzip, ZSTD, Brotli, LZ4 pages via hyparquet-compressors) one row
 * group at a time and one column chunk at a time, only the projected columns, and yields batches
 * of at most batchRows rows. Each decoded page is copied into a compact buffer (Float64Array for
 * numbers, dates and timestamps) and released, so memory is about one row group of compact
 * columns plus one decoded column chunk. Column types come from the Parquet schema.
 */
async function* readParquet(path, options) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const { file, metadata } = await openParquet(path, handle);
        const plans = planParquetColumns(path, metadata.schema, options.columns);
        const scratch = new PageScratch();
        const dictionary = options.dictionary === true;
        let groupStart = 0;
        let yielded = false;
        // Each column's buffers, reused by the next row group (batches hold copies).
        const data = plans.map(() => undefined);
        for (const [group, rowGroup] of metadata.row_groups.entries()) {
            const groupRows = Number(rowGroup.num_rows);
            const groupEnd = groupStart + groupRows;
            if (groupRows === 0)
                continue;
            for (const [i, plan] of plans.entries()) {
                const read = { file, metadata, plan, group, groupStart, groupEnd, handle, scratch };
                data[i] = await readGroupColumn(path, read, data[i]);
            }
            for (let from = 0; from < groupRows; from += options.batchRows) {
                const to = Math.min(from + options.batchRows, groupRows);
                const columns = new Map();
                for (const [i, plan] of plans.entries()) {
                    columns.set(plan.name, batchColumn(plan, data[i], from, to, dictionary));
                }
                yielded = true;
                yield { columns, rowOffset: groupStart + from, rowCount: to - from };
            }
            groupStart = groupEnd;
        }
        if (!yielded)
            yield (0,csv_reader/* emptyBatch */.gu)(plans.map((p) => p.name));
    }
    finally {
        await handle.close();
    }
}
/** Decodes one column chunk page by page into its compact group column (reusing `previous`'s buffers). */
async function readGroupColumn(path, read, previous) {
    const { plan, groupStart, groupEnd } = read;
    const target = newGroupColumn(plan, groupEnd - groupStart, previous);
    let filled = 0;
    try {
        const chunk = read.metadata.row_groups[read.group].columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === plan.name)?.meta_data;
        if (plan.flat && chunk) {
            // Flat columns: our own page loop, straight into typed buffers.
            let start = Number(chunk.data_page_offset);
            const dictionaryAt = chunk.dictionary_page_offset === undefined ? 0 : Number(chunk.dictionary_page_offset);
            if (dictionaryAt > 0 && dictionaryAt < start)
                start = dictionaryAt;
            const size = Number(chunk.total_compressed_size);
            const bytes = await readBytes(read.handle, start, size, read.scratch.chunk(size));
            const schemaPath = (0,schema/* getSchemaPath */.Dy)(read.metadata.schema, [plan.name]);
            const decoder = flatDecoder({
                pathInSchema: [plan.name],
                type: chunk.type,
                element: schemaPath.at(-1).element,
                schemaPath,
                codec: chunk.codec,
                compressors: await compressorsFor(chunk.codec),
            });
            filled = decodeFlatChunk(bytes, decoder, target, groupEnd - groupStart, read.scratch);
        }
        else
            await (0,src_read/* parquetRead */.bA)({
                file: read.file,
                metadata: read.metadata,
                columns: [plan.name],
                rowStart: groupStart,
                rowEnd: groupEnd,
                compressors: await compressorsFor(chunk?.codec ?? 'any'),
                ...(plan.flat ? { parsers: EPOCH_PARSERS } : {}),
                onChunk({ columnData, rowStart }) {
                    // Chunks may reach outside the requested rows: keep only this group's.
                    const skip = Math.max(0, groupStart - rowStart);
                    const take = Math.min(columnData.length, groupEnd - rowStart) - skip;
                    if (take <= 0)
                        return;
                    const part = skip === 0 && take === columnData.length ? columnData : columnData.slice(skip, skip + take);
                    storeChunk(target, part, rowStart + skip - groupStart);
                    filled += take;
                },
            });
        if (filled !== groupEnd - groupStart)
            throw new Error(`decoded ${filled} of ${groupEnd - groupStart} values`);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${path}: row group ${read.group} (rows ${groupStart}-${groupEnd - 1}), column "${plan.name}" could not ` +
            `be read (${error.message}). The file is truncated or corrupt: write it again.`, { cause: error });
    }
    return target;
}
/** Reads up to `length` bytes at `start` (fewer at the end of the file), into `into` when given. */
async function readBytes(handle, start, length, into) {
    const out = into ?? new Uint8Array(Math.max(0, length));
    let filled = 0;
    while (filled < out.length) {
        const { bytesRead } = await handle.read(out, filled, out.length - filled, start + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled === out.length ? out : out.subarray(0, filled);
}
async function openParquet(path, handle) {
    const { size } = await handle.stat();
    const file = {
        byteLength: size,
        async slice(start, end) {
            const out = await readBytes(handle, start, Math.min(end ?? size, size) - start);
            return out.buffer;
        },
    };
    try {
        return { file, metadata: await (0,metadata/* parquetMetadataAsync */.Ei)(file) };
    }
    catch (error) {
        throw new src/* UserError */.yo(`${path}: not a readable Parquet file (${error.message}). A Parquet file ends with its metadata ` +
            'and the magic bytes "PAR1": the file is truncated, still being written, or not Parquet.', { cause: error });
    }
}
/**
 * Column counts straight from the footer, without reading any page: row counts per row group and
 * each column chunk's `null_count` statistic. Undefined when a requested column is nested or a
 * chunk has no null count (then the caller reads the data).
 */
async function parquetCountsFromMetadata(path, columns) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const { metadata } = await openParquet(path, handle);
        const plans = planParquetColumns(path, metadata.schema, columns);
        const rows = Number(metadata.num_rows);
        const counts = new Map();
        for (const plan of plans) {
            let nulls = 0;
            for (const group of metadata.row_groups) {
                const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === plan.name);
                const nullCount = chunk?.meta_data?.statistics?.null_count;
                if (nullCount === undefined)
                    return undefined;
                nulls += Number(nullCount);
            }
            counts.set(plan.name, typedCounts(kindOfType(plan.type), rows, nulls));
        }
        return { rows, counts };
    }
    finally {
        await handle.close();
    }
}
function planParquetColumns(path, schema, requested) {
    // Top-level fields: walk the flattened schema tree, skipping the children of nested fields.
    const top = [];
    let i = 1;
    const skip = (index) => {
        const element = schema[index];
        let next = index + 1;
        for (let c = 0; c < (element.num_children ?? 0); c++)
            next = skip(next);
        return next;
    };
    while (i < schema.length) {
        top.push(schema[i]);
        i = skip(i);
    }
    const byName = new Map(top.map((element) => [element.name, element]));
    const names = requested ?? top.map((element) => element.name);
    const missing = names.filter((name) => !byName.has(name));
    if (missing.length > 0) {
        throw new src/* UserError */.yo(`${path}: no column named ${missing.map((n) => JSON.stringify(n)).join(', ')}. ` +
            `The file has: ${top.map((e) => JSON.stringify(e.name)).join(', ')}.`);
    }
    return names.map((name) => {
        const element = byName.get(name);
        const logical = element.logical_type;
        return {
            name,
            type: parquetType(element),
            utc: logical?.type === 'TIMESTAMP' ? logical.isAdjustedToUTC : true,
            flat: (element.num_children ?? 0) === 0 && element.repetition_type !== 'REPEATED',
        };
    });
}
function parquetType(element) {
    if ((element.num_children ?? 0) > 0)
        return 'string';
    const logical = element.logical_type?.type;
    const converted = element.converted_type;
    if (logical === 'DATE' || converted === 'DATE')
        return 'date';
    if (logical === 'TIMESTAMP' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
        return 'datetime';
    if (element.type === 'INT96')
        return 'datetime';
    if (logical === 'DECIMAL' || converted === 'DECIMAL')
        return 'number';
    switch (element.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return 'integer';
        case 'FLOAT':
        case 'DOUBLE':
            return 'number';
        default:
            return 'string';
    }
}


/***/ })

};

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7935:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(602);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 602:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 12 modules
var src = __nccwpck_require__(8062);
;// CONCATENATED MODULE: ../../packages/blobs/src/blob-store.ts

/** Parses the `storage` input: `release` or `local:<dir>`. */
function parseStorageSpec(text) {
    const trimmed = text.trim();
    if (trimmed === 'release')
        return { backend: 'release' };
    if (trimmed.startsWith('local:') && trimmed.length > 'local:'.length) {
        return { backend: 'local', dir: trimmed.slice('local:'.length) };
    }
    throw new src/* UserError */.yo(`storage "${text}" is not understood: use \`release\` (GitHub Release assets) or \`local:<dir>\` (a directory, e.g. local:/mnt/blobs)`);
}
/** sha256 of zero bytes: empty files need no stored blob, they are recreated on pull. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** The distinct blobs that need storing (empty files need none). */
function blobsToStore(blobs) {
    return [...new Map(blobs.filter((b) => b.size > 0).map((b) => [b.sha256, b])).values()];
}
const SHA256_HEX = /^[0-9a-f]{64}$/;

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __nccwpck_require__(8215);
;// CONCATENATED MODULE: ../../packages/blobs/src/dataset-aliases.ts
/**
 * Dataset aliases (`production`, `training`): `datasets/<name>/aliases.json` on the metadata branch,
 * {alias: version}, each move its own commit through the store's transaction (re-applied on the new
 * tip when another writer got in first). Same alias rules as model aliases (no `latest`, nothing
 * that looks like `v3`).
 */


const aliasesSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().positive());
function aliasesPath(name) {
    if (!src/* NAME_PATTERN */.Vh.test(name))
        throw new src/* UserError */.yo(`invalid dataset name ${JSON.stringify(name)}`);
    return `datasets/${name}/aliases.json`;
}
function parseAliases(value, path, logger) {
    if (value === undefined)
        return {};
    const parsed = aliasesSchema.safeParse(value);
    if (!parsed.success) {
        logger.warning(`ignoring damaged ${path} on the metadata branch: ${parsed.error.issues[0]?.message ?? ''}`);
        return {};
    }
    return parsed.data;
}
async function getDatasetAliases(store, name) {
    const path = aliasesPath(name);
    return parseAliases(await store.readJson(path), path, store.logger);
}
/** Points `alias` at `version` of the dataset (null removes it); returns the previous version or null. */
async function setDatasetAlias(store, name, alias, version) {
    const checked = src/* aliasSchema */.cX.safeParse(alias);
    if (!checked.success) {
        throw new src/* UserError */.yo(`invalid alias ${JSON.stringify(alias)}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
    }
    if (version !== null && !(await store.getDatasetVersion(name, version))) {
        throw new src/* UserError */.yo(`dataset ${name} has no version ${version} to point alias ${alias} at`);
    }
    const path = aliasesPath(name);
    return store.transact(`alias ${alias} of dataset ${name} -> ${version ?? 'removed'}`, async (tx) => {
        const aliases = parseAliases(await tx.readJson(path), path, store.logger);
        const previous = aliases[alias] ?? null;
        if (previous === version)
            return previous;
        if (version === null)
            delete aliases[alias];
        else
            aliases[alias] = version;
        tx.write(path, Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
        return previous;
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ../../packages/data/src/column-type.ts
var column_type = __nccwpck_require__(5368);
;// CONCATENATED MODULE: ../../packages/data/src/column-values.ts
/** The value of row `i` (null for missing values, NaN included). */
function cellAt(column, i) {
    if ('numbers' in column) {
        if (column.nullMask?.[i] === 1)
            return null;
        const v = column.numbers[i];
        return Number.isNaN(v) ? null : v;
    }
    if ('codes' in column) {
        const code = column.codes[i];
        return code < 0 ? null : column.dictionary[code];
    }
    return column.values[i] ?? null;
}
/** One value per row, as a ValueColumn holds them (numbers as numbers, null for missing). */
function columnValues(column) {
    if ('values' in column)
        return column.values;
    const out = new Array(column.length);
    for (let i = 0; i < column.length; i++)
        out[i] = cellAt(column, i);
    return out;
}

// EXTERNAL MODULE: ../../packages/data/src/csv-reader.ts + 6 modules
var csv_reader = __nccwpck_require__(2399);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ../../packages/data/src/hashing.ts





/** Read size when hashing: 4 MiB keeps syscalls few and throughput near sha256sum. */
const HASH_CHUNK_BYTES = 4 << 20;
const DEFAULT_HASH_CONCURRENCY = 4;
/** sha256 of a file, streamed (memory stays at one chunk whatever the file size). */
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    try {
        for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: HASH_CHUNK_BYTES })) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
            throw new src/* UserError */.yo(`${path}: cannot read the file to hash it (${code}). Check the path.`, { cause: error });
        }
        throw new src/* SystemError */._N(`reading ${path} failed`, { cause: error });
    }
    return { sha256: hash.digest('hex'), size };
}
/**
 * Content-addresses a file, a directory (recursively; symlinked directories are not followed)
 * or a glob (`data/*.csv`, `**` allowed). Paths are relative to the directory, to the file's
 * directory, or to cwd for a glob.
 */
async function buildManifest(target, options = {}) {
    const cwd = (0,external_node_path_namespaceObject.resolve)(options.cwd ?? process.cwd());
    const { root, paths } = await listFiles(target, cwd);
    const concurrency = options.concurrency ?? DEFAULT_HASH_CONCURRENCY;
    const hashes = await mapLimit(paths, concurrency, (path) => hashFile((0,external_node_path_namespaceObject.join)(root, path)));
    const files = paths
        .map((path, i) => ({ path, sha256: hashes[i].sha256, size: hashes[i].size }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
        root,
        files,
        fileCount: files.length,
        totalSize: files.reduce((sum, f) => sum + f.size, 0),
        datasetHash: datasetHash(files),
    };
}
/** The dataset hash of a list of manifest entries (sorted here, so order does not matter). */
function datasetHash(files) {
    const sorted = [...files]
        .map((f) => ({ path: f.path, sha256: f.sha256, size: f.size }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return (0,external_node_crypto_.createHash)('sha256').update((0,src/* canonicalJson */.dj)(sorted)).digest('hex');
}
const GLOB_CHARS = /[*?[\]{}]/;
async function listFiles(target, cwd) {
    if (GLOB_CHARS.test(target)) {
        if ((0,external_node_path_namespaceObject.isAbsolute)(target))
            throw new src/* UserError */.yo(`glob ${target}: use a pattern relative to the working directory.`);
        const paths = [];
        for await (const entry of (0,promises_.glob)(target, { cwd, withFileTypes: true })) {
            if (entry.isFile())
                paths.push(toPosix((0,external_node_path_namespaceObject.relative)(cwd, (0,external_node_path_namespaceObject.join)(entry.parentPath, entry.name))));
        }
        if (paths.length === 0)
            throw new src/* UserError */.yo(`glob ${target} matched no files under ${cwd}.`);
        return { root: cwd, paths };
    }
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, target);
    let info;
    try {
        info = await (0,promises_.stat)(absolute);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${target}: no such file or directory (looked in ${cwd}).`, { cause: error });
    }
    if (info.isFile()) {
        const root = (0,external_node_path_namespaceObject.resolve)(absolute, '..');
        return { root, paths: [toPosix((0,external_node_path_namespaceObject.relative)(root, absolute))] };
    }
    const entries = await (0,promises_.readdir)(absolute, { recursive: true, withFileTypes: true });
    const paths = [];
    for (const entry of entries) {
        const full = (0,external_node_path_namespaceObject.join)(entry.parentPath, entry.name);
        // A symlink to a file is hashed as its content; symlinked directories are not followed.
        const isFile = entry.isFile() || (entry.isSymbolicLink() && (await (0,promises_.stat)(full).catch(() => undefined))?.isFile());
        if (isFile)
            paths.push(toPosix((0,external_node_path_namespaceObject.relative)(absolute, full)));
    }
    return { root: absolute, paths };
}
function toPosix(path) {
    return external_node_path_namespaceObject.sep === '/' ? path : path.split(external_node_path_namespaceObject.sep).join('/');
}
/** Runs fn over items with at most `limit` promises in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new src/* UserError */.yo(`concurrency must be a positive integer, got ${limit}.`);
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * Joins a manifest path onto a restore root, refusing anything that could land outside it:
 * absolute paths (posix, Windows drive or UNC), `..` segments, backslashes, empty segments
 * and NUL bytes. Throws a UserError naming the path.
 */
function safeJoin(root, relPath) {
    const refuse = (why) => {
        throw new src/* UserError */.yo(`refusing manifest path ${JSON.stringify(relPath)}: ${why}. Manifest paths must be relative paths inside the dataset.`);
    };
    if (relPath === '')
        refuse('it is empty');
    if (relPath.includes('\0'))
        refuse('it contains a NUL byte');
    if (relPath.includes('\\'))
        refuse('it contains a backslash (use / between folders)');
    if (relPath.startsWith('/') || /^[A-Za-z]:/.test(relPath))
        refuse('it is absolute');
    const segments = relPath.split('/');
    if (segments.includes('..'))
        refuse('it climbs out of the dataset with ".."');
    if (segments.some((s) => s === '' || s === '.'))
        refuse('it has an empty or "." segment');
    const base = (0,external_node_path_namespaceObject.resolve)(root);
    const joined = (0,external_node_path_namespaceObject.resolve)(base, ...segments);
    const rel = (0,external_node_path_namespaceObject.relative)(base, joined);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(rel))
        refuse('it resolves outside the root');
    return joined;
}
/** Checks a restored file against its manifest entry; throws a UserError naming the mismatch. */
async function verifyFile(root, entry) {
    const path = safeJoin(root, entry.path);
    const actual = await hashFile(path);
    if (actual.size !== entry.size || actual.sha256 !== entry.sha256) {
        throw new UserError(`${entry.path}: content does not match the manifest (expected sha256 ${entry.sha256}, ${entry.size} bytes; ` +
            `found ${actual.sha256}, ${actual.size} bytes). The file was changed or the download is corrupt: pull it again.`);
    }
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ../../packages/data/src/heap.ts
/**
 * Keeping a data-heavy process's memory down: V8 grows its young generation (the semi-spaces where
 * new objects start) from 1 MiB towards 16 MiB each while a program allocates quickly, and the grown
 * space stays resident. Readers and tests allocate many short-lived objects in bursts, so the young
 * generation alone added about 18 MiB to check-drift's peak on the flights months; with growth off
 * the peak fell from about 145 to 131 MiB with no measurable change in time (docs/adr/0010).
 *
 * V8 reads this flag whenever it decides whether to grow the young generation, so setting it at
 * run time works (Node documents setFlagsFromString as use-with-care; this flag only changes a
 * sizing policy). Call it once, first thing, in a process entry point: never from a library.
 */

function keepYoungGenerationSmall() {
    setFlagsFromString('--semi-space-growth-factor=1');
}

// EXTERNAL MODULE: ../../packages/data/src/value-kinds.ts
var value_kinds = __nccwpck_require__(3154);
;// CONCATENATED MODULE: ../../packages/data/src/json-columns.ts


/**
 * Turns a batch of JSON records into columns. JSON already types its values: numbers stay
 * numbers (integer when whole), strings stay strings except ISO dates/datetimes, null and
 * missing keys are null, nested objects and arrays become their JSON text (kind string).
 */
function columnsFromRecords(records, names) {
    const columns = new Map();
    for (const name of names)
        columns.set(name, buildColumn(records, name));
    return columns;
}
function kindOf(value) {
    if (value === null || value === undefined)
        return value_kinds/* K_NULL */.Yw;
    switch (typeof value) {
        case 'number':
            return Number.isInteger(value) ? value_kinds/* K_INTEGER */.v8 : value_kinds/* K_NUMBER */.I0;
        case 'boolean':
            return value_kinds/* K_BOOLEAN */.b5;
        case 'string':
            return (0,value_kinds/* classifyJsonString */.yu)(value);
        default:
            return value_kinds/* K_STRING */.W1;
    }
}
function buildColumn(records, name) {
    const rows = records.length;
    const counts = (0,column_type/* emptyCounts */.W1)();
    const kinds = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
        const kind = kindOf(records[r][name]);
        kinds[r] = kind;
        (0,column_type/* countKind */.MQ)(counts, kind);
    }
    const type = (0,column_type/* resolveType */.r)(counts, true);
    if (type === 'integer' || type === 'number') {
        const numbers = new Float64Array(rows);
        let nullMask;
        for (let r = 0; r < rows; r++) {
            if (kinds[r] === value_kinds/* K_NULL */.Yw) {
                numbers[r] = Number.NaN;
                nullMask ??= new Uint8Array(rows);
                nullMask[r] = 1;
            }
            else
                numbers[r] = records[r][name];
        }
        return { name, type, length: rows, counts, numbers, nullMask };
    }
    const values = new Array(rows);
    for (let r = 0; r < rows; r++) {
        const value = records[r][name];
        if (kinds[r] === value_kinds/* K_NULL */.Yw)
            values[r] = null;
        else if (typeof value === 'object')
            values[r] = JSON.stringify(value);
        else if (type === 'string' && typeof value === 'number')
            values[r] = String(value);
        else
            values[r] = value;
    }
    return { name, type, length: rows, counts, values };
}

// EXTERNAL MODULE: ../../packages/data/src/utf8-check.ts
var utf8_check = __nccwpck_require__(3467);
;// CONCATENATED MODULE: ../../packages/data/src/json-reader.ts




/**
 * Streams records out of a JSON array or JSON Lines without holding the file: a small scanner
 * finds where each top-level element starts and ends (tracking strings, escapes and nesting),
 * and only that element's text is parsed. Columns are the keys in order of first appearance
 * (or the requested ones); a key missing from a record is null.
 */
async function* readJsonStream(chunks, options) {
    const utf8 = new utf8_check/* Utf8Checker */.b(options.source);
    const scanner = new ElementScanner(options.source, options.format);
    const names = options.columns ? [...options.columns] : [];
    const known = new Set(names);
    let pending = [];
    let rowOffset = 0;
    const makeBatch = (records) => {
        if (!options.columns) {
            for (const { value } of records) {
                for (const key of Object.keys(value)) {
                    if (!known.has(key)) {
                        known.add(key);
                        names.push(key);
                    }
                }
            }
        }
        const batch = {
            columns: columnsFromRecords(records.map((r) => r.value), names),
            rowOffset,
            rowCount: records.length,
            lineNumbers: Uint32Array.from(records, (r) => r.line),
        };
        rowOffset += records.length;
        return batch;
    };
    for await (const chunk of chunks) {
        utf8.push(chunk);
        for (const record of scanner.push(chunk)) {
            pending.push(record);
            if (pending.length === options.batchRows) {
                yield makeBatch(pending);
                pending = [];
            }
        }
    }
    utf8.end();
    for (const record of scanner.finish())
        pending.push(record);
    if (pending.length > 0 || rowOffset === 0) {
        yield pending.length > 0 ? makeBatch(pending) : (0,csv_reader/* emptyBatch */.gu)(names);
    }
}
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const LF = 10;
function isSpace(b) {
    return b === 32 || b === 9 || b === 10 || b === 13;
}
/** Finds top-level elements in a JSON array (or lines in JSONL) across chunk boundaries. */
class ElementScanner {
    #source;
    #lines;
    // 0 before '[', 1 expecting an element, 2 after an element (',' or ']'), 3 after ']'
    #outer = 0;
    #depth = 0;
    #inString = false;
    #escape = false;
    #buf = Buffer.allocUnsafe(1 << 14);
    #len = 0;
    #line = 1;
    #startLine = 1;
    #count = 0;
    constructor(source, format) {
        this.#source = source;
        this.#lines = format === 'jsonl';
    }
    push(chunk) {
        return this.#lines ? this.#pushLines(chunk) : this.#pushArray(chunk);
    }
    finish() {
        if (this.#lines) {
            const out = [];
            if (this.#len > 0)
                this.#parseLine(out);
            if (this.#count === 0) {
                throw new src/* UserError */.yo(`${this.#source}: the file has no records. Expected one JSON object per line.`);
            }
            return out;
        }
        if (this.#outer === 0)
            throw new src/* UserError */.yo(`${this.#source}: the file is empty. Expected a JSON array of objects.`);
        if (this.#outer !== 3) {
            throw new src/* UserError */.yo(`${this.#source}: line ${this.#line}: the JSON array is not closed (the file ends inside it). The file may be truncated.`);
        }
        return [];
    }
    #pushLines(chunk) {
        const out = [];
        let start = 0;
        let at = chunk.indexOf(LF);
        while (at !== -1) {
            this.#append(chunk, start, at);
            this.#parseLine(out);
            this.#line++;
            start = at + 1;
            at = chunk.indexOf(LF, start);
        }
        this.#append(chunk, start, chunk.length);
        return out;
    }
    #parseLine(out) {
        const text = this.#buf.toString('utf8', 0, this.#len);
        this.#len = 0;
        if (text.trim() === '')
            return;
        out.push({ value: this.#parseObject(text, this.#line), line: this.#line });
    }
    #pushArray(chunk) {
        const out = [];
        const n = chunk.length;
        let i = 0;
        while (i < n) {
            if (this.#depth > 0) {
                const start = i;
                for (; i < n; i++) {
                    const b = chunk[i];
                    if (b === LF)
                        this.#line++;
                    if (this.#inString) {
                        if (this.#escape)
                            this.#escape = false;
                        else if (b === BACKSLASH)
                            this.#escape = true;
                        else if (b === QUOTE)
                            this.#inString = false;
                    }
                    else if (b === QUOTE)
                        this.#inString = true;
                    else if (b === OPEN_BRACE || b === OPEN_BRACKET)
                        this.#depth++;
                    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                        this.#depth--;
                        if (this.#depth === 0) {
                            i++;
                            break;
                        }
                    }
                }
                this.#append(chunk, start, i);
                if (this.#depth === 0) {
                    const text = this.#buf.toString('utf8', 0, this.#len);
                    this.#len = 0;
                    out.push({ value: this.#parseObject(text, this.#startLine), line: this.#startLine });
                    this.#outer = 2;
                }
                continue;
            }
            const b = chunk[i];
            i++;
            if (b === LF)
                this.#line++;
            if (isSpace(b))
                continue;
            if (this.#outer === 0 && b === OPEN_BRACKET)
                this.#outer = 1;
            else if (this.#outer === 1 && b === OPEN_BRACE) {
                this.#depth = 1;
                this.#startLine = this.#line;
                this.#append(Uint8Array.of(OPEN_BRACE), 0, 1);
            }
            else if ((this.#outer === 1 && this.#count === 0) || this.#outer === 2) {
                if (b === CLOSE_BRACKET)
                    this.#outer = 3;
                else if (b === COMMA && this.#outer === 2)
                    this.#outer = 1;
                else
                    this.#unexpected(b);
            }
            else
                this.#unexpected(b);
        }
        return out;
    }
    #unexpected(b) {
        const what = this.#outer === 0
            ? 'expected a JSON array of objects ("[" first; use format "jsonl" for one object per line)'
            : this.#outer === 3
                ? 'unexpected text after the closing "]"'
                : 'expected an object ({...}) as each element of the array';
        throw new src/* UserError */.yo(`${this.#source}: line ${this.#line}: found ${JSON.stringify(String.fromCharCode(b))}: ${what}.`);
    }
    #parseObject(text, line) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new src/* UserError */.yo(`${this.#source}: line ${line}: invalid JSON: ${error.message}.`);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new src/* UserError */.yo(`${this.#source}: line ${line}: expected a JSON object per record, found ${JSON.stringify(value)?.slice(0, 40)}.`);
        }
        this.#count++;
        return value;
    }
    #append(chunk, start, end) {
        const length = end - start;
        if (length <= 0)
            return;
        if (this.#len + length > this.#buf.length) {
            const bigger = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#len + length));
            this.#buf.copy(bigger, 0, 0, this.#len);
            this.#buf = bigger;
        }
        this.#buf.set(chunk.subarray(start, end), this.#len);
        this.#len += length;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ../../packages/data/src/read-table.ts








const DEFAULT_BATCH_ROWS = 65_536;
/** Read size for text formats: 1 MiB. */
const CHUNK_BYTES = 1 << 20;
const EXTENSIONS = {
    csv: 'csv',
    tsv: 'tsv',
    tab: 'tsv',
    json: 'json',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    parquet: 'parquet',
    pq: 'parquet',
};
/** Format from the file name (`.csv`, `.tsv`, `.json`, `.jsonl`, `.ndjson`, `.parquet`, text ones also `.gz`). */
function detectFormat(path) {
    const parts = path.toLowerCase().split('/').pop().split('.');
    if (parts.at(-1) === 'gz')
        parts.pop();
    const format = parts.length > 1 ? EXTENSIONS[parts.at(-1)] : undefined;
    if (format === undefined) {
        throw new src/* UserError */.yo(`${path}: cannot tell the table format from the file name. Name it .csv, .tsv, .json, .jsonl or .parquet, or pass format.`);
    }
    return format;
}
/**
 * Streams a table as column batches: `for await (const batch of readTable(path)) ...`.
 * Memory is bounded by batchRows (and, for Parquet, one row group), not by the file size.
 */
async function* readTable(path, options = {}) {
    const format = options.format ?? detectFormat(path);
    const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
    if (!Number.isInteger(batchRows) || batchRows < 1) {
        throw new src/* UserError */.yo(`batchRows must be a positive integer, got ${batchRows}.`);
    }
    await assertReadableFile(path);
    if (format === 'parquet') {
        // Loaded on first use: hyparquet is not needed by processes that read only text formats.
        const { readParquet } = await Promise.all(/* import() */[__nccwpck_require__.e(501), __nccwpck_require__.e(78)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5078));
        yield* readParquet(path, { columns: options.columns, batchRows, dictionary: options.dictionary });
        return;
    }
    const gz = path.toLowerCase().endsWith('.gz');
    const csv = {
        source: path,
        delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : ','),
        nullValues: options.nullValues ?? value_kinds/* DEFAULT_NULL_VALUES */.LL,
        columns: options.columns,
        batchRows,
        dictionary: options.dictionary,
    };
    if (!gz && (format === 'csv' || format === 'tsv')) {
        // The CSV reader copies what it keeps from each chunk before asking for the next, so one
        // buffer serves the whole file: a stream would allocate a fresh 1 MiB chunk per read, and the
        // dead ones pile up (about as much memory again as the file) until a collection.
        yield* (0,csv_reader/* readCsvStream */.Vf)(reusedChunks(path), csv);
        return;
    }
    const stream = (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: CHUNK_BYTES });
    const gunzip = gz ? (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK_BYTES }) : undefined;
    const chunks = gunzip ? stream.pipe(gunzip) : stream;
    try {
        if (format === 'json' || format === 'jsonl') {
            yield* readJsonStream(chunks, { source: path, format, columns: options.columns, batchRows });
        }
        else {
            yield* (0,csv_reader/* readCsvStream */.Vf)(chunks, csv);
        }
    }
    catch (error) {
        const code = error instanceof Error ? error.code : undefined;
        if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
            throw new src/* UserError */.yo(`${path}: the gzip data is corrupt or truncated (${error.message}).`, {
                cause: error,
            });
        }
        throw error;
    }
    finally {
        gunzip?.destroy();
        stream.destroy();
    }
}
/** A file's bytes in order, always in the same buffer: each chunk is valid until the next is asked for. */
async function* reusedChunks(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
async function assertReadableFile(path) {
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new src/* UserError */.yo(`${path} is not a file. Point to a data file (a directory is read with buildManifest).`);
    }
    catch (error) {
        if (error instanceof src/* UserError */.yo)
            throw error;
        throw new src/* UserError */.yo(`${path}: cannot read the file (${error.message}). Check the path.`, {
            cause: error,
        });
    }
}
/**
 * Reads the whole table once and returns per-column types, counts per kind, null counts and the
 * dtype pandas would give each column. Counts are merged across batches before the type is
 * decided, so a column that is numeric early and text later is reported as one type. Parquet
 * files with null-count statistics are answered from the footer alone.
 */
async function inferSchema(path, options = {}) {
    const format = options.format ?? detectFormat(path);
    if (format === 'parquet') {
        await assertReadableFile(path);
        const { parquetCountsFromMetadata } = await Promise.all(/* import() */[__nccwpck_require__.e(501), __nccwpck_require__.e(78)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5078));
        const fromFooter = await parquetCountsFromMetadata(path, options.columns);
        if (fromFooter)
            return schemaFromCounts(format, fromFooter.rows, fromFooter.counts);
    }
    const merged = new Map();
    let rows = 0;
    for await (const batch of readTable(path, { ...options, format })) {
        for (const [name, column] of batch.columns) {
            let counts = merged.get(name);
            if (counts === undefined) {
                counts = emptyCounts();
                // A JSON column first seen in a later batch was null in every earlier row.
                counts.kinds.null = rows;
                merged.set(name, counts);
            }
            mergeCounts(counts, column.counts);
        }
        rows += batch.rowCount;
    }
    return schemaFromCounts(format, rows, merged);
}
function schemaFromCounts(format, rows, merged) {
    const columns = [...merged].map(([name, counts]) => ({
        name,
        type: resolveType(counts, format !== 'csv' && format !== 'tsv'),
        counts: counts.kinds,
        nullCount: counts.kinds.null,
        leadingZeroNumbers: counts.leadingZeroNumbers,
        pandasDtype: pandasDtype(counts, format === 'parquet'),
    }));
    return { format, rows, columns };
}

;// CONCATENATED MODULE: ../../packages/data/src/index.ts










;// CONCATENATED MODULE: ../../packages/blobs/src/local-store.ts
/**
 * The `local:<dir>` backend: blobs at `<dir>/<first two hex>/<sha256>`, written to a temporary
 * name and renamed, so a blob file that exists is always complete.
 */





const COPY_CONCURRENCY = 4;
class LocalBlobStore {
    backend = 'local';
    dir;
    logger;
    constructor(dir, logger) {
        this.dir = (0,external_node_path_namespaceObject.resolve)(dir);
        this.logger = logger;
    }
    blobPath(sha256) {
        if (!SHA256_HEX.test(sha256))
            throw new src/* UserError */.yo(`"${sha256}" is not a sha256 (64 lowercase hex characters)`);
        return (0,external_node_path_namespaceObject.join)(this.dir, sha256.slice(0, 2), sha256);
    }
    async present(blob) {
        const info = await (0,promises_.stat)(this.blobPath(blob.sha256)).catch(() => undefined);
        return info?.isFile() === true && info.size === blob.size;
    }
    async putAll(blobs, label) {
        await (0,promises_.mkdir)(this.dir, { recursive: true }).catch((error) => {
            throw new src/* UserError */.yo(`storage directory ${this.dir} cannot be created: ${error.message}`, {
                cause: error,
            });
        });
        const unique = blobsToStore(blobs);
        const copied = await mapLimit(unique, COPY_CONCURRENCY, async (blob) => {
            if (await this.present(blob))
                return undefined;
            const target = this.blobPath(blob.sha256);
            const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
            try {
                await (0,promises_.mkdir)((0,external_node_path_namespaceObject.join)(this.dir, blob.sha256.slice(0, 2)), { recursive: true });
                await (0,promises_.copyFile)(blob.path, temp);
                await (0,promises_.rename)(temp, target);
            }
            catch (error) {
                await (0,promises_.rm)(temp, { force: true });
                throw new src/* SystemError */._N(`storing ${blob.path} as blob ${blob.sha256} in ${this.dir} failed`, { cause: error });
            }
            return blob.size;
        });
        const stored = copied.filter((bytes) => bytes !== undefined);
        const uploaded = stored.length;
        const uploadedBytes = stored.reduce((sum, bytes) => sum + bytes, 0);
        this.logger.info(`${label}: ${uploaded} new blob(s), ${uploadedBytes} bytes stored in ${this.dir}.`);
        const ref = { backend: 'local', location: this.dir };
        return { uploaded, uploadedBytes, ref };
    }
    async fetchTo(_ref, sha256, size, dest) {
        if (sha256 === EMPTY_SHA256) {
            await (0,promises_.writeFile)(dest, '');
            return;
        }
        const source = this.blobPath(sha256);
        const info = await (0,promises_.stat)(source).catch(() => undefined);
        if (!info?.isFile()) {
            throw new src/* UserError */.yo(`blob ${sha256} (${size} bytes) is missing from ${this.dir}: was the version pushed to this storage directory?`);
        }
        await (0,promises_.copyFile)(source, dest);
    }
}

;// CONCATENATED MODULE: ../../packages/blobs/src/pull.ts
/**
 * `pull`: restore a dataset version into a directory. Every manifest path is checked before
 * anything is written (no path may land outside the directory); files already present with the
 * right sha256 are kept; every fetched file is hashed, and one that does not match is deleted and
 * named in the error.
 */





/** `latest`, `7`, `v7`, or an alias (`production`) as a version selector. */
function parseVersionSelector(text) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === 'latest')
        return 'latest';
    const m = /^v?([1-9]\d*)$/.exec(trimmed);
    if (m)
        return Number(m[1]);
    if (src/* aliasSchema */.cX.safeParse(trimmed).success)
        return { alias: trimmed };
    throw new src/* UserError */.yo(`version "${text}" is not understood: use latest, a version number such as 3 (or v3), or an alias such as production`);
}
async function resolveDatasetVersion(store, name, version) {
    const selector = parseVersionSelector(version);
    let number;
    if (typeof selector === 'object') {
        const aliases = await getDatasetAliases(store, name);
        const target = aliases[selector.alias];
        if (target === undefined) {
            const known = Object.keys(aliases);
            throw new src/* UserError */.yo(`dataset ${name} has no alias ${selector.alias}` +
                (known.length
                    ? ` (its aliases: ${known.join(', ')})`
                    : ' (it has no aliases; set one with the `alias` input of a push)'));
        }
        number = target;
    }
    else
        number = selector;
    const record = await store.getDatasetVersion(name, number);
    if (!record) {
        throw new src/* UserError */.yo(number === 'latest'
            ? `dataset ${name} has no versions on the metadata branch yet: push one first`
            : `dataset ${name} has no version ${number}: list them with \`cairn data list ${name}\``);
    }
    return record;
}
async function matches(path, sha256, size) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile() || info.size !== size)
        return false;
    return (await hashFile(path)).sha256 === sha256;
}
/** Refuses a destination whose real parent directory (symlinks resolved) is outside the real root. */
async function assertInside(realRoot, dest, relPath) {
    const parent = await (0,promises_.realpath)((0,external_node_path_namespaceObject.dirname)(dest));
    const rel = (0,external_node_path_namespaceObject.relative)(realRoot, parent);
    if (rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.resolve)(realRoot, rel) !== parent) {
        throw new src/* UserError */.yo(`refusing manifest path ${JSON.stringify(relPath)}: a symbolic link in the target directory leads outside it`);
    }
}
async function pullDataset(store, options) {
    const record = await resolveDatasetVersion(store, options.name, options.version);
    if (record.storage.backend !== options.blobs.backend) {
        throw new src/* UserError */.yo(`dataset ${record.name} v${record.version} is stored in ${record.storage.backend === 'local' ? `local:${record.storage.location}` : 'release'}; ` +
            `pass that as the storage, not ${options.blobs.backend}`);
    }
    const root = (0,external_node_path_namespaceObject.resolve)(options.dir);
    // Check every path before writing anything.
    const targets = record.files.map((file) => ({ file, dest: safeJoin(root, file.path) }));
    const seen = new Set();
    for (const { file, dest } of targets) {
        if (seen.has(dest))
            throw new src/* UserError */.yo(`refusing manifest path ${JSON.stringify(file.path)}: it appears twice`);
        seen.add(dest);
    }
    await (0,promises_.mkdir)(root, { recursive: true });
    const realRoot = await (0,promises_.realpath)(root);
    let downloaded = 0;
    let downloadedBytes = 0;
    let skipped = 0;
    await mapLimit(targets, options.concurrency ?? 4, async ({ file, dest }) => {
        await (0,promises_.mkdir)((0,external_node_path_namespaceObject.dirname)(dest), { recursive: true });
        await assertInside(realRoot, dest, file.path);
        if (await matches(dest, file.sha256, file.size)) {
            skipped++;
            return;
        }
        const temp = `${dest}.cairn-partial`;
        try {
            await options.blobs.fetchTo(record.storage, file.sha256, file.size, temp);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            if (error instanceof src/* CairnError */.eb) {
                const Kind = error instanceof src/* UserError */.yo ? src/* UserError */.yo : src/* SystemError */._N;
                throw new Kind(`${file.path}: could not be restored; nothing was left in its place`, { cause: error });
            }
            throw error;
        }
        const actual = await hashFile(temp);
        if (actual.sha256 !== file.sha256 || actual.size !== file.size) {
            await (0,promises_.rm)(temp, { force: true });
            await (0,promises_.rm)(dest, { force: true });
            throw new src/* UserError */.yo(`${file.path}: the restored content does not match the manifest (expected sha256 ${file.sha256}, ${file.size} bytes; ` +
                `got ${actual.sha256}, ${actual.size} bytes). The bad file was deleted; the stored blob is damaged, push the data again.`);
        }
        await (0,promises_.rename)(temp, dest);
        downloaded++;
        downloadedBytes += file.size;
    });
    options.logger.info(`${record.name} v${record.version}: ${downloaded} file(s) restored (${downloadedBytes} bytes), ${skipped} already present.`);
    return { record, downloaded, downloadedBytes, skipped };
}

;// CONCATENATED MODULE: ../../packages/stats/src/binning.ts
/**
 * Bins and shares for the histogram-based drift scores (PSI, KL, Jensen-Shannon, Hellinger).
 *
 * Sturges edges reproduce numpy `histogram_bin_edges(values, 'sturges')` (numpy/lib/histograms.py):
 * width = ptp / (log2(size) + 1), bins = ceil(ptp / width), edges = linspace(min, max, bins + 1)
 * computed as i * step + min with the last edge set to max; a constant sample gets one bin
 * [v - 0.5, v + 0.5]. Counting follows `np.histogram` with explicit edges: [e_i, e_{i+1}) except
 * the last bin, which is closed on the right.
 */

/** First index i with sorted[i] >= v (lower bound), or > v when `right`. */
function binning_searchSorted(sorted, v, right = false) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const x = sorted[mid];
        if (x < v || (right && x === v))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** numpy linspace(start, stop, num) with endpoint=True. */
function binning_linspace(start, stop, num) {
    const out = new Float64Array(num);
    const div = num - 1;
    const delta = stop - start;
    const step = delta / div;
    for (let i = 0; i < num; i++)
        out[i] = step === 0 ? (i / div) * delta + start : i * step + start;
    if (num > 1)
        out[num - 1] = stop;
    return out;
}
/** Equal-width edges over [min, max] of two sorted samples with `bins` bins (numpy semantics). */
function binning_equalWidthEdges(a, b, bins) {
    if (!Number.isInteger(bins) || bins < 1) {
        throw new UserError(`bins must be a positive integer, got ${bins}; set the drift option "bins" to e.g. 10.`);
    }
    let [lo, hi] = outerEdges(a, b);
    if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    return binning_linspace(lo, hi, bins + 1);
}
function outerEdges(a, b) {
    const mins = [];
    const maxs = [];
    if (a.length > 0) {
        mins.push(a[0]);
        maxs.push(a[a.length - 1]);
    }
    if (b.length > 0) {
        mins.push(b[0]);
        maxs.push(b[b.length - 1]);
    }
    if (mins.length === 0)
        return [0, 1];
    return [Math.min(...mins), Math.max(...maxs)];
}
/** Sturges edges over the union of two sorted samples: numpy histogram_bin_edges(concat, 'sturges'). */
function binning_sturgesEdges(a, b) {
    const size = a.length + b.length;
    let [lo, hi] = outerEdges(a, b);
    const ptp = hi - lo;
    if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    let bins = 1;
    if (size > 0) {
        const width = ptp / (Math.log2(size) + 1);
        if (width)
            bins = Math.ceil((hi - lo) / width);
    }
    return binning_linspace(lo, hi, bins + 1);
}
/**
 * Edges at the reference quantiles 0, 1/bins, ..., 1 (linear interpolation, numpy's default
 * 'linear' method), widened to cover the current sample, duplicates removed.
 */
function binning_quantileEdges(ref, cur, bins) {
    if (!Number.isInteger(bins) || bins < 1) {
        throw new UserError(`bins must be a positive integer, got ${bins}; set the drift option "bins" to e.g. 10.`);
    }
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(quantileSorted(ref, i / bins));
    const [lo, hi] = outerEdges(ref, cur);
    edges[0] = Math.min(edges[0], lo);
    edges[edges.length - 1] = Math.max(edges[edges.length - 1], hi);
    const unique = edges.filter((v, i) => i === 0 || v !== edges[i - 1]);
    if (unique.length === 1)
        return Float64Array.of(unique[0] - 0.5, unique[0] + 0.5);
    return Float64Array.from(unique);
}
/** Quantile q of a sorted sample, numpy 'linear' interpolation. */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    const frac = pos - lo;
    const a = sorted[lo];
    const b = sorted[hi];
    return frac === 0 ? a : a + (b - a) * frac;
}
/** np.histogram(sorted, edges) counts: [e_i, e_{i+1}), the last bin closed on the right. */
function binning_histogramSorted(sorted, edges) {
    const bins = edges.length - 1;
    const counts = new Float64Array(bins);
    let prev = binning_searchSorted(sorted, edges[0]);
    for (let i = 1; i <= bins; i++) {
        const idx = binning_searchSorted(sorted, edges[i], i === bins);
        counts[i - 1] = idx - prev;
        prev = idx;
    }
    return counts;
}
/** Distinct values and their counts in a sorted sample (runs). */
function runsSorted(sorted) {
    const values = [];
    const counts = [];
    for (let i = 0; i < sorted.length;) {
        const v = sorted[i];
        let j = i + 1;
        while (j < sorted.length && sorted[j] === v)
            j++;
        values.push(v);
        counts.push(j - i);
        i = j;
    }
    return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}
/** Number of distinct values in a sorted sample. */
function binning_distinctSorted(sorted) {
    let count = 0;
    for (let i = 0; i < sorted.length; i++)
        if (i === 0 || sorted[i] !== sorted[i - 1])
            count++;
    return count;
}
/** Distinct values of the union of two sorted samples. */
function binning_distinctUnionSorted(a, b) {
    let i = 0;
    let j = 0;
    let count = 0;
    while (i < a.length || j < b.length) {
        const ai = i < a.length ? a[i] : Number.POSITIVE_INFINITY;
        const bj = j < b.length ? b[j] : Number.POSITIVE_INFINITY;
        const v = Math.min(ai, bj);
        count++;
        while (i < a.length && a[i] === v)
            i++;
        while (j < b.length && b[j] === v)
            j++;
    }
    return count;
}
/** Per-value counts of two sorted samples over the union of their values (one bucket per value). */
function binning_valueCountsSorted(a, b) {
    const ref = [];
    const cur = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const ai = i < a.length ? a[i] : Number.POSITIVE_INFINITY;
        const bj = j < b.length ? b[j] : Number.POSITIVE_INFINITY;
        const v = Math.min(ai, bj);
        const i0 = i;
        const j0 = j;
        while (i < a.length && a[i] === v)
            i++;
        while (j < b.length && b[j] === v)
            j++;
        ref.push(i - i0);
        cur.push(j - j0);
    }
    return { ref: Float64Array.from(ref), cur: Float64Array.from(cur) };
}
/**
 * Joined counts of two category maps, computed once per pair of maps. Joining costs a lookup of
 * every key in the other map, and lookups that miss are slow on big maps (V8 probes an ordered hash
 * table in random order: about 0.5 µs each at 40k keys), while one drift check asks for the same
 * join three times (distinct count, score, histogram). Callers must treat the maps as frozen once
 * passed here, and must not modify the returned arrays.
 */
const joined = new WeakMap();
/** Counts of each category over the union of keys (keys in first-seen order: reference, then current). */
function binning_categoryCounts(ref, cur) {
    const cached = joined.get(ref)?.get(cur);
    if (cached)
        return cached;
    // One pass per map (no per-key lookups into the other map for its own keys). forEach, not
    // for-of: this runs once per column, in cold code, where every iterator step would allocate.
    const keys = new Array(ref.size + cur.size);
    const refOut = new Float64Array(ref.size + cur.size);
    const curOut = new Float64Array(ref.size + cur.size);
    let i = 0;
    ref.forEach((n, k) => {
        keys[i] = k;
        refOut[i] = n;
        curOut[i++] = cur.get(k) ?? 0;
    });
    cur.forEach((n, k) => {
        if (ref.has(k))
            return;
        keys[i] = k;
        curOut[i++] = n;
    });
    keys.length = i;
    const union = { keys, ref: refOut.slice(0, i), cur: curOut.slice(0, i) };
    let forRef = joined.get(ref);
    if (!forRef) {
        forRef = new WeakMap();
        joined.set(ref, forRef);
    }
    forRef.set(cur, union);
    return union;
}
/** counts / total. */
function binning_shares(counts, total) {
    // A loop, not counts.map(): a callback's double result is boxed on the heap for every element.
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = counts[i] / total;
    return out;
}
/**
 * Evidently's empty-bin fill for PSI and KL (legacy `get_binned_data(..., feel_zeroes=True)`):
 * zeros become min_nonzero / 1e6 when min_nonzero <= 1e-4, else 1e-4; no renormalisation.
 */
function binning_fillEmpty(p) {
    let minNonZero = Number.POSITIVE_INFINITY;
    for (const v of p)
        if (v !== 0 && v < minNonZero)
            minNonZero = v;
    if (minNonZero === Number.POSITIVE_INFINITY)
        return p.slice();
    const fill = minNonZero <= 0.0001 ? minNonZero / 10 ** 6 : 0.0001;
    return p.map((v) => (v === 0 ? fill : v));
}

;// CONCATENATED MODULE: ../../packages/stats/src/distances.ts
/**
 * Distances between two numeric samples, as scipy.stats computes them (`_cdf_distance`):
 * W_p = (integral |U(x) - V(x)|^p dx)^(1/p) over the merged sorted values, with U and V the
 * empirical CDFs (searchsorted 'right'). Inputs must be ascending-sorted and free of NaN.
 */


function requireNonEmpty(name, a, b) {
    if (a.length === 0 || b.length === 0) {
        throw new UserError(`${name} needs two non-empty samples (got sizes ${a.length} and ${b.length}).`);
    }
}
/** Integral of |U - V|^power over the real line, by a merge walk of the two sorted samples. */
function cdfGapIntegral(a, b, power) {
    const n1 = a.length;
    const n2 = b.length;
    const acc = new Accumulator();
    let i = 0;
    let j = 0;
    let prev = Math.min(a[0], b[0]);
    while (i < n1 || j < n2) {
        const ai = i < n1 ? a[i] : Number.POSITIVE_INFINITY;
        const bj = j < n2 ? b[j] : Number.POSITIVE_INFINITY;
        const v = Math.min(ai, bj);
        if (v !== prev) {
            const gap = Math.abs(i / n1 - j / n2);
            acc.add((power === 1 ? gap : gap * gap) * (v - prev));
            prev = v;
        }
        while (i < n1 && a[i] === v)
            i++;
        while (j < n2 && b[j] === v)
            j++;
    }
    return acc.value;
}
/** First Wasserstein distance (scipy.stats.wasserstein_distance) of two sorted samples. */
function wassersteinSorted(a, b) {
    requireNonEmpty('wasserstein', a, b);
    return cdfGapIntegral(a, b, 1);
}
/** Energy distance (scipy.stats.energy_distance) of two sorted samples: sqrt(2) * L2 distance of the CDFs. */
function distances_energyDistanceSorted(a, b) {
    requireNonEmpty('energy distance', a, b);
    return Math.SQRT2 * Math.sqrt(cdfGapIntegral(a, b, 2));
}
/**
 * Evidently's normed Wasserstein distance: W1(ref, cur) / max(std(ref, ddof=0), 0.001).
 * `ref` and `cur` ascending-sorted.
 */
function distances_wassersteinNormedSorted(ref, cur) {
    const norm = Math.max(meanStd(ref).std, 0.001);
    return wassersteinSorted(ref, cur) / norm;
}
function sorted(values) {
    return Float64Array.from(values).sort();
}
/** First Wasserstein distance of two samples (any order, no NaN). */
function wasserstein(a, b) {
    return wassersteinSorted(sorted(a), sorted(b));
}
/** Normed Wasserstein distance of two samples (any order, no NaN). */
function wassersteinNormed(ref, cur) {
    return distances_wassersteinNormedSorted(sorted(ref), sorted(cur));
}
/** Energy distance of two samples (any order, no NaN). */
function energyDistance(a, b) {
    return distances_energyDistanceSorted(sorted(a), sorted(b));
}

;// CONCATENATED MODULE: ../../packages/stats/src/divergences.ts
/**
 * Divergences between two discrete distributions given as share vectors over the same bins
 * (the output of binning.ts). Each mirrors the function Evidently's legacy stattests call.
 */


function checkSameLength(name, p, q) {
    if (p.length !== q.length || p.length === 0) {
        throw new UserError(`${name} needs two non-empty distributions over the same bins (got ${p.length} and ${q.length}).`);
    }
}
/** scipy.special.rel_entr: x ln(x/y), 0 when x = 0 and y >= 0, +inf when x > 0 and y = 0. */
function relEntr(x, y) {
    if (Number.isNaN(x) || Number.isNaN(y))
        return Number.NaN;
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Number.POSITIVE_INFINITY;
}
function normalised(p) {
    const total = sum(p);
    const out = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++)
        out[i] = p[i] / total;
    return out;
}
/**
 * Jensen-Shannon distance, natural log (scipy.spatial.distance.jensenshannon): sqrt of the
 * divergence, in [0, sqrt(ln 2)]. A rounding-negative divergence is clamped to 0 (scipy returns NaN).
 */
function divergences_jensenShannon(p, q) {
    checkSameLength('jensenShannon', p, q);
    const pn = normalised(p);
    const qn = normalised(q);
    const acc = new Accumulator();
    for (let i = 0; i < pn.length; i++) {
        const m = (pn[i] + qn[i]) / 2;
        acc.add(relEntr(pn[i], m));
        acc.add(relEntr(qn[i], m));
    }
    return Math.sqrt(Math.max(acc.value, 0) / 2);
}
/** Kullback-Leibler divergence KL(p || q), natural log, after normalising both (scipy.stats.entropy(p, q)). */
function divergences_kl(p, q) {
    checkSameLength('kl', p, q);
    const pn = normalised(p);
    const qn = normalised(q);
    const acc = new Accumulator();
    for (let i = 0; i < pn.length; i++)
        acc.add(relEntr(pn[i], qn[i]));
    return acc.value;
}
/** Population stability index: sum (p - q) ln(p / q). Expects no zero shares (see fillEmpty). */
function divergences_psi(p, q) {
    checkSameLength('psi', p, q);
    const acc = new Accumulator();
    for (let i = 0; i < p.length; i++) {
        const a = p[i];
        const b = q[i];
        acc.add((a - b) * Math.log(a / b));
    }
    return acc.value;
}
/** Hellinger distance: sqrt(sum (sqrt p - sqrt q)^2) / sqrt 2, in [0, 1]. */
function divergences_hellinger(p, q) {
    checkSameLength('hellinger', p, q);
    const acc = new Accumulator();
    for (let i = 0; i < p.length; i++) {
        const d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
        acc.add(d * d);
    }
    return Math.sqrt(acc.value) / Math.SQRT2;
}

;// CONCATENATED MODULE: ../../packages/stats/src/hypothesis.ts
/** Chi-square goodness of fit and the two-proportion Z-test, as Evidently's legacy stattests run them. */



/**
 * Pearson chi-square test of observed against expected counts (scipy.stats.chisquare):
 * statistic sum (obs - exp)^2 / exp, p = chi2.sf(statistic, k - 1). An expected count of 0 with
 * observations gives statistic +inf and p 0; k = 1 gives p NaN (no degrees of freedom), as scipy.
 */
function chiSquare(observed, expected) {
    if (observed.length !== expected.length || observed.length === 0) {
        throw new UserError(`chiSquare needs observed and expected counts of the same non-zero length (got ${observed.length} and ${expected.length}).`);
    }
    const acc = new Accumulator();
    for (let i = 0; i < observed.length; i++) {
        const o = observed[i];
        const e = expected[i];
        acc.add(((o - e) * (o - e)) / e);
    }
    const statistic = acc.value;
    return { statistic, pValue: chiSquareSf(statistic, observed.length - 1) };
}
/**
 * Evidently's chi-square drift test: for each key of the union, f_exp = ref_count * n_cur / n_ref
 * and f_obs = cur_count.
 */
function hypothesis_chiSquareCounts(refCounts, curCounts, nRef, nCur) {
    const k = nCur / nRef;
    return chiSquare(curCounts, refCounts.map((c) => c * k));
}
/**
 * Two-proportion Z-test with a pooled proportion (Evidently `proportions_diff_z_stat_ind`):
 * `refOnes` and `curOnes` count the rows that are not the first (smallest) key.
 * p = 2 (1 - Phi(|z|)). `identicalConstant` (one same value on both sides) gives p = 1.
 */
function hypothesis_zTestProportions(refOnes, nRef, curOnes, nCur) {
    const p1 = refOnes / nRef;
    const p2 = curOnes / nCur;
    const pooled = (p1 * nRef + p2 * nCur) / (nRef + nCur);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / nRef + 1 / nCur));
    return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
/**
 * Z-test on two categorical samples given as counts per key. Keys are sorted; the first key
 * maps to 0 and every other key to 1 (Evidently). Both sides one identical value: p = 1.
 */
function hypothesis_zTestCounts(keys, ref, cur) {
    const refPresent = keys.filter((_, i) => ref[i] > 0);
    const curPresent = keys.filter((_, i) => cur[i] > 0);
    if (refPresent.length === 1 && curPresent.length === 1 && refPresent[0] === curPresent[0]) {
        return { statistic: 0, pValue: 1 };
    }
    let first = 0;
    for (let i = 1; i < keys.length; i++)
        if (keys[i] < keys[first])
            first = i;
    let nRef = 0;
    let nCur = 0;
    for (let i = 0; i < keys.length; i++) {
        nRef += ref[i];
        nCur += cur[i];
    }
    return hypothesis_zTestProportions(nRef - ref[first], nRef, nCur - cur[first], nCur);
}

;// CONCATENATED MODULE: ../../packages/stats/src/kolmogorov.ts
/**
 * Distribution of the one-sample Kolmogorov-Smirnov statistic D_n, the function scipy's
 * `kstwo.sf(d, n)` computes and `ks_2samp` uses for its asymptotic p-value (with n = round(mn/(m+n))).
 *
 * The choice of method follows Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov
 * Distribution", J. Stat. Software 39(11), 2011, with the same cut-offs scipy uses (scipy/stats/_ksstats.py):
 * - Ruben-Gambino closed forms for n d <= 1 and n d >= n - 1;
 * - 2 * Smirnov's one-sided tail (Birnbaum & Tingey 1951) for d >= 0.5 and in the upper tail;
 * - the Durbin matrix (Durbin 1968) evaluated as in Marsaglia, Tsang & Wang, J. Stat. Software 8(18), 2003;
 * - the Pelz-Good asymptotic series (Pelz & Good, JRSS B 38(2), 1976) for large n.
 * Where scipy uses Pomeranz's recursion (n <= 140) we use the Durbin matrix: both are exact.
 */

const SCALE_UP = (/* unused pure expression or super */ null && (2 ** 128));
const SCALE_DOWN = (/* unused pure expression or super */ null && (2 ** -128));
const PI2 = Math.PI * Math.PI;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
function clip01(p) {
    return p < 0 ? 0 : Math.min(p, 1);
}
/**
 * Smirnov's one-sided survival function P(D_n^+ >= d), by the Birnbaum-Tingey sum
 * d * sum_{j=0}^{floor(n(1-d))} C(n, j) (d + j/n)^(j-1) (1 - d - j/n)^(n-j). All terms are
 * positive; each is evaluated in logarithms so that large n neither overflows nor underflows.
 */
function smirnovSf(n, d) {
    if (!(n > 0) || Number.isNaN(d))
        return Number.NaN;
    if (d <= 0)
        return 1;
    if (d >= 1)
        return 0;
    const last = Math.floor(n * (1 - d));
    const lnD = Math.log(d);
    let lnBinom = 0; // ln C(n, j), updated incrementally
    let sum = 0;
    for (let j = 0; j <= last; j++) {
        if (j > 0)
            lnBinom += Math.log((n - j + 1) / j);
        const evn = d + j / n;
        const omevn = (n - j) / n - d;
        if (omevn <= 0 && j < n)
            continue;
        const lnTerm = lnBinom + lnD + (j - 1) * Math.log(evn) + (j < n ? (n - j) * Math.log(omevn) : 0);
        if (lnTerm > -745)
            sum += Math.exp(lnTerm);
    }
    return clip01(sum);
}
/** C = A * B for m x m row-major matrices. */
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            const rowB = k * m;
            const rowOut = i * m;
            for (let j = 0; j < m; j++)
                out[rowOut + j] = out[rowOut + j] + aik * b[rowB + j];
        }
    }
    return out;
}
function maxAbs(a) {
    let best = 0;
    for (const v of a)
        if (Math.abs(v) > best)
            best = Math.abs(v);
    return best;
}
/** P(D_n < d) by the Durbin matrix: (n!/n^n) (H^n)_{k,k} with d = (k - h)/n (Marsaglia, Tsang & Wang 2003). */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const H = new Float64Array(m * m);
    const invFact = new Float64Array(m + 1);
    invFact[0] = 1;
    for (let i = 1; i <= m; i++)
        invFact[i] = invFact[i - 1] / i;
    for (let i = 0; i < m; i++) {
        for (let j = 1; j < m; j++)
            if (i - j + 1 >= 0)
                H[i * m + j] = invFact[i - j + 1];
    }
    for (let i = 0; i < m; i++) {
        const v = (1 - h ** (i + 1)) * invFact[i + 1];
        H[i * m] = v; // first column
        H[(m - 1) * m + (m - 1 - i)] = v; // last row, reversed
    }
    H[(m - 1) * m] = (1 - 2 * h ** m + Math.max(0, 2 * h - 1) ** m) * invFact[m];
    // H^n by repeated squaring, with power-of-two rescaling tracked in `expo`.
    let power = null;
    let expo = 0;
    let base = H;
    let baseExpo = 0;
    let e = n;
    while (e > 0) {
        if (e % 2 === 1) {
            power = power === null ? base.slice() : matmul(power, base, m);
            expo += baseExpo;
            if (maxAbs(power) > SCALE_UP) {
                for (let i = 0; i < power.length; i++)
                    power[i] = power[i] * SCALE_DOWN;
                expo += 128;
            }
        }
        e = Math.floor(e / 2);
        if (e > 0) {
            base = matmul(base, base, m);
            baseExpo *= 2;
            if (maxAbs(base) > SCALE_UP) {
                for (let i = 0; i < base.length; i++)
                    base[i] = base[i] * SCALE_DOWN;
                baseExpo += 128;
            }
        }
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < SCALE_DOWN) {
            p *= SCALE_UP;
            expo -= 128;
        }
    }
    return clip01(p * 2 ** expo);
}
/** Pelz-Good approximation of P(D_n <= d): K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^1.5, z = d sqrt(n). */
function pelzGoodCdf(n, d) {
    if (d <= 0)
        return 0;
    if (d >= 1)
        return 1;
    const z = Math.sqrt(n) * d;
    const z2 = z * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qLog = -PI2 / 8 / z2;
    if (qLog < -708)
        return 0;
    const q = Math.exp(qLog);
    const maxK = Math.ceil((16 * z) / Math.PI);
    // Sums over odd m = 2k - 1 of c_i(m) q^(m^2), for the four coefficients of K0..K3.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = maxK; k >= 1; k--) {
        const m2 = (2 * k - 1) ** 2;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const w = q ** m2;
        s0 += w;
        s1 += (-z2 + (PI2 / 4) * m2) * w;
        s2 += (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * m2) / 4 + (PI2 * PI2 * (1 - 2 * z2) * m4) / 16) * w;
        s3 +=
            (-30 * z6 -
                90 * z6 * z2 +
                (PI2 * (135 * z4 - 96 * z6) * m2) / 4 +
                (PI2 * PI2 * (-60 * z2 + 212 * z4) * m4) / 16 +
                (PI2 * PI2 * PI2 * (5 - 30 * z2) * m6) / 64) *
                w;
    }
    const k0 = (SQRT_2PI * s0) / z;
    let k1 = (SQRT_2PI * s1) / (6 * z4);
    let k2 = (SQRT_2PI * s2) / (72 * z6 * z);
    let k3 = (SQRT_2PI * s3) / (6480 * z6 * z4);
    // Terms over all integers k with e^(-pi^2 k^2 / (2 z^2)).
    const r = Math.exp(-PI2 / 2 / z2);
    let e2 = 0;
    let e3 = 0;
    for (let k = maxK; k >= 1; k--) {
        const k2sq = k * k;
        const w = r ** k2sq;
        e2 += k2sq * w;
        e3 += (3 * z2 - PI2 * k2sq) * k2sq * w;
    }
    k2 += (e2 * PI2 * SQRT_2PI) / (-36 * z2 * z);
    k3 += (e3 * PI2 * SQRT_2PI) / (216 * z6);
    k1 /= Math.sqrt(n);
    k2 /= n;
    k3 /= n * Math.sqrt(n);
    return k0 + k1 + k2 + k3;
}
/** ln(n! / n^n). */
function lnFactorialOverPower(n) {
    return lnGamma(n + 1) - n * Math.log(n);
}
/** P(D_n >= d) for the two-sided one-sample statistic: scipy `kstwo.sf(d, n)`. */
function kolmogorov_kolmogorovNSf(n, d) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(d))
        return Number.NaN;
    // rv_continuous support of kstwo is (1/(2n), 1): sf is 1 below it and 0 above it.
    if (d <= 0.5 / n)
        return 1;
    if (d >= 1)
        return 0;
    const t = n * d;
    if (t <= 1) {
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(lnFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return clip01(1 - cdf);
    }
    if (t >= n - 1)
        return clip01(2 * (1 - d) ** n);
    if (d >= 0.5)
        return clip01(2 * smirnovSf(n, d));
    const nxSquared = t * d;
    if (n <= 140) {
        if (nxSquared <= 4)
            return clip01(1 - durbinCdf(n, d));
        return clip01(2 * smirnovSf(n, d));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clip01(2 * smirnovSf(n, d));
    const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
    return clip01(1 - cdf);
}
/** Kolmogorov's limiting distribution: P(sqrt(n) D_n > x) as n -> infinity (scipy.special.kolmogorov). */
function kolmogorovSf(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x <= 0.040611972203751713)
        return 1;
    if (x <= 0.82) {
        // 1 - sqrt(2 pi)/x * sum_{k>=1} exp(-(2k-1)^2 pi^2 / (8 x^2))
        const a = -PI2 / (8 * x * x);
        let sum = 0;
        for (let k = 1; k < 100; k += 2) {
            const term = Math.exp(a * k * k);
            sum += term;
            if (term < sum * 1e-17)
                break;
        }
        return clip01(1 - (SQRT_2PI / x) * sum);
    }
    // 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 x^2)
    let sum = 0;
    let sign = 1;
    for (let k = 1; k < 100; k++) {
        const term = Math.exp(-2 * k * k * x * x);
        sum += sign * term;
        sign = -sign;
        if (term < 1e-17 * Math.abs(sum))
            break;
    }
    return clip01(2 * sum);
}

;// CONCATENATED MODULE: ../../packages/stats/src/ks.ts
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, reproducing scipy.stats.ks_2samp (scipy 1.10,
 * `_stats_py.py`): the statistic from the two empirical CDFs, and the p-value
 * - exact when method is 'exact', or 'auto' with max(n1, n2) <= 10,000: the proportion of
 *   lattice paths from (0,0) to (n1,n2) that leave the band |x/n1 - y/n2| < D (Hodges 1958,
 *   "The significance probability of the Smirnov two-sample test", Arkiv for Matematik 3(43));
 *   for n1 == n2 the closed alternating sum of Gnedenko & Korolyuk; for n1 != n2 the "inside"
 *   recursion rewritten to carry 1 - p directly (Viehmann 2021, arXiv:2102.08037) so small
 *   p-values keep their relative accuracy;
 * - otherwise asymptotic: P(D_n >= D) for the one-sample distribution with n = round(n1 n2 / (n1 + n2)).
 * When the exact computation fails (a probability outside [0, 1]) scipy falls back to asymptotic; so do we.
 */



const MAX_AUTO_N = 10_000;
const INT32_MAX = (/* unused pure expression or super */ null && (2 ** 31 - 1));
/** KS test on two samples (any order; NaN must already be removed). */
function ksTwoSample(a, b, method = 'auto') {
    return ks_ksTwoSampleSorted(Float64Array.from(a).sort(), Float64Array.from(b).sort(), method);
}
/** The largest gap between the two empirical CDFs, scipy-style: max(D+, D-) with D- clipped at 0. */
function ksStatisticSorted(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let maxDiff = Number.NEGATIVE_INFINITY;
    let minDiff = Number.POSITIVE_INFINITY;
    while (i < n1 || j < n2) {
        // Next distinct value in the union; advance both sides past it (searchsorted side='right').
        const ai = i < n1 ? a[i] : Number.POSITIVE_INFINITY;
        const bj = j < n2 ? b[j] : Number.POSITIVE_INFINITY;
        const v = Math.min(ai, bj);
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxDiff)
            maxDiff = diff;
        if (diff < minDiff)
            minDiff = diff;
    }
    const minS = Math.min(Math.max(-minDiff, 0), 1);
    return Math.max(minS, maxDiff);
}
/** KS test on two ascending-sorted samples without NaN. */
function ks_ksTwoSampleSorted(a, b, method = 'auto') {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0) {
        throw new UserError(`ksTwoSample needs two non-empty samples (got sizes ${n1} and ${n2}); drop empty columns first.`);
    }
    return ks_ksPValue(n1, n2, ksStatisticSorted(a, b), method);
}
/**
 * p-value of a two-sided two-sample KS statistic `d` for sample sizes n1, n2 (scipy's rules;
 * in exact mode the returned statistic is d rounded to the lattice, h / lcm(n1, n2)).
 */
function ks_ksPValue(n1, n2, statistic, method = 'auto') {
    let d = statistic;
    let mode;
    const g = gcd(n1, n2);
    if (method === 'auto')
        mode = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
    else if (method === 'exact')
        mode = n1 / g >= INT32_MAX / (n2 / g) ? 'asymp' : 'exact';
    else
        mode = 'asymp';
    let pValue = Number.NaN;
    if (mode === 'exact') {
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            pValue = 1;
        else {
            const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
            if (p >= 0 && p <= 1)
                pValue = p;
            else
                mode = 'asymp';
        }
    }
    if (mode === 'asymp') {
        const m = Math.max(n1, n2);
        const n = Math.min(n1, n2);
        pValue = kolmogorovNSf(roundHalfEven((m * n) / (m + n)), d);
    }
    return { statistic: d, pValue: Math.min(Math.max(pValue, 0), 1), method: mode };
}
/**
 * P(D_{n,n} >= h/n) = 2 sum_{k>=1} (-1)^(k-1) C(2n, n-kh) / C(2n, n), evaluated from the innermost
 * term outwards as 2 t1 (1 - r2 (1 - r3 (...))) with r_k = t_k / t_{k-1}, so that no large
 * binomial is formed and the alternating sum does not cancel.
 */
function probOutsideSquare(n, h) {
    let acc = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        // ratio C(2n, n-(k+1)h) / C(2n, n-kh) = prod_{j<h} (n - kh - j) / (n + kh + j + 1)
        let ratio = 1;
        for (let j = 0; j < h; j++)
            ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
        acc = ratio * (1 - acc);
    }
    return 2 * acc;
}
/**
 * Proportion of monotone lattice paths from (0,0) to (m,n), m >= n, that touch or cross the
 * lines |ng x - mg y| = h (mg = m/g, ng = n/g). b(x, y) is the share of paths reaching (x, y) that
 * already left the band; points outside the band have b = 1 and
 * b(x, y) = (x b(x-1, y) + y b(x, y-1)) / (x + y) inside it (normalising by C(x+y, y)).
 */
function probOutsideBand(n1, n2, g, h) {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const mg = m / g;
    const ng = n / g;
    const b = new Float64Array(n + 1).fill(1);
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let minj = 0;
    for (let j = 0; j < maxj; j++)
        b[j] = 0;
    for (let x = 1; x <= m; x++) {
        const lastMin = minj;
        minj = Math.min(Math.max(Math.floor((ng * x - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * x + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        for (let j = lastMin; j < minj; j++)
            b[j] = 1; // fell below the band
        let prev = minj === 0 ? 0 : 1; // b(x, minj - 1): outside the band
        for (let j = minj; j < maxj; j++) {
            prev = (x * b[j] + j * prev) / (x + j);
            b[j] = prev;
        }
    }
    return b[n];
}

;// CONCATENATED MODULE: ../../packages/stats/src/methods.ts
/**
 * Column types, drift methods, their default thresholds and Evidently's default test choice
 * (evidently 0.7 legacy `get_default_stattest`, `infer_column_type`; see docs/adr/0003).
 */

const DRIFT_METHODS = (/* unused pure expression or super */ null && ([
    'ks',
    'chisquare',
    'z',
    'wasserstein',
    'jensenshannon',
    'psi',
    'kl',
    'hellinger',
    'energy',
]));
const methods_METHOD_INFO = {
    ks: { rule: 'p<=', threshold: 0.05, numeric: true, categorical: false, label: 'K-S p-value' },
    chisquare: { rule: 'p<', threshold: 0.05, numeric: true, categorical: true, label: 'chi-square p-value' },
    z: { rule: 'p<', threshold: 0.05, numeric: true, categorical: true, label: 'Z-test p-value' },
    wasserstein: {
        rule: 'score>=',
        threshold: 0.1,
        numeric: true,
        categorical: false,
        label: 'Wasserstein distance (normed)',
    },
    jensenshannon: {
        rule: 'score>=',
        threshold: 0.1,
        numeric: true,
        categorical: true,
        label: 'Jensen-Shannon distance',
    },
    psi: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: true, label: 'PSI' },
    kl: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: true, label: 'Kullback-Leibler divergence' },
    hellinger: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: true, label: 'Hellinger distance' },
    energy: { rule: 'score>=', threshold: 0.1, numeric: true, categorical: false, label: 'energy distance' },
};
function methods_isDriftMethod(value) {
    return DRIFT_METHODS.includes(value);
}
/** Whether `score` means drift for `method` at `threshold` (NaN never drifts). */
function methods_isDrift(method, score, threshold) {
    const rule = methods_METHOD_INFO[method].rule;
    if (rule === 'p<=')
        return score <= threshold;
    if (rule === 'p<')
        return score < threshold;
    return score >= threshold;
}
/**
 * Evidently's default test for a column: by reference size (after cleaning) and the number of
 * distinct values in reference union current.
 */
function methods_defaultMethod(type, nRef, nUnique) {
    if (nRef <= 1000) {
        if (type === 'numeric') {
            if (nUnique > 5)
                return 'ks';
            return nUnique > 2 ? 'chisquare' : 'z';
        }
        return nUnique > 2 ? 'chisquare' : 'z';
    }
    if (type === 'numeric' && nUnique > 5)
        return 'wasserstein';
    return 'jensenshannon';
}
/**
 * Evidently 0.7 `infer_column_type`, from the storage kind the values were read as:
 * float -> numeric; int -> categorical when <= 10 distinct values, else numeric;
 * string -> text when distinct > 0.5 * non-null count, else categorical; bool -> categorical;
 * datetime -> datetime.
 */
function inferColumnType(kind, distinct, nonNull) {
    switch (kind) {
        case 'float':
            return 'numeric';
        case 'int':
            return distinct <= 10 ? 'categorical' : 'numeric';
        case 'string':
            return distinct > 0.5 * nonNull ? 'text' : 'categorical';
        case 'bool':
            return 'categorical';
        case 'datetime':
            return 'datetime';
        default:
            throw new UserError(`unknown storage kind "${String(kind)}": expected float, int, string, bool or datetime.`);
    }
}

;// CONCATENATED MODULE: ../../packages/stats/src/drift-column.ts
/**
 * Drift of one column: Evidently's legacy defaults (test choice, binning, thresholds), plus
 * options beyond them (method, threshold, bins, quantile bins, null-share drift). See docs/adr/0003.
 */








function checkOptions(name, options) {
    if (options.method !== undefined && !isDriftMethod(options.method)) {
        throw new UserError(`column "${name}": unknown drift method "${String(options.method)}".`);
    }
    if (options.threshold !== undefined && !(options.threshold >= 0)) {
        throw new UserError(`column "${name}": drift threshold must be a number >= 0, got ${options.threshold}.`);
    }
    if (options.bins !== undefined && !(Number.isInteger(options.bins) && options.bins >= 1)) {
        throw new UserError(`column "${name}": bins must be a positive integer, got ${options.bins}.`);
    }
}
/** Share of missing values on each side and a two-proportion Z-test on them. */
function drift_column_nullShare(ref, cur, threshold) {
    const reference = ref.count === 0 ? 0 : ref.nulls / ref.count;
    const current = cur.count === 0 ? 0 : cur.nulls / cur.count;
    let pValue = 1;
    if (ref.count > 0 && cur.count > 0 && reference !== current) {
        pValue = zTestProportions(ref.nulls, ref.count, cur.nulls, cur.count).pValue;
    }
    return { reference, current, pValue, threshold, drift: pValue < threshold };
}
/** Shares of both sides over the same bins for a numeric column. */
function numericShares(ref, cur, options, forceBins) {
    let binning = options.binning ?? (options.bins !== undefined ? 'equal-width' : 'auto');
    if (binning === 'auto' && forceBins)
        binning = 'sturges';
    if (binning === 'auto' && distinctSorted(ref) <= 20) {
        const counts = valueCountsSorted(ref, cur);
        return { ref: shares(counts.ref, ref.length), cur: shares(counts.cur, cur.length) };
    }
    const edges = binning === 'quantile'
        ? quantileEdges(ref, cur, options.bins ?? 10)
        : binning === 'equal-width'
            ? equalWidthEdges(ref, cur, options.bins ?? 10)
            : sturgesEdges(ref, cur);
    return {
        ref: shares(histogramSorted(ref, edges), ref.length),
        cur: shares(histogramSorted(cur, edges), cur.length),
    };
}
function scoreNumeric(method, ref, cur, options) {
    switch (method) {
        case 'ks': {
            const r = ksTwoSampleSorted(ref, cur);
            return { statistic: r.statistic, score: r.pValue };
        }
        case 'wasserstein': {
            const w = wassersteinNormedSorted(ref, cur);
            return { statistic: w, score: w };
        }
        case 'energy': {
            const e = energyDistanceSorted(ref, cur);
            return { statistic: e, score: e };
        }
        case 'chisquare':
        case 'z': {
            const counts = valueCountsSorted(ref, cur);
            const r = method === 'chisquare'
                ? chiSquareCounts(counts.ref, counts.cur, ref.length, cur.length)
                : zTestCounts(Array.from(counts.ref, (_, i) => i), counts.ref, counts.cur);
            return { statistic: r.statistic, score: r.pValue };
        }
        default:
            return scoreShares(method, numericShares(ref, cur, options, method === 'hellinger'));
    }
}
function scoreShares(method, s) {
    let value;
    if (method === 'jensenshannon')
        value = jensenShannon(s.ref, s.cur);
    else if (method === 'psi')
        value = psi(fillEmpty(s.ref), fillEmpty(s.cur));
    else if (method === 'kl')
        value = kl(fillEmpty(s.ref), fillEmpty(s.cur));
    else
        value = hellinger(s.ref, s.cur);
    return { statistic: value, score: value };
}
function scoreCategorical(method, ref, cur) {
    const counts = categoryCounts(ref.counts, cur.counts);
    if (method === 'chisquare') {
        const r = chiSquareCounts(counts.ref, counts.cur, ref.n, cur.n);
        return { statistic: r.statistic, score: r.pValue };
    }
    if (method === 'z') {
        const r = zTestCounts(counts.keys, counts.ref, counts.cur);
        return { statistic: r.statistic, score: r.pValue };
    }
    return scoreShares(method, { ref: shares(counts.ref, ref.n), cur: shares(counts.cur, cur.n) });
}
/** The type a column defaults to from its values: numbers are numeric, strings categorical. */
function drift_column_valuesType(values) {
    if (values instanceof Float64Array)
        return 'numeric';
    for (const v of values)
        if (v !== null && v !== undefined)
            return typeof v === 'number' ? 'numeric' : 'categorical';
    return 'categorical';
}
function sideCounts(values) {
    let nulls = 0;
    for (const v of values)
        if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)))
            nulls++;
    return { count: values.length, nulls };
}
/**
 * Drift of one column between a reference and a current sample. Data that cannot be tested is
 * skipped with a reason; only invalid options, or strings in a column declared numeric, throw UserError.
 */
function drift_column_driftColumn(column, options = {}) {
    const { name } = column;
    checkOptions(name, options);
    const type = column.type ?? drift_column_valuesType(column.reference);
    const base = {
        name,
        type,
        method: null,
        statistic: null,
        score: null,
        threshold: null,
        drift: false,
    };
    if (type === 'text' || type === 'datetime') {
        const reason = type === 'text'
            ? 'not tested: text column (more distinct values than half its rows)'
            : 'not tested: datetime column';
        return { ...base, reference: sideCounts(column.reference), current: sideCounts(column.current), skipped: reason };
    }
    let ref;
    let cur;
    if (type === 'numeric') {
        const r = column.reference;
        const c = column.current;
        if (!isNumericValues(r) || !isNumericValues(c)) {
            throw new UserError(`column "${name}" is declared numeric but holds strings; pass a Float64Array (NaN for missing).`);
        }
        ref = prepareNumeric(r);
        cur = prepareNumeric(c);
    }
    else {
        ref = prepareCategorical(column.reference);
        cur = prepareCategorical(column.current);
    }
    return drift_column_driftSides(name, type, ref, cur, options);
}
/**
 * Drift of one column from already-cleaned sides (sorted numeric values or category counts), so
 * that callers holding a profile instead of raw values run the same code.
 */
function drift_column_driftSides(name, type, ref, cur, options = {}) {
    checkOptions(name, options);
    const base = { name, type, method: null, statistic: null, score: null, threshold: null, drift: false };
    const counts = { reference: { count: ref.count, nulls: ref.nulls }, current: { count: cur.count, nulls: cur.nulls } };
    const ns = drift_column_nullShare(counts.reference, counts.current, options.nullShareThreshold ?? 0.05);
    const nRef = ref.kind === 'numeric' ? ref.sorted.length : ref.n;
    const nCur = cur.kind === 'numeric' ? cur.sorted.length : cur.n;
    const emptyReason = drift_column_emptySideReason(ref, cur, nRef, nCur);
    if (emptyReason !== null)
        return { ...base, ...counts, skipped: emptyReason, nullShare: ns };
    const nUnique = ref.kind === 'numeric' && cur.kind === 'numeric'
        ? distinctUnionSorted(ref.sorted, cur.sorted)
        : categoryCounts(ref.counts, cur.counts).keys.length;
    const method = options.method ?? defaultMethod(type, nRef, nUnique);
    const info = METHOD_INFO[method];
    if (type === 'categorical' && !info.categorical) {
        return { ...base, ...counts, skipped: `not tested: ${method} applies to numeric columns only`, nullShare: ns };
    }
    const scored = ref.kind === 'numeric' && cur.kind === 'numeric'
        ? scoreNumeric(method, ref.sorted, cur.sorted, options)
        : scoreCategorical(method, ref, cur);
    const threshold = options.threshold ?? info.threshold;
    let drift = isDrift(method, scored.score, threshold);
    if (options.nullShareDrift === true && ns.drift)
        drift = true;
    return { ...base, method, ...scored, threshold, drift, ...counts, skipped: null, nullShare: ns };
}
function isNumericValues(values) {
    if (values instanceof Float64Array)
        return true;
    for (const v of values)
        if (v !== null && v !== undefined)
            return typeof v === 'number';
    return true;
}
/** Why a column cannot be tested (a side empty after cleaning), or null. */
function drift_column_emptySideReason(ref, cur, nRef, nCur) {
    for (const [label, side, n] of [
        ['reference', ref, nRef],
        ['current', cur, nCur],
    ]) {
        if (n > 0)
            continue;
        if (side.count === 0)
            return `not tested: the ${label} sample has no rows`;
        if (side.kind === 'numeric' && side.infinite > 0 && side.infinite === side.count) {
            return `not tested: every ${label} value is infinite`;
        }
        return `not tested: every ${label} value is missing`;
    }
    return null;
}

;// CONCATENATED MODULE: ../../packages/stats/src/drift-dataset.ts
/**
 * Dataset drift: every column tested on its own, then share = drifted / tested columns and
 * drift when share >= threshold (Evidently default 0.5). Options resolve per column with the
 * precedence column > type > global. The result is the documented JSON report shape:
 * {"dataset": {"columns", "drifted", "share", "threshold", "drift"}, "columns": [...]}.
 */


const COLUMN_OPTION_KEYS = (/* unused pure expression or super */ null && ([
    'method',
    'threshold',
    'bins',
    'binning',
    'nullShareDrift',
    'nullShareThreshold',
]));
/** Merge option layers, later layers winning key by key. */
function resolveColumnOptions(...layers) {
    const out = {};
    for (const layer of layers) {
        if (!layer)
            continue;
        for (const key of COLUMN_OPTION_KEYS)
            if (layer[key] !== undefined)
                out[key] = layer[key];
    }
    return out;
}
function driftDataset(columns, options = {}) {
    const threshold = options.datasetThreshold ?? 0.5;
    if (!(threshold >= 0 && threshold <= 1)) {
        throw new UserError(`datasetThreshold must be between 0 and 1, got ${threshold}.`);
    }
    const names = new Set();
    for (const c of columns) {
        if (names.has(c.name))
            throw new UserError(`column "${c.name}" appears twice; column names must be unique.`);
        names.add(c.name);
    }
    for (const name of Object.keys(options.perColumn ?? {})) {
        if (!names.has(name)) {
            throw new UserError(`drift options name column "${name}", which is not in the data; check the spelling.`);
        }
    }
    const results = columns.map((column) => {
        const type = column.type ?? valuesType(column.reference);
        const layers = resolveColumnOptions(options, options.perType?.[type], options.perColumn?.[column.name]);
        return driftColumn({ ...column, type }, layers);
    });
    const tested = results.filter((r) => r.skipped === null);
    const drifted = tested.filter((r) => r.drift).length;
    const share = tested.length === 0 ? 0 : drifted / tested.length;
    return {
        dataset: { columns: tested.length, drifted, share, threshold, drift: tested.length > 0 && share >= threshold },
        columns: results,
    };
}

;// CONCATENATED MODULE: ../../packages/stats/src/sketch.ts
/**
 * A mergeable quantile sketch with a relative-error guarantee, after DDSketch (Masson, Rim & Lee,
 * "DDSketch: A Fast and Fully-Mergeable Quantile Sketch with Relative-Error Guarantees", VLDB 2019).
 *
 * A value x > 0 falls in bucket i = ceil(ln x / ln gamma), the interval (gamma^(i-1), gamma^i],
 * with gamma = (1 + alpha) / (1 - alpha); negative values use the same buckets on |x|, and values
 * with |x| < 1e-300 count as zeros (absolute error below 1e-300). The representative 2 gamma^i / (gamma + 1) is within a relative
 * alpha of every value of the bucket. Buckets are a deterministic grid, so merging is adding counts:
 * merge(sketch(A), sketch(B)) equals sketch(A + B) exactly, in any order.
 *
 * Guarantees (tested in profile.test.ts), while no bucket was collapsed:
 * - quantile(q) is within relative alpha of the sample's element of rank floor(q (n - 1));
 * - each value moves by at most alpha |x| to its representative, so the Wasserstein distance
 *   between two sketched samples is within alpha (E|a| + E|b|) of the exact one.
 * To bound the size, a store spanning more than `maxBuckets` indexes folds its smallest-magnitude
 * buckets into one ("collapsed"); the guarantees then hold for values above that bucket.
 */

const DEFAULT_ALPHA = 0.005;
/** Magnitudes below this count as zero (their powers of gamma would lose precision). */
const MIN_INDEXABLE = 1e-300;
const DEFAULT_MAX_BUCKETS = 2048;
function gammaOf(alpha) {
    return (1 + alpha) / (1 - alpha);
}
function emptyStore() {
    return { offset: 0, counts: [], collapsed: false };
}
/** Sketch of the finite values of `values` (NaN and infinities ignored). */
function sketch_buildSketch(values, alpha = DEFAULT_ALPHA, maxBuckets = DEFAULT_MAX_BUCKETS) {
    if (!(alpha > 0 && alpha < 1))
        throw new src/* UserError */.yo(`sketch alpha must be in (0, 1), got ${alpha}.`);
    if (!(Number.isInteger(maxBuckets) && maxBuckets >= 2)) {
        throw new src/* UserError */.yo(`sketch maxBuckets must be an integer >= 2, got ${maxBuckets}.`);
    }
    const invLogGamma = 1 / Math.log(gammaOf(alpha));
    const pos = new Map();
    const neg = new Map();
    let zeros = 0;
    for (let k = 0; k < values.length; k++) {
        const x = values[k];
        if (!Number.isFinite(x))
            continue;
        if (Math.abs(x) < MIN_INDEXABLE) {
            zeros++;
            continue;
        }
        const i = Math.ceil(Math.log(Math.abs(x)) * invLogGamma);
        const store = x > 0 ? pos : neg;
        store.set(i, (store.get(i) ?? 0) + 1);
    }
    return {
        format: 'cairn-ddsketch-1',
        alpha,
        maxBuckets,
        zeros,
        positive: toStore(pos, maxBuckets, false),
        negative: toStore(neg, maxBuckets, false),
    };
}
/**
 * Dense store of a bucket map; indexes below `floor` (a collapsed bucket carried over from a
 * merge, or the lowest index that keeps the span within maxBuckets) are folded into it.
 */
function toStore(map, maxBuckets, collapsed, minFloor = Number.NEGATIVE_INFINITY) {
    if (map.size === 0)
        return { ...emptyStore(), collapsed };
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const i of map.keys()) {
        if (i < lo)
            lo = i;
        if (i > hi)
            hi = i;
    }
    const floor = Math.min(hi, Math.max(lo, hi - maxBuckets + 1, minFloor));
    const counts = new Array(hi - floor + 1).fill(0);
    for (const [i, c] of map)
        counts[Math.max(i, floor) - floor] = counts[Math.max(i, floor) - floor] + c;
    return { offset: floor, counts, collapsed: collapsed || floor > lo };
}
function storeMap(store, into) {
    store.counts.forEach((c, k) => {
        if (c > 0)
            into.set(store.offset + k, (into.get(store.offset + k) ?? 0) + c);
    });
}
/** Sketch of the union of two samples. Both must use the same alpha. */
function mergeSketches(a, b) {
    if (a.alpha !== b.alpha) {
        throw new src/* UserError */.yo(`cannot merge sketches with different accuracy (alpha ${a.alpha} and ${b.alpha}); rebuild one.`);
    }
    const maxBuckets = Math.min(a.maxBuckets, b.maxBuckets);
    const merge = (x, y) => {
        const map = new Map();
        storeMap(x, map);
        storeMap(y, map);
        // A collapsed bucket stays a floor: values folded into it cannot be told apart again.
        const floorOf = (s) => (s.collapsed && s.counts.length > 0 ? s.offset : Number.NEGATIVE_INFINITY);
        return toStore(map, maxBuckets, x.collapsed || y.collapsed, Math.max(floorOf(x), floorOf(y)));
    };
    return {
        format: 'cairn-ddsketch-1',
        alpha: a.alpha,
        maxBuckets,
        zeros: a.zeros + b.zeros,
        positive: merge(a.positive, b.positive),
        negative: merge(a.negative, b.negative),
    };
}
/** Non-empty buckets in increasing value order (negatives, zero, positives). */
function sketch_orderedBuckets(sketch) {
    const gamma = gammaOf(sketch.alpha);
    const rep = (i) => (2 * gamma ** i) / (gamma + 1);
    const out = [];
    const neg = sketch.negative;
    for (let k = neg.counts.length - 1; k >= 0; k--) {
        const c = neg.counts[k];
        if (c > 0)
            out.push({ value: -rep(neg.offset + k), count: c });
    }
    if (sketch.zeros > 0)
        out.push({ value: 0, count: sketch.zeros });
    const pos = sketch.positive;
    pos.counts.forEach((c, k) => {
        if (c > 0)
            out.push({ value: rep(pos.offset + k), count: c });
    });
    return out;
}
function sketchCount(sketch) {
    let n = sketch.zeros;
    for (const c of sketch.positive.counts)
        n += c;
    for (const c of sketch.negative.counts)
        n += c;
    return n;
}
/** Value at quantile q in [0, 1]: the bucket holding the element of rank floor(q (n - 1)). */
function sketch_sketchQuantile(sketch, q) {
    if (!(q >= 0 && q <= 1))
        throw new UserError(`quantile must be between 0 and 1, got ${q}.`);
    const n = sketchCount(sketch);
    if (n === 0)
        return Number.NaN;
    const rank = Math.floor(q * (n - 1));
    let seen = 0;
    const buckets = sketch_orderedBuckets(sketch);
    for (const b of buckets) {
        seen += b.count;
        if (seen > rank)
            return b.value;
    }
    return buckets[buckets.length - 1].value;
}
/** Whether any bucket was collapsed (the relative-error guarantee then holds only above it). */
function sketch_sketchCollapsed(sketch) {
    return sketch.positive.collapsed || sketch.negative.collapsed;
}

;// CONCATENATED MODULE: ../../packages/stats/src/sums.ts
/** Compensated (Neumaier) summation: accurate sums of many terms without pairwise recursion. */
class sums_Accumulator {
    sum = 0;
    compensation = 0;
    /** Infinities and NaN, kept apart so they do not poison the compensation term. */
    nonFinite = 0;
    add(x) {
        if (!Number.isFinite(x)) {
            this.nonFinite += x;
            return;
        }
        const t = this.sum + x;
        if (Math.abs(this.sum) >= Math.abs(x))
            this.compensation += this.sum - t + x;
        else
            this.compensation += x - t + this.sum;
        this.sum = t;
    }
    get value() {
        return this.nonFinite !== 0 || Number.isNaN(this.nonFinite)
            ? this.nonFinite + this.sum
            : this.sum + this.compensation;
    }
}
/** Accurate sum of an array. */
function sums_sum(values) {
    const acc = new sums_Accumulator();
    for (let i = 0; i < values.length; i++)
        acc.add(values[i]);
    return acc.value;
}
/** Mean and population standard deviation (ddof 0), two passes as numpy's np.std. */
function sums_meanStd(values) {
    const n = values.length;
    if (n === 0)
        return { mean: Number.NaN, std: Number.NaN };
    const mean = sums_sum(values) / n;
    const acc = new sums_Accumulator();
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        acc.add(d * d);
    }
    return { mean, std: Math.sqrt(acc.value / n) };
}

;// CONCATENATED MODULE: ../../packages/stats/src/profile.ts
/**
 * Mergeable column profiles for "reference profile" drift: check a current batch against a
 * stored profile without downloading the reference data. Plain JSON (it goes into the
 * `dataset-profile` record's `sketch` field); merging two profiles gives the profile of the
 * concatenated data (moments by Chan et al.'s pairwise update, sketch buckets by addition).
 *
 * Numeric profile: count, nulls (missing or infinite), min/max/mean/std, a quantile sketch
 * (sketch.ts), the exact values while there are at most `exactLimit` (1000) of them (Evidently
 * tests such small references with KS, so those stay exact), and exact value counts while there
 * are at most 20 distinct values (Evidently's per-value buckets).
 * Categorical profile: exact counts while there are at most `categoryCap` distinct values; past
 * that the most frequent `categoryCap` are kept and the rest summed into `other` (then approximate).
 */



const profile_PROFILE_FORMAT = 'cairn-profile-1';
const EXACT_VALUES_LIMIT = 1000;
const SMALL_DISTINCT_LIMIT = 20;
const DEFAULT_CATEGORY_CAP = 1000;
function finishNumeric(base) {
    const m = base.moments;
    const has = m.n > 0;
    return {
        ...base,
        min: has ? m.min : null,
        max: has ? m.max : null,
        mean: has ? m.mean : null,
        std: has ? Math.sqrt(m.m2 / m.n) : null,
    };
}
/** Profile of a numeric column (NaN for missing). */
function profileNumeric(values, options = {}) {
    const finite = [];
    let nulls = 0;
    let infinite = 0;
    const sum = new sums_Accumulator();
    const abs = new sums_Accumulator();
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    const counts = new Map();
    let smallDistinct = true;
    let n = 0;
    for (let i = 0; i < values.length; i++) {
        const x = values[i] + 0; // -0 becomes 0, as it would through JSON
        if (!Number.isFinite(x)) {
            nulls++;
            if (!Number.isNaN(x))
                infinite++;
            continue;
        }
        n++;
        sum.add(x);
        abs.add(Math.abs(x));
        if (x < min)
            min = x;
        if (x > max)
            max = x;
        if (n <= EXACT_VALUES_LIMIT)
            finite.push(x);
        if (smallDistinct) {
            counts.set(x, (counts.get(x) ?? 0) + 1);
            if (counts.size > SMALL_DISTINCT_LIMIT)
                smallDistinct = false;
        }
    }
    const mean = n > 0 ? sum.value / n : 0;
    const m2 = new sums_Accumulator();
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        if (Number.isFinite(x))
            m2.add((x - mean) * (x - mean));
    }
    return finishNumeric({
        format: profile_PROFILE_FORMAT,
        type: 'numeric',
        count: values.length,
        nulls,
        infinite,
        moments: { n, mean, m2: m2.value, meanAbs: n > 0 ? abs.value / n : 0, min: n > 0 ? min : 0, max: n > 0 ? max : 0 },
        sketch: sketch_buildSketch(values, options.alpha ?? DEFAULT_ALPHA),
        values: n <= EXACT_VALUES_LIMIT ? finite.sort((a, b) => a - b) : null,
        distinct: smallDistinct ? [...counts].sort((a, b) => a[0] - b[0]) : null,
    });
}
function capCounts(map, cap) {
    const all = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = all.slice(0, cap);
    const dropped = all.slice(cap).reduce((s, [, c]) => s + c, 0);
    return { counts: kept, dropped };
}
/** Profile of a categorical column (null for missing). */
function profileCategorical(values, options = {}) {
    const cap = options.categoryCap ?? DEFAULT_CATEGORY_CAP;
    if (!(Number.isInteger(cap) && cap >= 1))
        throw new src/* UserError */.yo(`categoryCap must be a positive integer, got ${cap}.`);
    const map = new Map();
    let nulls = 0;
    for (const v of values) {
        if (v === null || v === undefined) {
            nulls++;
            continue;
        }
        const key = typeof v === 'string' ? v : String(v);
        map.set(key, (map.get(key) ?? 0) + 1);
    }
    const { counts, dropped } = capCounts(map, cap);
    return {
        format: profile_PROFILE_FORMAT,
        type: 'categorical',
        count: values.length,
        nulls,
        counts,
        other: dropped,
        truncated: dropped > 0,
        categoryCap: cap,
    };
}
/** Profile of a column: numeric for Float64Array / number arrays, categorical for strings. */
function profileColumn(values, options = {}) {
    const numeric = options.type === 'numeric' ||
        (options.type === undefined &&
            (values instanceof Float64Array || values.some((v) => typeof v === 'number')));
    if (numeric) {
        if (values instanceof Float64Array)
            return profileNumeric(values, options);
        const copy = new Float64Array(values.length);
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            copy[i] = typeof v === 'number' ? v : Number.NaN;
        }
        return profileNumeric(copy, options);
    }
    return profileCategorical(values, options);
}
function mergeMoments(a, b) {
    if (a.n === 0)
        return b;
    if (b.n === 0)
        return a;
    const n = a.n + b.n;
    const delta = b.mean - a.mean;
    return {
        n,
        mean: a.mean + (delta * b.n) / n,
        m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
        meanAbs: (a.meanAbs * a.n + b.meanAbs * b.n) / n,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
    };
}
/** Profile of the concatenation of the data behind `a` and `b`. */
function mergeProfiles(a, b) {
    if (a.type !== b.type)
        throw new src/* UserError */.yo(`cannot merge a ${a.type} profile with a ${b.type} profile.`);
    if (a.type === 'numeric' && b.type === 'numeric') {
        const values = a.values && b.values && a.values.length + b.values.length <= EXACT_VALUES_LIMIT;
        let distinct = null;
        if (a.distinct && b.distinct) {
            const map = new Map(a.distinct);
            for (const [v, c] of b.distinct)
                map.set(v, (map.get(v) ?? 0) + c);
            if (map.size <= SMALL_DISTINCT_LIMIT)
                distinct = [...map].sort((x, y) => x[0] - y[0]);
        }
        return finishNumeric({
            format: profile_PROFILE_FORMAT,
            type: 'numeric',
            count: a.count + b.count,
            nulls: a.nulls + b.nulls,
            infinite: a.infinite + b.infinite,
            moments: mergeMoments(a.moments, b.moments),
            sketch: mergeSketches(a.sketch, b.sketch),
            values: values ? [...(a.values ?? []), ...(b.values ?? [])].sort((x, y) => x - y) : null,
            distinct,
        });
    }
    const ca = a;
    const cb = b;
    const cap = Math.min(ca.categoryCap, cb.categoryCap);
    const map = new Map(ca.counts);
    for (const [v, c] of cb.counts)
        map.set(v, (map.get(v) ?? 0) + c);
    const { counts, dropped } = capCounts(map, cap);
    const other = ca.other + cb.other + dropped;
    return {
        format: profile_PROFILE_FORMAT,
        type: 'categorical',
        count: ca.count + cb.count,
        nulls: ca.nulls + cb.nulls,
        counts,
        other,
        truncated: ca.truncated || cb.truncated || dropped > 0,
        categoryCap: cap,
    };
}

;// CONCATENATED MODULE: ../../packages/stats/src/profile-drift.ts
/**
 * Drift of current data against a stored reference profile (profile.ts) instead of the
 * reference rows. Exact, and identical to driftColumn, whenever the profile still holds exact
 * values: references of at most 1000 values (the KS regime), numeric columns with at most 20
 * distinct values, and categorical columns under the category cap. Otherwise both sides are
 * bucketed on the sketch grid and the tests run on the buckets:
 * - KS: the statistic on bucket boundaries is a lower bound of the exact one; an upper bound
 *   comes from letting each bucket's values interleave in the worst way. Both are reported.
 * - normed Wasserstein: within alpha (E|ref| + E|cur|) / max(std_ref, 0.001) of the exact value
 *   (every value moves at most alpha |x|); the interval is reported.
 * - PSI / KL / JS / Hellinger: Sturges (or the requested) bins, each bucket assigned by its
 *   representative, i.e. bin edges snapped to the sketch grid (moved by at most a relative alpha).
 */









const OTHER = '\u0000other';
/** Drift of `current` against the reference summarised by `profile`. */
function driftFromProfile(name, profile, current, options = {}) {
    if (profile.type === 'categorical')
        return categoricalFromProfile(name, profile, current, options);
    for (const v of current instanceof Float64Array ? [] : current) {
        if (typeof v === 'string') {
            throw new UserError(`column "${name}": the reference profile is numeric but the current values are strings.`);
        }
    }
    const cur = prepareNumeric(current);
    const refCounts = { count: profile.count, nulls: profile.nulls, infinite: profile.infinite };
    const exact = exactReference(profile);
    if (exact !== null) {
        const ref = { kind: 'numeric', sorted: exact, ...refCounts };
        return { ...driftSides(name, 'numeric', ref, cur, options), approximate: false, bounds: null };
    }
    // Here the reference has > 1000 values and > 20 distinct ones (anything smaller is exact above).
    const ref = { kind: 'numeric', sorted: new Float64Array(0), ...refCounts };
    const ns = nullShare(refCounts, cur, options.nullShareThreshold ?? 0.05);
    const base = {
        name,
        type: 'numeric',
        method: null,
        statistic: null,
        score: null,
        threshold: null,
        drift: false,
        reference: { count: ref.count, nulls: ref.nulls },
        current: { count: cur.count, nulls: cur.nulls },
        nullShare: ns,
        approximate: true,
        bounds: null,
    };
    const empty = emptySideReason(ref, cur, profile.moments.n, cur.sorted.length);
    if (empty !== null)
        return { ...base, skipped: empty };
    const method = options.method ?? defaultMethod('numeric', profile.moments.n, SMALL_DISTINCT_LIMIT_PLUS);
    const threshold = options.threshold ?? METHOD_INFO[method].threshold;
    const scored = scoreFromSketch(method, profile, cur.sorted, options);
    if (scored === null) {
        return { ...base, skipped: `not tested: ${method} needs the exact reference values; the profile keeps a sketch` };
    }
    let drift = isDrift(method, scored.score, threshold);
    if (options.nullShareDrift === true && ns.drift)
        drift = true;
    return {
        ...base,
        method,
        statistic: scored.statistic,
        score: scored.score,
        threshold,
        drift,
        skipped: null,
        bounds: scored.bounds === null ? null : { statistic: scored.bounds },
    };
}
const SMALL_DISTINCT_LIMIT_PLUS = 21;
function exactReference(profile) {
    if (profile.values !== null)
        return Float64Array.from(profile.values);
    if (profile.distinct === null)
        return null;
    const out = new Float64Array(profile.moments.n);
    let k = 0;
    for (const [value, count] of profile.distinct) {
        out.fill(value, k, k + count);
        k += count;
    }
    return out;
}
/** Walks two bucket lists in value order, calling `visit` with both CDFs before and after each bucket. */
function walk(a, b, na, nb, visit) {
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    while (i < a.length || j < b.length) {
        const va = i < a.length ? a[i].value : Number.POSITIVE_INFINITY;
        const vb = j < b.length ? b[j].value : Number.POSITIVE_INFINITY;
        const v = Math.min(va, vb);
        const fa0 = ca / na;
        const fb0 = cb / nb;
        if (va === v)
            ca += a[i++].count;
        if (vb === v)
            cb += b[j++].count;
        visit(v, fa0, fb0, ca / na, cb / nb);
    }
}
function scoreFromSketch(method, profile, cur, options) {
    const refSketch = profile.sketch;
    const curSketch = buildSketch(cur, refSketch.alpha, refSketch.maxBuckets);
    const a = orderedBuckets(refSketch);
    const b = orderedBuckets(curSketch);
    const na = profile.moments.n;
    const nb = cur.length;
    const collapsed = sketchCollapsed(refSketch) || sketchCollapsed(curSketch);
    if (method === 'ks') {
        let lower = 0;
        let upper = 0;
        walk(a, b, na, nb, (_v, fa0, fb0, fa1, fb1) => {
            lower = Math.max(lower, Math.abs(fa1 - fb1));
            upper = Math.max(upper, fa1 - fb0, fb1 - fa0);
        });
        const r = ksPValue(na, nb, lower);
        return { statistic: lower, score: r.pValue, bounds: collapsed ? null : [lower, upper] };
    }
    if (method === 'wasserstein' || method === 'energy') {
        const acc = new Accumulator();
        let prev = Number.NaN;
        let gap = 0;
        walk(a, b, na, nb, (v, _fa0, _fb0, fa1, fb1) => {
            if (!Number.isNaN(prev))
                acc.add((method === 'energy' ? gap * gap : gap) * (v - prev));
            prev = v;
            gap = Math.abs(fa1 - fb1);
        });
        if (method === 'energy') {
            const e = Math.SQRT2 * Math.sqrt(acc.value);
            return { statistic: e, score: e, bounds: null };
        }
        const norm = Math.max(profile.std ?? 0, 0.001);
        const w = acc.value / norm;
        let curAbs = 0;
        for (const x of cur)
            curAbs += Math.abs(x);
        const slack = (refSketch.alpha * (profile.moments.meanAbs + curAbs / nb)) / norm;
        return { statistic: w, score: w, bounds: collapsed ? null : [Math.max(0, w - slack), w + slack] };
    }
    if (method === 'jensenshannon' || method === 'psi' || method === 'kl' || method === 'hellinger') {
        const lo = Math.min(profile.moments.min, cur[0]);
        const hi = Math.max(profile.moments.max, cur[cur.length - 1]);
        const edges = sketchEdges(profile, lo, hi, na + nb, options);
        const p = binShares(a, edges, na);
        const q = binShares(b, edges, nb);
        const value = method === 'jensenshannon'
            ? jensenShannon(p, q)
            : method === 'psi'
                ? psi(fillEmpty(p), fillEmpty(q))
                : method === 'kl'
                    ? kl(fillEmpty(p), fillEmpty(q))
                    : hellinger(p, q);
        return { statistic: value, score: value, bounds: null };
    }
    return null;
}
function sketchEdges(profile, lo, hi, size, options) {
    const binning = options.binning ?? (options.bins !== undefined ? 'equal-width' : 'sturges');
    if (binning === 'equal-width')
        return equalWidthEdges(Float64Array.of(lo), Float64Array.of(hi), options.bins ?? 10);
    if (binning === 'quantile') {
        const bins = options.bins ?? 10;
        const qs = Array.from({ length: bins + 1 }, (_, i) => sketchQuantile(profile.sketch, i / bins));
        qs[0] = Math.min(qs[0], lo);
        qs[bins] = Math.max(qs[bins], hi);
        return Float64Array.from(qs.filter((v, i) => i === 0 || v !== qs[i - 1]));
    }
    // Sturges over the union, numpy's way (see binning.ts).
    const width = (hi - lo) / (Math.log2(size) + 1);
    const bins = width ? Math.ceil((hi - lo) / width) : 1;
    return lo === hi ? linspace(lo - 0.5, hi + 0.5, 2) : linspace(lo, hi, bins + 1);
}
/** Shares per bin with each bucket placed by its representative (clamped into the outer bins). */
function binShares(buckets, edges, n) {
    const bins = edges.length - 1;
    const counts = new Float64Array(bins);
    for (const { value, count } of buckets) {
        const k = Math.min(Math.max(searchSorted(edges, value, true) - 1, 0), bins - 1);
        counts[k] = counts[k] + count;
    }
    return counts.map((c) => c / n);
}
function categoricalFromProfile(name, profile, current, options) {
    const counts = new Map(profile.counts);
    if (profile.other > 0)
        counts.set(OTHER, profile.other);
    const ref = {
        kind: 'categorical',
        counts,
        n: profile.count - profile.nulls,
        count: profile.count,
        nulls: profile.nulls,
    };
    const cur = prepareCategorical(current);
    if (profile.truncated) {
        // Values the profile no longer names are compared as one "other" category.
        const folded = new Map();
        for (const [k, c] of cur.counts) {
            const key = counts.has(k) ? k : OTHER;
            folded.set(key, (folded.get(key) ?? 0) + c);
        }
        cur.counts = folded;
    }
    const folded = driftSides(name, 'categorical', ref, cur, options);
    if (!profile.truncated)
        return { ...folded, approximate: false, bounds: null };
    return { ...folded, approximate: true, bounds: foldedBounds(name, ref, cur, folded, options) };
}
/**
 * Methods whose statistic is a monotone function of an f-divergence summed over categories with
 * no empty-bin fill: merging categories never raises it, and the most a merged bin can hide is
 * its reference and current mass lying on different categories.
 */
const F_DIVERGENCE_DISTANCES = new Set(['jensenshannon', 'hellinger']);
/**
 * The interval the exact statistic lies in when the profile lumped its rarer categories into one
 * "other" bin (folded on both sides). Lower: the folded value itself (merging bins never increases
 * an f-divergence: the data-processing inequality). Upper: the other bin split into a reference-only
 * and a current-only category (an f-divergence term g(p, q) is convex and 1-homogeneous, so no
 * split of the lumped mass adds more than g(p, 0) + g(0, q)). Null for other methods.
 */
function foldedBounds(name, ref, cur, folded, options) {
    if (folded.method === null || folded.statistic === null || !F_DIVERGENCE_DISTANCES.has(folded.method))
        return null;
    const apart = (side, key) => {
        const counts = new Map(side.counts);
        const other = counts.get(OTHER) ?? 0;
        counts.delete(OTHER);
        if (other > 0)
            counts.set(key, other);
        return { ...side, counts };
    };
    const split = driftSides(name, 'categorical', apart(ref, `${OTHER} reference`), apart(cur, `${OTHER} current`), {
        ...options,
        method: folded.method,
    });
    return split.statistic === null ? null : { statistic: [folded.statistic, split.statistic] };
}

;// CONCATENATED MODULE: ../../packages/stats/src/profile-schema.ts
/**
 * The stored form of a column profile: a zod schema to read one back from the metadata branch
 * (parsed JSON is unknown until this says otherwise), and the `dataset-profile` column entry
 * (`@cairn/core` columnProfileSchema) that carries it in its `sketch` field.
 */



const count = schemas/* number */.aig().int().nonnegative();
const storeSchema = schemas/* object */.Ikc({
    offset: schemas/* number */.aig().int(),
    counts: schemas/* array */.YOg(count),
    collapsed: schemas/* boolean */.zMY(),
});
const sketchSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz('cairn-ddsketch-1'),
    alpha: schemas/* number */.aig().gt(0).lt(1),
    maxBuckets: schemas/* number */.aig().int().min(2),
    zeros: count,
    positive: storeSchema,
    negative: storeSchema,
});
const numericSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(profile_PROFILE_FORMAT),
    type: schemas/* literal */.euz('numeric'),
    count,
    nulls: count,
    infinite: count,
    min: schemas/* number */.aig().nullable(),
    max: schemas/* number */.aig().nullable(),
    mean: schemas/* number */.aig().nullable(),
    std: schemas/* number */.aig().nullable(),
    moments: schemas/* object */.Ikc({
        n: count,
        mean: schemas/* number */.aig(),
        m2: schemas/* number */.aig(),
        meanAbs: schemas/* number */.aig(),
        min: schemas/* number */.aig(),
        max: schemas/* number */.aig(),
    }),
    sketch: sketchSchema,
    values: schemas/* array */.YOg(schemas/* number */.aig()).nullable(),
    distinct: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), count])).nullable(),
});
const categoricalSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(profile_PROFILE_FORMAT),
    type: schemas/* literal */.euz('categorical'),
    count,
    nulls: count,
    counts: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), count])),
    other: count,
    truncated: schemas/* boolean */.zMY(),
    categoryCap: schemas/* number */.aig().int().positive(),
});
const columnProfileFormatSchema = schemas/* discriminatedUnion */.gMt('type', [numericSchema, categoricalSchema]);
/** Reads a stored profile; `where` names its origin (file, record, column) in the error. */
function parseColumnProfile(value, where) {
    const parsed = columnProfileFormatSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path.join('.') || '(root)';
        throw new UserError(`${where}: not a ${PROFILE_FORMAT} column profile (at ${path}: ${issue?.message ?? 'invalid'}); ` +
            'rebuild the reference profile with this version of cairn.');
    }
    return parsed.data;
}
/** The `dataset-profile` record entry for one column (core columnProfileSchema), profile in `sketch`. */
function columnProfileEntry(name, profile) {
    if (profile.type === 'numeric') {
        return {
            name,
            type: profile.type,
            count: profile.count,
            nulls: profile.nulls,
            ...(profile.distinct === null ? {} : { distinct: profile.distinct.length }),
            min: profile.min,
            max: profile.max,
            mean: profile.mean,
            std: profile.std,
            sketch: profile,
        };
    }
    return {
        name,
        type: profile.type,
        count: profile.count,
        nulls: profile.nulls,
        ...(profile.truncated ? {} : { distinct: profile.counts.length }),
        sketch: profile,
    };
}

;// CONCATENATED MODULE: ../../packages/stats/src/index.ts


















;// CONCATENATED MODULE: ../../packages/blobs/src/table-profile.ts
/**
 * Column profiles of the tabular files in a dataset version (CSV, TSV, JSON, JSONL, Parquet),
 * streamed batch by batch and merged across batches and files with packages/stats, so check-drift
 * can compare against a version without downloading it. Rows per file go into the manifest.
 */




/** True when the file name says it is a table Cairn reads. */
function isTabular(path) {
    try {
        detectFormat(path);
        return true;
    }
    catch {
        return false;
    }
}
function profileBatchColumn(column) {
    if ('numbers' in column)
        return profileNumeric(column.numbers);
    return profileCategorical(columnValues(column));
}
/**
 * Profiles every tabular file. A file that cannot be read as a table is skipped with a warning
 * naming it (versioning does not depend on it); a column whose profiles cannot merge (numeric in
 * one file, text in another) keeps its counts as "mixed" without a profile.
 */
async function profileTables(root, files, logger) {
    const rows = new Map();
    const columnsByFile = new Map();
    const union = new Map();
    const merged = new Map();
    let totalRows = 0;
    for (const file of files) {
        if (!isTabular(file.path))
            continue;
        const fileProfiles = new Map();
        const fileTypes = new Map();
        let fileRows = 0;
        try {
            for await (const batch of readTable((0,external_node_path_namespaceObject.join)(root, file.path))) {
                for (const [name, column] of batch.columns) {
                    // A JSON column first seen in a later batch was null in all the earlier rows.
                    if (!fileTypes.has(name) && fileRows > 0)
                        fileProfiles.set(name, allNull('categorical', fileRows));
                    fileTypes.set(name, mergeType(fileTypes.get(name), column.type));
                    fileProfiles.set(name, mergeInto(fileProfiles.get(name), profileBatchColumn(column)));
                }
                fileRows += batch.rowCount;
            }
        }
        catch (error) {
            if (!(error instanceof src/* UserError */.yo))
                throw error;
            logger.warning(`${file.path}: not profiled, it could not be read as a table (${error.message})`);
            continue;
        }
        rows.set(file.path, fileRows);
        totalRows += fileRows;
        columnsByFile.set(file.path, [...fileTypes].map(([name, type]) => ({ name, type })));
        for (const [name, type] of fileTypes)
            union.set(name, mergeType(union.get(name), type));
        for (const [name, profile] of fileProfiles)
            merged.set(name, mergeInto(merged.get(name), profile));
    }
    const columns = [...union].map(([name, type]) => ({ name, type }));
    if (rows.size === 0)
        return { rows, columnsByFile, columns, profile: undefined };
    const entries = [...merged].flatMap(([name, profile]) => {
        if (profile === 'mixed') {
            logger.warning(`column ${name}: numeric in some rows or files and text in others; stored without a profile`);
            return [];
        }
        return [columnProfileEntry(name, profile)];
    });
    return { rows, columnsByFile, columns, profile: { rows: totalRows, columns: entries } };
}
/** Column types across batches or files: equal stays, "empty" yields to the other, else "mixed". */
function mergeType(a, b) {
    if (a === undefined || a === b || b === 'empty')
        return a ?? b;
    if (a === 'empty')
        return b;
    if ((a === 'integer' && b === 'number') || (a === 'number' && b === 'integer'))
        return 'number';
    return 'mixed';
}
function mergeInto(a, b) {
    if (a === undefined)
        return b;
    if (a === 'mixed' || b === 'mixed')
        return 'mixed';
    if (a.type !== b.type) {
        // An all-null side takes the other side's kind; otherwise the column is mixed.
        if (a.nulls === a.count)
            return mergeProfiles(allNull(b.type, a.count), b);
        if (b.nulls === b.count)
            return mergeProfiles(a, allNull(a.type, b.count));
        return 'mixed';
    }
    return mergeProfiles(a, b);
}
function allNull(type, count) {
    return type === 'numeric'
        ? profileNumeric(new Float64Array(count).fill(Number.NaN))
        : profileCategorical(new Array(count).fill(null));
}

;// CONCATENATED MODULE: ../../packages/blobs/src/version-diff.ts
/** The changes from `previous` (undefined: nothing before) to `next`, files sorted by path. */
function diffVersions(previous, next) {
    const before = new Map((previous?.files ?? []).map((f) => [f.path, f]));
    const after = new Map(next.files.map((f) => [f.path, f]));
    const files = [];
    let unchangedFiles = 0;
    for (const path of [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        const o = before.get(path);
        const n = after.get(path);
        if (o && n && o.sha256 === n.sha256) {
            unchangedFiles++;
            continue;
        }
        files.push({
            path,
            change: !o ? 'added' : !n ? 'removed' : 'modified',
            oldSize: o?.size ?? null,
            newSize: n?.size ?? null,
            oldRows: o?.rows ?? null,
            newRows: n?.rows ?? null,
        });
    }
    const oldColumns = new Map((previous?.columns ?? []).map((c) => [c.name, c.type]));
    const newColumns = new Map((next.columns ?? []).map((c) => [c.name, c.type]));
    return {
        from: previous?.version ?? null,
        to: next.version,
        files,
        unchangedFiles,
        bytes: { old: previous?.totalSize ?? 0, new: next.totalSize },
        rows: { old: previous?.rows ?? null, new: next.rows ?? null },
        columnsAdded: [...newColumns.keys()].filter((c) => !oldColumns.has(c)),
        columnsRemoved: [...oldColumns.keys()].filter((c) => !newColumns.has(c)),
        columnsRetyped: [...newColumns]
            .filter(([name, type]) => oldColumns.has(name) && oldColumns.get(name) !== type)
            .map(([name, type]) => ({ name, old: oldColumns.get(name), new: type })),
    };
}
/** Bytes as B, KiB, MiB, GiB with three significant digits. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    const text = unit === 0 ? String(value) : value.toPrecision(3);
    return `${bytes < 0 ? '-' : ''}${text} ${units[unit]}`;
}
function signed(n, format = String) {
    return n > 0 ? `+${format(n)}` : n < 0 ? `-${format(-n)}` : '±0';
}
function cellEscape(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ');
}
const ICON = {
    added: '🟢 added',
    removed: '🔴 removed',
    modified: '🟡 modified',
};
/** Markdown for the job summary and the PR comment. */
function renderDiffMarkdown(diff, options) {
    const lines = [];
    const head = `### Dataset \`${options.name}\` v${diff.to}`;
    if (options.unchanged) {
        lines.push(head, '', `No change: the content equals v${diff.to}, so no new version was recorded and nothing was uploaded.`);
        return `${lines.join('\n')}\n`;
    }
    lines.push(head, '');
    if (diff.from === null)
        lines.push('First version of this dataset.', '');
    else
        lines.push(`Changes since v${diff.from}:`, '');
    const count = (kind) => diff.files.filter((f) => f.change === kind).length;
    const rowsText = diff.rows.new === null
        ? ''
        : ` · rows ${diff.rows.new}${diff.rows.old === null ? '' : ` (${signed(diff.rows.new - diff.rows.old)})`}`;
    lines.push(`**Files:** ${count('added')} added, ${count('removed')} removed, ${count('modified')} modified, ${diff.unchangedFiles} unchanged · ` +
        `**Size:** ${formatBytes(diff.bytes.new)} (${signed(diff.bytes.new - diff.bytes.old, formatBytes)})${rowsText}`, '');
    if (diff.columnsAdded.length + diff.columnsRemoved.length + diff.columnsRetyped.length > 0) {
        if (diff.columnsAdded.length)
            lines.push(`**Columns added:** ${diff.columnsAdded.map((c) => `\`${c}\``).join(', ')}`);
        if (diff.columnsRemoved.length)
            lines.push(`**Columns removed:** ${diff.columnsRemoved.map((c) => `\`${c}\``).join(', ')}`);
        for (const c of diff.columnsRetyped)
            lines.push(`**Column \`${c.name}\`:** type ${c.old} → ${c.new}`);
        lines.push('');
    }
    if (diff.files.length > 0) {
        const max = options.maxRows ?? 100;
        lines.push('| File | Change | Size | Δ bytes | Rows | Δ rows |', '|---|---|---:|---:|---:|---:|');
        for (const f of diff.files.slice(0, max)) {
            const size = f.newSize ?? f.oldSize ?? 0;
            const deltaBytes = (f.newSize ?? 0) - (f.oldSize ?? 0);
            const rows = f.newRows ?? f.oldRows;
            const deltaRows = f.newRows !== null || f.oldRows !== null ? (f.newRows ?? 0) - (f.oldRows ?? 0) : null;
            lines.push(`| \`${cellEscape(f.path)}\` | ${ICON[f.change]} | ${formatBytes(size)} | ${signed(deltaBytes, formatBytes)} | ${rows ?? ''} | ${deltaRows === null ? '' : signed(deltaRows)} |`);
        }
        if (diff.files.length > max)
            lines.push('', `… and ${diff.files.length - max} more changed files.`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ../../packages/blobs/src/push.ts
/**
 * `push`: content-address a file, directory or glob, store only the blobs not stored yet, profile
 * the tabular files and record a dataset version. Same content as the latest version: nothing is
 * uploaded or written, and the latest version comes back with created false.
 */






async function pushDataset(store, options) {
    const { name, logger } = options;
    const manifest = await buildManifest(options.target, {
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    });
    if (manifest.fileCount === 0) {
        throw new src/* UserError */.yo(`${options.target}: the directory holds no files; there is nothing to version`);
    }
    logger.info(`${name}: ${manifest.fileCount} file(s), ${manifest.totalSize} bytes, dataset hash ${manifest.datasetHash}.`);
    const latest = await store.getDatasetVersion(name, 'latest');
    if (latest?.datasetHash === manifest.datasetHash) {
        logger.info(`${name}: same content as v${latest.version}; no new version, nothing uploaded.`);
        return unchanged(latest, manifest);
    }
    const tables = options.profile === false ? undefined : await profileTables(manifest.root, manifest.files, logger);
    const files = manifest.files.map((f) => {
        const rows = tables?.rows.get(f.path);
        return rows === undefined ? f : { ...f, rows };
    });
    const put = await options.blobs.putAll(manifest.files.map((f) => ({ sha256: f.sha256, size: f.size, path: (0,external_node_path_namespaceObject.join)(manifest.root, f.path) })), `${name}-${manifest.datasetHash.slice(0, 12)}`);
    const totalRows = tables && tables.rows.size > 0 ? [...tables.rows.values()].reduce((a, b) => a + b, 0) : undefined;
    const { record, created } = await store.addDatasetVersion({
        name,
        datasetHash: manifest.datasetHash,
        files,
        fileCount: manifest.fileCount,
        totalSize: manifest.totalSize,
        ...(totalRows !== undefined ? { rows: totalRows } : {}),
        ...(tables && tables.columns.length > 0 ? { columns: tables.columns } : {}),
        storage: put.ref,
        git: options.git,
        ...(options.idempotencyKey !== undefined ? { idempotencyKey: options.idempotencyKey } : {}),
    }, tables?.profile);
    if (!created) {
        // Another writer recorded the same content first (or this job attempt already did).
        return { ...unchanged(record, manifest), uploaded: put.uploaded, uploadedBytes: put.uploadedBytes };
    }
    const previous = record.parent !== undefined ? await store.getDatasetVersion(name, record.parent) : undefined;
    logger.info(`${name}: recorded v${record.version}; ${put.uploaded} new blob(s), ${put.uploadedBytes} bytes uploaded.`);
    return {
        record,
        created: true,
        previous,
        diff: diffVersions(previous, record),
        manifest,
        uploaded: put.uploaded,
        uploadedBytes: put.uploadedBytes,
    };
}
function unchanged(record, manifest) {
    return {
        record,
        created: false,
        previous: record,
        diff: diffVersions(record, record),
        manifest,
        uploaded: 0,
        uploadedBytes: 0,
    };
}
/** The manifest JSON a version's `manifest` output points at; returns its path. */
async function writeManifestFile(record, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_namespaceObject.join)(dir, `cairn-dataset-${record.name}-v${record.version}.manifest.json`);
    const body = {
        name: record.name,
        version: record.version,
        datasetHash: record.datasetHash,
        fileCount: record.fileCount,
        totalSize: record.totalSize,
        ...(record.rows !== undefined ? { rows: record.rows } : {}),
        files: record.files,
    };
    await (0,promises_.writeFile)(path, `${JSON.stringify(body, null, 2)}\n`);
    return path;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ../../packages/github/src/markdown-budget.ts
/**
 * Fits markdown under a size limit without breaking it: table rows are dropped (every table keeps its
 * header and first rows, and says how many rows were left out), then whole trailing blocks are
 * dropped, never cutting inside a table or a fenced code block. Generic on purpose: it knows tables,
 * fences and lines, not Cairn's reports (those belong to packages/report).
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_SEPARATOR = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
function isTableLine(line) {
    return /^ {0,3}\|/.test(line);
}
function parseBlocks(markdown) {
    const lines = markdown.split('\n');
    const blocks = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = FENCE.exec(line);
        if (fence) {
            // A fenced block is one unit: kept or dropped whole.
            const marker = fence[1];
            const body = [line];
            let j = i + 1;
            for (; j < lines.length; j++) {
                body.push(lines[j]);
                if (lines[j].trim().startsWith(marker.slice(0, 3)) &&
                    lines[j].trim().replace(/[`~]/g, '') === '')
                    break;
            }
            blocks.push({ kind: 'lines', lines: body });
            i = j;
            continue;
        }
        const next = lines[i + 1];
        if (isTableLine(line) && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-')) {
            const rows = [];
            let j = i + 2;
            while (j < lines.length && isTableLine(lines[j]))
                rows.push(lines[j++]);
            blocks.push({ kind: 'table', head: [line, next], rows });
            i = j - 1;
            continue;
        }
        // Any other line is its own unit, so long prose is cut at a line boundary.
        blocks.push({ kind: 'lines', lines: [line] });
    }
    return blocks;
}
function sizer(measure) {
    return measure === 'utf8-bytes' ? (t) => Buffer.byteLength(t, 'utf8') : (t) => t.length;
}
function markdown_budget_link(options) {
    return options.moreUrl
        ? `[${options.moreLabel ?? 'job summary'}](${options.moreUrl})`
        : (options.moreLabel ?? 'the job summary');
}
function render(blocks, maxRows, keepBlocks, options) {
    const out = [];
    let droppedRows = 0;
    for (const block of blocks.slice(0, keepBlocks)) {
        if (block.kind === 'lines') {
            out.push(...block.lines);
            continue;
        }
        out.push(...block.head, ...block.rows.slice(0, maxRows));
        const dropped = block.rows.length - Math.min(maxRows, block.rows.length);
        if (dropped > 0) {
            droppedRows += dropped;
            // The blank line ends the table: a text line right after a row would be read as another row.
            out.push('', `_${dropped} more ${dropped === 1 ? 'row' : 'rows'} not shown: see the ${markdown_budget_link(options)}._`, '');
        }
    }
    const droppedBlocks = blocks.length - keepBlocks;
    if (droppedBlocks > 0) {
        out.push('', `_Report shortened to fit: the rest is in the ${markdown_budget_link(options)}._`);
    }
    return { text: out.join('\n'), droppedRows };
}
/** Shortens `markdown` to fit `options.limit`; see the module comment for the order of cuts. */
function markdown_budget_fitMarkdown(markdown, options) {
    const size = sizer(options.measure);
    if (size(markdown) <= options.limit)
        return { text: markdown, shortened: false, droppedRows: 0, droppedBlocks: 0 };
    const blocks = parseBlocks(markdown);
    const longest = Math.max(0, ...blocks.map((b) => (b.kind === 'table' ? b.rows.length : 0)));
    const fits = (rows, keep) => size(render(blocks, rows, keep, options).text) <= options.limit;
    // 1. The largest per-table row cap that fits, keeping every block.
    if (fits(0, blocks.length)) {
        let lo = 0;
        let hi = longest;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(mid, blocks.length))
                lo = mid;
            else
                hi = mid - 1;
        }
        const { text, droppedRows } = render(blocks, lo, blocks.length, options);
        return { text, shortened: true, droppedRows, droppedBlocks: 0 };
    }
    // 2. Tables at their header only, and the most leading blocks that fit.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(0, mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    if (lo > 0 || fits(0, 0)) {
        // Give rows back to the tables that remain, if room allows.
        let rowsLo = 0;
        let rowsHi = longest;
        while (rowsLo < rowsHi) {
            const mid = Math.ceil((rowsLo + rowsHi) / 2);
            if (fits(mid, lo))
                rowsLo = mid;
            else
                rowsHi = mid - 1;
        }
        const { text, droppedRows } = render(blocks, rowsLo, lo, options);
        if (size(text) <= options.limit)
            return { text, shortened: true, droppedRows, droppedBlocks: blocks.length - lo };
    }
    // 3. Even the note alone does not fit: a plain notice cut to the limit.
    let notice = `_Report too large to show here: see the ${markdown_budget_link(options)}._`;
    while (size(notice) > options.limit && notice.length > 0)
        notice = notice.slice(0, -1);
    return { text: notice, shortened: true, droppedRows: 0, droppedBlocks: blocks.length };
}

;// CONCATENATED MODULE: ../../packages/github/src/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY, 1 MiB per step) and annotations (workflow commands on
 * stdout), written directly so this package does not need @actions/core.
 */


/** Runner limit on one step's summary file (REFERENCE.md §1). */
const JOB_SUMMARY_LIMIT = 1024 * 1024;
/** Appends markdown to the step's summary file, shortened so the file stays within 1 MiB. */
function appendJobSummary(path, markdown, options = {}) {
    let used = 0;
    try {
        used = (0,external_node_fs_namespaceObject.statSync)(path).size;
    }
    catch {
        // a missing file is created by appendFileSync
    }
    const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    const fitted = markdown_budget_fitMarkdown(text, {
        limit: Math.max(0, JOB_SUMMARY_LIMIT - used),
        measure: 'utf8-bytes',
        moreLabel: 'workflow run artifacts',
        ...(options.moreUrl ? { moreUrl: options.moreUrl } : {}),
    });
    (0,external_node_fs_namespaceObject.appendFileSync)(path, fitted.text);
    return { bytes: Buffer.byteLength(fitted.text), shortened: fitted.shortened, droppedRows: fitted.droppedRows };
}
// Escapes as the runner decodes them (actions/toolkit `command.ts`: %, CR, LF; properties also : and ,).
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
/** `::error title=Range,file=data/train.csv,line=12::value 7 is above 5` */
function formatAnnotation(a) {
    // In @actions/core's order: the runner trims the property list, so a text property goes first.
    const props = [];
    if (a.title)
        props.push(`title=${escapeProperty(a.title)}`);
    if (a.file)
        props.push(`file=${escapeProperty(a.file)}`);
    if (a.line !== undefined)
        props.push(`line=${a.line}`);
    if (a.endLine !== undefined)
        props.push(`endLine=${a.endLine}`);
    if (a.col !== undefined)
        props.push(`col=${a.col}`);
    return `::${a.level}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}`;
}
/**
 * Writes annotations as workflow commands. GitHub shows at most 10 of each level per step, so the
 * rest are counted in one closing notice instead of being dropped silently.
 */
function emitAnnotations(annotations, write = (line) => process.stdout.write(line), perLevel = 10) {
    const counts = { error: 0, warning: 0, notice: 0 };
    let hidden = 0;
    for (const a of annotations) {
        if (counts[a.level] >= perLevel) {
            hidden += 1;
            continue;
        }
        counts[a.level] += 1;
        write(`${formatAnnotation(a)}\n`);
    }
    if (hidden > 0) {
        write(`${formatAnnotation({ level: 'notice', message: `${hidden} more findings are not annotated: see the job summary.` })}\n`);
    }
    return { shown: annotations.length - hidden, hidden };
}

;// CONCATENATED MODULE: ../../packages/github/src/runner-io.ts
/**
 * The runner protocol an action speaks, written directly instead of through @actions/core: inputs
 * from INPUT_* variables, outputs and the summary through file commands, log lines, masks and
 * annotations as workflow commands (REFERENCE.md §1; escapes as the runner decodes them).
 *
 * Why not @actions/core (docs/adr/0010-runner-protocol.md): it loads @actions/http-client, undici,
 * @actions/exec and @actions/io at import for OIDC tokens and platform details no Cairn action uses,
 * which costs every step about 20 MiB of memory and a tenth of a second before it starts.
 */




/** The variable a runner sets for input `name`: spaces become `_`, upper-cased, hyphens kept. */
function inputVariable(name) {
    return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}
/**
 * An input's value, trimmed; '' when not set. The runner applies action.yml defaults but does not
 * enforce `required:`, so callers check required inputs themselves and name them in the error.
 */
function getInput(name) {
    return (process.env[inputVariable(name)] ?? '').trim();
}
/**
 * A `name<<delimiter` block for a file command. The delimiter is random, so a value cannot end the
 * block early; a name or value that contains it anyway is refused, as the runner would misread it.
 */
function fileCommandEntry(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`output ${name}: the value contains the file command delimiter`);
    }
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
}
/** Sets a step output (GITHUB_OUTPUT); outside a runner, prints it as the old set-output command. */
function setOutput(name, value) {
    const text = String(value);
    const file = process.env.GITHUB_OUTPUT;
    if (file)
        (0,external_node_fs_namespaceObject.appendFileSync)(file, fileCommandEntry(name, text), 'utf8');
    else
        writeLine(`::set-output name=${runner_io_escapeProperty(name)}::${escapeData(text)}`);
}
/** Asks the runner to mask `secret` in every later log line. */
function setSecret(secret) {
    if (secret)
        writeLine(`::add-mask::${escapeData(secret)}`);
}
function info(message) {
    writeLine(message);
}
/** A line shown only when step debug logging is on. */
function debug(message) {
    writeLine(`::debug::${escapeData(message)}`);
}
function warning(message, where = {}) {
    writeLine(formatAnnotation({ level: 'warning', message, ...where }));
}
function error(message, where = {}) {
    writeLine(formatAnnotation({ level: 'error', message, ...where }));
}
/** Fails the step: an error annotation with the message, and exit code 1 when the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function runner_io_escapeProperty(text) {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
function writeLine(line) {
    process.stdout.write(`${line}${external_node_os_namespaceObject.EOL}`);
}

;// CONCATENATED MODULE: ../../packages/github/src/action-main.ts
/**
 * The frame every action's run() shares: one try/catch, exactly one core.setFailed prefixed with the
 * action name (STYLE.md 5), secrets redacted from the message, and a Logger that writes workflow
 * commands (so warnings become annotations on the file and line they name). Packages take this
 * Logger, never the runner protocol directly.
 */


const actionLogger = {
    debug: (message) => debug(message),
    info: (message) => info(message),
    warning: (message, where) => warning(message, where),
};
/**
 * Runs an action's body. The token input is masked before anything else happens and is removed from
 * any failure message; a CheckFailedError (gates, validation, drift) fails the step like any other error,
 * after the body has written its records, comments and outputs.
 */
async function runAction(action, execute) {
    const token = getInput('token');
    if (token)
        setSecret(token);
    try {
        await execute();
    }
    catch (error) {
        setFailed(`${action}: ${(0,src/* describeError */.Uc)(error, [token])}`);
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/permissions.ts
const CAPABILITY_PERMISSIONS = {
    'pr-comment': {
        title: 'Sticky pull-request comment',
        needs: { 'pull-requests': 'write' },
        alternative: { issues: 'write' },
        why: 'find, create and edit the report comment on the pull request',
    },
    'pr-context': {
        title: 'Pull request of a push',
        needs: { 'pull-requests': 'read' },
        why: 'find the open pull request whose head is the pushed commit',
    },
    release: {
        title: 'Release assets (upload)',
        needs: { contents: 'write' },
        why: 'create a draft release, upload assets, publish it',
    },
    'release-download': {
        title: 'Release assets (download)',
        needs: { contents: 'read' },
        why: 'download and verify release assets',
    },
    deployment: {
        title: 'Deployments',
        needs: { deployments: 'write' },
        why: 'create the deployment and its statuses',
    },
    'run-approvals': {
        title: 'Environment approvals',
        needs: { actions: 'read' },
        why: 'read who approved the run for the environment, and their comment',
    },
    issue: {
        title: 'Issues',
        needs: { issues: 'write' },
        why: 'open, update, comment on and close the tracking issue',
    },
    'repository-dispatch': {
        title: 'repository_dispatch',
        needs: { contents: 'write' },
        why: 'start a workflow (for example retraining) with a repository_dispatch event',
    },
    'workflow-dispatch': {
        title: 'workflow_dispatch',
        needs: { actions: 'write' },
        why: 'start a workflow run with workflow_dispatch',
    },
};
function grantText(grant) {
    return Object.entries(grant)
        .map(([scope, level]) => `${scope}: ${level}`)
        .join(', ');
}
/** The `permissions:` lines a job needs for these capabilities (strongest level per scope). */
function requiredPermissions(capabilities) {
    const out = {};
    for (const capability of capabilities) {
        const needs = CAPABILITY_PERMISSIONS[capability].needs;
        for (const [scope, level] of Object.entries(needs)) {
            if (out[scope] !== 'write')
                out[scope] = level;
        }
    }
    return out;
}
/** A YAML `permissions:` block for a workflow job, with one comment per line saying why. */
function permissionsYaml(capabilities) {
    const perms = requiredPermissions(capabilities);
    const lines = ['permissions:'];
    for (const scope of Object.keys(perms).sort()) {
        const why = capabilities
            .filter((c) => scope in CAPABILITY_PERMISSIONS[c].needs)
            .map((c) => CAPABILITY_PERMISSIONS[c].title.toLowerCase());
        lines.push(`  ${scope}: ${perms[scope]}  # ${why.join(', ')}`);
    }
    return lines.join('\n');
}
/** A markdown table (capability | permission | why) for action READMEs. */
function renderPermissionsTable(capabilities = Object.keys(CAPABILITY_PERMISSIONS)) {
    const rows = capabilities.map((c) => {
        const entry = CAPABILITY_PERMISSIONS[c];
        const grant = `\`${grantText(entry.needs)}\`${entry.alternative ? ` (or \`${grantText(entry.alternative)}\`)` : ''}`;
        return `| ${entry.title} | ${grant} | ${entry.why} |`;
    });
    return ['| Capability | Permission | Why |', '|---|---|---|', ...rows].join('\n');
}
/** "issues: write" and the workflow lines to add, for an error message about a 403. */
function missingPermissionHint(capability) {
    const entry = CAPABILITY_PERMISSIONS[capability];
    const needs = grantText(entry.needs);
    const yaml = Object.entries(entry.needs)
        .map(([scope, level]) => `    ${scope}: ${level}`)
        .join('\n');
    return `the token lacks \`${needs}\` (needed to ${entry.why}). Add to the job in your workflow:\n  permissions:\n${yaml}`;
}

;// CONCATENATED MODULE: ../../packages/github/src/errors.ts
/**
 * GitHub API failures turned into Cairn errors: a 403 "Resource not accessible by integration" names
 * the missing permission and the workflow lines to add (a UserError); other failures are SystemErrors
 * that say what was being done. Tokens never reach a message.
 */


function isRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
function statusOf(error) {
    return isRequestError(error) ? error.status : undefined;
}
/** True when GitHub may or may not have applied the request: 5xx, dropped connection, timeout. */
function errors_isAmbiguousFailure(error) {
    if (error instanceof Error && error.name === 'AbortError')
        return true;
    const status = statusOf(error);
    return status !== undefined && status >= 500;
}
/** True for a 403 caused by the token's permissions (not a rate limit). */
function isPermissionDenied(error) {
    return (statusOf(error) === 403 &&
        /Resource not accessible by (integration|personal access token)/i.test(String(error.message)));
}
/** A 422 whose errors include `code: already_exists`. */
function isAlreadyExists(error) {
    if (statusOf(error) !== 422)
        return false;
    const data = error.response?.data;
    const errors = typeof data === 'object' && data !== null ? data.errors : undefined;
    return (Array.isArray(errors) &&
        errors.some((e) => typeof e === 'object' && e !== null && e.code === 'already_exists'));
}
function toCairnError(gh, error, capability, doing) {
    if (error instanceof src/* UserError */.yo || error instanceof src/* SystemError */._N)
        return error;
    const status = statusOf(error);
    const detail = (0,src/* describeError */.Uc)(error, gh.secrets).replace(/ - https:\/\/docs\.github\.com\S*/g, '');
    if (isPermissionDenied(error)) {
        return new src/* UserError */.yo((0,src/* redact */.E$)(`Cannot ${doing}: ${missingPermissionHint(capability)}`, gh.secrets));
    }
    if (status === 401) {
        return new src/* UserError */.yo((0,src/* redact */.E$)(`Cannot ${doing}: GitHub rejected the token (401 ${detail}). Pass a valid \`github-token\`.`, gh.secrets));
    }
    const headers = error.response?.headers;
    if ((status === 403 || status === 429) && headers?.['x-ratelimit-remaining'] === '0') {
        const reset = new Date(Number(headers['x-ratelimit-reset'] ?? 0) * 1000).toISOString();
        return new src/* SystemError */._N(`Could not ${doing}: the GitHub API rate limit is used up until ${reset} (a GITHUB_TOKEN gets 1,000 requests per hour per repository). Re-run after that time.`);
    }
    const where = status === undefined ? '' : ` (HTTP ${status})`;
    const wrapped = new src/* SystemError */._N((0,src/* redact */.E$)(`Could not ${doing}${where}: ${detail}`, gh.secrets));
    // The cause keeps the stack for debugging, without request headers (octokit already redacts them).
    wrapped.cause =
        error instanceof Error ? new Error((0,src/* redact */.E$)(error.message, gh.secrets)) : undefined;
    return wrapped;
}
/** Runs one GitHub call, mapping failures with toCairnError. */
async function errors_call(gh, capability, doing, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw toCairnError(gh, error, capability, doing);
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/sleep.ts
/** A promise that resolves after `ms` milliseconds (retries and pacing). */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ../../packages/github/src/create-once.ts


async function create_once_createOnce(gh, steps) {
    for (let attempt = 0;; attempt++) {
        try {
            return await steps.create();
        }
        catch (error) {
            if (!errors_isAmbiguousFailure(error) || attempt >= gh.retries)
                throw error;
            gh.logger.warning(`Could not confirm whether GitHub did ${steps.what} (attempt ${attempt + 1}); checking before trying again.`);
            await sleep((attempt + 1) ** 2 * gh.retryBaseMs);
            const existing = await steps.find();
            if (existing !== undefined) {
                gh.logger.info(`GitHub had done ${steps.what} after all; not repeating it.`);
                return existing;
            }
        }
    }
}
/** Per-request option that turns off octokit's own retry for a non-idempotent call. */
const create_once_NO_RETRY = { retries: 0 };

;// CONCATENATED MODULE: ../../packages/github/src/deployments.ts
/**
 * GitHub deployments for deploy-model: create one (auto_merge false, required_contexts [] — GitHub's
 * defaults would merge the default branch in and wait on every status check), post statuses with the
 * run's log URL, and read who approved the run's environment.
 */



function keyOf(payload) {
    return typeof payload === 'object' && payload !== null ? payload.cairn_key : undefined;
}
async function findDeployment(gh, environment, key) {
    const pages = gh.octokit.paginate.iterator(gh.octokit.rest.repos.listDeployments, {
        owner: gh.owner,
        repo: gh.repo,
        environment,
        per_page: 100,
    });
    for await (const page of pages) {
        const hit = page.data.find((d) => keyOf(d.payload) === key);
        if (hit)
            return hit;
    }
    return undefined;
}
async function createDeployment(gh, options) {
    const what = `create the ${options.environment} deployment of ${options.ref}`;
    return call(gh, 'deployment', what, async () => {
        const existing = await findDeployment(gh, options.environment, options.key);
        if (existing)
            return existing;
        return createOnce(gh, {
            what,
            find: () => findDeployment(gh, options.environment, options.key),
            create: async () => {
                const response = await gh.octokit.rest.repos.createDeployment({
                    owner: gh.owner,
                    repo: gh.repo,
                    ref: options.ref,
                    environment: options.environment,
                    task: options.task ?? 'deploy',
                    auto_merge: false,
                    required_contexts: [],
                    payload: { ...(options.payload ?? {}), cairn_key: options.key },
                    description: (options.description ?? '').slice(0, 140),
                    transient_environment: options.transient ?? false,
                    ...(options.production === undefined ? {} : { production_environment: options.production }),
                    request: NO_RETRY,
                });
                if (response.status !== 201 || !('id' in response.data)) {
                    throw new SystemError(`GitHub did not create the deployment (HTTP ${response.status}): ${JSON.stringify(response.data)}`);
                }
                return response.data;
            },
        });
    });
}
/** Posts a status; description is cut to GitHub's 140 characters. Re-posting the latest state is skipped. */
async function setDeploymentStatus(gh, deployment, options) {
    const description = (options.description ?? '').slice(0, 140);
    const what = `set deployment ${deployment.id} to ${options.state}`;
    const latestMatching = async () => {
        const { data } = await gh.octokit.rest.repos.listDeploymentStatuses({
            owner: gh.owner,
            repo: gh.repo,
            deployment_id: deployment.id,
            per_page: 1,
        });
        const latest = data[0];
        return latest && latest.state === options.state && latest.description === description ? latest : undefined;
    };
    return call(gh, 'deployment', what, async () => {
        const already = await latestMatching();
        if (already)
            return already;
        return createOnce(gh, {
            what,
            find: latestMatching,
            create: async () => (await gh.octokit.rest.repos.createDeploymentStatus({
                owner: gh.owner,
                repo: gh.repo,
                deployment_id: deployment.id,
                state: options.state,
                log_url: options.logUrl,
                description,
                ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
                request: NO_RETRY,
            })).data,
        });
    });
}
/** Who reviewed the run's environment deployments, and what they wrote (GitHub keeps no timestamp). */
async function getRunApprovals(gh, runId) {
    const { data } = await call(gh, 'run-approvals', `read the environment approvals of run ${runId}`, () => gh.octokit.rest.actions.getReviewsForRun({ owner: gh.owner, repo: gh.repo, run_id: runId }));
    return data.map((review) => ({
        user: review.user.login,
        state: review.state,
        comment: review.comment,
        environments: review.environments.map((e) => e.name ?? String(e.id ?? '')),
    }));
}

;// CONCATENATED MODULE: ../../packages/github/src/dispatch.ts
/**
 * Starting workflows: repository_dispatch and workflow_dispatch (the two events a GITHUB_TOKEN may
 * trigger). A dispatch cannot be looked up afterwards, so an ambiguous failure is not retried: the
 * error says the run may have started and where to check.
 */



async function repositoryDispatch(gh, options) {
    // Limits from GitHub's REST description (REFERENCE.md §2).
    if (options.eventType.length < 1 || options.eventType.length > 100) {
        throw new UserError(`repository_dispatch event type must be 1 to 100 characters, got ${options.eventType.length}.`);
    }
    const keys = Object.keys(options.clientPayload ?? {});
    if (keys.length > 10) {
        throw new UserError(`repository_dispatch client payload may have at most 10 top-level keys, got ${keys.length} (${keys.join(', ')}).`);
    }
    await call(gh, 'repository-dispatch', `send repository_dispatch "${options.eventType}"`, async () => {
        try {
            await gh.octokit.rest.repos.createDispatchEvent({
                owner: gh.owner,
                repo: gh.repo,
                event_type: options.eventType,
                client_payload: options.clientPayload ?? {},
                request: NO_RETRY,
            });
        }
        catch (error) {
            throw ambiguous(gh, error, `repository_dispatch "${options.eventType}"`);
        }
    });
}
async function workflowDispatch(gh, options) {
    const inputs = options.inputs ?? {};
    if (Object.keys(inputs).length > 25) {
        throw new UserError(`workflow_dispatch accepts at most 25 inputs, got ${Object.keys(inputs).length}.`);
    }
    const what = `dispatch workflow ${options.workflow} on ${options.ref}`;
    return call(gh, 'workflow-dispatch', what, async () => {
        try {
            const response = await gh.octokit.rest.actions.createWorkflowDispatch({
                owner: gh.owner,
                repo: gh.repo,
                workflow_id: options.workflow,
                ref: options.ref,
                inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
                return_run_details: true,
                request: NO_RETRY,
            });
            const data = response.status === 200
                ? response.data
                : {};
            return { runId: data.workflow_run_id, runUrl: data.run_url, htmlUrl: data.html_url };
        }
        catch (error) {
            throw ambiguous(gh, error, `workflow ${options.workflow}`);
        }
    });
}
function ambiguous(gh, error, what) {
    if (!isAmbiguousFailure(error))
        return error;
    const actions = `${gh.apiUrl.replace(/\/api\/v3$|\/\/api\./, (m) => (m === '//api.' ? '//' : ''))}/${gh.owner}/${gh.repo}/actions`;
    return new SystemError(`GitHub did not confirm ${what}: the run may or may not have started. Check ${actions} before dispatching again.`);
}

;// CONCATENATED MODULE: ../../packages/github/src/environment.ts
/**
 * The runner environment variables this package reads, in one place (REFERENCE.md §1). Actions call
 * this; the CLI and tests pass plain values to createGitHubClient instead.
 */

function readRunnerGitHubEnv(env = process.env) {
    const repository = env.GITHUB_REPOSITORY;
    if (!repository)
        throw new UserError('GITHUB_REPOSITORY is not set: run this inside GitHub Actions, or pass the repository.');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        apiUrl,
        serverUrl,
        repository,
        runId,
        runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        summaryPath: env.GITHUB_STEP_SUMMARY || undefined,
    };
}
/** Client options from the runner environment plus the token input. */
function clientOptionsFromEnv(token, logger, env = process.env) {
    const { apiUrl, repository } = readRunnerGitHubEnv(env);
    return { token, apiUrl, repository, logger };
}

;// CONCATENATED MODULE: ../../packages/github/src/sticky-comment.ts



/** GitHub's limit on an issue or pull-request comment body (REFERENCE.md §2). */
const sticky_comment_COMMENT_BODY_LIMIT = 65_536;
const DEFAULT_BOT_LOGIN = 'github-actions[bot]';
/** The hidden marker: an HTML comment GitHub does not render. Name is URI-encoded so `-->` cannot occur. */
function stickyMarker(action, name) {
    return `<!-- cairn:sticky ${encodeURIComponent(action)}/${encodeURIComponent(name)} -->`;
}
async function findStickyComment(gh, issueNumber, marker, author = DEFAULT_BOT_LOGIN) {
    const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const comment of page.data) {
            if (comment.user?.login === author && comment.body?.includes(marker))
                return comment;
        }
    }
    return undefined;
}
/** The body that will be posted: marker first, then the markdown shortened to fit the limit. */
function stickyBody(options) {
    const marker = stickyMarker(options.action, options.name);
    const fitted = markdown_budget_fitMarkdown(options.body, {
        limit: sticky_comment_COMMENT_BODY_LIMIT - marker.length - 1,
        ...(options.summaryUrl ? { moreUrl: options.summaryUrl } : {}),
    });
    return { marker, text: `${marker}\n${fitted.text}`, fitted };
}
async function upsertStickyComment(gh, options) {
    const { marker, text, fitted } = stickyBody(options);
    const author = options.author ?? DEFAULT_BOT_LOGIN;
    const where = `the ${options.action} comment for "${options.name}" on #${options.issueNumber}`;
    const base = { owner: gh.owner, repo: gh.repo };
    const extra = { shortened: fitted.shortened, droppedRows: fitted.droppedRows };
    if (fitted.shortened) {
        gh.logger.info(`Shortened ${where} to fit GitHub's comment limit (${fitted.droppedRows} table rows left out).`);
    }
    const existing = await errors_call(gh, 'pr-comment', `find ${where}`, () => findStickyComment(gh, options.issueNumber, marker, author));
    if (existing) {
        if (existing.body === text)
            return { id: existing.id, url: existing.html_url, outcome: 'unchanged', ...extra };
        const { data } = await errors_call(gh, 'pr-comment', `update ${where}`, () => gh.octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body: text }));
        return { id: data.id, url: data.html_url, outcome: 'updated', ...extra };
    }
    const created = await errors_call(gh, 'pr-comment', `create ${where}`, () => create_once_createOnce(gh, {
        what: `create ${where}`,
        find: () => findStickyComment(gh, options.issueNumber, marker, author),
        create: async () => (await gh.octokit.rest.issues.createComment({
            ...base,
            issue_number: options.issueNumber,
            body: text,
            request: create_once_NO_RETRY,
        })).data,
    }));
    if (created.body !== undefined && created.body !== text) {
        // Found after an ambiguous failure with an older body (a concurrent writer): bring it up to date.
        await errors_call(gh, 'pr-comment', `update ${where}`, () => gh.octokit.rest.issues.updateComment({ ...base, comment_id: created.id, body: text }));
    }
    return { id: created.id, url: created.html_url, outcome: 'created', ...extra };
}

;// CONCATENATED MODULE: ../../packages/github/src/issues.ts




function issueMarker(key) {
    return `<!-- cairn:issue ${encodeURIComponent(key)} -->`;
}
function bodyFor(key, body, moreUrl) {
    const marker = issueMarker(key);
    const fitted = fitMarkdown(body, { limit: COMMENT_BODY_LIMIT - marker.length - 1, ...(moreUrl ? { moreUrl } : {}) });
    return `${marker}\n${fitted.text}`;
}
async function findIssue(gh, key, label) {
    const marker = issueMarker(key);
    const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listForRepo, {
        owner: gh.owner,
        repo: gh.repo,
        labels: label,
        state: 'open',
        per_page: 100,
    });
    for await (const page of pages) {
        const hit = page.data.find((i) => !i.pull_request && i.body?.includes(marker));
        if (hit)
            return hit;
    }
    return undefined;
}
async function upsertIssue(gh, options) {
    const body = bodyFor(options.key, options.body, options.moreUrl);
    const labels = [...new Set([options.label, ...(options.labels ?? [])])];
    const what = `open the issue for ${options.key}`;
    return call(gh, 'issue', what, async () => {
        const existing = await findIssue(gh, options.key, options.label);
        if (existing) {
            if (existing.body === body && existing.title === options.title)
                return { issue: existing, outcome: 'unchanged' };
            const { data } = await gh.octokit.rest.issues.update({
                owner: gh.owner,
                repo: gh.repo,
                issue_number: existing.number,
                title: options.title,
                body,
            });
            return { issue: data, outcome: 'updated' };
        }
        const issue = await createOnce(gh, {
            what,
            find: () => findIssue(gh, options.key, options.label),
            create: async () => (await gh.octokit.rest.issues.create({
                owner: gh.owner,
                repo: gh.repo,
                title: options.title,
                body,
                labels,
                request: NO_RETRY,
            })).data,
        });
        return { issue, outcome: 'created' };
    });
}
/** Adds a comment identified by `commentKey`, so a retry or re-run never posts it twice. */
async function commentOnIssue(gh, issueNumber, commentKey, body) {
    const marker = `<!-- cairn:comment ${encodeURIComponent(commentKey)} -->`;
    const text = `${marker}\n${fitMarkdown(body, { limit: COMMENT_BODY_LIMIT - marker.length - 1 }).text}`;
    const find = async () => {
        const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        return comments.find((c) => c.body?.includes(marker));
    };
    const what = `comment on issue #${issueNumber}`;
    return call(gh, 'issue', what, async () => {
        const existing = await find();
        if (existing)
            return existing;
        return createOnce(gh, {
            what,
            find,
            create: async () => (await gh.octokit.rest.issues.createComment({
                owner: gh.owner,
                repo: gh.repo,
                issue_number: issueNumber,
                body: text,
                request: NO_RETRY,
            })).data,
        });
    });
}
/** Closes the key's open issue (as completed), optionally commenting why; undefined when none is open. */
async function closeIssue(gh, options) {
    const existing = await call(gh, 'issue', `find the issue for ${options.key}`, () => findIssue(gh, options.key, options.label));
    if (!existing)
        return undefined;
    if (options.comment)
        await commentOnIssue(gh, existing.number, `${options.key}:close`, options.comment);
    const { data } = await call(gh, 'issue', `close issue #${existing.number}`, () => gh.octokit.rest.issues.update({
        owner: gh.owner,
        repo: gh.repo,
        issue_number: existing.number,
        state: 'closed',
        state_reason: 'completed',
    }));
    return data;
}

;// CONCATENATED MODULE: ../../packages/github/src/load-client.ts
async function loadGitHubClient(options) {
    const { createGitHubClient } = await Promise.all(/* import() */[__nccwpck_require__.e(62), __nccwpck_require__.e(327)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1327));
    return createGitHubClient(options);
}

;// CONCATENATED MODULE: ../../packages/github/src/pr-context.ts
/**
 * Which pull request a workflow run is about, from the event: pull_request, pull_request_target,
 * issue_comment (on a PR) and push (the open PR whose head is the pushed commit). A pull_request run
 * from a fork gets a read-only token, so it is detected and the report degrades to the job summary.
 */


const repoRef = schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() }).nullable().optional();
const pullPayload = schemas/* object */.Ikc({
    pull_request: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int().positive(),
        head: schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), repo: repoRef }).optional(),
        base: schemas/* object */.Ikc({ ref: schemas/* string */.YjP(), repo: repoRef }).optional(),
    }),
});
const issueCommentPayload = schemas/* object */.Ikc({
    issue: schemas/* object */.Ikc({ number: schemas/* number */.aig().int().positive(), pull_request: schemas/* unknown */.L5J().optional() }),
});
/** The pull request of this run, or undefined when the run is not about one. */
async function resolvePullRequest(gh, ctx) {
    if (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') {
        const parsed = pullPayload.safeParse(ctx.payload);
        if (!parsed.success)
            return undefined;
        const pr = parsed.data.pull_request;
        const headRepo = pr.head?.repo?.full_name;
        const baseRepo = pr.base?.repo?.full_name ?? ctx.repository;
        // A deleted fork has head.repo null: still a fork.
        const fromFork = pr.head?.repo === null || (headRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase());
        return {
            number: pr.number,
            headSha: pr.head?.sha,
            baseRef: pr.base?.ref,
            // pull_request_target runs in the base repository with its token: it may write.
            readOnlyFork: fromFork && ctx.eventName === 'pull_request',
        };
    }
    if (ctx.eventName === 'issue_comment') {
        const parsed = issueCommentPayload.safeParse(ctx.payload);
        if (!parsed.success || parsed.data.issue.pull_request === undefined)
            return undefined;
        return { number: parsed.data.issue.number, headSha: undefined, baseRef: undefined, readOnlyFork: false };
    }
    if (ctx.eventName === 'push' && gh) {
        const client = gh;
        const { data } = await errors_call(client, 'pr-context', `find the pull request for commit ${ctx.sha}`, () => client.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner: client.owner,
            repo: client.repo,
            commit_sha: ctx.sha,
            per_page: 100,
        }));
        const open = data.find((pr) => pr.state === 'open' && pr.head.sha === ctx.sha);
        if (!open)
            return undefined;
        return { number: open.number, headSha: open.head.sha, baseRef: open.base.ref, readOnlyFork: false };
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/github/src/releases.ts
/**
 * Releases as an object store: create a draft, upload assets, publish. Idempotent by tag: a re-run
 * finds its own draft and completes it. Asset uploads go to the release's `upload_url` (GitHub:
 * uploads.github.com; GHES: /api/uploads), an asset that already exists with the same sha256 is kept,
 * and a different or half-uploaded one is replaced. Downloads are verified against sha256.
 */




function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** The release for a tag, drafts included (GET /releases/tags/{tag} hides drafts, so list them). */
async function findReleaseByTag(gh, tag) {
    return errors_call(gh, 'release', `find the release for tag ${tag}`, async () => {
        const pages = gh.octokit.paginate.iterator(gh.octokit.rest.repos.listReleases, {
            owner: gh.owner,
            repo: gh.repo,
            per_page: 100,
        });
        let found;
        for await (const page of pages) {
            for (const release of page.data) {
                // Prefer the published release; otherwise the oldest draft (ours from an earlier attempt).
                if (release.tag_name !== tag)
                    continue;
                if (!release.draft)
                    return release;
                found = release;
            }
        }
        return found;
    });
}
/** The release for the tag: an existing one (draft or published) or a new draft. */
async function ensureDraftRelease(gh, options) {
    const existing = await findReleaseByTag(gh, options.tag);
    if (existing) {
        gh.logger.info(`Release ${options.tag} exists (${existing.draft ? 'draft' : 'published'}); reusing it.`);
        return existing;
    }
    return errors_call(gh, 'release', `create the draft release ${options.tag}`, () => create_once_createOnce(gh, {
        what: `create the draft release ${options.tag}`,
        find: () => findReleaseByTag(gh, options.tag),
        create: async () => (await gh.octokit.rest.repos.createRelease({
            owner: gh.owner,
            repo: gh.repo,
            tag_name: options.tag,
            name: options.name ?? options.tag,
            body: options.body ?? '',
            draft: true,
            prerelease: options.prerelease ?? false,
            ...(options.targetCommitish ? { target_commitish: options.targetCommitish } : {}),
            request: create_once_NO_RETRY,
        })).data,
    }));
}
async function listAssets(gh, releaseId) {
    return errors_call(gh, 'release', `list the assets of release ${releaseId}`, () => gh.octokit.paginate(gh.octokit.rest.repos.listReleaseAssets, {
        owner: gh.owner,
        repo: gh.repo,
        release_id: releaseId,
        per_page: 100,
    }));
}
async function deleteAsset(gh, asset, why) {
    gh.logger.info(`Deleting release asset ${asset.name} (${why}).`);
    await errors_call(gh, 'release', `delete the release asset ${asset.name}`, () => gh.octokit.rest.repos.deleteReleaseAsset({ owner: gh.owner, repo: gh.repo, asset_id: asset.id }));
}
function complete(asset, digest, size) {
    return (asset !== undefined && asset.state === 'uploaded' && asset.size === size && asset.digest === `sha256:${digest}`);
}
/** Uploads an asset once: kept if already there with the same sha256; replaced if different or half-uploaded. */
async function uploadReleaseAsset(gh, release, options) {
    const digest = sha256(options.data);
    const size = options.data.length;
    const what = `upload ${options.name} to release ${release.tag_name}`;
    const findComplete = async (known) => {
        const assets = known ?? (await listAssets(gh, release.id));
        const asset = assets.find((a) => a.name === options.name);
        if (complete(asset, digest, size))
            return asset;
        if (asset)
            await deleteAsset(gh, asset, asset.state === 'uploaded' ? 'different content' : `state ${asset.state}`);
        return undefined;
    };
    const present = await findComplete(options.existing);
    if (present) {
        gh.logger.info(`Release asset ${options.name} is already uploaded with sha256 ${digest}.`);
        return present;
    }
    return errors_call(gh, 'release', what, () => create_once_createOnce(gh, {
        what,
        find: () => findComplete(),
        create: async () => {
            try {
                const { data } = await gh.octokit.request({
                    method: 'POST',
                    url: release.upload_url,
                    name: options.name,
                    ...(options.label ? { label: options.label } : {}),
                    data: options.data,
                    headers: { 'content-type': options.contentType ?? 'application/octet-stream', 'content-length': size },
                    request: create_once_NO_RETRY,
                });
                return data;
            }
            catch (error) {
                // 422 already_exists: a concurrent or earlier upload owns the name; keep it if identical.
                if (!isAlreadyExists(error))
                    throw error;
                const found = await findComplete();
                if (found)
                    return found;
                throw new src/* SystemError */._N(`GitHub reports asset ${options.name} already exists on ${release.tag_name}, but it could not be matched or replaced; re-run the step.`);
            }
        },
    }));
}
/** Publishes a draft (no-op when already published). */
async function publishRelease(gh, release) {
    if (!release.draft)
        return release;
    const { data } = await errors_call(gh, 'release', `publish release ${release.tag_name}`, () => gh.octokit.rest.repos.updateRelease({ owner: gh.owner, repo: gh.repo, release_id: release.id, draft: false }));
    return data;
}
/** Downloads an asset and checks its sha256 (retrying once on a mismatch, then failing). */
async function downloadReleaseAsset(gh, asset, expectedSha256) {
    if (!/^[0-9a-f]{64}$/.test(expectedSha256)) {
        throw new src/* UserError */.yo(`Expected sha256 for ${asset.name} must be 64 lowercase hex characters, got "${expectedSha256}".`);
    }
    let actual = '';
    for (let attempt = 0; attempt < 2; attempt++) {
        const { data } = await errors_call(gh, 'release-download', `download release asset ${asset.name}`, () => gh.octokit.rest.repos.getReleaseAsset({
            owner: gh.owner,
            repo: gh.repo,
            asset_id: asset.id,
            headers: { accept: 'application/octet-stream' },
        }));
        const bytes = Buffer.from(data);
        actual = sha256(bytes);
        if (actual === expectedSha256)
            return bytes;
        gh.logger.warning(`Release asset ${asset.name} has sha256 ${actual}, expected ${expectedSha256}; downloading again.`);
    }
    throw new src/* SystemError */._N(`Release asset ${asset.name} failed its integrity check: sha256 ${actual}, expected ${expectedSha256}. The asset may have been replaced; do not use it.`);
}

;// CONCATENATED MODULE: ../../packages/github/src/report.ts


async function publishReport(gh, options) {
    const pr = options.pullRequest;
    let skipped;
    if (options.comment === false)
        skipped = 'commenting is turned off for this step';
    else if (!pr)
        skipped = 'this run is not about a pull request';
    else if (pr.readOnlyFork) {
        skipped = `pull request #${pr.number} comes from a fork, and GitHub gives fork workflows a read-only token`;
    }
    else if (!gh)
        skipped = 'no GitHub token was given';
    let summaryText = options.markdown;
    if (skipped && pr)
        summaryText = `> Cairn did not comment on the pull request: ${skipped}. The report is below.\n\n${summaryText}`;
    const summary = options.summaryPath
        ? appendJobSummary(options.summaryPath, summaryText, options.runUrl ? { moreUrl: options.runUrl } : {})
        : undefined;
    if (skipped) {
        if (pr)
            gh?.logger.info(`Not commenting: ${skipped}. The report is in the job summary.`);
        return { comment: undefined, summary, skipped };
    }
    if (!gh || !pr)
        throw new Error('unreachable: checked above');
    const comment = await upsertStickyComment(gh, {
        issueNumber: pr.number,
        action: options.action,
        name: options.name,
        body: options.markdown,
        ...(options.runUrl ? { summaryUrl: options.runUrl } : {}),
        ...(options.author ? { author: options.author } : {}),
    });
    return { comment, summary, skipped: undefined };
}

;// CONCATENATED MODULE: ../../packages/github/src/runner-context.ts
/**
 * The runner's environment for an action (REFERENCE.md §1), read in one place: the job's GitHub
 * context, the git context stored with each record, the runner description, and where the metadata
 * store and temporary files are. Every action reads it through here.
 */



function readRunnerContext(env = process.env) {
    const get = (name, fallback = '') => env[name] || fallback;
    const repository = get('GITHUB_REPOSITORY');
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new src/* UserError */.yo('GITHUB_REPOSITORY is not set as owner/repo: run this action in a GitHub Actions job');
    }
    const serverUrl = get('GITHUB_SERVER_URL', 'https://github.com').replace(/\/+$/, '');
    const eventPath = get('GITHUB_EVENT_PATH');
    let eventPayload = {};
    if (eventPath) {
        try {
            eventPayload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(eventPath, 'utf8'));
        }
        catch (error) {
            throw new src/* UserError */.yo(`cannot read the event payload ${eventPath}: ${error.message}`);
        }
    }
    const runId = get('GITHUB_RUN_ID');
    return {
        repository,
        sha: get('GITHUB_SHA'),
        ref: get('GITHUB_REF'),
        baseRef: get('GITHUB_BASE_REF'),
        eventName: get('GITHUB_EVENT_NAME'),
        eventPayload,
        runId,
        runAttempt: get('GITHUB_RUN_ATTEMPT', '1'),
        job: get('GITHUB_JOB'),
        workflow: get('GITHUB_WORKFLOW'),
        actor: get('GITHUB_ACTOR'),
        apiUrl: get('GITHUB_API_URL', 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        workspace: get('GITHUB_WORKSPACE') || process.cwd(),
        temp: get('RUNNER_TEMP') || (0,external_node_os_namespaceObject.tmpdir)(),
        summaryPath: get('GITHUB_STEP_SUMMARY') || undefined,
        runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
        artifactRuntime: Boolean(get('ACTIONS_RUNTIME_TOKEN') && get('ACTIONS_RESULTS_URL')),
    };
}
/** The git context stored with a record. */
function gitContext(ctx, pr) {
    const baseBranch = pr?.baseRef ?? (ctx.baseRef || undefined);
    return {
        sha: ctx.sha,
        ref: ctx.ref,
        ...(baseBranch ? { baseRef: `refs/heads/${baseBranch}` } : {}),
        ...(pr ? { pullRequest: pr.number } : {}),
        repository: ctx.repository,
        actor: ctx.actor,
        workflow: ctx.workflow,
        job: ctx.job,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        runUrl: ctx.runUrl,
        eventName: ctx.eventName,
    };
}
/** The repository's default branch from the event payload, as a ref (for a branch's first push). */
function defaultBranchRef(ctx) {
    const payload = ctx.eventPayload;
    if (payload === null || typeof payload !== 'object')
        return undefined;
    const repo = payload.repository;
    if (repo === null || typeof repo !== 'object')
        return undefined;
    const branch = repo.default_branch;
    return typeof branch === 'string' && branch !== '' ? `refs/heads/${branch}` : undefined;
}
/** The ref whose records are the baseline: the PR's base branch, else the pushed ref itself. */
function baselineRef(ctx, pr) {
    const base = pr?.baseRef ?? (ctx.baseRef || undefined);
    if (base)
        return `refs/heads/${base}`;
    return ctx.ref || undefined;
}
/** What ran the job, stored with runs. */
function runnerEnvironment(env = process.env) {
    const out = { node: process.version };
    for (const [key, name] of [
        ['os', 'RUNNER_OS'],
        ['arch', 'RUNNER_ARCH'],
        ['runner', 'RUNNER_NAME'],
        ['environment', 'RUNNER_ENVIRONMENT'],
        ['image', 'ImageOS'],
        ['imageVersion', 'ImageVersion'],
    ]) {
        const value = env[name];
        if (value)
            out[key] = value;
    }
    return out;
}
/**
 * The metadata remote from the `metadata-remote` input: empty means this repository on the server;
 * `owner/repo` another repository there (one registry shared by several repos); anything else (a URL,
 * a bare repository path) is used as given.
 */
function metadataRemote(input, ctx) {
    if (input === '')
        return `${ctx.serverUrl}/${ctx.repository}.git`;
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(input) && !input.startsWith('.')) {
        return `${ctx.serverUrl}/${input}.git`;
    }
    return input;
}
/** The token goes to the store only for http(s) remotes; a path or file:// remote needs none. */
function storeAuth(remote, token) {
    return token && /^https?:/i.test(remote) ? { token } : {};
}

;// CONCATENATED MODULE: ../../packages/github/src/index.ts


















;// CONCATENATED MODULE: ../../packages/blobs/src/release-store.ts
/**
 * The `release` backend: blobs as GitHub Release assets named by their sha256. Each push that has
 * new blobs puts them in its own release (draft, upload, publish), so a half-uploaded push is never
 * visible; blobs already in any earlier Cairn data release are reused, across versions and datasets.
 * A blob larger than the part size is split into `<sha256>.part<k>of<n>` assets (GitHub refuses
 * assets of 2 GiB or more), and a push with more assets than a release may hold (1000) rolls over
 * into `<tag>-2`, `<tag>-3`, ... (REFERENCE.md §2).
 */





/** 1 GiB: under GitHub's 2 GiB asset limit, and the most one upload holds in memory. */
const DEFAULT_PART_SIZE = 1 << 30;
/** GitHub: up to 1000 assets per release. */
const MAX_ASSETS_PER_RELEASE = 1000;
const DEFAULT_TAG_PREFIX = 'cairn-data';
const placementSchema = schemas/* object */.Ikc({
    location: schemas/* string */.YjP().min(1),
    parts: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), sha256: schemas/* string */.YjP(), size: schemas/* number */.aig().int().nonnegative() })).optional(),
});
const objectsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), placementSchema);
const EMBEDDED_ASSETS_TRUSTED = 100;
const PART_NAME = /^([0-9a-f]{64})\.part(\d+)of(\d+)$/;
class ReleaseBlobStore {
    backend = 'release';
    gh;
    logger;
    partSize;
    maxAssets;
    tagPrefix;
    assetCache = new Map();
    constructor(gh, options = {}) {
        this.gh = gh;
        this.logger = gh.logger;
        this.partSize = options.partSize ?? DEFAULT_PART_SIZE;
        this.maxAssets = options.maxAssetsPerRelease ?? MAX_ASSETS_PER_RELEASE;
        this.tagPrefix = options.tagPrefix ?? DEFAULT_TAG_PREFIX;
        if (!Number.isInteger(this.partSize) || this.partSize < 1) {
            throw new src/* UserError */.yo(`part size must be a positive whole number of bytes, got ${this.partSize}`);
        }
        if (!Number.isInteger(this.maxAssets) || this.maxAssets < 1 || this.maxAssets > MAX_ASSETS_PER_RELEASE) {
            throw new src/* UserError */.yo(`assets per release must be 1..${MAX_ASSETS_PER_RELEASE}, got ${this.maxAssets}`);
        }
    }
    /** Every complete blob in published Cairn data releases: sha256 -> placement. */
    async inventory() {
        const releases = await this.gh.octokit.paginate(this.gh.octokit.rest.repos.listReleases, {
            owner: this.gh.owner,
            repo: this.gh.repo,
            per_page: 100,
        });
        const found = new Map();
        for (const release of releases) {
            if (release.draft || !release.tag_name.startsWith(`${this.tagPrefix}-`))
                continue;
            const assets = await this.assetsIn(release);
            this.assetCache.set(release.tag_name, { release, assets });
            const parts = new Map();
            for (const asset of assets) {
                if (asset.state !== 'uploaded')
                    continue;
                if (/^[0-9a-f]{64}$/.test(asset.name) && asset.digest === `sha256:${asset.name}`) {
                    if (!found.has(asset.name))
                        found.set(asset.name, { location: release.tag_name });
                    continue;
                }
                const m = PART_NAME.exec(asset.name);
                if (!m || !asset.digest?.startsWith('sha256:'))
                    continue;
                const list = parts.get(m[1]) ?? [];
                list.push({ k: Number(m[2]), n: Number(m[3]), asset });
                parts.set(m[1], list);
            }
            for (const [blob, list] of parts) {
                const n = list[0]?.n ?? 0;
                const complete = list.length === n && list.every((p) => p.n === n) && new Set(list.map((p) => p.k)).size === n;
                if (!complete || found.has(blob))
                    continue;
                list.sort((a, b) => a.k - b.k);
                found.set(blob, {
                    location: release.tag_name,
                    parts: list.map((p) => ({
                        name: p.asset.name,
                        sha256: p.asset.digest.slice('sha256:'.length),
                        size: p.asset.size,
                    })),
                });
            }
        }
        return found;
    }
    /**
     * A release's assets. Release responses embed them, which saves one request per release (the
     * REST rate limit is 1,000 per hour); with 100 or more embedded, the paginated list is asked for,
     * since GitHub documents no cap for the embedded list.
     */
    async assetsIn(release) {
        if (release.assets && release.assets.length < EMBEDDED_ASSETS_TRUSTED)
            return [...release.assets];
        return listAssets(this.gh, release.id);
    }
    plan(blob) {
        if (blob.size <= this.partSize)
            return [{ name: blob.sha256, blob, offset: 0, size: blob.size }];
        const n = Math.ceil(blob.size / this.partSize);
        const width = String(n).length;
        return Array.from({ length: n }, (_, i) => ({
            name: `${blob.sha256}.part${String(i + 1).padStart(width, '0')}of${n}`,
            blob,
            offset: i * this.partSize,
            size: Math.min(this.partSize, blob.size - i * this.partSize),
        }));
    }
    async putAll(blobs, label) {
        const inventory = await this.inventory();
        const unique = blobsToStore(blobs);
        const missing = unique.filter((b) => !inventory.has(b.sha256));
        // Group whole blobs (all of a blob's parts stay in one release) into releases of maxAssets.
        const groups = [];
        for (const blob of missing) {
            const assets = this.plan(blob);
            if (assets.length > this.maxAssets) {
                throw new src/* UserError */.yo(`${blob.path}: ${assets.length} parts exceed ${this.maxAssets} assets per release; raise the part size`);
            }
            const last = groups.at(-1);
            if (last && last.length + assets.length <= this.maxAssets)
                last.push(...assets);
            else
                groups.push(assets);
        }
        const objects = {};
        for (const blob of unique) {
            const known = inventory.get(blob.sha256);
            if (known)
                objects[blob.sha256] = known;
        }
        let uploadedBytes = 0;
        for (const [i, group] of groups.entries()) {
            const tag = `${this.tagPrefix}-${label}${i === 0 ? '' : `-${i + 1}`}`;
            const release = await ensureDraftRelease(this.gh, {
                tag,
                body: `Content-addressed blobs of ${label} (Cairn version-data). Asset names are sha256 hashes.`,
            });
            // Listed once per release: each upload checks this list instead of listing the release again.
            const existing = await listAssets(this.gh, release.id);
            for (const asset of group) {
                const data = await readRange(asset.blob.path, asset.offset, asset.size);
                if (asset.name === asset.blob.sha256 && sha256(data) !== asset.blob.sha256) {
                    throw new src/* UserError */.yo(`${asset.blob.path} changed while it was being versioned: push again`);
                }
                await uploadReleaseAsset(this.gh, release, { name: asset.name, data, existing });
                uploadedBytes += asset.size;
                const placement = objects[asset.blob.sha256] ?? { location: tag };
                if (asset.name !== asset.blob.sha256) {
                    placement.parts = [...(placement.parts ?? []), { name: asset.name, sha256: sha256(data), size: asset.size }];
                }
                objects[asset.blob.sha256] = placement;
            }
            await publishRelease(this.gh, release);
            this.logger.info(`Release ${tag}: ${group.length} asset(s) uploaded and published.`);
        }
        const ref = { backend: 'release', location: `${this.gh.owner}/${this.gh.repo}`, objects };
        return { uploaded: missing.length, uploadedBytes, ref };
    }
    async assetsOf(tag) {
        const cached = this.assetCache.get(tag);
        if (cached)
            return cached;
        const { data: release } = await this.gh.octokit.rest.repos
            .getReleaseByTag({ owner: this.gh.owner, repo: this.gh.repo, tag })
            .catch((error) => {
            throw new src/* UserError */.yo(`release ${tag} that holds the dataset's blobs was not found (was it deleted?)`, {
                cause: error,
            });
        });
        const entry = { release, assets: await this.assetsIn(release) };
        this.assetCache.set(tag, entry);
        return entry;
    }
    async fetchTo(ref, blobSha, size, dest) {
        if (blobSha === EMPTY_SHA256) {
            await (0,promises_.writeFile)(dest, '');
            return;
        }
        const parsed = objectsSchema.safeParse(ref.objects ?? {});
        if (!parsed.success) {
            throw new src/* UserError */.yo('the version record has an unreadable storage.objects map; it was not written by Cairn');
        }
        const placement = parsed.data[blobSha] ?? (await this.inventory()).get(blobSha);
        if (!placement) {
            throw new src/* UserError */.yo(`blob ${blobSha} (${size} bytes) is in no Cairn data release of ${ref.location}`);
        }
        const { assets } = await this.assetsOf(placement.location);
        const wanted = placement.parts ?? [{ name: blobSha, sha256: blobSha, size }];
        const file = await (0,promises_.open)(dest, 'w');
        try {
            for (const part of wanted) {
                const asset = assets.find((a) => a.name === part.name);
                if (!asset)
                    throw new src/* UserError */.yo(`asset ${part.name} is missing from release ${placement.location}`);
                const bytes = await downloadReleaseAsset(this.gh, asset, part.sha256);
                await file.write(bytes);
            }
        }
        finally {
            await file.close();
        }
    }
}
/** Reads `size` bytes at `offset` of a file. */
async function readRange(path, offset, size) {
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new src/* UserError */.yo(`${path}: cannot open the file to upload it (${error.message})`, { cause: error });
    });
    try {
        const buffer = Buffer.alloc(size);
        let done = 0;
        while (done < size) {
            const { bytesRead } = await handle.read(buffer, done, size - done, offset + done);
            if (bytesRead === 0)
                throw new src/* SystemError */._N(`${path} became shorter while it was being uploaded: push again`);
            done += bytesRead;
        }
        return buffer;
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ../../packages/blobs/src/index.ts









;// CONCATENATED MODULE: ../../packages/store/src/layout.ts

/**
 * Where every record lives on the metadata branch. Directories stay small whatever the number
 * of records (a tree with 100k entries would make every write push megabytes): runs and drift
 * summaries fan out by the hex characters of their id's suffix, everything else is bounded by
 * nature (versions of one dataset or model, deployments to one environment: hundreds).
 *
 *   cairn.json                                          {"format": 1}
 *   runs/<experiment>/<h0>/<h1>/<h2>/<h3>/<id>.json
 *   index/runs/<experiment>/<encoded ref>.json          {latest, recent}: newest first
 *   index/runs/<experiment>/@all.json                   the same over every ref
 *   datasets/<name>/versions/<v>.json, <v>.profile.json, datasets/<name>/index.json
 *   models/<name>/versions/<n>.json, aliases.json, index.json, keys/<key hash>.json,
 *   models/<name>/alias-history/<alias>/<seq>.json
 *   deployments/<environment>/<seq>.json, deployments/<environment>/index.json
 *   drift/<dataset>/<h0>/<h1>/<id>.json, index/drift/<dataset>.json
 */
const STORE_FORMAT = 1;
const FORMAT_FILE = 'cairn.json';
const RUN_FANOUT_LEVELS = 4;
const DRIFT_FANOUT_LEVELS = 2;
/** Index of every ref; "@" is always percent-encoded by encodeRef, so no ref can collide with it. */
const ALL_REFS = '@all';
function checkName(kind, name) {
    if (!src/* NAME_PATTERN */.Vh.test(name)) {
        throw new src/* UserError */.yo(`invalid ${kind} name ${JSON.stringify(name)}: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`);
    }
    return name;
}
function checkId(id) {
    if (!(0,src/* isId */.eQ)(id)) {
        throw new src/* UserError */.yo(`invalid record id ${JSON.stringify(id)}: expected 26 characters as made by newId()`);
    }
    return id;
}
/**
 * A git ref as one file name, reversibly: letters, digits, "_" and "-" are kept, "." too except
 * in first place; every other byte of its UTF-8 form becomes %XX (so "/" is %2F).
 */
function encodeRef(ref) {
    if (ref.length === 0)
        throw new src/* UserError */.yo('a git ref may not be empty');
    let out = '';
    for (const byte of Buffer.from(ref, 'utf8')) {
        const ch = String.fromCharCode(byte);
        const keep = /[A-Za-z0-9_-]/.test(ch) || (ch === '.' && out.length > 0);
        out += keep ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
function decodeRef(encoded) {
    return decodeURIComponent(encoded);
}
/** The fan-out directories for an id: one hex character of its suffix per level. */
function fanout(id, levels) {
    return (0,src/* idSuffix */.Z0)(id).slice(0, levels).split('');
}
function runDir(experiment) {
    return `runs/${checkName('experiment', experiment)}`;
}
function runLeafDir(experiment, id) {
    return `${runDir(experiment)}/${fanout(checkId(id), RUN_FANOUT_LEVELS).join('/')}`;
}
function runPath(experiment, id) {
    return `${runLeafDir(experiment, id)}/${id}.json`;
}
function runIndexPath(experiment, ref) {
    const file = ref === ALL_REFS ? ALL_REFS : encodeRef(ref);
    return `index/runs/${checkName('experiment', experiment)}/${file}.json`;
}
function datasetDir(name) {
    return `datasets/${checkName('dataset', name)}`;
}
function datasetVersionPath(name, version) {
    return `${datasetDir(name)}/versions/${version}.json`;
}
function datasetProfilePath(name, version) {
    return `${datasetDir(name)}/versions/${version}.profile.json`;
}
function modelDir(name) {
    return `models/${checkName('model', name)}`;
}
function modelVersionPath(name, version) {
    return `${modelDir(name)}/versions/${version}.json`;
}
function aliasMovePath(model, alias, seq) {
    return `${modelDir(model)}/alias-history/${alias}/${seq}.json`;
}
function deploymentDir(environment) {
    return `deployments/${checkName('environment', environment)}`;
}
function deploymentPath(environment, seq) {
    return `${deploymentDir(environment)}/${seq}.json`;
}
function driftPath(dataset, id) {
    return `drift/${checkName('dataset', dataset)}/${fanout(checkId(id), DRIFT_FANOUT_LEVELS).join('/')}/${id}.json`;
}
function driftIndexPath(dataset) {
    return `index/drift/${checkName('dataset', dataset)}.json`;
}
/** Numbered files ("7.json") in a directory listing, ascending. */
function numberedFiles(names) {
    const out = [];
    for (const name of names) {
        const match = /^([1-9]\d*)\.json$/.exec(name);
        if (match?.[1])
            out.push(Number(match[1]));
    }
    return out.sort((a, b) => a - b);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/store/src/git-process.ts


/** Variables that would point git at another repository or inject config: never inherited. */
const REPOSITORY_VARIABLES = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR|NAMESPACE|PREFIX|CONFIG|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG_PARAMETERS|SHALLOW_FILE|QUARANTINE_PATH|AUTHOR_\w+|COMMITTER_\w+)$/;
/** Environment for git: the caller's (proxies, SSH settings, credential helpers) minus repository selectors; never prompt. */
function baseGitEnv() {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value === undefined || REPOSITORY_VARIABLES.test(key))
            continue;
        env[key] = value;
    }
    env.GIT_TERMINAL_PROMPT = '0';
    return env;
}
/**
 * The http.<url>.extraheader config for a token, as environment variables. GitHub accepts
 * basic auth with the user "x-access-token" and the token as password.
 */
function authConfigEnv(remoteUrl, token) {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${remoteUrl}.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
function runGit(ctx, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            env: { ...ctx.env, ...options.env, GIT_DIR: ctx.gitDir },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            reject(new src/* SystemError */._N(`could not run git ${args[0] ?? ''}: is git installed and on PATH?`, { cause: error }));
        });
        child.on('close', (code) => {
            const result = {
                code: code ?? 128,
                stdout: Buffer.concat(out),
                stderr: (0,src/* redact */.E$)(Buffer.concat(err).toString('utf8'), ctx.secrets),
            };
            const allowed = options.allowCodes ?? [];
            if (result.code === 0 || allowed.includes(result.code))
                resolve(result);
            else
                reject(gitFailure(ctx, args, result));
        });
        child.stdin.on('error', () => {
            // git may exit before reading its input; the exit code tells the story.
        });
        child.stdin.end(options.input ?? '');
    });
}
/** Thrown when git exits with an unexpected code; keeps stderr for classification. */
class GitCommandError extends src/* SystemError */._N {
    stderr;
    code;
    constructor(message, code, stderr) {
        super(message);
        this.code = code;
        this.stderr = stderr;
    }
}
function gitFailure(ctx, args, result) {
    const shown = args.filter((a) => !a.startsWith('-c') && !a.includes('uploadpack')).slice(0, 3);
    const detail = result.stderr.trim().split('\n').slice(-3).join('; ');
    return new GitCommandError((0,src/* redact */.E$)(`git ${shown.join(' ')} failed (exit ${result.code}): ${detail || 'no output'}`, ctx.secrets), result.code, result.stderr);
}
/**
 * Transport failures worth retrying: the remote hung up, timed out, refused or reset the
 * connection, or answered with a 5xx. Not retried: authentication and "not found".
 */
function isTransientNetworkError(stderr) {
    if (/authentication failed|could not read username|403|401|not found|does not appear to be a git/i.test(stderr)) {
        return false;
    }
    return /the remote end hung up|early EOF|timed out|connection (reset|refused|timed out)|couldn't connect|failed to connect|could not resolve host|HTTP\/?\d? ?5\d\d|returned error: 5\d\d|RPC failed|unexpected disconnect|operation timed out|SSL_ERROR|gnutls/i.test(stderr);
}

;// CONCATENATED MODULE: ../../packages/store/src/objects.ts







const TREE_MODE = '40000';
const BLOB_MODE = '100644';
class ObjectDatabase {
    stats = { fetches: 0, objectsFetched: 0 };
    ctx;
    present = new Set();
    trees = new Map();
    pending = new Set();
    scheduled;
    catFile;
    packsSeen = new Set();
    journal;
    /** A bare repository on this machine to read missing objects from directly, instead of fetching. */
    localSource;
    localCatFile;
    constructor(ctx) {
        this.ctx = ctx;
    }
    /**
     * Reads objects that are not in the cache straight from a bare repository on this machine
     * (through one long-lived `git cat-file --batch` there), each checked against its id. The
     * same objects a fetch by id would bring, without starting git fetch and upload-pack.
     */
    useLocalSource(ctx) {
        this.localSource = ctx;
    }
    /** Records that an object is in the cache (fetched with the tip, or written here). */
    markPresent(oid) {
        this.present.add(oid);
    }
    /** Fetches the objects that are not in the cache yet; concurrent callers share one fetch. */
    async ensure(oids) {
        const missing = oids.filter((oid) => !this.present.has(oid));
        if (missing.length === 0)
            return;
        for (const oid of missing)
            this.pending.add(oid);
        if (!this.scheduled) {
            this.scheduled = new Promise((resolve) => setImmediate(resolve)).then(() => {
                const batch = [...this.pending];
                this.pending = new Set();
                this.scheduled = undefined;
                return this.fetchNow(batch);
            });
        }
        await this.scheduled;
        // An oid added after the batch started waits for the next batch.
        if (missing.some((oid) => !this.present.has(oid)))
            await this.ensure(missing);
    }
    async fetchNow(oids) {
        const args = [
            '-c',
            'fetch.negotiationAlgorithm=noop',
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--recurse-submodules=no',
            '--filter=tree:0',
            '--stdin',
            'origin',
        ];
        for (let attempt = 1;; attempt++) {
            this.stats.fetches++;
            const result = await runGit(this.ctx, args, { input: `${oids.join('\n')}\n`, allowCodes: [1, 128] });
            if (result.code === 0)
                break;
            if (attempt < 3 && isTransientNetworkError(result.stderr)) {
                await objects_sleep(200 * attempt);
                continue;
            }
            throw new src/* SystemError */._N(`could not fetch ${oids.length} object(s) of the metadata branch: ${result.stderr.trim()}`);
        }
        this.stats.objectsFetched += oids.length;
        this.scanPacks();
        for (const oid of oids) {
            if (!this.present.has(oid))
                throw new src/* SystemError */._N(`the metadata remote did not send object ${oid}`);
        }
    }
    /** Marks every object in packs that arrived since the last scan as present (from the pack indexes). */
    scanPacks() {
        const dir = (0,external_node_path_namespaceObject.join)(this.ctx.gitDir, 'objects', 'pack');
        if (!(0,external_node_fs_namespaceObject.existsSync)(dir))
            return;
        for (const name of (0,external_node_fs_namespaceObject.readdirSync)(dir)) {
            if (!name.endsWith('.idx') || this.packsSeen.has(name))
                continue;
            this.packsSeen.add(name);
            for (const oid of packIndexOids((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(dir, name))))
                this.present.add(oid);
        }
    }
    async read(oid) {
        if (this.localSource && !this.present.has(oid))
            return this.readLocal(this.localSource, oid);
        await this.ensure([oid]);
        if (!this.catFile || this.catFile.dead)
            this.catFile = new CatFileProcess(this.ctx);
        const found = await this.catFile.read(oid);
        if (!found)
            throw new src/* SystemError */._N(`object ${oid} is missing from the metadata cache at ${this.ctx.gitDir}`);
        return found;
    }
    async readLocal(source, oid) {
        if (!this.localCatFile || this.localCatFile.dead)
            this.localCatFile = new CatFileProcess(source);
        const found = await this.localCatFile.read(oid);
        if (!found)
            throw new src/* SystemError */._N(`object ${oid} is missing from the metadata repository ${source.gitDir}`);
        const hash = (0,external_node_crypto_.createHash)('sha1').update(`${found.type} ${found.data.length}\0`).update(found.data).digest('hex');
        if (hash !== oid)
            throw new src/* SystemError */._N(`object ${oid} in ${source.gitDir} is corrupt (its content hashes to ${hash})`);
        return found;
    }
    async readTree(oid) {
        const cached = this.trees.get(oid);
        if (cached)
            return cached;
        const { type, data } = await this.read(oid);
        if (type !== 'tree')
            throw new src/* SystemError */._N(`object ${oid} is a ${type}, expected a tree`);
        const entries = parseTree(data);
        this.trees.set(oid, entries);
        return entries;
    }
    async readBlob(oid) {
        const { type, data } = await this.read(oid);
        if (type !== 'blob')
            throw new src/* SystemError */._N(`object ${oid} is a ${type}, expected a blob`);
        return data;
    }
    /**
     * Starts recording every object written (even one already present) with its deflated bytes:
     * the objects a new commit needs that its parent's tree does not already reference.
     */
    startJournal() {
        this.journal = new Map();
    }
    /** The objects written since startJournal (oid -> deflated loose object); stops recording. */
    takeJournal() {
        const taken = this.journal ?? new Map();
        this.journal = undefined;
        return taken;
    }
    /** Writes a loose object (zlib-deflated "<type> <size>\0<body>", named by its sha1). */
    write(type, body) {
        const full = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
        const oid = (0,external_node_crypto_.createHash)('sha1').update(full).digest('hex');
        let deflated;
        if (!this.present.has(oid)) {
            const dir = (0,external_node_path_namespaceObject.join)(this.ctx.gitDir, 'objects', oid.slice(0, 2));
            const file = (0,external_node_path_namespaceObject.join)(dir, oid.slice(2));
            if (!(0,external_node_fs_namespaceObject.existsSync)(file)) {
                (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
                const temp = `${file}.tmp-${process.pid}`;
                deflated = (0,external_node_zlib_.deflateSync)(full);
                (0,external_node_fs_namespaceObject.writeFileSync)(temp, deflated);
                (0,external_node_fs_namespaceObject.renameSync)(temp, file);
            }
            this.present.add(oid);
        }
        if (this.journal && !this.journal.has(oid))
            this.journal.set(oid, deflated ?? (0,external_node_zlib_.deflateSync)(full));
        if (type === 'tree')
            this.trees.set(oid, parseTree(body));
        return oid;
    }
    writeTree(entries) {
        return this.write('tree', serializeTree(entries));
    }
    async close() {
        await Promise.all([this.catFile?.close(), this.localCatFile?.close()]);
        this.catFile = undefined;
        this.localCatFile = undefined;
    }
}
/** Object ids listed in a version 2 pack index: magic, version, 256 fan-out counts, then the sorted ids. */
function packIndexOids(idx) {
    if (idx.length < 8 + 1024 || idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) {
        throw new src/* SystemError */._N('unsupported pack index in the metadata cache (expected version 2)');
    }
    const count = idx.readUInt32BE(8 + 255 * 4);
    const start = 8 + 1024;
    const oids = [];
    for (let i = 0; i < count; i++)
        oids.push(idx.toString('hex', start + i * 20, start + i * 20 + 20));
    return oids;
}
function parseTree(data) {
    const entries = [];
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        const nul = data.indexOf(0, space);
        if (space < 0 || nul < 0 || nul + 21 > data.length)
            throw new src/* SystemError */._N('corrupt tree object in the metadata cache');
        entries.push({
            mode: data.toString('latin1', pos, space),
            name: data.toString('utf8', space + 1, nul),
            oid: data.toString('hex', nul + 1, nul + 21),
        });
        pos = nul + 21;
    }
    return entries;
}
/** git orders tree entries by name bytes, a directory's name compared as if it ended in "/". */
function serializeTree(entries) {
    const key = (e) => Buffer.from(e.mode === TREE_MODE ? `${e.name}/` : e.name);
    const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
    const parts = [];
    for (const e of sorted) {
        parts.push(Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex'));
    }
    return Buffer.concat(parts);
}
function objects_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** One `git cat-file --batch` process; requests are answered in order. */
class CatFileProcess {
    child;
    waiters = [];
    buffer = Buffer.alloc(0);
    failed;
    stderr = '';
    constructor(ctx) {
        // GIT_ALLOW_PROTOCOL with no real protocol: a missing object is an error, never a lazy fetch.
        this.child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], {
            env: { ...ctx.env, GIT_DIR: ctx.gitDir, GIT_ALLOW_PROTOCOL: 'cairn-no-lazy-fetch' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.child.stdout.on('data', (chunk) => this.onData(chunk));
        this.child.stderr.on('data', (chunk) => {
            this.stderr = (this.stderr + chunk.toString('utf8')).slice(-2000);
        });
        const fail = (error) => {
            this.failed = error;
            for (const waiter of this.waiters.splice(0))
                waiter.reject(error);
        };
        this.child.on('error', (error) => fail(new src/* SystemError */._N('could not start git cat-file', { cause: error })));
        this.child.on('close', () => fail(new src/* SystemError */._N(`git cat-file exited: ${this.stderr.trim() || 'no output'}`)));
        this.child.stdin.on('error', () => { });
    }
    get dead() {
        return this.failed !== undefined;
    }
    read(oid) {
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.waiters.push({ resolve, reject });
            this.child.stdin.write(`${oid}\n`);
        });
    }
    onData(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const newline = this.buffer.indexOf(0x0a);
            if (newline < 0)
                return;
            const header = this.buffer.toString('latin1', 0, newline).split(' ');
            if (header[1] === 'missing' || header.length < 3) {
                this.buffer = this.buffer.subarray(newline + 1);
                this.waiters.shift()?.resolve(undefined);
                continue;
            }
            const size = Number(header[2]);
            const end = newline + 1 + size;
            if (this.buffer.length < end + 1)
                return;
            const data = Buffer.from(this.buffer.subarray(newline + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.waiters.shift()?.resolve({ type: header[1] ?? '', data });
        }
    }
    close() {
        return new Promise((resolve) => {
            if (this.child.exitCode !== null || this.failed) {
                resolve();
                return;
            }
            this.child.once('close', () => resolve());
            this.child.stdin.end();
        });
    }
}

;// CONCATENATED MODULE: ../../packages/store/src/snapshot.ts


/**
 * A read-only view of one commit of the metadata branch. Reading a path walks the trees on
 * that path only (each fetched once, by id); reads started together share their fetches.
 */
class Snapshot {
    commit;
    root;
    db;
    constructor(db, commit, root) {
        this.db = db;
        this.commit = commit;
        this.root = root;
    }
    /** The tree entry at a path ("" is the root), or undefined. */
    async entry(path) {
        if (!this.root)
            return undefined;
        let current = { mode: TREE_MODE, name: '', oid: this.root };
        for (const segment of splitPath(path)) {
            if (current.mode !== TREE_MODE)
                return undefined;
            const entries = await this.db.readTree(current.oid);
            const next = entries.find((e) => e.name === segment);
            if (!next)
                return undefined;
            current = next;
        }
        return current;
    }
    async readBuffer(path) {
        const found = await this.entry(path);
        if (!found)
            return undefined;
        if (found.mode === TREE_MODE)
            throw new src/* SystemError */._N(`${path} on the metadata branch is a directory, not a file`);
        return this.db.readBlob(found.oid);
    }
    /** Entries of a directory; empty when it does not exist. */
    async list(dir) {
        const found = await this.entry(dir);
        if (!found || found.mode !== TREE_MODE)
            return [];
        return this.db.readTree(found.oid);
    }
    async names(dir) {
        return (await this.list(dir)).map((e) => ({ name: e.name, dir: e.mode === TREE_MODE }));
    }
}
function splitPath(path) {
    const parts = path.split('/').filter((p) => p.length > 0);
    for (const part of parts) {
        if (part === '.' || part === '..')
            throw new src/* SystemError */._N(`invalid metadata path ${JSON.stringify(path)}`);
    }
    return parts;
}
/**
 * Applies file changes (content, or null to delete) to a tree and returns the new root tree id
 * (undefined when nothing is left). Only the trees on changed paths are read and rewritten;
 * every other subtree is referenced by id, so the cost does not depend on the size of the branch.
 */
async function editTree(db, root, changes) {
    const list = [...changes].map(([path, data]) => ({ segments: splitPath(path), data }));
    return editLevel(db, root, list, '');
}
async function editLevel(db, tree, changes, where) {
    const entries = new Map();
    if (tree)
        for (const e of await db.readTree(tree))
            entries.set(e.name, e);
    const nested = new Map();
    for (const change of changes) {
        const [head, ...rest] = change.segments;
        if (head === undefined)
            throw new src/* SystemError */._N('cannot write the root of the metadata branch as a file');
        if (rest.length === 0) {
            const existing = entries.get(head);
            if (existing?.mode === TREE_MODE)
                throw new src/* SystemError */._N(`${where}${head} is a directory, cannot write it as a file`);
            if (change.data === null)
                entries.delete(head);
            else
                entries.set(head, { mode: BLOB_MODE, name: head, oid: db.write('blob', change.data) });
        }
        else {
            const group = nested.get(head) ?? [];
            group.push({ segments: rest, data: change.data });
            nested.set(head, group);
        }
    }
    await Promise.all([...nested].map(async ([name, group]) => {
        const existing = entries.get(name);
        if (existing && existing.mode !== TREE_MODE)
            throw new src/* SystemError */._N(`${where}${name} is a file, not a directory`);
        const child = await editLevel(db, existing?.oid, group, `${where}${name}/`);
        if (child === undefined)
            entries.delete(name);
        else
            entries.set(name, { mode: TREE_MODE, name, oid: child });
    }));
    if (entries.size === 0)
        return undefined;
    return db.writeTree([...entries.values()]);
}

;// CONCATENATED MODULE: ../../packages/store/src/transaction.ts


/**
 * The handle a mutation gets: reads see the branch tip plus the mutation's own writes. A
 * mutation must be a function of what it reads here, because it runs again on the new tip
 * when another writer got in first (so version numbers and aliases are recomputed).
 */
class Transaction {
    snapshot;
    /** path -> new content, or null to delete. */
    changes = new Map();
    logger;
    messageOverride;
    constructor(snapshot, logger) {
        this.snapshot = snapshot;
        this.logger = logger;
    }
    get changed() {
        return this.changes.size > 0;
    }
    get message() {
        return this.messageOverride;
    }
    /** Replaces the commit message given to transact (e.g. once a version number is known). */
    setMessage(message) {
        this.messageOverride = message;
    }
    async readBuffer(path) {
        const key = normalize(path);
        if (this.changes.has(key))
            return this.changes.get(key) ?? undefined;
        return this.snapshot.readBuffer(key);
    }
    async readText(path) {
        return (await this.readBuffer(path))?.toString('utf8');
    }
    /** Parsed JSON, or undefined when the file is missing or not valid JSON (with a warning naming it). */
    async readJson(path) {
        return parseJsonFile(await this.readText(path), path, this.logger);
    }
    async names(dir) {
        const prefix = normalize(dir);
        const out = new Map();
        for (const entry of await this.snapshot.names(prefix))
            out.set(entry.name, entry);
        const base = prefix === '' ? [] : splitPath(prefix);
        for (const [path, data] of this.changes) {
            const parts = splitPath(path);
            if (parts.length <= base.length || base.some((p, i) => parts[i] !== p))
                continue;
            const name = parts[base.length] ?? '';
            const isDir = parts.length > base.length + 1;
            if (data === null && !isDir)
                out.delete(name);
            else if (data !== null)
                out.set(name, { name, dir: isDir });
        }
        return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    /** Writes a file: strings and buffers as they are, anything else as canonical JSON. */
    write(path, value) {
        const data = typeof value === 'string'
            ? Buffer.from(value, 'utf8')
            : Buffer.isBuffer(value)
                ? value
                : Buffer.from((0,src/* canonicalJson */.dj)(value), 'utf8');
        this.changes.set(normalize(path), data);
    }
    remove(path) {
        this.changes.set(normalize(path), null);
    }
}
function normalize(path) {
    return splitPath(path).join('/');
}
function parseJsonFile(text, path, logger) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (error) {
        logger.warning(`skipping ${path} on the metadata branch: not valid JSON (${error.message})`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ../../packages/store/src/records-io.ts



/**
 * Reads one record. A damaged file (bad JSON, wrong shape) is skipped with a warning naming its
 * path, so one bad file never breaks a query; a record from a newer Cairn raises the "upgrade
 * Cairn" UserError from core.
 */
async function readRecord(reader, kind, path, logger) {
    const data = await reader.readBuffer(path);
    if (data === undefined)
        return undefined;
    try {
        return (0,src/* parseRecordText */.yX)(kind, data.toString('utf8'), path);
    }
    catch (error) {
        if (error instanceof src/* InvalidRecordError */.po) {
            logger.warning(`skipping damaged record ${error.message}`, { file: path });
            return undefined;
        }
        throw error;
    }
}
/** Reads several records at once (their fetches are batched); damaged ones are left out. */
async function readRecords(reader, kind, paths, logger) {
    const found = await Promise.all(paths.map((path) => readRecord(reader, kind, path, logger)));
    return found.filter((r) => r !== undefined);
}
/** Validates a record about to be written; a bad one is the caller's mistake (UserError). */
function checkRecord(kind, value, what) {
    try {
        return (0,src/* parseRecord */.Hh)(kind, value, what);
    }
    catch (error) {
        if (error instanceof src/* InvalidRecordError */.po)
            throw new src/* UserError */.yo(`cannot store ${error.message}`);
        throw error;
    }
}
/** Reads a small index file through a schema; a damaged index is ignored with a warning (it is derived data). */
async function readIndex(reader, path, schema, logger) {
    const value = parseJsonFile((await reader.readBuffer(path))?.toString('utf8'), path, logger);
    if (value === undefined)
        return undefined;
    const result = schema.safeParse(value);
    if (!result.success) {
        logger.warning(`ignoring damaged index ${path} on the metadata branch: ${result.error.issues[0]?.message ?? ''}`, {
            file: path,
        });
        return undefined;
    }
    return result.data;
}
const recentIndexSchema = schemas/* object */.Ikc({
    latest: schemas/* string */.YjP().nullable(),
    recent: schemas/* array */.YOg(schemas/* string */.YjP()),
});
/** Adds an id to a newest-first list (ids sort by creation time), keeping at most `keep`. */
function addRecent(index, id, keep) {
    const ids = new Set(index?.recent ?? []);
    ids.add(id);
    const recent = [...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)).slice(0, keep);
    return { latest: recent[0] ?? null, recent };
}
function nowIso() {
    return new Date().toISOString();
}

;// CONCATENATED MODULE: ../../packages/store/src/drift.ts


/** Summaries kept in each dataset's index, newest first (trend charts, issue updates). */
const RECENT_DRIFT = 100;
/** Stores a drift summary (idempotent by id) and adds it to its dataset's index in the same commit. */
async function putDriftSummary(core, summary) {
    const record = checkRecord('drift-summary', summary, `drift summary ${summary.id}`);
    const dataset = checkName('dataset', record.dataset);
    const path = driftPath(dataset, record.id);
    return core.transact(`drift ${record.id} of ${dataset}`, async (tx) => {
        tx.write(path, record);
        const index = await readIndex(tx, driftIndexPath(dataset), recentIndexSchema, core.logger);
        tx.write(driftIndexPath(dataset), addRecent(index, record.id, RECENT_DRIFT));
        tx.setMessage(`drift ${record.id} of ${dataset}: ${record.drifted.length}/${record.columns} columns drifted${record.drift ? ' (dataset drift)' : ''}`);
        return record;
    });
}
/** Newest first, up to `limit` (at most 100). */
async function listDriftSummaries(core, dataset, limit = 20) {
    const snapshot = await core.snapshot();
    const index = await readIndex(snapshot, driftIndexPath(checkName('dataset', dataset)), recentIndexSchema, core.logger);
    const ids = (index?.recent ?? []).slice(0, Math.max(0, limit));
    return readRecords(snapshot, 'drift-summary', ids.map((id) => driftPath(dataset, id)), core.logger);
}

;// CONCATENATED MODULE: ../../packages/store/src/runs.ts



/** Runs kept in each ref's index (trend charts read these) and in the experiment-wide index. */
const RECENT_PER_REF = 50;
const RECENT_PER_EXPERIMENT = 200;
/**
 * Stores a run, or updates it in place: the same id, or (for a re-run of the same job attempt)
 * the same idempotency key, which gives the same id suffix and so the same fan-out directory,
 * where the earlier record is found and its id reused. The ref's index and the experiment's
 * index are updated in the same commit.
 */
async function putRun(core, run) {
    const input = checkRecord('run', run, `run ${run.id}`);
    const experiment = checkName('experiment', input.experiment);
    runPath(experiment, input.id); // validates the id
    return core.transact(`run ${input.id} in ${experiment}`, async (tx) => {
        const refs = [ALL_REFS];
        if (input.git.ref)
            refs.push(input.git.ref);
        // Read everything the write depends on at once, so the fetches of each tree level are batched.
        const leaf = runLeafDir(experiment, input.id);
        const [siblings, ...indexes] = await Promise.all([
            input.idempotencyKey !== undefined ? tx.names(leaf) : Promise.resolve([]),
            ...refs.map((ref) => readIndex(tx, runIndexPath(experiment, ref), recentIndexSchema, core.logger)),
        ]);
        let id = input.id;
        const suffix = (0,src/* idSuffix */.Z0)(id);
        for (const twin of siblings.filter((e) => !e.dir && e.name !== `${id}.json` && e.name.endsWith(`${suffix}.json`))) {
            const earlier = await readRecord(tx, 'run', `${leaf}/${twin.name}`, core.logger);
            if (earlier && earlier.idempotencyKey === input.idempotencyKey && (0,src/* isId */.eQ)(earlier.id))
                id = earlier.id;
        }
        const record = { ...input, id };
        tx.write(runPath(experiment, id), record);
        refs.forEach((ref, i) => {
            const keep = ref === ALL_REFS ? RECENT_PER_EXPERIMENT : RECENT_PER_REF;
            tx.write(runIndexPath(experiment, ref), addRecent(indexes[i], id, keep));
        });
        tx.setMessage(`run ${id} in ${experiment}${input.git.ref ? ` on ${input.git.ref}` : ''} (${input.status})`);
        return record;
    });
}
async function getRun(core, id, experiment) {
    const snapshot = await core.snapshot();
    const experiments = experiment !== undefined ? [experiment] : await listExperiments(core);
    const found = await Promise.all(experiments.map((exp) => readRecord(snapshot, 'run', runPath(exp, id), core.logger)));
    return found.find((r) => r !== undefined);
}
/** The newest run of an experiment on a git ref (e.g. "refs/heads/main"), from the ref's index. */
async function latestRun(core, experiment, ref, options = {}) {
    const snapshot = await core.snapshot();
    const index = await readIndex(snapshot, runIndexPath(experiment, ref), recentIndexSchema, core.logger);
    for (const id of index?.recent ?? []) {
        const run = await readRecord(snapshot, 'run', runPath(experiment, id), core.logger);
        if (run && (options.status === undefined || run.status === options.status))
            return run;
    }
    return undefined;
}
/** Up to `limit` (at most 50) newest runs of an experiment on a ref, newest first: for trend charts. */
async function recentRuns(core, experiment, ref, limit = 20) {
    const snapshot = await core.snapshot();
    const index = await readIndex(snapshot, runIndexPath(experiment, ref), recentIndexSchema, core.logger);
    const ids = (index?.recent ?? []).slice(0, Math.max(0, limit));
    return readRecords(snapshot, 'run', ids.map((id) => runPath(experiment, id)), core.logger);
}
async function listExperiments(core) {
    const snapshot = await core.snapshot();
    return (await snapshot.names('runs')).filter((e) => e.dir).map((e) => e.name);
}
/** Runs newest first, of one experiment or of all. */
async function listRuns(core, options = {}) {
    const limit = Math.max(0, options.limit ?? 50);
    const snapshot = await core.snapshot();
    const experiments = options.experiment !== undefined ? [options.experiment] : await listExperiments(core);
    const paths = [];
    await Promise.all(experiments.map(async (experiment) => {
        const index = await readIndex(snapshot, runIndexPath(experiment, ALL_REFS), recentIndexSchema, core.logger);
        const indexed = index?.recent ?? [];
        const complete = index !== undefined && indexed.length < RECENT_PER_EXPERIMENT;
        const ids = complete || limit <= indexed.length ? indexed : await walkRunIds(snapshot, experiment);
        for (const id of ids)
            paths.push(`${id}\t${runPath(experiment, id)}`);
    }));
    const chosen = paths
        .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
        .slice(0, limit)
        .map((p) => p.split('\t')[1] ?? '');
    return readRecords(snapshot, 'run', chosen, core.logger);
}
/** Every run id of an experiment, by walking its fan-out directories (cost grows with the runs). */
async function walkRunIds(reader, experiment) {
    let dirs = [runDir(experiment)];
    for (let level = 0; level < RUN_FANOUT_LEVELS; level++) {
        const next = await Promise.all(dirs.map(async (dir) => (await reader.names(dir)).filter((e) => e.dir).map((e) => `${dir}/${e.name}`)));
        dirs = next.flat();
    }
    const files = await Promise.all(dirs.map((dir) => reader.names(dir)));
    return files
        .flat()
        .filter((e) => !e.dir && e.name.endsWith('.json'))
        .map((e) => e.name.slice(0, -'.json'.length))
        .filter(src/* isId */.eQ);
}

;// CONCATENATED MODULE: ../../packages/store/src/datasets.ts




const datasetIndexSchema = schemas/* object */.Ikc({ latest: schemas/* number */.aig().int().positive(), latestHash: schemas/* string */.YjP() });
function indexPath(name) {
    return `${datasetDir(name)}/index.json`;
}
async function versionNumbers(reader, name) {
    return numberedFiles((await reader.names(`${datasetDir(name)}/versions`)).filter((e) => !e.dir).map((e) => e.name));
}
/**
 * Adds a dataset version. Content-addressed: when the latest version has the same datasetHash,
 * nothing is written and the latest version comes back with created false.
 */
async function addDatasetVersion(core, input, profile) {
    const name = checkName('dataset', input.name);
    return core.transact(`dataset ${name}`, async (tx) => {
        const index = await readIndex(tx, indexPath(name), datasetIndexSchema, core.logger);
        const versions = await versionNumbers(tx, name);
        const latest = Math.max(index?.latest ?? 0, versions.at(-1) ?? 0);
        if (latest > 0) {
            const current = await readRecord(tx, 'dataset-version', datasetVersionPath(name, latest), core.logger);
            const sameKey = input.idempotencyKey !== undefined && current?.idempotencyKey === input.idempotencyKey;
            if (current && (current.datasetHash === input.datasetHash || sameKey)) {
                if (profile && !(await tx.readBuffer(datasetProfilePath(name, latest)))) {
                    tx.write(datasetProfilePath(name, latest), makeProfile(name, latest, profile));
                    tx.setMessage(`profile of dataset ${name} v${latest}`);
                }
                return { record: current, created: false };
            }
        }
        const version = latest + 1;
        const { createdAt, ...rest } = input;
        const record = checkRecord('dataset-version', {
            ...rest,
            schemaVersion: src/* DATASET_SCHEMA_VERSION */.IJ,
            kind: 'dataset-version',
            name,
            version,
            createdAt: createdAt ?? nowIso(),
            ...(latest > 0 ? { parent: latest } : {}),
        }, `dataset ${name} v${version}`);
        tx.write(datasetVersionPath(name, version), record);
        if (profile)
            tx.write(datasetProfilePath(name, version), makeProfile(name, version, profile));
        tx.write(indexPath(name), { latest: version, latestHash: record.datasetHash });
        tx.setMessage(`dataset ${name} v${version} (${record.fileCount} files, ${record.datasetHash.slice(0, 12)})`);
        return { record, created: true };
    });
}
function makeProfile(name, version, profile) {
    return checkRecord('dataset-profile', { ...profile, schemaVersion: src/* PROFILE_SCHEMA_VERSION */.HO, kind: 'dataset-profile', name, version }, `profile of dataset ${name} v${version}`);
}
async function resolveVersion(core, name, version) {
    if (version !== 'latest')
        return version;
    const snapshot = await core.snapshot();
    const index = await readIndex(snapshot, indexPath(name), datasetIndexSchema, core.logger);
    if (index)
        return index.latest;
    return (await versionNumbers(snapshot, name)).at(-1);
}
async function getDatasetVersion(core, name, version) {
    const number = await resolveVersion(core, checkName('dataset', name), version);
    if (number === undefined)
        return undefined;
    return readRecord(await core.snapshot(), 'dataset-version', datasetVersionPath(name, number), core.logger);
}
async function getDatasetProfile(core, name, version) {
    const number = await resolveVersion(core, checkName('dataset', name), version);
    if (number === undefined)
        return undefined;
    return readRecord(await core.snapshot(), 'dataset-profile', datasetProfilePath(name, number), core.logger);
}
async function listDatasets(core) {
    const snapshot = await core.snapshot();
    return (await snapshot.names('datasets')).filter((e) => e.dir).map((e) => e.name);
}
/** Every version of a dataset, oldest first. */
async function listDatasetVersions(core, name) {
    const snapshot = await core.snapshot();
    const versions = await versionNumbers(snapshot, checkName('dataset', name));
    return readRecords(snapshot, 'dataset-version', versions.map((v) => datasetVersionPath(name, v)), core.logger);
}

;// CONCATENATED MODULE: ../../packages/store/src/deployments.ts




/** latest: last seq; current: per model, the version last deployed with status success. */
const indexSchema = schemas/* object */.Ikc({
    latest: schemas/* number */.aig().int().nonnegative(),
    current: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().positive()),
});
function deployments_indexPath(environment) {
    return `${deploymentDir(environment)}/index.json`;
}
async function seqs(reader, environment) {
    return numberedFiles((await reader.names(deploymentDir(environment))).filter((e) => !e.dir).map((e) => e.name));
}
/** Records deployment number seq+1 to an environment; idempotent by idempotencyKey. */
async function recordDeployment(core, input) {
    const environment = checkName('environment', input.environment);
    checkName('model', input.model);
    return core.transact(`deployment to ${environment}`, async (tx) => {
        const keyFile = input.idempotencyKey
            ? `${deploymentDir(environment)}/keys/${(0,src/* keySuffix */.hy)(input.idempotencyKey)}.json`
            : undefined;
        if (keyFile) {
            const known = await readIndex(tx, keyFile, schemas/* object */.Ikc({ key: schemas/* string */.YjP(), seq: schemas/* number */.aig().int() }), core.logger);
            if (known && known.key === input.idempotencyKey) {
                const earlier = await readRecord(tx, 'deployment', deploymentPath(environment, known.seq), core.logger);
                if (earlier)
                    return earlier;
            }
        }
        const index = await readIndex(tx, deployments_indexPath(environment), indexSchema, core.logger);
        const seq = Math.max(index?.latest ?? 0, (await seqs(tx, environment)).at(-1) ?? 0) + 1;
        const now = nowIso();
        const { previousVersion, status, rollback, approvals, ...rest } = input;
        const record = checkRecord('deployment', {
            ...rest,
            schemaVersion: src/* DEPLOYMENT_SCHEMA_VERSION */.r4,
            kind: 'deployment',
            environment,
            seq,
            previousVersion: previousVersion === undefined ? (index?.current[input.model] ?? null) : previousVersion,
            status: status ?? 'pending',
            rollback: rollback ?? false,
            approvals: approvals ?? [],
            createdAt: now,
            updatedAt: now,
        }, `deployment ${seq} to ${environment}`);
        tx.write(deploymentPath(environment, seq), record);
        tx.write(deployments_indexPath(environment), nextIndex(index, record));
        if (keyFile)
            tx.write(keyFile, { key: input.idempotencyKey, seq });
        tx.setMessage(`deployment ${seq} to ${environment}: ${record.model} v${record.version} (${record.status})`);
        return record;
    });
}
function nextIndex(index, record) {
    const current = { ...(index?.current ?? {}) };
    if (record.status === 'success')
        current[record.model] = record.version;
    return { latest: Math.max(index?.latest ?? 0, record.seq), current };
}
/** Updates a deployment (its status as the GitHub deployment progresses, who approved, ...). */
async function updateDeployment(core, environment, seq, patch) {
    checkName('environment', environment);
    return core.transact(`deployment ${seq} to ${environment}`, async (tx) => {
        const path = deploymentPath(environment, seq);
        const existing = await readRecord(tx, 'deployment', path, core.logger);
        if (!existing)
            throw new src/* UserError */.yo(`there is no deployment ${seq} to environment ${environment}`);
        const record = checkRecord('deployment', { ...existing, ...patch, updatedAt: nowIso() }, path);
        tx.write(path, record);
        const index = await readIndex(tx, deployments_indexPath(environment), indexSchema, core.logger);
        tx.write(deployments_indexPath(environment), nextIndex(index, record));
        tx.setMessage(`deployment ${seq} to ${environment}: ${record.model} v${record.version} (${record.status})`);
        return record;
    });
}
/** Deployments newest first, of one environment or of all. */
async function listDeployments(core, environment) {
    const snapshot = await core.snapshot();
    const environments = environment !== undefined
        ? [checkName('environment', environment)]
        : (await snapshot.names('deployments')).filter((e) => e.dir).map((e) => e.name);
    const paths = (await Promise.all(environments.map(async (env) => (await seqs(snapshot, env)).map((s) => deploymentPath(env, s))))).flat();
    const records = await readRecords(snapshot, 'deployment', paths, core.logger);
    return records.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.seq - a.seq));
}
/** The newest deployment to an environment (of one model, when given). */
async function latestDeployment(core, environment, model) {
    const snapshot = await core.snapshot();
    const all = await seqs(snapshot, checkName('environment', environment));
    for (let i = all.length - 1; i >= 0; i--) {
        const record = await readRecord(snapshot, 'deployment', deploymentPath(environment, all[i] ?? 0), core.logger);
        if (record && (model === undefined || record.model === model))
            return record;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/store/src/models.ts




const models_aliasesSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().positive());
const keyFileSchema = schemas/* object */.Ikc({ key: schemas/* string */.YjP(), version: schemas/* number */.aig().int().positive() });
function keyPath(model, key) {
    return `${modelDir(model)}/keys/${(0,src/* keySuffix */.hy)(key)}.json`;
}
async function models_versionNumbers(reader, model) {
    return numberedFiles((await reader.names(`${modelDir(model)}/versions`)).filter((e) => !e.dir).map((e) => e.name));
}
/** Registers version N+1 of a model (N recomputed on every attempt), idempotent by idempotencyKey. */
async function registerModelVersion(core, input) {
    const name = checkName('model', input.name);
    return core.transact(`model ${name}`, async (tx) => {
        if (input.idempotencyKey !== undefined) {
            const known = await readIndex(tx, keyPath(name, input.idempotencyKey), keyFileSchema, core.logger);
            if (known?.key === input.idempotencyKey) {
                const earlier = await readRecord(tx, 'model-version', modelVersionPath(name, known.version), core.logger);
                if (earlier)
                    return earlier;
            }
        }
        const version = ((await models_versionNumbers(tx, name)).at(-1) ?? 0) + 1;
        const { createdAt, tags, ...rest } = input;
        const record = checkRecord('model-version', {
            ...rest,
            tags: tags ?? {},
            schemaVersion: src/* MODEL_SCHEMA_VERSION */.pL,
            kind: 'model-version',
            name,
            version,
            createdAt: createdAt ?? nowIso(),
        }, `model ${name} v${version}`);
        tx.write(modelVersionPath(name, version), record);
        tx.write(`${modelDir(name)}/index.json`, { latest: version });
        if (input.idempotencyKey !== undefined) {
            tx.write(keyPath(name, input.idempotencyKey), { key: input.idempotencyKey, version });
        }
        tx.setMessage(`model ${name} v${version}`);
        return record;
    });
}
async function getModelVersion(core, name, version) {
    return readRecord(await core.snapshot(), 'model-version', modelVersionPath(name, version), core.logger);
}
async function listModels(core) {
    return (await (await core.snapshot()).names('models')).filter((e) => e.dir).map((e) => e.name);
}
/** Every version of a model, oldest first. */
async function listModelVersions(core, name) {
    const snapshot = await core.snapshot();
    const versions = await models_versionNumbers(snapshot, checkName('model', name));
    return readRecords(snapshot, 'model-version', versions.map((v) => modelVersionPath(name, v)), core.logger);
}
/** A version by number (7, "7", "v7"), "latest", or an alias ("production"). */
async function resolveModel(core, name, versionOrAlias) {
    checkName('model', name);
    const snapshot = await core.snapshot();
    let version;
    const text = String(versionOrAlias);
    const numeric = /^v?([1-9]\d*)$/.exec(text);
    if (numeric?.[1])
        version = Number(numeric[1]);
    else if (text === 'latest')
        version = (await models_versionNumbers(snapshot, name)).at(-1);
    else
        version = (await getAliases(core, name))[text];
    return version === undefined ? undefined : getModelVersion(core, name, version);
}
async function getAliases(core, model) {
    const snapshot = await core.snapshot();
    return (await readIndex(snapshot, `${modelDir(model)}/aliases.json`, models_aliasesSchema, core.logger)) ?? {};
}
/**
 * Points an alias at a version (null removes it). Each move is its own commit and its own
 * AliasMove record, so the history of every alias can be read back. Moving an alias to where it
 * already points writes nothing and returns the last move.
 */
async function setAlias(core, model, alias, version, options = {}) {
    checkName('model', model);
    const checked = src/* aliasSchema */.cX.safeParse(alias);
    if (!checked.success) {
        throw new src/* UserError */.yo(`invalid alias ${JSON.stringify(alias)}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
    }
    return core.transact(`alias ${alias} of ${model}`, async (tx) => {
        const aliasesPath = `${modelDir(model)}/aliases.json`;
        const aliases = (await readIndex(tx, aliasesPath, models_aliasesSchema, core.logger)) ?? {};
        const previous = aliases[alias] ?? null;
        const historyDir = `${modelDir(model)}/alias-history/${alias}`;
        const seqs = numberedFiles((await tx.names(historyDir)).map((e) => e.name));
        const lastSeq = seqs.at(-1) ?? 0;
        if (previous === version && lastSeq > 0) {
            const last = await readRecord(tx, 'alias-move', aliasMovePath(model, alias, lastSeq), core.logger);
            if (last)
                return last;
        }
        if (version === null && previous === null) {
            throw new src/* UserError */.yo(`alias ${alias} of model ${model} is not set, so it cannot be removed`);
        }
        if (version !== null && !(await tx.readBuffer(modelVersionPath(model, version)))) {
            throw new src/* UserError */.yo(`model ${model} has no version ${version}: register it before pointing ${alias} at it`);
        }
        const move = checkRecord('alias-move', {
            schemaVersion: src/* ALIAS_SCHEMA_VERSION */.AT,
            kind: 'alias-move',
            model,
            alias,
            seq: lastSeq + 1,
            version,
            previous,
            at: nowIso(),
            by: options.by,
            reason: options.reason,
            git: options.git ?? {},
        }, `alias ${alias} of ${model}`);
        if (version === null)
            delete aliases[alias];
        else
            aliases[alias] = version;
        tx.write(aliasesPath, aliases);
        tx.write(aliasMovePath(model, alias, move.seq), move);
        tx.setMessage(version === null
            ? `alias ${alias} removed from ${model} (was ${previous})`
            : `alias ${alias} -> ${version} for ${model}`);
        return move;
    });
}
/** Moves of one alias, or of every alias of the model, oldest first. */
async function aliasHistory(core, model, alias) {
    const snapshot = await core.snapshot();
    const root = `${modelDir(model)}/alias-history`;
    const aliases = alias !== undefined ? [alias] : (await snapshot.names(root)).filter((e) => e.dir).map((e) => e.name);
    const paths = (await Promise.all(aliases.map(async (a) => numberedFiles((await snapshot.names(`${root}/${a}`)).map((e) => e.name)).map((seq) => aliasMovePath(model, a, seq))))).flat();
    const moves = await readRecords(snapshot, 'alias-move', paths, core.logger);
    return moves.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
}

;// CONCATENATED MODULE: ../../packages/store/src/commit.ts

/** "Name <email>" as used for git authors. */
function parseIdentity(text) {
    const match = /^\s*([^<>\n]+?)\s*<([^<>\n]*)>\s*$/.exec(text);
    if (!match?.[1] || match[2] === undefined) {
        throw new src/* UserError */.yo(`invalid author ${JSON.stringify(text)}: use "Name <email>"`);
    }
    return { name: match[1], email: match[2] };
}
/** The bytes of a commit object (author and committer are the same identity, time now, UTC). */
function buildCommit(tree, parent, who, message, now = Date.now()) {
    const stamp = `${who.name} <${who.email}> ${Math.floor(now / 1000)} +0000`;
    const lines = [`tree ${tree}`];
    if (parent)
        lines.push(`parent ${parent}`);
    lines.push(`author ${stamp}`, `committer ${stamp}`, '', message.trim(), '');
    return Buffer.from(lines.join('\n'), 'utf8');
}

;// CONCATENATED MODULE: ../../packages/store/src/local-remote.ts






/** Hooks git-receive-pack runs; if one of these exists and is executable, writes use `git push`. */
const RECEIVE_HOOKS = ['pre-receive', 'update', 'proc-receive', 'post-receive', 'post-update'];
const TRUE = /^(true|yes|on|1)$/i;
/**
 * Looks at a local repository once per store: undefined when it is not a plain bare SHA-1
 * repository holding all its objects (then the store fetches and pushes as for any remote).
 */
async function inspectLocalRemote(env, path) {
    if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(path, '.git')) || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(path, 'HEAD')) || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(path, 'objects'))) {
        return undefined;
    }
    const listed = await runGit({ gitDir: path, secrets: [], env }, ['config', '--list', '-z'], { allowCodes: [1, 128] });
    if (listed.code !== 0)
        return undefined;
    const config = new Map();
    for (const item of listed.stdout
        .toString('utf8')
        .split('\0')
        .filter((i) => i !== '')) {
        const newline = item.indexOf('\n');
        // A key with no value ("[receive] fsckObjects") is a boolean true.
        if (newline < 0)
            config.set(item.toLowerCase(), 'true');
        else
            config.set(item.slice(0, newline).toLowerCase(), item.slice(newline + 1));
    }
    const get = (key) => config.get(key) ?? '';
    if (!TRUE.test(get('core.bare')) || !/^(|sha1)$/i.test(get('extensions.objectformat')))
        return undefined;
    // A repository that is itself a partial clone may lack objects: let its upload-pack serve them.
    if (get('extensions.partialclone') !== '')
        return undefined;
    let pushReason;
    const shared = get('core.sharedrepository');
    if (TRUE.test(get('receive.fsckobjects')) ||
        (TRUE.test(get('transfer.fsckobjects')) && !config.has('receive.fsckobjects'))) {
        pushReason = 'receive.fsckObjects is set';
    }
    else if (shared !== '' && !/^(false|umask|0|no|off)$/i.test(shared)) {
        pushReason = 'core.sharedRepository is set';
    }
    else if (get('receive.procreceiverefs') !== '') {
        pushReason = 'receive.procReceiveRefs is set';
    }
    // For a bare repository hooks run in the repository, so a relative core.hooksPath is relative to it.
    const hooksPath = get('core.hookspath').replace(/^~(?=\/|$)/, (0,external_node_os_namespaceObject.homedir)());
    const gcAuto = get('gc.auto') === '' ? 6700 : Number(get('gc.auto'));
    return {
        gitDir: path,
        objectsDir: (0,external_node_path_namespaceObject.join)(path, 'objects'),
        hooksDir: hooksPath === '' ? (0,external_node_path_namespaceObject.join)(path, 'hooks') : (0,external_node_path_namespaceObject.isAbsolute)(hooksPath) ? hooksPath : (0,external_node_path_namespaceObject.join)(path, hooksPath),
        pushReason,
        gcAuto: Number.isFinite(gcAuto) ? gcAuto : 6700,
        autoGc: get('receive.autogc') === '' || TRUE.test(get('receive.autogc')),
        fileRefs: /^(|files)$/i.test(get('extensions.refstorage')),
    };
}
/** Why this write must use `git push` (a receive hook that would run, or the config), or undefined. */
function pushRequired(remote) {
    if (remote.pushReason !== undefined)
        return remote.pushReason;
    const hook = activeReceiveHook(remote);
    return hook === undefined ? undefined : `it has a ${hook} hook, which must run`;
}
/** The receive hook that would run on a push, if any (checked before every write: hooks can be added). */
function activeReceiveHook(remote) {
    for (const name of RECEIVE_HOOKS) {
        const file = (0,external_node_path_namespaceObject.join)(remote.hooksDir, name);
        try {
            if (!(0,external_node_fs_namespaceObject.statSync)(file).isFile())
                continue;
            (0,external_node_fs_namespaceObject.accessSync)(file, external_node_fs_namespaceObject.constants.X_OK);
            return name;
        }
        catch {
            // absent or not executable: git would not run it either
        }
    }
    return undefined;
}
/** The commit refs/heads/<branch> points at, read from the ref files (loose, then packed-refs). */
function readLocalRef(remote, branch) {
    const ref = `refs/heads/${branch}`;
    try {
        const loose = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(remote.gitDir, ref), 'utf8').trim();
        if (/^[0-9a-f]{40}$/.test(loose))
            return loose;
    }
    catch {
        // not a loose ref: git writes packed-refs before deleting a loose ref, so it is there if anywhere
    }
    try {
        for (const line of (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(remote.gitDir, 'packed-refs'), 'utf8').split('\n')) {
            if (line.endsWith(` ${ref}`) && /^[0-9a-f]{40} /.test(line))
                return line.slice(0, 40);
        }
    }
    catch {
        // no packed-refs
    }
    return undefined;
}
/**
 * Writes the objects (oid -> zlib-deflated loose object bytes) into the remote, then moves the
 * branch from `old` (undefined: the branch must not exist) to `commit`.
 */
async function updateLocal(env, remote, branch, objects, commit, old, message) {
    for (const [oid, deflated] of objects)
        writeLooseObject(remote.objectsDir, oid, deflated);
    const ctx = { gitDir: remote.gitDir, secrets: [], env };
    const reflog = `cairn: ${message.split('\n')[0] ?? ''}`.slice(0, 200);
    const result = await runGit(ctx, ['update-ref', '--create-reflog', '-m', reflog, `refs/heads/${branch}`, commit, old ?? '0'.repeat(40)], { allowCodes: [1, 128] });
    if (result.code !== 0) {
        const detail = result.stderr.trim().split('\n').slice(-2).join('; ');
        if (/cannot lock ref/i.test(result.stderr) && !/permission denied|read-only/i.test(result.stderr)) {
            return { kind: 'rejected', reason: detail };
        }
        throw new src/* SystemError */._N(`could not update ${branch} in the metadata repository ${remote.gitDir}: ${detail}`);
    }
    if (remote.autoGc)
        await autoGc(ctx, remote);
    return { kind: 'pushed' };
}
function writeLooseObject(objectsDir, oid, deflated) {
    const dir = (0,external_node_path_namespaceObject.join)(objectsDir, oid.slice(0, 2));
    const file = (0,external_node_path_namespaceObject.join)(dir, oid.slice(2));
    if ((0,external_node_fs_namespaceObject.existsSync)(file))
        return;
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    const temp = (0,external_node_path_namespaceObject.join)(dir, `tmp_obj_cairn_${process.pid}_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    (0,external_node_fs_namespaceObject.writeFileSync)(temp, deflated, { flag: 'wx', mode: 0o444 });
    (0,external_node_fs_namespaceObject.renameSync)(temp, file);
}
/**
 * What receive-pack does after a push (receive.autogc): `git gc --auto`. Its own first test is
 * the number of loose objects in objects/17 against gc.auto / 256 (git builtin/gc.c,
 * too_many_loose_objects); the same test here saves starting git on every write. The objects
 * written here are loose, so the pack count (its other test) does not change.
 */
async function autoGc(ctx, remote) {
    if (remote.gcAuto <= 0)
        return;
    let loose = 0;
    try {
        loose = (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(remote.objectsDir, '17')).filter((n) => /^[0-9a-f]{38}$/.test(n)).length;
    }
    catch {
        return;
    }
    if (loose <= Math.ceil(remote.gcAuto / 256))
        return;
    await runGit(ctx, ['gc', '--auto', '--quiet'], { allowCodes: [1, 128, 255] });
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ../../packages/store/src/remote.ts






function parseRemote(remote, secrets) {
    if (remote.trim() === '')
        throw new src/* UserError */.yo('no metadata remote given: pass a git URL or the path of a repository');
    if (remote.startsWith('file://')) {
        const path = (0,external_node_url_namespaceObject.fileURLToPath)(remote);
        return { url: path, display: path, local: true };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\\]+@[^/\\]+:/.test(remote)) {
        // Credentials written into the URL are removed from everything we print.
        const display = (0,src/* redact */.E$)(remote.replace(/\/\/[^/@]*@/, '//***@'), secrets);
        return { url: remote, display, local: false };
    }
    const path = (0,external_node_path_namespaceObject.isAbsolute)(remote) ? remote : (0,external_node_path_namespaceObject.resolve)(remote);
    return { url: path, display: path, local: true };
}
/**
 * Local repositories do not advertise partial-clone filters or serve objects by id unless told
 * to; GitHub does both. Running upload-pack with these settings makes a plain bare repository
 * on disk behave like GitHub for the cache.
 */
const LOCAL_UPLOAD_PACK = 'git -c uploadpack.allowFilter=true -c uploadpack.allowAnySHA1InWant=true upload-pack';
/**
 * Fetches the tip commit of the branch with its root tree and the root's own entries (cairn.json
 * and the top-level directories, which list experiment, model and dataset names, not records):
 * depth 1, `tree:2`, saving the round trip every read and write would make next; and no
 * negotiation (noop: we send no "have"). Measured: with our previous tip as a have, the server
 * walks the whole old tree (O(records)) and sends a thin pack whose delta bases are trees this
 * cache never fetched, which git then lazily fetches with blob:none: the whole branch. Without
 * haves it sends a handful of objects; the trees that changed are fetched by id as they are read, and
 * unchanged ones are already cached (trees are immutable).
 */
async function fetchTip(ctx, spec, branch) {
    const tracking = `refs/remotes/origin/${branch}`;
    const args = [
        '-c',
        'fetch.negotiationAlgorithm=noop',
        'fetch',
        '--quiet',
        '--no-tags',
        '--depth=1',
        '--filter=tree:2',
        '--recurse-submodules=no',
        'origin',
        `+refs/heads/${branch}:${tracking}`,
    ];
    for (let attempt = 1;; attempt++) {
        const result = await runGit(ctx, args, { allowCodes: [1, 128] });
        if (result.code === 0)
            break;
        if (/couldn't find remote ref|could not find remote ref/i.test(result.stderr))
            return { kind: 'missing' };
        if (spec.local && !(0,external_node_fs_namespaceObject.existsSync)(spec.url)) {
            throw new src/* SystemError */._N(`cannot reach the metadata remote ${spec.display}: no repository at that path`);
        }
        if (attempt < 3 && isTransientNetworkError(result.stderr)) {
            await new Promise((r) => setTimeout(r, 300 * attempt));
            continue;
        }
        throw unreachable(spec, result.stderr);
    }
    const fetchHead = await (0,promises_.readFile)((0,external_node_path_namespaceObject.join)(ctx.gitDir, 'FETCH_HEAD'), 'utf8');
    const commit = /^([0-9a-f]{40})\t/.exec(fetchHead)?.[1];
    if (!commit)
        throw new src/* SystemError */._N(`could not read the tip of ${branch} fetched from ${spec.display}`);
    return { kind: 'found', commit };
}
function unreachable(spec, stderr) {
    const detail = stderr.trim().split('\n').slice(-2).join('; ');
    let hint = '';
    if (/403|permission|denied/i.test(stderr))
        hint = ' (does the token have contents: write permission?)';
    else if (/401|authentication|could not read username/i.test(stderr))
        hint = ' (is the token valid?)';
    return new src/* SystemError */._N(`cannot reach the metadata remote ${spec.display}: ${detail || 'git failed'}${hint}`);
}
/**
 * Pushes a commit to the branch without force. Rejections because someone else moved the branch
 * come back as 'rejected' (the caller re-applies its mutation); transport failures are retried;
 * anything else (a protected branch, no permission) is an error.
 *
 * --no-thin: a thin pack would look for delta bases in the old versions of changed files, which
 * the cache does not have, and git would fetch them; the objects we send are small anyway.
 */
async function pushCommit(ctx, spec, branch, commit) {
    const args = ['push', '--porcelain', '--no-thin', '--no-verify', 'origin', `${commit}:refs/heads/${branch}`];
    for (let attempt = 1;; attempt++) {
        const result = await runGit(ctx, args, { allowCodes: [1, 128] });
        const lines = result.stdout.toString('utf8').split('\n');
        const status = lines.find((l) => l.includes(`:refs/heads/${branch}`));
        if (status !== undefined) {
            const flag = status[0];
            if (flag === '!') {
                const reason = status.split('\t')[2] ?? status;
                if (/fetch first|non-fast-forward|stale info|lock|failed to update ref|incorrect old value|already exists/i.test(reason)) {
                    return { kind: 'rejected', reason };
                }
                throw new src/* SystemError */._N(`the metadata remote ${spec.display} refused the write to ${branch}: ${reason.trim()}; check branch protection rules and that the token may push to ${branch}`);
            }
            if (result.code === 0)
                return { kind: 'pushed' };
        }
        if (/fetch first|non-fast-forward|cannot lock ref|failed to update ref/i.test(result.stderr)) {
            return { kind: 'rejected', reason: result.stderr.trim() };
        }
        if (attempt < 3 && isTransientNetworkError(result.stderr)) {
            await new Promise((r) => setTimeout(r, 300 * attempt));
            continue;
        }
        throw unreachable(spec, result.stderr);
    }
}

;// CONCATENATED MODULE: ../../packages/store/src/store-core.ts












const DEFAULT_BRANCH = 'mlops-metadata';
const DEFAULT_AUTHOR = 'cairn <cairn@users.noreply.github.com>';
/**
 * The engine under the metadata store: a private bare cache repository that is a shallow,
 * treeless partial clone of the branch tip; reads through it; writes as commits built with
 * plumbing and pushed without force, re-applied on the new tip when the push is rejected.
 * The user's repository (work tree, index, HEAD) is never touched.
 */
class StoreCore {
    branch;
    logger;
    cacheDir;
    remote;
    db;
    ctx;
    identity;
    maxAttempts;
    tip;
    queue = Promise.resolve();
    counters = { commits: 0, rejectedPushes: 0, localCommits: 0, pushMs: 0, tipFetches: 0 };
    localFastPath;
    local;
    constructor(options, cacheDir, ctx, remote) {
        this.branch = options.branch ?? DEFAULT_BRANCH;
        this.logger = options.logger ?? src/* silentLogger */.qq;
        this.cacheDir = cacheDir;
        this.ctx = ctx;
        this.remote = remote;
        this.db = new ObjectDatabase(ctx);
        this.identity = parseIdentity(options.author ?? DEFAULT_AUTHOR);
        this.maxAttempts = Math.max(1, options.maxAttempts ?? 12);
        this.localFastPath = options.localFastPath ?? true;
    }
    /** Creates the private cache repository and reads the branch tip (checking the remote is reachable). */
    static async prepare(options) {
        const branch = options.branch ?? DEFAULT_BRANCH;
        if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) || branch.includes('..') || branch.endsWith('.lock')) {
            throw new src/* UserError */.yo(`invalid metadata branch name ${JSON.stringify(branch)}`);
        }
        const secrets = options.token ? [options.token] : [];
        const remote = parseRemote(options.remote, secrets);
        const parent = options.workDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)();
        const cacheDir = await (0,promises_.mkdtemp)((0,external_node_path_namespaceObject.join)(parent, 'cairn-store-'));
        const env = baseGitEnv();
        if (options.token && !remote.local)
            Object.assign(env, authConfigEnv(remote.url, options.token));
        const ctx = { gitDir: cacheDir, secrets, env };
        await runGit(ctx, ['init', '--quiet', '--bare', cacheDir]);
        // One write of the config file instead of a git process per key; no secret goes in here.
        const quoted = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
        const config = [
            '[remote "origin"]',
            `\turl = ${quoted(remote.url)}`,
            '\tpromisor = true',
            '\tpartialclonefilter = tree:0',
            ...(remote.local ? [`\tuploadpack = ${quoted(LOCAL_UPLOAD_PACK)}`] : []),
            '[gc]',
            '\tauto = 0',
            '[maintenance]',
            '\tauto = false',
            '[fetch]',
            '\twriteCommitGraph = false',
            '\tunpackLimit = 1',
            '[core]',
            '\tlogAllRefUpdates = false',
            '[protocol]',
            '\tversion = 2',
            '',
        ];
        await (0,promises_.appendFile)((0,external_node_path_namespaceObject.join)(cacheDir, 'config'), config.join('\n'));
        return { cacheDir, ctx, remote };
    }
    get stats() {
        return { ...this.counters, ...this.db.stats };
    }
    /** Re-reads the branch tip from the remote. */
    async refresh() {
        // A local bare repository: the ref files are exact, its objects are read directly.
        const local = await this.localRemote();
        const localTip = local?.fileRefs ? readLocalRef(local, this.branch) : undefined;
        let tip;
        if (localTip !== undefined) {
            tip = { kind: 'found', commit: localTip };
        }
        else {
            this.counters.tipFetches++;
            tip = await fetchTip(this.ctx, this.remote, this.branch);
            this.db.scanPacks();
        }
        if (tip.kind === 'missing') {
            this.tip = new Snapshot(this.db, undefined, undefined);
            return this.tip;
        }
        if (tip.commit === this.tip?.commit)
            return this.tip;
        const { data } = await this.db.read(tip.commit);
        const root = /^tree ([0-9a-f]{40})$/m.exec(data.toString('utf8'))?.[1];
        if (!root)
            throw new src/* SystemError */._N(`commit ${tip.commit} of ${this.branch} has no tree`);
        const snapshot = new Snapshot(this.db, tip.commit, root);
        await this.checkFormat(snapshot);
        this.tip = snapshot;
        return snapshot;
    }
    /** The last tip read (fetched on first use). */
    async snapshot() {
        return this.tip ?? (await this.refresh());
    }
    async checkFormat(snapshot) {
        const text = (await snapshot.readBuffer(FORMAT_FILE))?.toString('utf8');
        const value = parseJsonFile(text, FORMAT_FILE, this.logger);
        const format = value?.format;
        if (typeof format !== 'number') {
            throw new src/* UserError */.yo(`branch ${this.branch} of ${this.remote.display} exists but is not a Cairn metadata branch (no valid ${FORMAT_FILE}); choose another branch name`);
        }
        if (format > STORE_FORMAT) {
            throw new src/* UserError */.yo(`branch ${this.branch} of ${this.remote.display} uses store format ${format}, but this Cairn reads up to ${STORE_FORMAT}: upgrade Cairn (the actions' @ref or the cairn CLI) to use it`);
        }
    }
    /** Creates the orphan branch with its cairn.json when it does not exist yet. */
    async init() {
        let created = false;
        await this.transact('initialise the Cairn metadata branch', async (tx) => {
            created = tx.snapshot.commit === undefined;
        });
        return { created };
    }
    async readJson(path) {
        const snapshot = await this.snapshot();
        return parseJsonFile((await snapshot.readBuffer(path))?.toString('utf8'), path, this.logger);
    }
    /**
     * Runs a mutation against the branch tip and commits its writes. When another writer pushed
     * first, the tip is fetched again and the mutation runs again on it, with jittered exponential
     * backoff, up to maxAttempts times. A mutation that writes nothing (or only identical bytes)
     * makes no commit. Writes of one store are serialized.
     */
    transact(message, mutation) {
        const run = this.queue.then(() => this.attemptLoop(message, mutation));
        this.queue = run.catch(() => undefined);
        return run;
    }
    async attemptLoop(message, mutation) {
        let lastReason = '';
        for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
            const started = Date.now();
            const snapshot = await this.refresh();
            const tx = new Transaction(snapshot, this.logger);
            const result = await mutation(tx);
            if (snapshot.commit === undefined)
                tx.write(FORMAT_FILE, { format: STORE_FORMAT, tool: 'cairn' });
            if (!tx.changed)
                return result;
            // Everything written from here on is what the new commit adds to its parent's objects.
            this.db.startJournal();
            let root;
            let commit;
            let objects;
            const text = tx.message ?? message;
            try {
                root = await editTree(this.db, snapshot.root, tx.changes);
                if (root === undefined)
                    throw new src/* SystemError */._N('a write would leave the metadata branch empty');
                if (root === snapshot.root)
                    return result;
                commit = this.db.write('commit', buildCommit(root, snapshot.commit, this.identity, text));
            }
            finally {
                objects = this.db.takeJournal();
            }
            const pushStarted = performance.now();
            const outcome = await this.publish(commit, snapshot.commit, text, objects);
            this.counters.pushMs += performance.now() - pushStarted;
            if (outcome.kind === 'pushed') {
                this.counters.commits++;
                this.tip = new Snapshot(this.db, commit, root);
                this.logger.debug(`cairn store: ${text} (${commit.slice(0, 12)} on ${this.branch})`);
                return result;
            }
            this.counters.rejectedPushes++;
            lastReason = outcome.reason;
            this.logger.debug(`cairn store: push of "${text}" rejected (${outcome.reason.trim()}), attempt ${attempt}`);
            if (attempt < this.maxAttempts)
                await backoff(attempt, Date.now() - started);
        }
        throw new src/* SystemError */._N(`could not write "${message}" to ${this.branch} of ${this.remote.display} after ${this.maxAttempts} attempts: other writers kept updating it (last: ${lastReason.trim()}); run the step again or raise maxAttempts`);
    }
    /**
     * Publishes a commit whose parent is `old` (undefined: the branch is new): the local fast path
     * when the remote allows it, git push otherwise. 'rejected' means another writer got in first.
     */
    async publish(commit, old, message, objects) {
        const local = await this.localRemote();
        if (local) {
            const reason = pushRequired(local);
            if (reason === undefined) {
                const outcome = await updateLocal(this.ctx.env, local, this.branch, objects, commit, old, message);
                if (outcome.kind === 'pushed')
                    this.counters.localCommits++;
                return outcome;
            }
            this.logger.debug(`cairn store: writing to ${this.remote.display} with git push: ${reason}`);
        }
        return pushCommit(this.ctx, this.remote, this.branch, commit);
    }
    /** The local bare repository when the fast path may be used (inspected once). */
    localRemote() {
        if (!this.remote.local || !this.localFastPath)
            return Promise.resolve(undefined);
        this.local ??= inspectLocalRemote(this.ctx.env, this.remote.url).then((found) => {
            if (found)
                this.db.useLocalSource({ gitDir: found.gitDir, secrets: [], env: this.ctx.env });
            return found;
        });
        return this.local;
    }
    /** Stops the reader process and deletes the cache repository. */
    async close() {
        await this.queue;
        await this.db.close();
        await (0,promises_.rm)(this.cacheDir, { recursive: true, force: true });
    }
}
/**
 * Full jitter, scaled by how long an attempt takes here (so that on a slow link or a busy
 * machine the writers spread out instead of crowding the next round): a random delay up to
 * min(10 s, attempt time * 2^(attempt-1)).
 */
function backoff(attempt, attemptMs) {
    const ceiling = Math.min(10_000, Math.max(50, attemptMs) * 2 ** (attempt - 1));
    return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

;// CONCATENATED MODULE: ../../packages/store/src/store.ts






/**
 * The metadata store on a git branch. Open it with openStore(); queries read the branch tip
 * as of the last write or refresh(); writes are commits pushed without force.
 */
class MetadataStore extends StoreCore {
    static async open(options) {
        const { cacheDir, ctx, remote } = await StoreCore.prepare(options);
        const store = new MetadataStore(options, cacheDir, ctx, remote);
        try {
            await store.refresh();
        }
        catch (error) {
            await store.close();
            throw error;
        }
        return store;
    }
    // Runs
    putRun(run) {
        return putRun(this, run);
    }
    getRun(id, experiment) {
        return getRun(this, id, experiment);
    }
    latestRun(experiment, ref, options) {
        return latestRun(this, experiment, ref, options);
    }
    recentRuns(experiment, ref, limit) {
        return recentRuns(this, experiment, ref, limit);
    }
    listRuns(options) {
        return listRuns(this, options);
    }
    listExperiments() {
        return listExperiments(this);
    }
    // Datasets
    addDatasetVersion(input, profile) {
        return addDatasetVersion(this, input, profile);
    }
    getDatasetVersion(name, version) {
        return getDatasetVersion(this, name, version);
    }
    getDatasetProfile(name, version) {
        return getDatasetProfile(this, name, version);
    }
    listDatasets() {
        return listDatasets(this);
    }
    listDatasetVersions(name) {
        return listDatasetVersions(this, name);
    }
    // Models
    registerModelVersion(input) {
        return registerModelVersion(this, input);
    }
    getModelVersion(name, version) {
        return getModelVersion(this, name, version);
    }
    listModels() {
        return listModels(this);
    }
    listModelVersions(name) {
        return listModelVersions(this, name);
    }
    resolveModel(name, versionOrAlias) {
        return resolveModel(this, name, versionOrAlias);
    }
    setAlias(model, alias, version, options) {
        return setAlias(this, model, alias, version, options);
    }
    getAliases(model) {
        return getAliases(this, model);
    }
    aliasHistory(model, alias) {
        return aliasHistory(this, model, alias);
    }
    // Deployments
    recordDeployment(input) {
        return recordDeployment(this, input);
    }
    updateDeployment(environment, seq, patch) {
        return updateDeployment(this, environment, seq, patch);
    }
    listDeployments(environment) {
        return listDeployments(this, environment);
    }
    latestDeployment(environment, model) {
        return latestDeployment(this, environment, model);
    }
    // Drift
    putDriftSummary(summary) {
        return putDriftSummary(this, summary);
    }
    listDriftSummaries(dataset, limit) {
        return listDriftSummaries(this, dataset, limit);
    }
}
/** Opens the store on a remote (bare repo path, file:// URL or https URL with a token) and branch. */
function openStore(options) {
    return MetadataStore.open(options);
}

;// CONCATENATED MODULE: ../../packages/store/src/index.ts







;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The action's inputs, read once into one typed object; every rule is checked before any work and
 * every message names the input and the fix.
 */



function parseInputs() {
    const mode = getInput('mode') || 'push';
    if (mode !== 'push' && mode !== 'pull')
        throw new src/* UserError */.yo(`input \`mode\` must be push or pull, not "${mode}"`);
    const name = getInput('name');
    if (!name)
        throw new src/* UserError */.yo('input `name` is required: the dataset name, e.g. customers');
    if (!src/* NAME_PATTERN */.Vh.test(name)) {
        throw new src/* UserError */.yo(`input \`name\`: "${name}" is not a valid dataset name; use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`);
    }
    const path = getInput('path');
    if (!path) {
        throw new src/* UserError */.yo(mode === 'push'
            ? 'input `path` is required: the file, directory or glob to version, e.g. data/'
            : 'input `path` is required: the directory to restore the version into');
    }
    const alias = getInput('alias');
    if (alias) {
        const checked = src/* aliasSchema */.cX.safeParse(alias);
        if (!checked.success) {
            throw new src/* UserError */.yo(`input \`alias\`: "${alias}" ${checked.error.issues[0]?.message ?? 'is not a valid alias'}`);
        }
        if (mode === 'pull')
            throw new src/* UserError */.yo('input `alias` is for push mode; to pull an alias, give it as `version`');
    }
    const version = getInput('version') || 'latest';
    try {
        parseVersionSelector(version);
    }
    catch (error) {
        throw new src/* UserError */.yo(`input \`version\`: ${error.message}`);
    }
    let storage;
    try {
        storage = parseStorageSpec(getInput('storage') || 'release');
    }
    catch (error) {
        throw new src/* UserError */.yo(`input \`storage\`: ${error.message}`);
    }
    const comment = getInput('comment') || 'auto';
    if (comment !== 'auto' && comment !== 'never') {
        throw new src/* UserError */.yo(`input \`comment\` must be auto or never, not "${comment}"`);
    }
    const profile = (getInput('profile') || 'true').toLowerCase();
    if (profile !== 'true' && profile !== 'false') {
        throw new src/* UserError */.yo(`input \`profile\` must be true or false, not "${profile}"`);
    }
    const token = getInput('token');
    if (storage.backend === 'release' && !token) {
        throw new src/* UserError */.yo('input `token` is empty: storage `release` needs a token with contents: write (push) or read (pull)');
    }
    return {
        mode,
        name,
        path,
        version,
        alias: alias || undefined,
        storage,
        comment,
        profile: profile === 'true',
        token,
        metadataBranch: getInput('metadata-branch') || 'mlops-metadata',
        metadataRemote: getInput('metadata-remote'),
    };
}

;// CONCATENATED MODULE: ./src/main.ts






const ACTION = 'version-data';
/**
 * The whole action: parse inputs, call the packages, set outputs. Every failure reaches the one
 * core.setFailed in runAction, prefixed with the action name; the token never appears in a message.
 */
function run() {
    return runAction(ACTION, execute);
}
async function execute() {
    const ctx = readRunnerContext();
    const inputs = parseInputs();
    const gh = inputs.token
        ? await loadGitHubClient({ token: inputs.token, repository: ctx.repository, apiUrl: ctx.apiUrl, logger: actionLogger })
        : undefined;
    const inWorkspace = (p) => ((0,external_node_path_namespaceObject.isAbsolute)(p) ? p : (0,external_node_path_namespaceObject.resolve)(ctx.workspace, p));
    const blobs = inputs.storage.backend === 'local'
        ? new LocalBlobStore(inWorkspace(inputs.storage.dir), actionLogger)
        : new ReleaseBlobStore(gh);
    const remote = metadataRemote(inputs.metadataRemote, ctx);
    const store = await openStore({
        remote,
        branch: inputs.metadataBranch,
        logger: actionLogger,
        ...storeAuth(remote, inputs.token),
    });
    try {
        if (inputs.mode === 'pull') {
            const pulled = await pullDataset(store, {
                name: inputs.name,
                version: inputs.version,
                dir: inWorkspace(inputs.path),
                blobs,
                logger: actionLogger,
            });
            setOutput('version', String(pulled.record.version));
            setOutput('dataset-hash', pulled.record.datasetHash);
            setOutput('changed', String(pulled.downloaded > 0));
            setOutput('manifest', await writeManifestFile(pulled.record, ctx.temp));
            if (ctx.summaryPath) {
                appendJobSummary(ctx.summaryPath, `### Dataset \`${pulled.record.name}\` v${pulled.record.version} restored\n\n` +
                    `${pulled.downloaded} file(s) downloaded and verified, ${pulled.skipped} already present with the right sha256.\n`);
            }
            return;
        }
        const pr = await resolvePullRequest(undefined, {
            eventName: ctx.eventName,
            payload: ctx.eventPayload,
            sha: ctx.sha,
            repository: ctx.repository,
        });
        if (pr?.readOnlyFork) {
            throw new src/* UserError */.yo(`pull request #${pr.number} comes from a fork, whose token is read-only: a push cannot record a version or upload blobs. ` +
                'Version the data on pushes to the base branch, or use mode: pull here.');
        }
        const pushed = await pushDataset(store, {
            name: inputs.name,
            target: inputs.path,
            cwd: ctx.workspace,
            git: gitContext(ctx, pr),
            blobs,
            logger: actionLogger,
            profile: inputs.profile,
        });
        if (inputs.alias) {
            const previous = await setDatasetAlias(store, inputs.name, inputs.alias, pushed.record.version);
            info(`Alias ${inputs.alias} of ${inputs.name}: ${previous === null ? 'new' : `v${previous}`} -> v${pushed.record.version}.`);
        }
        setOutput('version', String(pushed.record.version));
        setOutput('dataset-hash', pushed.record.datasetHash);
        setOutput('changed', String(pushed.created));
        setOutput('manifest', await writeManifestFile(pushed.record, ctx.temp));
        const aliasLine = inputs.alias ? `\nAlias \`${inputs.alias}\` → v${pushed.record.version}.\n` : '';
        const markdown = renderDiffMarkdown(pushed.diff, { name: inputs.name, unchanged: !pushed.created }) + aliasLine;
        const published = await publishReport(gh, {
            action: ACTION,
            name: inputs.name,
            markdown,
            pullRequest: pr,
            ...(ctx.summaryPath ? { summaryPath: ctx.summaryPath } : {}),
            runUrl: ctx.runUrl,
            comment: inputs.comment !== 'never',
        });
        if (published.comment)
            info(`Comment ${published.comment.outcome}: ${published.comment.url}`);
    }
    finally {
        await store.close();
    }
}


/***/ }),

/***/ 8062:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AT: () => (/* reexport */ ALIAS_SCHEMA_VERSION),
  eb: () => (/* reexport */ CairnError),
  IJ: () => (/* reexport */ DATASET_SCHEMA_VERSION),
  r4: () => (/* reexport */ DEPLOYMENT_SCHEMA_VERSION),
  po: () => (/* reexport */ InvalidRecordError),
  pL: () => (/* reexport */ MODEL_SCHEMA_VERSION),
  Vh: () => (/* reexport */ NAME_PATTERN),
  HO: () => (/* reexport */ PROFILE_SCHEMA_VERSION),
  _N: () => (/* reexport */ SystemError),
  yo: () => (/* reexport */ UserError),
  cX: () => (/* reexport */ aliasSchema),
  dj: () => (/* reexport */ canonicalJson),
  Uc: () => (/* reexport */ describeError),
  Z0: () => (/* reexport */ idSuffix),
  eQ: () => (/* reexport */ isId),
  hy: () => (/* reexport */ keySuffix),
  Hh: () => (/* reexport */ parseRecord),
  yX: () => (/* reexport */ parseRecordText),
  E$: () => (/* reexport */ redact),
  qq: () => (/* reexport */ silentLogger)
});

// UNUSED EXPORTS: ALIAS_PATTERN, CheckFailedError, DRIFT_SCHEMA_VERSION, METRIC_KEY_PATTERN, MemoryLogger, NewerSchemaError, RECORD_KINDS, RESERVED_ALIASES, RUN_SCHEMA_VERSION, aliasMoveSchema, approvalSchema, columnProfileSchema, columnSchemaSchema, datasetProfileSchema, datasetRefSchema, datasetVersionSchema, decodeTime, deploymentRecordSchema, driftSummarySchema, encodeTime, gateResultSchema, gitContextSchema, isUserError, isoTime, manifestFileSchema, metricPointSchema, modelArtifactSchema, modelVersionSchema, nameSchema, newId, runRecordSchema, stderrLogger, storageRefSchema

;// CONCATENATED MODULE: ../../packages/core/src/errors.ts
/**
 * Two kinds of failure, kept apart so that entry points can say the right thing:
 * - UserError: bad input or bad data. The message says what is wrong and how to fix it;
 *   no stack trace is shown.
 * - SystemError: network, git, the file system. Wraps the underlying error as `cause`.
 * A CheckFailedError is the expected "red" outcome of a check (gates, validation, drift):
 * the CLI exits 1 on it, 2 on a UserError.
 */
class CairnError extends Error {
    name = 'CairnError';
}
class UserError extends CairnError {
    name = 'UserError';
}
class SystemError extends CairnError {
    name = 'SystemError';
}
class CheckFailedError extends (/* unused pure expression or super */ null && (CairnError)) {
    name = 'CheckFailedError';
}
function isUserError(error) {
    return error instanceof UserError;
}
/** Message of any thrown value, with causes appended ("a: b: c"), secrets removed. */
function describeError(error, secrets = []) {
    const parts = [];
    let current = error;
    for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
        if (current instanceof Error) {
            if (current.message && !parts.includes(current.message))
                parts.push(current.message);
            current = current.cause;
        }
        else {
            parts.push(String(current));
            break;
        }
    }
    return redact(parts.join(': '), secrets);
}
/** Replaces every occurrence of each secret (and its base64 forms used in auth headers) with ***. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (!secret || secret.length < 4)
            continue;
        const forms = [
            secret,
            Buffer.from(secret).toString('base64'),
            Buffer.from(`x-access-token:${secret}`).toString('base64'),
        ];
        for (const form of forms)
            out = out.split(form).join('***');
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../../packages/core/src/ids.ts

/**
 * Record ids: 10 characters of Crockford base32 milliseconds (sortable by creation time,
 * like a ULID's time part) followed by 16 hex characters of entropy. The entropy is random,
 * or derived from an idempotency key so that a re-run of the same job attempt finds the
 * record it wrote before (the store places records by this suffix).
 *
 * Example: 01JDX8Z4K0-3f9a1c0d2b7e4f60 (the dash is not part of the id; ids are 26 chars).
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}[0-9a-f]{16}$/;
function encodeTime(ms) {
    if (!Number.isSafeInteger(ms) || ms < 0)
        throw new RangeError(`invalid time ${ms}`);
    let value = ms;
    let out = '';
    for (let i = 0; i < 10; i++) {
        out = CROCKFORD[value % 32] + out;
        value = Math.floor(value / 32);
    }
    return out;
}
function decodeTime(id) {
    let value = 0;
    for (const ch of id.slice(0, 10)) {
        const digit = CROCKFORD.indexOf(ch);
        if (digit < 0)
            throw new RangeError(`invalid id ${JSON.stringify(id)}`);
        value = value * 32 + digit;
    }
    return value;
}
/** The 16-hex-character suffix for an idempotency key. */
function keySuffix(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
function newId(options = {}) {
    const time = encodeTime(options.now ?? Date.now());
    const suffix = options.key === undefined ? randomBytes(8).toString('hex') : keySuffix(options.key);
    return time + suffix;
}
function isId(value) {
    return ID_PATTERN.test(value);
}
/** The entropy part of an id, which the store uses for fan-out directories. */
function idSuffix(id) {
    return id.slice(10);
}

;// CONCATENATED MODULE: ../../packages/core/src/json.ts
/**
 * Canonical JSON for records on the metadata branch: keys sorted at every level,
 * two-space indent, trailing newline, so that diffs of the branch read well and the
 * same record always has the same bytes (and therefore the same git blob).
 */
function canonicalJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        // No prototype: a key named "__proto__" (a metric, a param) stays an own property instead of
        // setting the prototype and vanishing from the output.
        const out = Object.create(null);
        for (const key of Object.keys(value).sort()) {
            const child = value[key];
            if (child !== undefined)
                out[key] = sortKeys(child);
        }
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ../../packages/core/src/logger.ts
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
};
/** A Logger that keeps every message; for tests and for callers that report warnings later. */
class MemoryLogger {
    entries = [];
    debug(message) {
        this.entries.push({ level: 'debug', message });
    }
    info(message) {
        this.entries.push({ level: 'info', message });
    }
    warning(message) {
        this.entries.push({ level: 'warning', message });
    }
    get warnings() {
        return this.entries.filter((e) => e.level === 'warning').map((e) => e.message);
    }
}
/** Logs to stderr; debug lines only when verbose. Used by the CLI. */
function stderrLogger(verbose = false) {
    return {
        debug(message) {
            if (verbose)
                process.stderr.write(`debug: ${message}\n`);
        },
        info(message) {
            process.stderr.write(`${message}\n`);
        },
        warning(message) {
            process.stderr.write(`warning: ${message}\n`);
        },
    };
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __nccwpck_require__(8215);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(8144);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

;// CONCATENATED MODULE: ../../packages/core/src/records/common.ts

/** Names of experiments, datasets, models and environments: safe as one path segment. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const nameSchema = schemas/* string */.YjP()
    .regex(NAME_PATTERN, 'use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit');
const isoTime = datetime({ offset: true });
/** Git and CI context, captured when a record is written. */
const gitContextSchema = schemas/* looseObject */._H3({
    sha: schemas/* string */.YjP().optional(),
    ref: schemas/* string */.YjP().optional(),
    baseRef: schemas/* string */.YjP().optional(),
    pullRequest: schemas/* number */.aig().int().positive().optional(),
    repository: schemas/* string */.YjP().optional(),
    actor: schemas/* string */.YjP().optional(),
    workflow: schemas/* string */.YjP().optional(),
    job: schemas/* string */.YjP().optional(),
    runId: schemas/* string */.YjP().optional(),
    runAttempt: schemas/* string */.YjP().optional(),
    runUrl: schemas/* string */.YjP().optional(),
    eventName: schemas/* string */.YjP().optional(),
});
const datasetRefSchema = schemas/* object */.Ikc({
    name: nameSchema,
    version: schemas/* number */.aig().int().positive(),
});
/** Where a large object lives: a GitHub release asset or a file in a local directory. */
const storageRefSchema = schemas/* looseObject */._H3({
    backend: schemas/* enum */.k5n(['release', 'local']),
    /** release: "owner/repo@tag"; local: the directory. */
    location: schemas/* string */.YjP().min(1),
    /** For objects split into parts (release assets are limited to 2 GiB each). */
    parts: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), sha256: schemas/* string */.YjP(), size: schemas/* number */.aig().int().nonnegative() })).optional(),
});

;// CONCATENATED MODULE: ../../packages/core/src/records/dataset.ts


const DATASET_SCHEMA_VERSION = 1;
const PROFILE_SCHEMA_VERSION = 1;
const manifestFileSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().min(1),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    size: schemas/* number */.aig().int().nonnegative(),
    rows: schemas/* number */.aig().int().nonnegative().optional(),
});
const columnSchemaSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), type: schemas/* string */.YjP() });
const datasetVersionSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig().int().positive(),
    kind: schemas/* literal */.euz('dataset-version'),
    name: nameSchema,
    version: schemas/* number */.aig().int().positive(),
    createdAt: isoTime,
    /** sha256 over the canonical manifest (files sorted by path). */
    datasetHash: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    files: schemas/* array */.YOg(manifestFileSchema),
    fileCount: schemas/* number */.aig().int().nonnegative(),
    totalSize: schemas/* number */.aig().int().nonnegative(),
    rows: schemas/* number */.aig().int().nonnegative().optional(),
    columns: schemas/* array */.YOg(columnSchemaSchema).optional(),
    storage: storageRefSchema,
    parent: schemas/* number */.aig().int().positive().optional(),
    git: gitContextSchema,
    idempotencyKey: schemas/* string */.YjP().optional(),
});
const columnProfileSchema = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    type: schemas/* string */.YjP(),
    count: schemas/* number */.aig().int().nonnegative(),
    nulls: schemas/* number */.aig().int().nonnegative(),
    distinct: schemas/* number */.aig().nonnegative().optional(),
    min: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable().optional(),
    max: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable().optional(),
    mean: schemas/* number */.aig().nullable().optional(),
    std: schemas/* number */.aig().nullable().optional(),
    /** Mergeable sketches (quantiles, frequent items); their format is owned by packages/stats. */
    sketch: schemas/* unknown */.L5J().optional(),
});
const datasetProfileSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig().int().positive(),
    kind: schemas/* literal */.euz('dataset-profile'),
    name: nameSchema,
    version: schemas/* number */.aig().int().positive(),
    rows: schemas/* number */.aig().int().nonnegative(),
    columns: schemas/* array */.YOg(columnProfileSchema),
});

;// CONCATENATED MODULE: ../../packages/core/src/records/deployment.ts


const DEPLOYMENT_SCHEMA_VERSION = 1;
const approvalSchema = schemas/* object */.Ikc({
    user: schemas/* string */.YjP(),
    state: schemas/* string */.YjP(),
    comment: schemas/* string */.YjP().optional(),
    environments: schemas/* array */.YOg(schemas/* string */.YjP()),
});
const deploymentRecordSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig().int().positive(),
    kind: schemas/* literal */.euz('deployment'),
    environment: nameSchema,
    seq: schemas/* number */.aig().int().positive(),
    model: nameSchema,
    version: schemas/* number */.aig().int().positive(),
    previousVersion: schemas/* number */.aig().int().positive().nullable(),
    status: schemas/* enum */.k5n(['pending', 'in_progress', 'success', 'failure', 'error', 'inactive']),
    rollback: schemas/* boolean */.zMY(),
    createdAt: isoTime,
    updatedAt: isoTime,
    actor: schemas/* string */.YjP().optional(),
    approvals: schemas/* array */.YOg(approvalSchema),
    githubDeploymentId: schemas/* number */.aig().int().optional(),
    git: gitContextSchema,
    idempotencyKey: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../packages/core/src/records/drift.ts


const DRIFT_SCHEMA_VERSION = 1;
const driftSummarySchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig().int().positive(),
    kind: schemas/* literal */.euz('drift-summary'),
    id: schemas/* string */.YjP().min(1),
    dataset: nameSchema,
    createdAt: isoTime,
    reference: schemas/* string */.YjP(),
    current: schemas/* string */.YjP(),
    columns: schemas/* number */.aig().int().nonnegative(),
    drifted: schemas/* array */.YOg(schemas/* string */.YjP()),
    share: schemas/* number */.aig().min(0).max(1),
    threshold: schemas/* number */.aig(),
    drift: schemas/* boolean */.zMY(),
    reportUrl: schemas/* string */.YjP().optional(),
    git: gitContextSchema,
});

;// CONCATENATED MODULE: ../../packages/core/src/records/model.ts


const MODEL_SCHEMA_VERSION = 1;
const ALIAS_SCHEMA_VERSION = 1;
/** MLflow reserves these alias names; so do we. */
const RESERVED_ALIASES = ['latest'];
const ALIAS_PATTERN = /^(?!v\d+$)[a-z][a-z0-9_-]{0,62}$/;
const aliasSchema = schemas/* string */.YjP()
    .regex(ALIAS_PATTERN, 'aliases are lower-case letters, digits, "_" or "-", and may not look like a version ("v3")')
    .refine((a) => !RESERVED_ALIASES.includes(a), '"latest" is reserved');
const modelArtifactSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    size: schemas/* number */.aig().int().nonnegative(),
    storage: storageRefSchema,
});
const modelVersionSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig().int().positive(),
    kind: schemas/* literal */.euz('model-version'),
    name: nameSchema,
    version: schemas/* number */.aig().int().positive(),
    createdAt: isoTime,
    artifacts: schemas/* array */.YOg(modelArtifactSchema),
    lineage: schemas/* looseObject */._H3({
        runId: schemas/* string */.YjP().optional(),
        experiment: schemas/* string */.YjP().optional(),
        datasets: schemas/* array */.YOg(datasetRefSchema),
        commit: schemas/* string */.YjP().optional(),
        ref: schemas/* string */.YjP().optional(),
    }),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* null */.chJ()])),
    signature: schemas/* unknown */.L5J().optional(),
    description: schemas/* string */.YjP().optional(),
    tags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    git: gitContextSchema,
    idempotencyKey: schemas/* string */.YjP().optional(),
});
/** One move of an alias; the full history of an alias is the list of its moves. */
const aliasMoveSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig().int().positive(),
    kind: schemas/* literal */.euz('alias-move'),
    model: nameSchema,
    alias: aliasSchema,
    seq: schemas/* number */.aig().int().positive(),
    /** null when the alias was removed. */
    version: schemas/* number */.aig().int().positive().nullable(),
    previous: schemas/* number */.aig().int().positive().nullable(),
    at: isoTime,
    by: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP().optional(),
    git: gitContextSchema,
});

;// CONCATENATED MODULE: ../../packages/core/src/records/run.ts


const RUN_SCHEMA_VERSION = 1;
/** MLflow's key rule: <= 250 characters of word characters, "/", ".", "-" and space. */
const METRIC_KEY_PATTERN = /^[/\w.\- ]{1,250}$/;
const metricPointSchema = schemas/* object */.Ikc({
    step: schemas/* number */.aig().int().nonnegative(),
    value: schemas/* number */.aig().nullable(), // null for NaN/Infinity, which JSON cannot hold
    timestamp: schemas/* number */.aig().int().nonnegative().optional(),
});
const gateResultSchema = schemas/* object */.Ikc({
    rule: schemas/* string */.YjP(),
    metric: schemas/* string */.YjP(),
    passed: schemas/* boolean */.zMY(),
    actual: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* null */.chJ()]),
    expected: schemas/* number */.aig().nullable(),
    reason: schemas/* string */.YjP(),
});
const runRecordSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* number */.aig().int().positive(),
    kind: schemas/* literal */.euz('run'),
    id: schemas/* string */.YjP().min(1),
    experiment: nameSchema,
    name: schemas/* string */.YjP().optional(),
    status: schemas/* enum */.k5n(['RUNNING', 'FINISHED', 'FAILED', 'KILLED']),
    startTime: isoTime,
    endTime: isoTime.optional(),
    /** Params are strings, as in MLflow (value <= 6000 chars). */
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().max(6000)),
    /** Latest value per metric; non-numeric values are kept as strings, shown but not compared. */
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* null */.chJ()])),
    metricHistory: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(metricPointSchema)).optional(),
    tags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().max(8000)),
    datasets: schemas/* array */.YOg(datasetRefSchema),
    git: gitContextSchema,
    environment: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    gates: schemas/* array */.YOg(gateResultSchema).optional(),
    /** Same key => same record (a re-run of the same job attempt updates, never duplicates). */
    idempotencyKey: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ../../packages/core/src/records/parse.ts






const RECORD_KINDS = {
    run: { schema: runRecordSchema, version: RUN_SCHEMA_VERSION },
    'dataset-version': { schema: datasetVersionSchema, version: DATASET_SCHEMA_VERSION },
    'dataset-profile': { schema: datasetProfileSchema, version: PROFILE_SCHEMA_VERSION },
    'model-version': { schema: modelVersionSchema, version: MODEL_SCHEMA_VERSION },
    'alias-move': { schema: aliasMoveSchema, version: ALIAS_SCHEMA_VERSION },
    deployment: { schema: deploymentRecordSchema, version: DEPLOYMENT_SCHEMA_VERSION },
    'drift-summary': { schema: driftSummarySchema, version: DRIFT_SCHEMA_VERSION },
};
/** A record that is not valid for its kind: callers skip it with a warning naming `path`. */
class InvalidRecordError extends Error {
    name = 'InvalidRecordError';
    path;
    constructor(path, detail) {
        super(`${path}: ${detail}`);
        this.path = path;
    }
}
/** A record written by a newer Cairn: this one must not guess at it. */
class NewerSchemaError extends UserError {
    constructor(path, found, supported) {
        super(`${path} was written with schemaVersion ${found}, but this Cairn reads up to ${supported}: upgrade Cairn (the actions' @ref or the cairn CLI) to read it`);
    }
}
/**
 * Parses a record of the given kind. Throws NewerSchemaError for future schema versions
 * (a clear "upgrade" message) and InvalidRecordError for anything else that does not fit.
 */
function parseRecord(kind, value, path) {
    const { schema, version } = RECORD_KINDS[kind];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new InvalidRecordError(path, 'not a JSON object');
    }
    const found = value.schemaVersion;
    if (typeof found === 'number' && Number.isInteger(found) && found > version) {
        throw new NewerSchemaError(path, found, version);
    }
    const result = schema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : '(record)';
        throw new InvalidRecordError(path, `not a valid ${kind} record: ${where}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
}
/** Parses JSON text first; syntax errors become InvalidRecordError. */
function parseRecordText(kind, text, path) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new InvalidRecordError(path, `not valid JSON (${error.message})`);
    }
    return parseRecord(kind, value, path);
}

;// CONCATENATED MODULE: ../../packages/core/src/index.ts













/***/ }),

/***/ 5368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ countKind),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   lA: () => (/* binding */ countsFromTally),
/* harmony export */   r: () => (/* binding */ resolveType)
/* harmony export */ });
/* unused harmony exports mergeCounts, pandasDtype, evidentlyColumnType */
/* harmony import */ var _value_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3154);

/**
 * Column-level typing: counts per kind (mergeable across batches and files), the column type
 * they resolve to, and the dtype pandas would give the same column.
 */
function emptyCounts() {
    return {
        kinds: { null: 0, integer: 0, number: 0, boolean: 0, date: 0, datetime: 0, string: 0 },
        leadingZeroNumbers: 0,
    };
}
/** Adds `from` into `into` (counts are mergeable across batches and files). */
function mergeCounts(into, from) {
    for (const kind of KIND_NAMES)
        into.kinds[kind] += from.kinds[kind];
    into.leadingZeroNumbers += from.leadingZeroNumbers;
}
/** Counts from a tally indexed by kind code (K_NULL..K_LEADING_ZERO). */
function countsFromTally(tally) {
    const counts = emptyCounts();
    for (let code = _value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NULL */ .Yw; code <= _value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .K_STRING */ .W1; code++)
        counts.kinds[_value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd[code]] = tally[code];
    counts.kinds.string += tally[_value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .K_LEADING_ZERO */ .KJ];
    counts.leadingZeroNumbers = tally[_value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .K_LEADING_ZERO */ .KJ];
    return counts;
}
/** Adds one value of kind code `code` to counts. */
function countKind(counts, code) {
    if (code === _value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .K_LEADING_ZERO */ .KJ) {
        counts.kinds.string++;
        counts.leadingZeroNumbers++;
    }
    else
        counts.kinds[_value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd[code]]++;
}
/**
 * Column type from counts: one kind wins; integer+number is number; date+datetime is datetime.
 * Strings absorb kinds that are also plain text: numbers mixed only with leading-zero codes make
 * a code column (zip codes), and dates (or, in text files, a `True` among words) inside a text
 * column are text. Anything else (numbers with words, JSON numbers with JSON strings) is mixed.
 * `typed` is true for JSON and Parquet, where a boolean is not text.
 */
function resolveType(counts, typed = false) {
    const k = counts.kinds;
    const present = _value_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.filter((kind) => kind !== 'null' && k[kind] > 0);
    if (present.length === 0)
        return 'empty';
    if (present.length === 1)
        return present[0];
    const only = (allowed) => present.every((kind) => allowed.includes(kind));
    if (only(['integer', 'number']))
        return 'number';
    if (only(['date', 'datetime']))
        return 'datetime';
    if (k.string > 0) {
        const codesOnly = k.string === counts.leadingZeroNumbers;
        if (codesOnly && only(['integer', 'number', 'string']))
            return 'string';
        if (only(typed ? ['string', 'date', 'datetime'] : ['string', 'date', 'datetime', 'boolean']))
            return 'string';
    }
    return 'mixed';
}
/**
 * The dtype pandas would give this column (REFERENCE.md §3 item 11), so check-drift can choose
 * Evidently's tests: integers with any null become float64, `12.0` is float64, leading-zero codes
 * are numbers to pandas (Cairn keeps them as strings: a deliberate difference), dates in text
 * files stay object (read_csv parses no dates by default). `typedSource` is true for Parquet,
 * whose timestamps pandas reads as datetime64.
 */
function pandasDtype(counts, typedSource = false) {
    const k = counts.kinds;
    const nonNull = k.integer + k.number + k.boolean + k.date + k.datetime + k.string;
    if (nonNull + k.null === 0)
        return 'object';
    if (nonNull === 0)
        return 'float64';
    const plainStrings = k.string - counts.leadingZeroNumbers;
    if (plainStrings === 0 && k.boolean === 0 && k.date === 0 && k.datetime === 0) {
        return k.number === 0 && k.null === 0 ? 'int64' : 'float64';
    }
    if (k.boolean === nonNull)
        return k.null === 0 ? 'bool' : 'object';
    if (typedSource && k.datetime === nonNull)
        return 'datetime64[ns]';
    return 'object';
}
/**
 * The column type Evidently 0.7 (`infer_column_type`) gives a column pandas typed as `dtype`
 * (REFERENCE.md §3 item 11): float -> numeric; int -> categorical with <= 10 distinct values, else
 * numeric; bool -> categorical; datetime -> datetime; strings -> text when distinct values exceed
 * half the non-null count, else categorical. `distinct` and `nonNull` count non-null values.
 */
function evidentlyColumnType(dtype, distinct, nonNull) {
    switch (dtype) {
        case 'float64':
            return 'numeric';
        case 'int64':
            return distinct <= 10 ? 'categorical' : 'numeric';
        case 'bool':
            return 'categorical';
        case 'datetime64[ns]':
            return 'datetime';
        default:
            return distinct > 0.5 * nonNull ? 'text' : 'categorical';
    }
}


/***/ }),

/***/ 2399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gu: () => (/* binding */ emptyBatch),
  Vf: () => (/* binding */ readCsvStream)
});

// UNUSED EXPORTS: DEFAULT_MAX_BATCH_CELLS, assertUniqueNames, planColumns

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 12 modules
var src = __nccwpck_require__(8062);
// EXTERNAL MODULE: ../../packages/data/src/column-type.ts
var column_type = __nccwpck_require__(5368);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ../../packages/data/src/csv-dictionary.ts
/**
 * Dictionary encoding of CSV fields straight from their bytes: an open-addressing hash table
 * (FNV-1a over the bytes, linear probing) maps each distinct byte string of a column batch to a
 * code, and one string is decoded per distinct value, never one per row. Distinct valid UTF-8
 * byte strings decode to distinct strings, so the dictionary holds no duplicates.
 *
 * The table's arrays are scratch, reused from column to column and batch to batch; only the
 * dictionary of strings (handed out in the column) is new each time.
 */
/** FNV-1a 32-bit offset basis and prime (http://www.isthe.com/chongo/tech/comp/fnv/). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MIN_SLOTS = 1 << 10;
class ByteDictionary {
    /** code + 1 per slot; 0 is empty. Length is a power of two, kept at most half full. */
    #slots = new Int32Array(MIN_SLOTS);
    #mask = MIN_SLOTS - 1;
    /** Per code: hash, and where its first occurrence lies in the batch data. */
    #hashes = new Int32Array(MIN_SLOTS / 2);
    #starts = new Int32Array(MIN_SLOTS / 2);
    #lengths = new Int32Array(MIN_SLOTS / 2);
    /** Code of each hashed entry: hashed entries and addDistinct values share one code space. */
    #codes = new Int32Array(MIN_SLOTS / 2);
    #count = 0;
    /** Distinct values in code order; a fresh array per column batch. */
    strings = [];
    /** Starts an empty dictionary (for a new column batch). */
    reset() {
        if (this.#count > 0)
            this.#slots.fill(0);
        this.#count = 0;
        this.strings = [];
    }
    /**
     * Adds a value known to be distinct from every value added so far (callers that already
     * deduplicate, such as the short-field memo) without hashing it; returns its code. Such
     * values must never be looked up with `intern`.
     */
    addDistinct(value) {
        this.strings.push(value);
        return this.strings.length - 1;
    }
    /** Code of the bytes data[start, end), decoding and adding them if new. */
    intern(data, start, end) {
        const length = end - start;
        const hash = fnv1a(data, start, end);
        const slots = this.#slots;
        const mask = this.#mask;
        let at = hash & mask;
        for (;;) {
            const entry = slots[at];
            if (entry === 0)
                break;
            const code = entry - 1;
            if (this.#hashes[code] === hash &&
                this.#lengths[code] === length &&
                equalBytes(data, this.#starts[code], start, length)) {
                return this.#codes[code];
            }
            at = (at + 1) & mask;
        }
        const index = this.#count++;
        if (index === this.#hashes.length)
            this.#growEntries();
        this.#hashes[index] = hash;
        this.#starts[index] = start;
        this.#lengths[index] = length;
        slots[at] = index + 1;
        const code = this.strings.length;
        this.strings.push(data.toString('utf8', start, end));
        this.#codes[index] = code;
        if (this.#count * 2 > slots.length)
            this.#rehash();
        return code;
    }
    #growEntries() {
        const size = this.#hashes.length * 2;
        this.#hashes = grow(this.#hashes, size);
        this.#starts = grow(this.#starts, size);
        this.#lengths = grow(this.#lengths, size);
        this.#codes = grow(this.#codes, size);
    }
    #rehash() {
        const slots = new Int32Array(this.#slots.length * 2);
        const mask = slots.length - 1;
        for (let entry = 0; entry < this.#count; entry++) {
            let at = this.#hashes[entry] & mask;
            while (slots[at] !== 0)
                at = (at + 1) & mask;
            slots[at] = entry + 1;
        }
        this.#slots = slots;
        this.#mask = mask;
    }
}
/** FNV-1a (32 bits) of data[start, end). */
function fnv1a(data, start, end) {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ data[i], FNV_PRIME);
    return hash;
}
function grow(array, size) {
    const bigger = new Int32Array(size);
    bigger.set(array);
    return bigger;
}
/** Compared from the end: values that share a prefix (timestamps, ids) usually differ there. */
function equalBytes(data, a, b, length) {
    for (let i = length - 1; i >= 0; i--)
        if (data[a + i] !== data[b + i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ../../packages/data/src/csv-raw-batch.ts
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
/** Smallest data buffer; it grows to the largest batch (plus one chunk) and is then reused. */
const MIN_DATA_BYTES = 1 << 16;
/**
 * Batch buffers shared by the tokenizer's two paths (the fast row scanner and the quote-aware
 * state machine). Plain public fields: the hot loops copy them into locals and write them back.
 */
class RawBatchWriter {
    data = Buffer.allocUnsafe(MIN_DATA_BYTES);
    dataLen = 0;
    rowStarts;
    ends;
    lines;
    rows = 0;
    width;
    batchRows;
    #onBatch;
    constructor(width, batchRows, onBatch) {
        this.width = width;
        this.batchRows = batchRows;
        this.#onBatch = onBatch;
        this.rowStarts = new Uint32Array(batchRows);
        this.ends = new Uint32Array(batchRows * width);
        this.lines = new Uint32Array(batchRows);
    }
    /** Makes room for `length` more bytes after dataLen. */
    reserve(length) {
        if (this.dataLen + length > this.data.length) {
            const bigger = Buffer.allocUnsafe(Math.max(this.data.length * 2, this.dataLen + length));
            this.data.copy(bigger, 0, 0, this.dataLen);
            this.data = bigger;
        }
    }
    /** Hands the rows written so far to onBatch, then starts an empty batch in the same buffers. */
    flush() {
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
function fieldStarts(raw, slot) {
    return slot === 0
        ? { starts: raw.rowStarts, base: 0, add: 0 }
        : { starts: raw.ends, base: (slot - 1) * raw.stride, add: 1 };
}

// EXTERNAL MODULE: ../../packages/data/src/value-kinds.ts
var value_kinds = __nccwpck_require__(3154);
;// CONCATENATED MODULE: ../../packages/data/src/csv-short-memo.ts

/**
 * Short CSV fields (1 to 6 bytes) that cannot start a number (codes, categories, null
 * spellings) are classified, and decoded, once per distinct value for a whole file: their kind
 * and text do not depend on the batch. The bytes and the length pack exactly into two int32
 * keys, found in an open-addressing table (linear probing, at most half full).
 */
const SHORT_MAX_BYTES = 6;
/** The memo starts over when it holds this many values (a column of short unique ids). */
const MEMO_MAX = 1 << 16;
const csv_short_memo_MIN_SLOTS = 1 << 8;
class ShortMemo {
    /** id + 1 per slot, 0 when empty. */
    #slots = new Int32Array(csv_short_memo_MIN_SLOTS);
    #mask = csv_short_memo_MIN_SLOTS - 1;
    /** 32 - log2(slots): the hash's top bits pick the slot. */
    #shift = 32 - 8;
    /** Per id: bytes 0-3, and length | bytes 4-5 << 8. */
    #lo = new Int32Array(csv_short_memo_MIN_SLOTS / 2);
    #hi = new Int32Array(csv_short_memo_MIN_SLOTS / 2);
    /** Kind code per id (K_NULL for a null spelling). */
    kinds = [];
    /** Text per id, decoded on first use. */
    strings = [];
    /** Forgets every value once the memo is full (called between column batches). */
    clearIfFull() {
        if (this.kinds.length < MEMO_MAX)
            return;
        this.#slots.fill(0);
        this.kinds = [];
        this.strings = [];
    }
    /** Id of the bytes data[start, end) (1 to 6 bytes), classifying them when first seen. */
    idOf(data, start, end, nulls) {
        const length = end - start;
        let lo = 0;
        let hi = length;
        for (let i = 0; i < length; i++) {
            const b = data[start + i];
            if (i < 4)
                lo |= b << (8 * i);
            else
                hi |= b << (8 * (i - 3));
        }
        const slots = this.#slots;
        const mask = this.#mask;
        let at = hashKey(lo, hi) >>> this.#shift;
        for (;;) {
            const entry = slots[at];
            if (entry === 0)
                break;
            if (this.#lo[entry - 1] === lo && this.#hi[entry - 1] === hi)
                return entry - 1;
            at = (at + 1) & mask;
        }
        const id = this.kinds.length;
        this.kinds.push(nulls.matchesBytes(data, start, end) ? value_kinds/* K_NULL */.Yw : (0,value_kinds/* classifyBytes */.E)(data, start, end));
        this.strings.push(undefined);
        if (id === this.#lo.length) {
            this.#lo = csv_short_memo_grow(this.#lo);
            this.#hi = csv_short_memo_grow(this.#hi);
        }
        this.#lo[id] = lo;
        this.#hi[id] = hi;
        slots[at] = id + 1;
        if (2 * (id + 1) > slots.length)
            this.#rehash();
        return id;
    }
    /** The text of entry `id` (a fresh short string, decoded on first use). */
    stringOf(id, data, start, end) {
        let value = this.strings[id];
        if (value === undefined) {
            value = data.toString('utf8', start, end);
            this.strings[id] = value;
        }
        return value;
    }
    #rehash() {
        const slots = new Int32Array(this.#slots.length * 2);
        const mask = slots.length - 1;
        const shift = this.#shift - 1;
        for (let id = 0; id < this.kinds.length; id++) {
            let at = hashKey(this.#lo[id], this.#hi[id]) >>> shift;
            while (slots[at] !== 0)
                at = (at + 1) & mask;
            slots[at] = id + 1;
        }
        this.#slots = slots;
        this.#mask = mask;
        this.#shift = shift;
    }
}
/** Multiplicative hashing (golden-ratio constants); callers keep the top bits. */
function hashKey(lo, hi) {
    return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ Math.imul(hi, 0x27d4eb2f);
}
function csv_short_memo_grow(array) {
    const bigger = new Int32Array(array.length * 2);
    bigger.set(array);
    return bigger;
}

;// CONCATENATED MODULE: ../../packages/data/src/csv-columns.ts






/** 1 for the bytes a number can start with: digits, sign, dot. */
const NUMERIC_START = new Uint8Array(256);
for (const c of '0123456789+-.')
    NUMERIC_START[c.charCodeAt(0)] = 1;
/** Fields at least this long are compared with the previous row's before being classified. */
const REPEAT_MIN_BYTES = 8;
/** The code of short-memo value `id`, added to the dictionary on first use in the batch. */
function memoCode(id, memo, memoCodes, dictionary, data, start, end) {
    let code = memoCodes[id];
    if (code < 0) {
        code = dictionary.addDistinct(memo.stringOf(id, data, start, end));
        memoCodes[id] = code;
    }
    return code;
}
/**
 * Per-row arrays of one column batch that never leave the builder, reused for every column and
 * batch (grown when a batch is larger).
 */
class Scratch {
    kinds = new Uint8Array(0);
    /** 1 where a long field repeats the previous row's bytes: kind, number and string are reused. */
    repeats = new Uint8Array(0);
    /** 1 + the field's index in the short memo, 0 for other fields. */
    shortIds = new Int32Array(0);
    /** Parsed numbers; copied out (slice) only when the column is numeric. */
    numbers = new Float64Array(0);
    /** Dictionary code of each short-memo entry in the current column batch (-1: none yet). */
    memoCodes = new Int32Array(0);
    tally = new Int32Array(8);
    ensure(rows) {
        if (this.kinds.length >= rows)
            return;
        this.kinds = new Uint8Array(rows);
        this.repeats = new Uint8Array(rows);
        this.shortIds = new Int32Array(rows);
        this.numbers = new Float64Array(rows);
    }
}
/**
 * Turns the bytes of CSV batches into typed columns. Each column is classified from bytes in one
 * pass that also parses numbers; only non-numeric columns decode fields to strings, either one
 * per row (ValueColumn) or, with `dictionary`, one per distinct value (DictionaryColumn).
 */
class CsvColumnBuilder {
    #slots;
    #nulls;
    #dictionary;
    #memos;
    #scratch = new Scratch();
    #codes = new ByteDictionary();
    /** Per column: whether its previous batch was text (string, date, datetime). */
    #wasText = [];
    /** The batch decoded as latin1, made only when a ValueColumn of an ASCII batch needs strings. */
    #text;
    #textState = 'unknown';
    constructor(slots, nulls, dictionary) {
        this.#slots = slots;
        this.#nulls = nulls;
        this.#dictionary = dictionary;
        this.#memos = slots.map(() => new ShortMemo());
    }
    /** Columns of one raw batch; nothing returned refers to the batch's (reused) buffers. */
    build(raw) {
        this.#scratch.ensure(raw.rows);
        this.#text = undefined;
        this.#textState = 'unknown';
        const columns = new Map();
        this.#slots.forEach(({ name, slot }, i) => {
            columns.set(name, this.#column(raw, name, slot, i));
        });
        this.#text = undefined;
        return columns;
    }
    #column(raw, name, slot, i) {
        const memo = this.#memos[i];
        memo.clearIfFull();
        const rows = raw.rows;
        const scratch = this.#scratch;
        // With `dictionary`, a column that was text in the previous batch is encoded while it is
        // classified (one pass); if it turns out not to be text, the codes are dropped.
        const early = this.#dictionary && this.#wasText[i] === true ? this.#startEncoding(rows, memo) : undefined;
        classify(raw, slot, this.#nulls, memo, scratch, early);
        const counts = (0,column_type/* countsFromTally */.lA)(scratch.tally);
        const type = (0,column_type/* resolveType */.r)(counts);
        const text = type === 'string' || type === 'date' || type === 'datetime';
        this.#wasText[i] = text;
        if (type === 'integer' || type === 'number') {
            const kinds = scratch.kinds;
            let nullMask;
            if (counts.kinds.null > 0) {
                nullMask = new Uint8Array(rows);
                for (let r = 0; r < rows; r++)
                    if (kinds[r] === value_kinds/* K_NULL */.Yw)
                        nullMask[r] = 1;
            }
            return { name, type, length: rows, counts, numbers: scratch.numbers.slice(0, rows), nullMask };
        }
        if (this.#dictionary && text) {
            const codes = early?.codes ?? this.#encode(raw, slot, memo);
            return { name, type, length: rows, counts, codes, dictionary: this.#codes.strings };
        }
        return { name, type, length: rows, counts, values: this.#values(raw, slot, memo, type) };
    }
    /** An empty dictionary, fresh codes, and no codes yet for the memo's values. */
    #startEncoding(rows, memo) {
        this.#codes.reset();
        // The memo may gain up to `rows` values during the batch.
        const needed = memo.kinds.length + rows;
        let memoCodes = this.#scratch.memoCodes;
        if (memoCodes.length < needed) {
            memoCodes = new Int32Array(Math.max(needed, 2 * memoCodes.length));
            this.#scratch.memoCodes = memoCodes;
        }
        memoCodes.fill(-1, 0, needed);
        return { codes: new Int32Array(rows), memoCodes, dictionary: this.#codes };
    }
    /** Dictionary codes of a classified text column: repeats, short-memo values and hashed bytes. */
    #encode(raw, slot, memo) {
        const { data, ends, rows } = raw;
        const base = slot * raw.stride;
        const { starts, base: startBase, add } = fieldStarts(raw, slot);
        const { kinds, repeats, shortIds } = this.#scratch;
        const { codes, memoCodes, dictionary } = this.#startEncoding(rows, memo);
        for (let r = 0; r < rows; r++) {
            if (kinds[r] === value_kinds/* K_NULL */.Yw)
                codes[r] = -1;
            else if (repeats[r] === 1)
                codes[r] = codes[r - 1];
            else {
                const index = base + r;
                const id = shortIds[r] - 1;
                codes[r] =
                    id >= 0
                        ? memoCode(id, memo, memoCodes, dictionary, data, starts[startBase + r] + add, ends[index])
                        : dictionary.intern(data, starts[startBase + r] + add, ends[index]);
            }
        }
        return codes;
    }
    /** One value per row: text as written for string/date/datetime, typed values for mixed/boolean. */
    #values(raw, slot, memo, type) {
        const { data, ends, rows } = raw;
        const base = slot * raw.stride;
        const { starts, base: startBase, add } = fieldStarts(raw, slot);
        const { kinds, repeats, shortIds, numbers } = this.#scratch;
        const values = new Array(rows);
        const shortStrings = new Map();
        const keepText = type !== 'mixed' && type !== 'boolean';
        for (let r = 0; r < rows; r++) {
            const kind = kinds[r];
            if (kind === value_kinds/* K_NULL */.Yw) {
                values[r] = null;
                continue;
            }
            if (repeats[r] === 1) {
                values[r] = values[r - 1];
                continue;
            }
            if (!keepText && (kind === value_kinds/* K_INTEGER */.v8 || kind === value_kinds/* K_NUMBER */.I0)) {
                values[r] = numbers[r];
                continue;
            }
            const index = base + r;
            const start = starts[startBase + r] + add;
            const end = ends[index];
            const id = shortIds[r] - 1;
            if (!keepText && kind === value_kinds/* K_BOOLEAN */.b5)
                values[r] = (data[start] | 0x20) === 116; // 't'
            else if (id >= 0)
                values[r] = memo.stringOf(id, data, start, end);
            else if (end - start <= SHORT_MAX_BYTES) {
                // Short numeric-looking text (codes such as `00501`): one string per distinct value.
                const key = packShort(data, start, end);
                let value = shortStrings.get(key);
                if (value === undefined) {
                    value = this.#string(data, start, end);
                    shortStrings.set(key, value);
                }
                values[r] = value;
            }
            else
                values[r] = this.#string(data, start, end);
        }
        return values;
    }
    /**
     * A field's text. ASCII batches (the common case) are decoded once, on first need; fields are
     * then substrings of that text, whose character offsets equal the byte offsets.
     */
    #string(data, start, end) {
        if (this.#textState === 'unknown') {
            this.#textState = (0,external_node_buffer_.isAscii)(data) ? 'ascii' : 'utf8';
            if (this.#textState === 'ascii')
                this.#text = data.toString('latin1');
        }
        return this.#text === undefined ? data.toString('utf8', start, end) : this.#text.substring(start, end);
    }
}
/** Length and up to 6 bytes packed into one exact integer (< 2^53). */
function packShort(data, start, end) {
    let key = end - start;
    for (let i = start; i < end; i++)
        key = key * 256 + data[i];
    return key;
}
/**
 * Whether data[a, a + length) equals data[b, b + length), four bytes at a time (unaligned
 * DataView loads compile to plain loads). Compared from the end: neighbouring values (sorted
 * timestamps, ids) usually differ there.
 */
function sameBytes(view, a, b, length) {
    let i = length;
    while (i >= 4) {
        i -= 4;
        if (view.getInt32(a + i) !== view.getInt32(b + i))
            return false;
    }
    while (i > 0) {
        i--;
        if (view.getUint8(a + i) !== view.getUint8(b + i))
            return false;
    }
    return true;
}
/**
 * Classifies every field of a column batch into scratch (kinds, numbers, repeats, shortIds,
 * tally) and, given `encoding`, assigns dictionary codes on the way.
 */
function classify(raw, slot, nulls, memo, scratch, encoding) {
    const { data, ends, rows } = raw;
    const base = slot * raw.stride;
    const { starts, base: startBase, add } = fieldStarts(raw, slot);
    const { kinds, numbers, repeats, shortIds, tally } = scratch;
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    tally.fill(0);
    let prevStart = -1;
    let prevLength = -1;
    for (let r = 0; r < rows; r++) {
        const index = base + r;
        const start = starts[startBase + r] + add;
        const end = ends[index];
        const length = end - start;
        let kind;
        repeats[r] = 0;
        shortIds[r] = 0;
        if (length >= REPEAT_MIN_BYTES && length === prevLength && sameBytes(view, start, prevStart, length)) {
            kind = kinds[r - 1];
            numbers[r] = numbers[r - 1];
            repeats[r] = 1;
            if (encoding !== undefined)
                encoding.codes[r] = encoding.codes[r - 1];
        }
        else if (length > 0 && length <= SHORT_MAX_BYTES && !NUMERIC_START[data[start]]) {
            const id = memo.idOf(data, start, end, nulls);
            kind = memo.kinds[id];
            shortIds[r] = id + 1;
            if (kind === value_kinds/* K_NULL */.Yw)
                numbers[r] = Number.NaN;
            else if (kind === value_kinds/* K_NUMBER */.I0)
                numbers[r] = (0,value_kinds/* parseNumberBytes */.oX)(data, start, end); // inf
            if (encoding !== undefined) {
                encoding.codes[r] =
                    kind === value_kinds/* K_NULL */.Yw ? -1 : memoCode(id, memo, encoding.memoCodes, encoding.dictionary, data, start, end);
            }
        }
        else if (nulls.matchesBytes(data, start, end)) {
            kind = value_kinds/* K_NULL */.Yw;
            numbers[r] = Number.NaN;
            if (encoding !== undefined)
                encoding.codes[r] = -1;
        }
        else {
            kind = (0,value_kinds/* parsePlainNumber */.rp)(data, start, end, numbers, r);
            if (kind < 0) {
                kind = (0,value_kinds/* classifyBytes */.E)(data, start, end);
                if (kind === value_kinds/* K_INTEGER */.v8 || kind === value_kinds/* K_NUMBER */.I0)
                    numbers[r] = (0,value_kinds/* parseNumberBytes */.oX)(data, start, end);
            }
            if (encoding !== undefined)
                encoding.codes[r] = encoding.dictionary.intern(data, start, end);
        }
        prevStart = start;
        prevLength = length;
        kinds[r] = kind;
        tally[kind]++;
    }
}

;// CONCATENATED MODULE: ../../packages/data/src/csv-fast-rows.ts
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
/**
 * Scans rows of `chunk` from `from` (a row start, with no pending LF to skip) into `out`.
 * Returns the index of the first byte it did not take: `chunk.length`, or the start of a row the
 * state machine must read. Flushes `out` whenever a batch fills.
 */
function scanPlainRows(chunk, from, shape, out, cursor) {
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
        let b = chunk[i];
        if (b === LF || b === CR) {
            // A blank line: skipped, as pandas does.
            line++;
            i++;
            if (b === CR) {
                if (i === n)
                    cursor.skipLF = true;
                else if (chunk[i] === LF)
                    i++;
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
                b = chunk[j];
                if (b <= stopMax && (b === delimiter || b === LF || b === CR || b === QUOTE))
                    break;
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
            }
            else {
                const slot = projection[field];
                if (slot >= 0) {
                    if (j - fieldStart < 48)
                        for (let k = fieldStart; k < j; k++)
                            data[dataLen++] = chunk[k];
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
            if (i === n)
                cursor.skipLF = true;
            else if (chunk[i] === LF)
                i++;
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
function copyRegion(chunk, start, end, data, at) {
    if (end > start)
        data.set(chunk.subarray(start, end), at);
    return at + end - start;
}

;// CONCATENATED MODULE: ../../packages/data/src/csv-tokenizer.ts



const csv_tokenizer_LF = 10;
const csv_tokenizer_CR = 13;
const csv_tokenizer_QUOTE = 34;
const BOM = [0xef, 0xbb, 0xbf];
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
class CsvTokenizer {
    #opts;
    #delimiter;
    /** The largest of delimiter, LF and CR. */
    #stopMax;
    #fastRows;
    #state = FIELD_START;
    #bomMatched = 0;
    #bomDone = false;
    #cursor = { line: 1, skipLF: false };
    #rowLine = 1;
    #rowStarted = false;
    #quoteLine = 1;
    #fieldIndex = 0;
    #fieldStart = 0;
    #capture = true;
    #inHeader = true;
    #headerNames = [];
    #shape;
    #fieldCount = 0;
    #projection = new Int32Array(0);
    /** Header bytes until the header ends, then the batch writer's. */
    #out = new RawBatchWriter(0, 1, () => { });
    constructor(options) {
        this.#opts = options;
        this.#delimiter = options.delimiter;
        this.#stopMax = Math.max(options.delimiter, csv_tokenizer_LF, csv_tokenizer_CR);
        this.#fastRows = options.fastRows ?? true;
    }
    /** Header names, once the first row has been read. */
    get header() {
        return this.#inHeader ? undefined : this.#headerNames;
    }
    /**
     * The line on which `next` (the chunk to be pushed next) starts, counting line ends before
     * it as the errors do; an LF that completes a CRLF is left for the caller to count.
     */
    lineBefore(next) {
        const cursor = this.#cursor;
        return cursor.skipLF && next[0] === csv_tokenizer_LF ? cursor.line - 1 : cursor.line;
    }
    push(chunk) {
        let i = 0;
        if (!this.#bomDone) {
            while (i < chunk.length && this.#bomMatched < 3 && chunk[i] === BOM[this.#bomMatched]) {
                this.#bomMatched++;
                i++;
            }
            if (this.#bomMatched === 3)
                this.#bomDone = true;
            else if (i < chunk.length) {
                // Not a BOM after all: feed back the bytes that looked like one.
                this.#bomDone = true;
                if (this.#bomMatched > 0)
                    this.#consume(Uint8Array.from(BOM.slice(0, this.#bomMatched)), 0);
            }
        }
        if (i < chunk.length)
            this.#consume(chunk, i);
    }
    /** Ends the input: flushes the last row and batch, or throws on an unclosed quote. */
    finish() {
        if (!this.#bomDone && this.#bomMatched > 0) {
            this.#bomDone = true;
            this.#consume(Uint8Array.from(BOM.slice(0, this.#bomMatched)), 0);
        }
        if (this.#state === QUOTED) {
            throw new src/* UserError */.yo(`${this.#opts.source}: line ${this.#quoteLine}: a quoted field opened here is never closed. ` +
                'Close the quote, or double any quote character inside a quoted field ("").');
        }
        if (this.#rowStarted) {
            this.#endField();
            this.#endRow();
        }
        if (this.#out.rows > 0)
            this.#out.flush();
    }
    #consume(chunk, from) {
        const n = chunk.length;
        const cursor = this.#cursor;
        let i = from;
        while (i < n) {
            if (cursor.skipLF && skipLineFeed(cursor, chunk, i)) {
                i++;
                continue;
            }
            const shape = this.#shape;
            if (shape !== undefined && this.#state === FIELD_START && !this.#rowStarted) {
                i = scanPlainRows(chunk, i, shape, this.#out, cursor);
                this.#rowLine = cursor.line;
                this.#fieldStart = this.#out.dataLen;
                if (i === n)
                    return;
            }
            i = this.#machine(chunk, i);
        }
    }
    /** Reads from `from` until a row ends (returns the index after it) or the chunk ends. */
    #machine(chunk, from) {
        const n = chunk.length;
        const delimiter = this.#delimiter;
        const cursor = this.#cursor;
        let i = from;
        while (i < n) {
            if (cursor.skipLF && skipLineFeed(cursor, chunk, i)) {
                i++;
                continue;
            }
            switch (this.#state) {
                case FIELD_START: {
                    const b = chunk[i];
                    if (b === csv_tokenizer_QUOTE) {
                        this.#state = QUOTED;
                        this.#quoteLine = cursor.line;
                        this.#rowStarted = true;
                        i++;
                    }
                    else if (b === delimiter) {
                        this.#rowStarted = true;
                        this.#endField();
                        i++;
                    }
                    else if (b === csv_tokenizer_LF || b === csv_tokenizer_CR) {
                        const ended = this.#rowStarted;
                        if (ended) {
                            this.#endField();
                            this.#endRow();
                        }
                        this.#newline(b);
                        i++;
                        if (ended && this.#shape !== undefined)
                            return i;
                    }
                    else {
                        this.#rowStarted = true;
                        this.#state = UNQUOTED;
                    }
                    break;
                }
                case UNQUOTED: {
                    let j = i;
                    let b = 0;
                    // Bytes above stopMax (letters, digits for a comma or tab delimiter) cost one compare.
                    const stopMax = this.#stopMax;
                    if (this.#capture) {
                        // Scan and copy in one pass.
                        const out = this.#out;
                        out.reserve(n - i);
                        const data = out.data;
                        let at = out.dataLen;
                        while (j < n) {
                            b = chunk[j];
                            if (b <= stopMax && (b === delimiter || b === csv_tokenizer_LF || b === csv_tokenizer_CR))
                                break;
                            data[at++] = b;
                            j++;
                        }
                        out.dataLen = at;
                    }
                    else {
                        while (j < n) {
                            b = chunk[j];
                            if (b <= stopMax && (b === delimiter || b === csv_tokenizer_LF || b === csv_tokenizer_CR))
                                break;
                            j++;
                        }
                    }
                    if (j === n)
                        return n;
                    this.#endField();
                    this.#state = FIELD_START;
                    i = j + 1;
                    if (b !== delimiter) {
                        this.#endRow();
                        this.#newline(b);
                        if (this.#shape !== undefined)
                            return i;
                    }
                    break;
                }
                case QUOTED: {
                    let j = i;
                    while (j < n) {
                        const b = chunk[j];
                        if (b === csv_tokenizer_QUOTE)
                            break;
                        if (b === csv_tokenizer_LF)
                            cursor.line++;
                        j++;
                    }
                    if (j > i && this.#capture)
                        this.#append(chunk, i, j);
                    if (j === n)
                        return n;
                    this.#state = QUOTE_IN_QUOTED;
                    i = j + 1;
                    break;
                }
                default: {
                    // QUOTE_IN_QUOTED: a doubled quote, or the end of the quoted part.
                    const b = chunk[i];
                    if (b === csv_tokenizer_QUOTE) {
                        if (this.#capture)
                            this.#append(chunk, i, i + 1);
                        this.#state = QUOTED;
                        i++;
                    }
                    else if (b === delimiter) {
                        this.#endField();
                        this.#state = FIELD_START;
                        i++;
                    }
                    else if (b === csv_tokenizer_LF || b === csv_tokenizer_CR) {
                        this.#endField();
                        this.#endRow();
                        this.#state = FIELD_START;
                        this.#newline(b);
                        i++;
                        if (this.#shape !== undefined)
                            return i;
                    }
                    else {
                        this.#state = UNQUOTED;
                    }
                }
            }
        }
        return n;
    }
    #newline(b) {
        const cursor = this.#cursor;
        cursor.line++;
        this.#rowLine = cursor.line;
        if (b === csv_tokenizer_CR)
            cursor.skipLF = true;
    }
    #append(chunk, start, end) {
        const length = end - start;
        const out = this.#out;
        out.reserve(length);
        const data = out.data;
        let at = out.dataLen;
        if (length < 48) {
            // A loop beats subarray()+set() for the short runs most fields are.
            for (let i = start; i < end; i++)
                data[at++] = chunk[i];
        }
        else
            data.set(chunk.subarray(start, end), at);
        out.dataLen += length;
    }
    #endField() {
        const out = this.#out;
        if (this.#inHeader) {
            this.#headerNames.push(out.data.toString('utf8', this.#fieldStart, out.dataLen));
        }
        else if (this.#capture) {
            const slot = this.#projection[this.#fieldIndex];
            if (slot === 0)
                out.rowStarts[out.rows] = this.#fieldStart;
            out.ends[slot * out.batchRows + out.rows] = out.dataLen;
            // The separator byte after each field (see RawBatch).
            out.reserve(1);
            out.dataLen++;
        }
        this.#fieldStart = out.dataLen;
        this.#fieldIndex++;
        this.#capture = this.#inHeader || (this.#fieldIndex < this.#fieldCount && this.#projection[this.#fieldIndex] >= 0);
    }
    #endRow() {
        if (this.#inHeader)
            this.#startBody();
        else {
            if (this.#fieldIndex !== this.#fieldCount) {
                throw new src/* UserError */.yo(`${this.#opts.source}: line ${this.#rowLine} has ${this.#fieldIndex} field(s) but the header has ` +
                    `${this.#fieldCount}. Quote fields that contain the delimiter, a quote or a line break ` +
                    '("a,b" with inner quotes doubled), or fix the row.');
            }
            const out = this.#out;
            out.lines[out.rows] = this.#rowLine;
            out.rows++;
            if (out.rows === out.batchRows)
                out.flush();
        }
        this.#fieldIndex = 0;
        this.#fieldStart = this.#out.dataLen;
        this.#rowStarted = false;
        this.#capture = this.#fieldCount > 0 && this.#projection[0] >= 0;
    }
    /** The header has ended: plan the projection and the batches. */
    #startBody() {
        this.#inHeader = false;
        const projection = this.#opts.onHeader(this.#headerNames);
        const fieldCount = this.#headerNames.length;
        let width = 0;
        let identity = true;
        for (let f = 0; f < fieldCount; f++) {
            const slot = projection[f];
            if (slot >= 0)
                width++;
            if (slot !== f)
                identity = false;
        }
        const cap = Math.max(1, Math.floor(this.#opts.maxBatchCells / Math.max(1, width)));
        this.#projection = projection;
        this.#fieldCount = fieldCount;
        this.#out = new RawBatchWriter(width, Math.min(this.#opts.batchRows, cap), this.#opts.onBatch);
        if (this.#fastRows) {
            this.#shape = { delimiter: this.#delimiter, fieldCount, projection, readsAll: identity };
        }
    }
}
/** After a CR: clears the pending flag; true when `chunk[i]` is the LF of that CR line end. */
function skipLineFeed(cursor, chunk, i) {
    cursor.skipLF = false;
    return chunk[i] === csv_tokenizer_LF;
}

// EXTERNAL MODULE: ../../packages/data/src/utf8-check.ts
var utf8_check = __nccwpck_require__(3467);
;// CONCATENATED MODULE: ../../packages/data/src/csv-reader.ts






const DEFAULT_MAX_BATCH_CELLS = 1 << 23;
/**
 * Reads CSV/TSV bytes (any chunking) into column batches. Always yields at least one batch
 * (with zero rows for a header-only file) so callers learn the column names. A chunk is copied
 * from before the next one is requested, so a producer may reuse one buffer for every chunk.
 */
async function* readCsvStream(chunks, options) {
    const delimiter = delimiterByte(options.delimiter);
    const nulls = new value_kinds/* NullMatcher */.Ol(options.nullValues);
    let slots = [];
    let builder;
    // Batches are built as the tokenizer fills them (its buffers are reused), then yielded.
    let ready = [];
    let rowOffset = 0;
    let yielded = false;
    const tokenizer = new CsvTokenizer({
        source: options.source,
        delimiter,
        batchRows: options.batchRows,
        maxBatchCells: options.maxBatchCells ?? DEFAULT_MAX_BATCH_CELLS,
        onHeader: (names) => {
            const plan = planColumns(options.source, names, options.columns);
            slots = plan.slots;
            builder = new CsvColumnBuilder(slots, nulls, options.dictionary === true);
            return plan.projection;
        },
        onBatch: (raw) => {
            ready.push({ columns: builder.build(raw), rowOffset, rowCount: raw.rows, lineNumbers: raw.lines });
            rowOffset += raw.rows;
        },
    });
    // Lines as the tokenizer counts them (it has read every chunk before the one being checked).
    let chunk = new Uint8Array(0);
    const utf8 = new utf8_check/* Utf8Checker */.b(options.source, () => tokenizer.lineBefore(chunk));
    const emit = function* () {
        const batches = ready;
        ready = [];
        for (const batch of batches) {
            yielded = true;
            yield batch;
        }
    };
    for await (chunk of chunks) {
        utf8.push(chunk);
        tokenizer.push(chunk);
        yield* emit();
    }
    utf8.end();
    tokenizer.finish();
    if (tokenizer.header === undefined) {
        throw new src/* UserError */.yo(`${options.source}: the file is empty. A CSV file needs a header line naming its columns, then one line per row.`);
    }
    yield* emit();
    if (!yielded)
        yield emptyBatch(slots.map((s) => s.name));
}
function emptyBatch(names) {
    const columns = new Map();
    for (const name of names)
        columns.set(name, { name, type: 'empty', length: 0, counts: (0,column_type/* emptyCounts */.W1)(), values: [] });
    return { columns, rowOffset: 0, rowCount: 0, lineNumbers: new Uint32Array(0) };
}
function delimiterByte(delimiter) {
    const code = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || code > 127 || code === 34 || code === 10 || code === 13) {
        throw new src/* UserError */.yo(`delimiter ${JSON.stringify(delimiter)} is not supported: use one ASCII character other than a quote or line break (for example "," ";" "|" or "\\t").`);
    }
    return code;
}
/**
 * Checks header names (empty names become `Unnamed: i` as in pandas; duplicates are an error)
 * and maps the requested columns to slots in file order.
 */
function planColumns(source, rawNames, requested) {
    const names = rawNames.map((name, i) => (name === '' ? `Unnamed: ${i}` : name));
    rawNames.splice(0, rawNames.length, ...names);
    assertUniqueNames(source, names);
    const wanted = requested ?? names;
    const missing = wanted.filter((name) => !names.includes(name));
    if (missing.length > 0) {
        throw new src/* UserError */.yo(`${source}: no column named ${missing.map((n) => JSON.stringify(n)).join(', ')}. ` +
            `The header has: ${names.map((n) => JSON.stringify(n)).join(', ')}.`);
    }
    const wantedSet = new Set(wanted);
    const projection = new Int32Array(names.length).fill(-1);
    const slotOf = new Map();
    let next = 0;
    names.forEach((name, i) => {
        if (wantedSet.has(name)) {
            projection[i] = next;
            slotOf.set(name, next++);
        }
    });
    return { slots: wanted.map((name) => ({ name, slot: slotOf.get(name) })), projection };
}
function assertUniqueNames(source, names) {
    const positions = new Map();
    names.forEach((name, i) => {
        positions.set(name, [...(positions.get(name) ?? []), i + 1]);
    });
    const duplicates = [...positions].filter(([, at]) => at.length > 1);
    if (duplicates.length > 0) {
        const list = duplicates.map(([name, at]) => `${JSON.stringify(name)} (columns ${at.join(', ')})`).join('; ');
        throw new src/* UserError */.yo(`${source}: duplicate column names: ${list}. Rename them so that every column name is unique.`);
    }
}


/***/ }),

/***/ 3467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Utf8Checker)
/* harmony export */ });
/* unused harmony export firstInvalidOffset */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cairn_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8062);


/**
 * Streaming UTF-8 validation with node's native isUtf8. A multi-byte character may be split
 * across chunks: the incomplete tail of one chunk is carried into the next. On failure the
 * error names the file, the byte offset and the line.
 */
class Utf8Checker {
    #source;
    #lineAtChunkStart;
    #carry = new Uint8Array(0);
    /** Line of the carried bytes, taken before the chunk that follows them is read. */
    #carryLine;
    #offset = 0;
    #line = 1;
    /**
     * `lineAtChunkStart`, when given, tells the line where the chunk being pushed starts (a CSV
     * tokenizer knows it): lines are then not counted here, which costs a scan of every chunk.
     */
    constructor(source, lineAtChunkStart) {
        this.#source = source;
        this.#lineAtChunkStart = lineAtChunkStart;
    }
    push(chunk) {
        let body = chunk;
        if (this.#carry.length > 0) {
            this.#carryLine ??= this.#lineAtChunkStart?.();
            // Complete the carried character with up to 3 bytes of this chunk, validate that piece alone.
            const need = sequenceLength(this.#carry[0]) - this.#carry.length;
            const take = Math.min(need, chunk.length);
            const joined = new Uint8Array(this.#carry.length + take);
            joined.set(this.#carry);
            joined.set(chunk.subarray(0, take), this.#carry.length);
            if (take < need) {
                this.#carry = joined;
                return;
            }
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(joined))
                this.#fail(joined, this.#carryLine);
            this.#advance(joined, joined.length);
            this.#carry = new Uint8Array(0);
            this.#carryLine = undefined;
            body = chunk.subarray(take);
        }
        const cut = incompleteTailStart(body);
        const whole = body.subarray(0, cut);
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(whole))
            this.#fail(whole, this.#lineAtChunkStart?.());
        this.#advance(whole, whole.length);
        this.#carry = body.slice(cut);
    }
    end() {
        if (this.#carry.length > 0)
            this.#fail(this.#carry, this.#carryLine ?? this.#lineAtChunkStart?.());
    }
    #advance(bytes, length) {
        this.#offset += length;
        if (this.#lineAtChunkStart !== undefined)
            return;
        let at = bytes.indexOf(10);
        while (at !== -1 && at < length) {
            this.#line++;
            at = bytes.indexOf(10, at + 1);
        }
    }
    /** `startLine`: the line where `bytes` start, when the caller counts lines. */
    #fail(bytes, startLine) {
        const bad = firstInvalidOffset(bytes, 0);
        let line = startLine ?? this.#line;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === 10)
                line++;
        throw new _cairn_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${this.#source}: line ${line} (byte ${this.#offset + bad}) is not valid UTF-8. ` +
            'Re-save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`).');
    }
}
function sequenceLength(lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xf0)
        return 4;
    if (lead >= 0xe0)
        return 3;
    if (lead >= 0xc0)
        return 2;
    return 1;
}
/** Index where an incomplete (possibly valid when continued) final sequence starts. */
function incompleteTailStart(bytes) {
    const n = bytes.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
        const b = bytes[n - back];
        if (b < 0x80)
            return n;
        if (b >= 0xc0)
            return sequenceLength(b) > back ? n - back : n;
    }
    return n;
}
/** Offset of the first byte that starts an invalid sequence (only called on invalid input). */
function firstInvalidOffset(bytes, from = 0) {
    let i = from;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + length)))
            return i;
        i += length;
    }
    return bytes.length;
}


/***/ }),

/***/ 3154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ K_DATETIME),
/* harmony export */   E: () => (/* binding */ classifyBytes),
/* harmony export */   I0: () => (/* binding */ K_NUMBER),
/* harmony export */   KJ: () => (/* binding */ K_LEADING_ZERO),
/* harmony export */   LL: () => (/* binding */ DEFAULT_NULL_VALUES),
/* harmony export */   Ol: () => (/* binding */ NullMatcher),
/* harmony export */   W1: () => (/* binding */ K_STRING),
/* harmony export */   Yw: () => (/* binding */ K_NULL),
/* harmony export */   b5: () => (/* binding */ K_BOOLEAN),
/* harmony export */   kd: () => (/* binding */ KIND_NAMES),
/* harmony export */   oX: () => (/* binding */ parseNumberBytes),
/* harmony export */   rp: () => (/* binding */ parsePlainNumber),
/* harmony export */   v8: () => (/* binding */ K_INTEGER),
/* harmony export */   vs: () => (/* binding */ K_DATE),
/* harmony export */   yu: () => (/* binding */ classifyJsonString)
/* harmony export */ });
/* unused harmony export kindOfText */
/**
 * Type inference for single values, working on UTF-8 bytes so that CSV fields are classified
 * (and numbers parsed) without creating a string per field.
 *
 * Rules (documented in docs/adr/0004-data-readers.md):
 * - integer: `[+-]?digits`; number: decimal and/or exponent, or inf/infinity. A number written
 *   with leading zeros (`00501`, `-007`, `00.5`) is a string: codes keep their zeros.
 * - boolean: true/false in lower, Title or UPPER case (pandas' default true/false values).
 * - date: `YYYY-MM-DD`; datetime: date, `T` or space, `HH:MM[:SS[.fraction]]`, optional `Z` or
 *   `±HH:MM`/`±HHMM`. Other date spellings are strings (day/month order is ambiguous).
 */
/** Kind codes used in hot loops; K_LEADING_ZERO is a string that pandas would read as a number. */
const K_NULL = 0;
const K_INTEGER = 1;
const K_NUMBER = 2;
const K_BOOLEAN = 3;
const K_DATE = 4;
const K_DATETIME = 5;
const K_STRING = 6;
const K_LEADING_ZERO = 7;
const KIND_NAMES = ['null', 'integer', 'number', 'boolean', 'date', 'datetime', 'string'];
/**
 * pandas' default NA spellings for read_csv (pandas docs, `read_csv` `na_values`: "By default
 * the following values are interpreted as NaN"), so that nulls match what Evidently users see.
 */
const DEFAULT_NULL_VALUES = [
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
];
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const D0 = 48;
const D9 = 57;
function isDigit(b) {
    return b !== undefined && b >= D0 && b <= D9;
}
/** Matches null spellings against raw bytes; groups candidates by byte length. */
class NullMatcher {
    #byLength = new Map();
    #strings;
    /**
     * 1 at (n << 8 | b) when some null spelling of n bytes (n < 64) starts with byte b: one lookup
     * rejects almost every field (digits, letters of other words) before any comparison.
     */
    #starts = new Uint8Array(64 << 8);
    constructor(nullValues) {
        this.#strings = new Set(nullValues);
        for (const value of this.#strings) {
            const bytes = Buffer.from(value, 'utf8');
            const list = this.#byLength.get(bytes.length) ?? [];
            list.push(bytes);
            this.#byLength.set(bytes.length, list);
            if (bytes.length < 64)
                this.#starts[(bytes.length << 8) | (bytes[0] ?? 0)] = 1;
        }
    }
    matchesBytes(buf, start, end) {
        const length = end - start;
        if (length < 64 && this.#starts[(length << 8) | (length === 0 ? 0 : buf[start])] === 0)
            return false;
        const candidates = this.#byLength.get(length);
        if (candidates === undefined)
            return false;
        outer: for (const candidate of candidates) {
            for (let i = 0; i < candidate.length; i++)
                if (candidate[i] !== buf[start + i])
                    continue outer;
            return true;
        }
        return false;
    }
    matchesText(text) {
        return this.#strings.has(text);
    }
}
/** Classifies the bytes [start, end) of a text cell (nulls are checked by the caller). */
function classifyBytes(buf, start, end) {
    if (end <= start)
        return K_STRING;
    const first = buf[start];
    if (isDigit(first) || first === PLUS || first === MINUS || first === DOT) {
        const numeric = classifyNumber(buf, start, end);
        if (numeric !== K_STRING)
            return numeric;
        if (end - start >= 10 && isDigit(first))
            return classifyDate(buf, start, end);
        return K_STRING;
    }
    const length = end - start;
    if (length === 4 || length === 5)
        return classifyBoolean(buf, start, end);
    if (length === 3 || length === 8)
        return isInfinity(buf, start, end) ? K_NUMBER : K_STRING;
    return K_STRING;
}
function classifyNumber(buf, start, end) {
    let i = start;
    const sign = buf[i];
    if (sign === PLUS || sign === MINUS) {
        i++;
        if (i < end && buf[i] !== DOT && !isDigit(buf[i]))
            return isInfinity(buf, i, end) ? K_NUMBER : K_STRING;
    }
    const intStart = i;
    while (i < end && isDigit(buf[i]))
        i++;
    const intDigits = i - intStart;
    let fracDigits = 0;
    let decimal = false;
    if (i < end && buf[i] === DOT) {
        decimal = true;
        i++;
        const fracStart = i;
        while (i < end && isDigit(buf[i]))
            i++;
        fracDigits = i - fracStart;
    }
    if (intDigits + fracDigits === 0)
        return K_STRING;
    if (i < end && (buf[i] === 101 || buf[i] === 69)) {
        decimal = true;
        i++;
        if (buf[i] === PLUS || buf[i] === MINUS)
            i++;
        const expStart = i;
        while (i < end && isDigit(buf[i]))
            i++;
        if (i === expStart)
            return K_STRING;
    }
    if (i !== end)
        return K_STRING;
    if (intDigits > 1 && buf[intStart] === D0)
        return K_LEADING_ZERO;
    return decimal ? K_NUMBER : K_INTEGER;
}
const TRUE_SPELLINGS = ['true', 'True', 'TRUE'].map((s) => Buffer.from(s));
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'].map((s) => Buffer.from(s));
function equalsAt(buf, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let i = 0; i < word.length; i++)
        if (buf[start + i] !== word[i])
            return false;
    return true;
}
function classifyBoolean(buf, start, end) {
    for (const word of TRUE_SPELLINGS)
        if (equalsAt(buf, start, end, word))
            return K_BOOLEAN;
    for (const word of FALSE_SPELLINGS)
        if (equalsAt(buf, start, end, word))
            return K_BOOLEAN;
    return K_STRING;
}
/** `inf` or `infinity`, any case (what pandas' float parser accepts). */
function isInfinity(buf, start, end) {
    const length = end - start;
    if (length !== 3 && length !== 8)
        return false;
    const word = 'infinity';
    for (let i = 0; i < length; i++)
        if ((buf[start + i] | 0x20) !== word.charCodeAt(i))
            return false;
    return true;
}
function digitsAt(buf, at, count) {
    let value = 0;
    for (let i = 0; i < count; i++) {
        const b = buf[at + i];
        if (!isDigit(b))
            return -1;
        value = value * 10 + (b - D0);
    }
    return value;
}
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(buf, start) {
    const year = digitsAt(buf, start, 4);
    const month = digitsAt(buf, start + 5, 2);
    const day = digitsAt(buf, start + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || buf[start + 4] !== MINUS || buf[start + 7] !== MINUS) {
        return false;
    }
    if (day > DAYS_IN_MONTH[month - 1])
        return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return !(month === 2 && day === 29 && !leap);
}
function classifyDate(buf, start, end) {
    if (!validDate(buf, start))
        return K_STRING;
    if (end - start === 10)
        return K_DATE;
    let i = start + 10;
    const sep = buf[i];
    if (sep !== 84 && sep !== 32)
        return K_STRING; // 'T' or ' '
    i++;
    const hour = digitsAt(buf, i, 2);
    const minute = digitsAt(buf, i + 3, 2);
    if (hour < 0 || hour > 23 || buf[i + 2] !== 58 || minute < 0 || minute > 59)
        return K_STRING;
    i += 5;
    // Every look at buf[i] checks i < end: the byte after a field belongs to something else.
    if (i < end && buf[i] === 58) {
        const second = digitsAt(buf, i + 1, 2);
        if (second < 0 || second > 60)
            return K_STRING;
        i += 3;
        if (i < end && (buf[i] === DOT || buf[i] === 44)) {
            i++;
            const fracStart = i;
            while (i < end && isDigit(buf[i]))
                i++;
            if (i === fracStart)
                return K_STRING;
        }
    }
    if (i === end)
        return K_DATETIME;
    if (buf[i] === 90 && i + 1 === end)
        return K_DATETIME; // 'Z'
    if (buf[i] === PLUS || buf[i] === MINUS) {
        const rest = end - i - 1;
        const hh = digitsAt(buf, i + 1, 2);
        if (rest === 5 && buf[i + 3] === 58 && hh >= 0 && hh <= 23 && digitsAt(buf, i + 4, 2) >= 0)
            return K_DATETIME;
        if (rest === 4 && hh >= 0 && hh <= 23 && digitsAt(buf, i + 3, 2) >= 0)
            return K_DATETIME;
        if (rest === 2 && hh >= 0 && hh <= 23)
            return K_DATETIME;
    }
    return K_STRING;
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const POW10_22 = [...POW10, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/**
 * Parses bytes already classified as integer or number. Fast path: at most 15 significant
 * digits and a decimal exponent within ±22, where mantissa and power of ten are exact doubles
 * and one IEEE multiply or divide rounds correctly (Clinger's fast path); otherwise Number().
 */
function parseNumberBytes(buf, start, end) {
    let i = start;
    let negative = false;
    if (buf[i] === MINUS) {
        negative = true;
        i++;
    }
    else if (buf[i] === PLUS)
        i++;
    if (i < end && !isDigit(buf[i]) && buf[i] !== DOT)
        return negative ? -Infinity : Infinity;
    let mantissa = 0;
    let digits = 0;
    let exponent = 0;
    for (; i < end; i++) {
        const b = buf[i];
        if (!isDigit(b))
            break;
        if (digits > 0 || b !== D0)
            digits++;
        mantissa = mantissa * 10 + (b - D0);
    }
    if (buf[i] === DOT) {
        for (i++; i < end; i++) {
            const b = buf[i];
            if (!isDigit(b))
                break;
            if (digits > 0 || b !== D0)
                digits++;
            mantissa = mantissa * 10 + (b - D0);
            exponent--;
        }
    }
    if (i < end) {
        i++;
        let expNegative = false;
        if (buf[i] === MINUS) {
            expNegative = true;
            i++;
        }
        else if (buf[i] === PLUS)
            i++;
        let exp = 0;
        for (; i < end && exp < 100_000; i++)
            exp = exp * 10 + (buf[i] - D0);
        exponent += expNegative ? -exp : exp;
    }
    if (digits <= 15 && exponent >= -22 && exponent <= 22) {
        const value = exponent >= 0 ? mantissa * POW10_22[exponent] : mantissa / POW10_22[-exponent];
        return negative ? -value : value;
    }
    return Number(Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1'));
}
/**
 * One-pass fast path for the plain decimals most numeric CSV fields are (`-12`, `3.25`): an
 * optional minus, digits, an optional dot and digits, at most 15 digits in all, no leading zero
 * before another integer digit. Classifies and parses at once: writes the value to out[at] and
 * returns K_INTEGER or K_NUMBER (the same kind and the same double as classifyBytes +
 * parseNumberBytes, since a mantissa below 10^15 and a power of ten up to 10^15 are exact and one
 * division rounds correctly), or -1 when the field needs the general path (signs, exponents,
 * long mantissas, leading zeros, words).
 */
function parsePlainNumber(buf, start, end, out, at) {
    let i = start;
    const negative = buf[i] === MINUS;
    if (negative)
        i++;
    const intStart = i;
    let mantissa = 0;
    while (i < end) {
        const d = buf[i] - D0;
        if (d < 0 || d > 9)
            break;
        mantissa = mantissa * 10 + d;
        i++;
    }
    const intDigits = i - intStart;
    if (intDigits > 1 && buf[intStart] === D0)
        return -1;
    if (i === end) {
        if (intDigits === 0 || intDigits > 15)
            return -1;
        out[at] = negative ? -mantissa : mantissa;
        return K_INTEGER;
    }
    if (buf[i] !== DOT)
        return -1;
    i++;
    const fracStart = i;
    while (i < end) {
        const d = buf[i] - D0;
        if (d < 0 || d > 9)
            return -1;
        mantissa = mantissa * 10 + d;
        i++;
    }
    const fracDigits = i - fracStart;
    if (intDigits + fracDigits === 0 || intDigits + fracDigits > 15)
        return -1;
    const value = mantissa / POW10[fracDigits];
    out[at] = negative ? -value : value;
    return K_NUMBER;
}
const textBuffer = Buffer.alloc(64);
/**
 * Kind of a string that a typed source (JSON) holds: date, datetime, a leading-zero number, or
 * plain string. Numeric-looking JSON strings stay strings: JSON already says what they are.
 */
function classifyJsonString(text) {
    const first = text.charCodeAt(0);
    if (!(first >= D0 && first <= D9) && first !== PLUS && first !== MINUS && first !== DOT)
        return K_STRING;
    if (text.length > 40)
        return K_STRING;
    const length = textBuffer.write(text, 0, 'utf8');
    const kind = classifyBytes(textBuffer, 0, length);
    return kind === K_DATE || kind === K_DATETIME || kind === K_LEADING_ZERO ? kind : K_STRING;
}
/**
 * Kind of one CSV cell given as a string (same rules as the readers; null spellings are not
 * checked here). A leading-zero number such as `00501` is a `string`.
 */
function kindOfText(text) {
    const bytes = Buffer.from(text, 'utf8');
    const code = classifyBytes(bytes, 0, bytes.length);
    return code === K_LEADING_ZERO ? 'string' : KIND_NAMES[code];
}


/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 8215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  You: () => (/* binding */ ZodISODateTime),
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  gMt: () => (/* binding */ discriminatedUnion),
  k5n: () => (/* binding */ _enum),
  euz: () => (/* binding */ literal),
  _H3: () => (/* binding */ looseObject),
  chJ: () => (/* binding */ _null),
  aig: () => (/* binding */ number),
  Ikc: () => (/* binding */ object),
  g1P: () => (/* binding */ record),
  YjP: () => (/* binding */ string),
  PVZ: () => (/* binding */ tuple),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, nullable, nullish, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, strictObject, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, uint32, uint64, ulid, undefined, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8149);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4366);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(5519);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js
var core_regexes = __nccwpck_require__(3983);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? core_regexes/* anyString */.gp;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    core_checks/* $ZodCheckStringFormat */.ql.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* guid */.Os);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR(v));
    }
    else
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* email */.Rp);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === core_regexes/* httpProtocol */.F.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* emoji */.Zg());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? core_regexes/* nanoid */.Ak : core_regexes/* nanoidOfLength */.D2(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid */.gF);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid2 */.Gl);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ulid */.Z0);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* xid */.kM);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ksuid */.fO);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* datetime */.w$(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* date */.p6);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* time */.kB(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* duration */.p0);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv4 */.uX);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv6 */.ug);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv4 */.zr);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv6 */.l7); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* e164 */.hQ);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* number */.ai;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    core_checks/* $ZodCheckNumberFormat */.KH.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* boolean */.zM;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* bigint */.o;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* null */.ch;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
core_core/* $constructor */.xI("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    core_util/* assignProp */.Vy(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = core_util/* rawShape */.MO(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = core_util/* cached */.PO(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isObject */.Gv(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && core_regexes/* number */.ai.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    core_checks/* $ZodCheck */.QP.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js
var registries = __nccwpck_require__(6045);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(8144);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? registries/* globalRegistry */.fd,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, core_regexes/* base64 */.K3],
    [base64urlCharset, core_regexes/* base64url */.r0],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? core_regexes/* number */.ai : core_regexes/* integer */.nd).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(api/* _overwrite */.bS(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return registries/* globalRegistry */.fd.get(this);
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return registries/* globalRegistry */.fd.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(api/* _regex */.Fk(...args));
    },
    includes(...args) {
        return this.check(api/* _includes */.dR(...args));
    },
    startsWith(...args) {
        return this.check(api/* _startsWith */.$S(...args));
    },
    endsWith(...args) {
        return this.check(api/* _endsWith */.ER(...args));
    },
    min(...args) {
        return this.check(api/* _minLength */.m9(...args));
    },
    max(...args) {
        return this.check(api/* _maxLength */.Eb(...args));
    },
    length(...args) {
        return this.check(api/* _length */.YA(...args));
    },
    nonempty(...args) {
        return this.check(api/* _minLength */.m9(1, ...args));
    },
    lowercase(params) {
        return this.check(api/* _lowercase */.hH(params));
    },
    uppercase(params) {
        return this.check(api/* _uppercase */.qF(params));
    },
    trim() {
        return this.check(api/* _trim */.WN());
    },
    normalize(...args) {
        return this.check(api/* _normalize */.lo(...args));
    },
    toLowerCase() {
        return this.check(api/* _toLowerCase */.Il());
    },
    toUpperCase() {
        return this.check(api/* _toUpperCase */.xY());
    },
    slugify() {
        return this.check(api/* _slugify */.TL());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(api/* _email */.Mu(ZodEmail, params));
    },
    url(params) {
        return this.check(api/* _url */.Fn(ZodURL, params));
    },
    jwt(params) {
        return this.check(api/* _jwt */.rk(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api/* _emoji */.aC(ZodEmoji, params));
    },
    guid(params) {
        return this.check(api/* _guid */.tB(ZodGUID, params));
    },
    uuid(params) {
        return this.check(api/* _uuid */.Be(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(api/* _uuidv4 */.nA(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(api/* _uuidv6 */.pY(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(api/* _uuidv7 */.wA(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(api/* _nanoid */.Dl(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(api/* _cuid */.fs(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(api/* _cuid2 */.Bj(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(api/* _ulid */.Ct(ZodULID, params));
    },
    base64(params) {
        return this.check(api/* _base64 */.rt(ZodBase64, params));
    },
    base64url(params) {
        return this.check(api/* _base64url */.cU(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(api/* _xid */.Pw(ZodXID, params));
    },
    ksuid(params) {
        return this.check(api/* _ksuid */._z(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(api/* _ipv4 */.Ny(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(api/* _ipv6 */.$O(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(api/* _cidrv4 */.Uy(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(api/* _cidrv6 */.gP(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(api/* _e164 */.KB(ZodE164, params));
    },
    datetime(params) {
        return this.check(api/* _isoDateTime */.G1(ZodISODateTime, params));
    },
    date(params) {
        return this.check(api/* _isoDate */.db(ZodISODate, params));
    },
    time(params) {
        return this.check(api/* _isoTime */.Kn(ZodISOTime, params));
    },
    duration(params) {
        return this.check(api/* _isoDuration */.f2(ZodISODuration, params));
    },
});
function string(params) {
    return api/* _string */.Rl(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(0, params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(0, params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(0, params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(0, params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    step(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return api/* _number */.F7(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return api/* _int */.LK(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return api/* _boolean */._L(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(BigInt(0), params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
}));
function bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function _undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNull", (inst, def) => {
    $ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function _null(params) {
    return api/* _null */.jw(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return api/* _unknown */.em(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return api/* _never */.G8(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function _void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(api/* _gte */.qm(value, params));
    inst.max = (value, params) => inst.check(api/* _lte */.Zm(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(api/* _minLength */.m9(n, params));
    },
    nonempty(params) {
        return this.check(api/* _minLength */.m9(1, params));
    },
    max(n, params) {
        return this.check(api/* _maxLength */.Eb(n, params));
    },
    length(n, params) {
        return this.check(api/* _length */.YA(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return api/* _array */.dZ(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return _enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return api/* _refine */.fU(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return api/* _superRefine */.MB(fn, params);
}
// Re-export describe and meta from core
const describe = api/* describe */.q0;
const meta = api/* meta */.mI;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(api/* _properties */.T2(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([string(params), number(), schemas_boolean(), _null(), array(jsonSchema), record(string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 8144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ _ipv6),
/* harmony export */   $S: () => (/* binding */ _startsWith),
/* harmony export */   Au: () => (/* binding */ _lt),
/* harmony export */   Be: () => (/* binding */ _uuid),
/* harmony export */   Bj: () => (/* binding */ _cuid2),
/* harmony export */   Ct: () => (/* binding */ _ulid),
/* harmony export */   Dl: () => (/* binding */ _nanoid),
/* harmony export */   ER: () => (/* binding */ _endsWith),
/* harmony export */   Eb: () => (/* binding */ _maxLength),
/* harmony export */   F7: () => (/* binding */ _number),
/* harmony export */   Fk: () => (/* binding */ _regex),
/* harmony export */   Fn: () => (/* binding */ _url),
/* harmony export */   G1: () => (/* binding */ _isoDateTime),
/* harmony export */   G8: () => (/* binding */ _never),
/* harmony export */   Hi: () => (/* binding */ _multipleOf),
/* harmony export */   Il: () => (/* binding */ _toLowerCase),
/* harmony export */   KB: () => (/* binding */ _e164),
/* harmony export */   Kn: () => (/* binding */ _isoTime),
/* harmony export */   LK: () => (/* binding */ _int),
/* harmony export */   MB: () => (/* binding */ _superRefine),
/* harmony export */   Mu: () => (/* binding */ _email),
/* harmony export */   Ny: () => (/* binding */ _ipv4),
/* harmony export */   Pw: () => (/* binding */ _xid),
/* harmony export */   Rl: () => (/* binding */ _string),
/* harmony export */   T2: () => (/* binding */ _properties),
/* harmony export */   TL: () => (/* binding */ _slugify),
/* harmony export */   Tx: () => (/* binding */ _gt),
/* harmony export */   Uy: () => (/* binding */ _cidrv4),
/* harmony export */   WN: () => (/* binding */ _trim),
/* harmony export */   YA: () => (/* binding */ _length),
/* harmony export */   Zm: () => (/* binding */ _lte),
/* harmony export */   _L: () => (/* binding */ _boolean),
/* harmony export */   _z: () => (/* binding */ _ksuid),
/* harmony export */   aC: () => (/* binding */ _emoji),
/* harmony export */   bS: () => (/* binding */ _overwrite),
/* harmony export */   cU: () => (/* binding */ _base64url),
/* harmony export */   dR: () => (/* binding */ _includes),
/* harmony export */   dZ: () => (/* binding */ _array),
/* harmony export */   db: () => (/* binding */ _isoDate),
/* harmony export */   em: () => (/* binding */ _unknown),
/* harmony export */   f2: () => (/* binding */ _isoDuration),
/* harmony export */   fU: () => (/* binding */ _refine),
/* harmony export */   fs: () => (/* binding */ _cuid),
/* harmony export */   gP: () => (/* binding */ _cidrv6),
/* harmony export */   hH: () => (/* binding */ _lowercase),
/* harmony export */   jw: () => (/* binding */ _null),
/* harmony export */   lo: () => (/* binding */ _normalize),
/* harmony export */   m9: () => (/* binding */ _minLength),
/* harmony export */   mI: () => (/* binding */ meta),
/* harmony export */   nA: () => (/* binding */ _uuidv4),
/* harmony export */   pY: () => (/* binding */ _uuidv6),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qF: () => (/* binding */ _uppercase),
/* harmony export */   qm: () => (/* binding */ _gte),
/* harmony export */   rk: () => (/* binding */ _jwt),
/* harmony export */   rt: () => (/* binding */ _base64),
/* harmony export */   tB: () => (/* binding */ _guid),
/* harmony export */   wA: () => (/* binding */ _uuidv7),
/* harmony export */   xY: () => (/* binding */ _toUpperCase)
/* harmony export */ });
/* unused harmony exports _coercedString, _mac, _creditCard, _iban, TimePrecision, _coercedNumber, _float32, _float64, _int32, _uint32, _coercedBoolean, _bigint, _coercedBigint, _int64, _uint64, _symbol, _undefined, _any, _void, _date, _coercedDate, _nan, _max, _min, _positive, _negative, _nonpositive, _nonnegative, _maxSize, _minSize, _size, _property, _mime, _union, _xor, _discriminatedUnion, _intersection, _tuple, _record, _map, _set, _enum, _nativeEnum, _literal, _file, _transform, _optional, _nullable, _default, _nonoptional, _success, _catch, _pipe, _readonly, _templateLiteral, _lazy, _promise, _custom, _check, _stringbool, _stringFormat */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5519);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6045);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4366);




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null(Class, params) {
    return new Class({
        type: "null",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMultipleOf */ .Jk({
        check: "multiple_of",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMaxLength */ .Yk({
        check: "max_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMinLength */ .Kk({
        check: "min_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLengthEquals */ .RM({
        check: "length_equals",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckRegex */ .DG({
        check: "string_format",
        format: "regex",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLowerCase */ .NI({
        check: "string_format",
        format: "lowercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckUpperCase */ .kH({
        check: "string_format",
        format: "uppercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckIncludes */ .Tt({
        check: "string_format",
        format: "includes",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckStartsWith */ .J({
        check: "string_format",
        format: "starts_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckEndsWith */ .E6({
        check: "string_format",
        format: "ends_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckProperties */ .nJ({
        check: "properties",
        shape,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckOverwrite */ .v$({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => _util_js__WEBPACK_IMPORTED_MODULE_0__/* .slugify */ .Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({
        check: "custom",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}


/***/ }),

/***/ 5519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ $ZodCheckRegex),
/* harmony export */   E6: () => (/* binding */ $ZodCheckEndsWith),
/* harmony export */   J: () => (/* binding */ $ZodCheckStartsWith),
/* harmony export */   J_: () => (/* binding */ $ZodCheckGreaterThan),
/* harmony export */   Jk: () => (/* binding */ $ZodCheckMultipleOf),
/* harmony export */   KH: () => (/* binding */ $ZodCheckNumberFormat),
/* harmony export */   Kk: () => (/* binding */ $ZodCheckMinLength),
/* harmony export */   NI: () => (/* binding */ $ZodCheckLowerCase),
/* harmony export */   QP: () => (/* binding */ $ZodCheck),
/* harmony export */   RM: () => (/* binding */ $ZodCheckLengthEquals),
/* harmony export */   Tt: () => (/* binding */ $ZodCheckIncludes),
/* harmony export */   Yk: () => (/* binding */ $ZodCheckMaxLength),
/* harmony export */   kH: () => (/* binding */ $ZodCheckUpperCase),
/* harmony export */   nJ: () => (/* binding */ $ZodCheckProperties),
/* harmony export */   ql: () => (/* binding */ $ZodCheckStringFormat),
/* harmony export */   sm: () => (/* binding */ $ZodCheckLessThan),
/* harmony export */   v$: () => (/* binding */ $ZodCheckOverwrite)
/* harmony export */ });
/* unused harmony exports $ZodCheckBigIntFormat, $ZodCheckMaxSize, $ZodCheckMinSize, $ZodCheckSizeEquals, $ZodCheckProperty, $ZodCheckMimeType */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8149);
/* harmony import */ var _regexes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3983);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4366);
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : _util_js__WEBPACK_IMPORTED_MODULE_1__/* .floatSafeRemainder */ .LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_FORMAT_RANGES */ .zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .lowercase */ .AC);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .uppercase */ .Zv);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(..._util_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixIssues */ .lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    _util_js__WEBPACK_IMPORTED_MODULE_1__/* .hide */ .jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});


/***/ }),

/***/ 8149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony exports NEVER, $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4366);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 3983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ lowercase),
/* harmony export */   Ak: () => (/* binding */ nanoid),
/* harmony export */   D2: () => (/* binding */ nanoidOfLength),
/* harmony export */   F: () => (/* binding */ httpProtocol),
/* harmony export */   Gl: () => (/* binding */ cuid2),
/* harmony export */   K3: () => (/* binding */ base64),
/* harmony export */   Os: () => (/* binding */ guid),
/* harmony export */   Rp: () => (/* binding */ email),
/* harmony export */   Z0: () => (/* binding */ ulid),
/* harmony export */   Zg: () => (/* binding */ emoji),
/* harmony export */   Zv: () => (/* binding */ uppercase),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   ch: () => (/* binding */ _null),
/* harmony export */   fO: () => (/* binding */ ksuid),
/* harmony export */   gF: () => (/* binding */ cuid),
/* harmony export */   gp: () => (/* binding */ anyString),
/* harmony export */   hQ: () => (/* binding */ e164),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   kM: () => (/* binding */ xid),
/* harmony export */   l7: () => (/* binding */ cidrv6),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   o: () => (/* binding */ bigint),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   r0: () => (/* binding */ base64url),
/* harmony export */   uR: () => (/* binding */ uuid),
/* harmony export */   uX: () => (/* binding */ ipv4),
/* harmony export */   ug: () => (/* binding */ ipv6),
/* harmony export */   w$: () => (/* binding */ datetime),
/* harmony export */   zM: () => (/* binding */ boolean),
/* harmony export */   zr: () => (/* binding */ cidrv4)
/* harmony export */ });
/* unused harmony exports extendedDuration, uuid4, uuid6, uuid7, html5Email, rfc5322Email, unicodeEmail, idnEmail, browserEmail, mac, hostname, domain, creditCard, currencyCode, iban, string, undefined, hex, md5_hex, md5_base64, md5_base64url, sha1_hex, sha1_base64, sha1_base64url, sha256_hex, sha256_base64, sha256_base64url, sha384_hex, sha384_base64, sha384_base64url, sha512_hex, sha512_base64, sha512_base64url */

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));


/***/ }),

/***/ 6045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ globalRegistry)
/* harmony export */ });
/* unused harmony exports $output, $input, $ZodRegistry, registry */
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;


/***/ }),

/***/ 4366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8149);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7935);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

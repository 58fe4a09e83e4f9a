export const id = 661;
export const ids = [661];
export const modules = {

/***/ 24661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 12 modules
var src = __webpack_require__(58062);
;// CONCATENATED MODULE: ../../packages/blobs/src/blob-store.ts

/** Parses the `storage` input: `release` or `local:<dir>`. */
function parseStorageSpec(text) {
    const trimmed = text.trim();
    if (trimmed === 'release')
        return { backend: 'release' };
    if (trimmed.startsWith('local:') && trimmed.length > 'local:'.length) {
        return { backend: 'local', dir: trimmed.slice('local:'.length) };
    }
    throw new UserError(`storage "${text}" is not understood: use \`release\` (GitHub Release assets) or \`local:<dir>\` (a directory, e.g. local:/mnt/blobs)`);
}
/** sha256 of zero bytes: empty files need no stored blob, they are recreated on pull. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** The distinct blobs that need storing (empty files need none). */
function blobsToStore(blobs) {
    return [...new Map(blobs.filter((b) => b.size > 0).map((b) => [b.sha256, b])).values()];
}
const SHA256_HEX = /^[0-9a-f]{64}$/;

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(8215);
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
    const checked = aliasSchema.safeParse(alias);
    if (!checked.success) {
        throw new UserError(`invalid alias ${JSON.stringify(alias)}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
    }
    if (version !== null && !(await store.getDatasetVersion(name, version))) {
        throw new UserError(`dataset ${name} has no version ${version} to point alias ${alias} at`);
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../packages/data/src/index.ts + 6 modules
var data_src = __webpack_require__(98330);
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
        this.dir = (0,external_node_path_.resolve)(dir);
        this.logger = logger;
    }
    blobPath(sha256) {
        if (!SHA256_HEX.test(sha256))
            throw new src/* UserError */.yo(`"${sha256}" is not a sha256 (64 lowercase hex characters)`);
        return (0,external_node_path_.join)(this.dir, sha256.slice(0, 2), sha256);
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
        const copied = await (0,data_src/* mapLimit */.sf)(unique, COPY_CONCURRENCY, async (blob) => {
            if (await this.present(blob))
                return undefined;
            const target = this.blobPath(blob.sha256);
            const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
            try {
                await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, blob.sha256.slice(0, 2)), { recursive: true });
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
    return (await (0,data_src/* hashFile */.DC)(path)).sha256 === sha256;
}
/** Refuses a destination whose real parent directory (symlinks resolved) is outside the real root. */
async function assertInside(realRoot, dest, relPath) {
    const parent = await (0,promises_.realpath)((0,external_node_path_.dirname)(dest));
    const rel = (0,external_node_path_.relative)(realRoot, parent);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.resolve)(realRoot, rel) !== parent) {
        throw new src/* UserError */.yo(`refusing manifest path ${JSON.stringify(relPath)}: a symbolic link in the target directory leads outside it`);
    }
}
async function pullDataset(store, options) {
    const record = await resolveDatasetVersion(store, options.name, options.version);
    if (record.storage.backend !== options.blobs.backend) {
        throw new src/* UserError */.yo(`dataset ${record.name} v${record.version} is stored in ${record.storage.backend === 'local' ? `local:${record.storage.location}` : 'release'}; ` +
            `pass that as the storage, not ${options.blobs.backend}`);
    }
    const root = (0,external_node_path_.resolve)(options.dir);
    // Check every path before writing anything.
    const targets = record.files.map((file) => ({ file, dest: (0,data_src/* safeJoin */.gt)(root, file.path) }));
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
    await (0,data_src/* mapLimit */.sf)(targets, options.concurrency ?? 4, async ({ file, dest }) => {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
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
        const actual = await (0,data_src/* hashFile */.DC)(temp);
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
function searchSorted(sorted, v, right = false) {
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
function linspace(start, stop, num) {
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
function equalWidthEdges(a, b, bins) {
    if (!Number.isInteger(bins) || bins < 1) {
        throw new src/* UserError */.yo(`bins must be a positive integer, got ${bins}; set the drift option "bins" to e.g. 10.`);
    }
    let [lo, hi] = outerEdges(a, b);
    if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    return linspace(lo, hi, bins + 1);
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
function sturgesEdges(a, b) {
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
    return linspace(lo, hi, bins + 1);
}
/**
 * Edges at the reference quantiles 0, 1/bins, ..., 1 (linear interpolation, numpy's default
 * 'linear' method), widened to cover the current sample, duplicates removed.
 */
function quantileEdges(ref, cur, bins) {
    if (!Number.isInteger(bins) || bins < 1) {
        throw new src/* UserError */.yo(`bins must be a positive integer, got ${bins}; set the drift option "bins" to e.g. 10.`);
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
function histogramSorted(sorted, edges) {
    const bins = edges.length - 1;
    const counts = new Float64Array(bins);
    let prev = searchSorted(sorted, edges[0]);
    for (let i = 1; i <= bins; i++) {
        const idx = searchSorted(sorted, edges[i], i === bins);
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
function distinctSorted(sorted) {
    let count = 0;
    for (let i = 0; i < sorted.length; i++)
        if (i === 0 || sorted[i] !== sorted[i - 1])
            count++;
    return count;
}
/** Distinct values of the union of two sorted samples. */
function distinctUnionSorted(a, b) {
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
function valueCountsSorted(a, b) {
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
function categoryCounts(ref, cur) {
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
function shares(counts, total) {
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
function fillEmpty(p) {
    let minNonZero = Number.POSITIVE_INFINITY;
    for (const v of p)
        if (v !== 0 && v < minNonZero)
            minNonZero = v;
    if (minNonZero === Number.POSITIVE_INFINITY)
        return p.slice();
    const fill = minNonZero <= 0.0001 ? minNonZero / 10 ** 6 : 0.0001;
    return p.map((v) => (v === 0 ? fill : v));
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
function sum(values) {
    const acc = new sums_Accumulator();
    for (let i = 0; i < values.length; i++)
        acc.add(values[i]);
    return acc.value;
}
/** Mean and population standard deviation (ddof 0), two passes as numpy's np.std. */
function meanStd(values) {
    const n = values.length;
    if (n === 0)
        return { mean: Number.NaN, std: Number.NaN };
    const mean = sum(values) / n;
    const acc = new sums_Accumulator();
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        acc.add(d * d);
    }
    return { mean, std: Math.sqrt(acc.value / n) };
}

;// CONCATENATED MODULE: ../../packages/stats/src/distances.ts
/**
 * Distances between two numeric samples, as scipy.stats computes them (`_cdf_distance`):
 * W_p = (integral |U(x) - V(x)|^p dx)^(1/p) over the merged sorted values, with U and V the
 * empirical CDFs (searchsorted 'right'). Inputs must be ascending-sorted and free of NaN.
 */


function requireNonEmpty(name, a, b) {
    if (a.length === 0 || b.length === 0) {
        throw new src/* UserError */.yo(`${name} needs two non-empty samples (got sizes ${a.length} and ${b.length}).`);
    }
}
/** Integral of |U - V|^power over the real line, by a merge walk of the two sorted samples. */
function cdfGapIntegral(a, b, power) {
    const n1 = a.length;
    const n2 = b.length;
    const acc = new sums_Accumulator();
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
function energyDistanceSorted(a, b) {
    requireNonEmpty('energy distance', a, b);
    return Math.SQRT2 * Math.sqrt(cdfGapIntegral(a, b, 2));
}
/**
 * Evidently's normed Wasserstein distance: W1(ref, cur) / max(std(ref, ddof=0), 0.001).
 * `ref` and `cur` ascending-sorted.
 */
function wassersteinNormedSorted(ref, cur) {
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
    return wassersteinNormedSorted(sorted(ref), sorted(cur));
}
/** Energy distance of two samples (any order, no NaN). */
function energyDistance(a, b) {
    return energyDistanceSorted(sorted(a), sorted(b));
}

;// CONCATENATED MODULE: ../../packages/stats/src/divergences.ts
/**
 * Divergences between two discrete distributions given as share vectors over the same bins
 * (the output of binning.ts). Each mirrors the function Evidently's legacy stattests call.
 */


function checkSameLength(name, p, q) {
    if (p.length !== q.length || p.length === 0) {
        throw new src/* UserError */.yo(`${name} needs two non-empty distributions over the same bins (got ${p.length} and ${q.length}).`);
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
function jensenShannon(p, q) {
    checkSameLength('jensenShannon', p, q);
    const pn = normalised(p);
    const qn = normalised(q);
    const acc = new sums_Accumulator();
    for (let i = 0; i < pn.length; i++) {
        const m = (pn[i] + qn[i]) / 2;
        acc.add(relEntr(pn[i], m));
        acc.add(relEntr(qn[i], m));
    }
    return Math.sqrt(Math.max(acc.value, 0) / 2);
}
/** Kullback-Leibler divergence KL(p || q), natural log, after normalising both (scipy.stats.entropy(p, q)). */
function kl(p, q) {
    checkSameLength('kl', p, q);
    const pn = normalised(p);
    const qn = normalised(q);
    const acc = new sums_Accumulator();
    for (let i = 0; i < pn.length; i++)
        acc.add(relEntr(pn[i], qn[i]));
    return acc.value;
}
/** Population stability index: sum (p - q) ln(p / q). Expects no zero shares (see fillEmpty). */
function psi(p, q) {
    checkSameLength('psi', p, q);
    const acc = new sums_Accumulator();
    for (let i = 0; i < p.length; i++) {
        const a = p[i];
        const b = q[i];
        acc.add((a - b) * Math.log(a / b));
    }
    return acc.value;
}
/** Hellinger distance: sqrt(sum (sqrt p - sqrt q)^2) / sqrt 2, in [0, 1]. */
function hellinger(p, q) {
    checkSameLength('hellinger', p, q);
    const acc = new sums_Accumulator();
    for (let i = 0; i < p.length; i++) {
        const d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
        acc.add(d * d);
    }
    return Math.sqrt(acc.value) / Math.SQRT2;
}

;// CONCATENATED MODULE: ../../packages/stats/src/special.ts
/**
 * Special functions in double precision: log-gamma, the regularized incomplete gamma functions,
 * erfc, the normal CDF and the chi-square survival function.
 *
 * Algorithms (published, implemented here from the formulas):
 * - log-gamma: Stirling's asymptotic series with Bernoulli-number coefficients for x >= 15,
 *   shifted up by the recurrence Gamma(x + 1) = x Gamma(x) below that.
 * - P(a, x) by its power series, Q(a, x) by its continued fraction evaluated with the modified
 *   Lentz algorithm (Numerical Recipes 3rd ed. section 6.2; Lentz, Applied Optics 15 (1976) 668).
 * - erfc(x) = Q(1/2, x^2) and erf(x) = P(1/2, x^2) for x >= 0 (Abramowitz & Stegun 7.1.2, 6.5.17).
 */
const LN_SQRT_2PI = 0.9189385332046727; // ln(sqrt(2 pi))
const EPS = 2.220446049250313e-16;
const TINY = 1e-300;
/** Stirling coefficients B_{2k} / (2k (2k - 1)) for k = 1..8. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
/** ln Gamma(x) for x > 0. Absolute error below 1e-15 near the roots x = 1, 2; relative 1e-15 elsewhere. */
function lnGamma(x) {
    if (Number.isNaN(x) || x <= 0)
        return Number.NaN;
    if (x === 1 || x === 2)
        return 0;
    let shift = 0;
    let z = x;
    if (z < 15) {
        // ln Gamma(x) = ln Gamma(x + k) - ln(x (x+1) ... (x+k-1)); keep the product in range.
        let product = 1;
        while (z < 15) {
            product *= z;
            z += 1;
            if (product > 1e250) {
                shift += Math.log(product);
                product = 1;
            }
        }
        shift += Math.log(product);
    }
    const inv = 1 / z;
    const inv2 = inv * inv;
    let series = 0;
    for (let k = STIRLING.length - 1; k >= 0; k--)
        series = series * inv2 + STIRLING[k];
    series *= inv;
    return (z - 0.5) * Math.log(z) - z + LN_SQRT_2PI + series - shift;
}
/** ln(x^a e^-x / Gamma(a)), the common prefactor of P and Q. */
function gammaPrefixLog(a, x) {
    return a * Math.log(x) - x - lnGamma(a);
}
/** P(a, x) by the series e^-x x^a / Gamma(a+1) * sum x^n / ((a+1)...(a+n)); use for x < a + 1. */
function lowerSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100_000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(gammaPrefixLog(a, x));
}
/** Q(a, x) by its continued fraction (modified Lentz); use for x >= a + 1. */
function upperContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(gammaPrefixLog(a, x)) * h;
}
/** Regularized lower incomplete gamma P(a, x) = gamma(a, x) / Gamma(a). */
function regularizedGammaP(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 0;
    if (x === Number.POSITIVE_INFINITY)
        return 1;
    if (x < a + 1)
        return lowerSeries(a, x);
    return 1 - upperContinuedFraction(a, x);
}
/** Regularized upper incomplete gamma Q(a, x) = 1 - P(a, x), accurate in the far tail. */
function regularizedGammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    if (x < a + 1)
        return 1 - lowerSeries(a, x);
    return upperContinuedFraction(a, x);
}
/** Survival function of the chi-square distribution with `dof` degrees of freedom (scipy chi2.sf). */
function chiSquareSf(x, dof) {
    if (!(dof > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 1;
    return regularizedGammaQ(dof / 2, x / 2);
}
/** Complementary error function, full double accuracy over the real line. */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x === 0)
        return 1;
    if (x > 27.3)
        return 0; // erfc(27.3) < 5e-326: below the smallest double.
    return regularizedGammaQ(0.5, x * x);
}
/** Error function. */
function erf(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return -erf(-x);
    if (x === 0)
        return 0;
    if (x < 0.5)
        return regularizedGammaP(0.5, x * x);
    return 1 - erfc(x);
}
/**
 * Standard normal CDF, evaluated the way cephes `ndtr` (scipy.special.ndtr, norm.cdf) does:
 * 0.5 + 0.5 erf(x / sqrt 2) near zero, 0.5 erfc(|x| / sqrt 2) (reflected) in the tails.
 */
function normalCdf(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    const t = x * Math.SQRT1_2;
    if (Math.abs(t) < Math.SQRT1_2)
        return 0.5 + 0.5 * erf(t);
    const tail = 0.5 * erfc(Math.abs(t));
    return t > 0 ? 1 - tail : tail;
}
/** Round half to even, as numpy's np.round / Python's round on floats. */
function roundHalfEven(x) {
    const r = Math.round(x);
    if (Math.abs(x % 1) === 0.5 && r % 2 !== 0)
        return r - 1;
    return r;
}
/** Greatest common divisor of two non-negative integers. */
function gcd(a, b) {
    let x = a;
    let y = b;
    while (y !== 0)
        [x, y] = [y, x % y];
    return x;
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
        throw new src/* UserError */.yo(`chiSquare needs observed and expected counts of the same non-zero length (got ${observed.length} and ${expected.length}).`);
    }
    const acc = new sums_Accumulator();
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
function chiSquareCounts(refCounts, curCounts, nRef, nCur) {
    const k = nCur / nRef;
    return chiSquare(curCounts, refCounts.map((c) => c * k));
}
/**
 * Two-proportion Z-test with a pooled proportion (Evidently `proportions_diff_z_stat_ind`):
 * `refOnes` and `curOnes` count the rows that are not the first (smallest) key.
 * p = 2 (1 - Phi(|z|)). `identicalConstant` (one same value on both sides) gives p = 1.
 */
function zTestProportions(refOnes, nRef, curOnes, nCur) {
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
function zTestCounts(keys, ref, cur) {
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
    return zTestProportions(nRef - ref[first], nRef, nCur - cur[first], nCur);
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

const SCALE_UP = 2 ** 128;
const SCALE_DOWN = 2 ** -128;
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
function kolmogorovNSf(n, d) {
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
const INT32_MAX = 2 ** 31 - 1;
/** KS test on two samples (any order; NaN must already be removed). */
function ksTwoSample(a, b, method = 'auto') {
    return ksTwoSampleSorted(Float64Array.from(a).sort(), Float64Array.from(b).sort(), method);
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
function ksTwoSampleSorted(a, b, method = 'auto') {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0) {
        throw new src/* UserError */.yo(`ksTwoSample needs two non-empty samples (got sizes ${n1} and ${n2}); drop empty columns first.`);
    }
    return ksPValue(n1, n2, ksStatisticSorted(a, b), method);
}
/**
 * p-value of a two-sided two-sample KS statistic `d` for sample sizes n1, n2 (scipy's rules;
 * in exact mode the returned statistic is d rounded to the lattice, h / lcm(n1, n2)).
 */
function ksPValue(n1, n2, statistic, method = 'auto') {
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

const DRIFT_METHODS = [
    'ks',
    'chisquare',
    'z',
    'wasserstein',
    'jensenshannon',
    'psi',
    'kl',
    'hellinger',
    'energy',
];
const METHOD_INFO = {
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
function isDriftMethod(value) {
    return DRIFT_METHODS.includes(value);
}
/** Whether `score` means drift for `method` at `threshold` (NaN never drifts). */
function isDrift(method, score, threshold) {
    const rule = METHOD_INFO[method].rule;
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
function defaultMethod(type, nRef, nUnique) {
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
        throw new src/* UserError */.yo(`column "${name}": unknown drift method "${String(options.method)}".`);
    }
    if (options.threshold !== undefined && !(options.threshold >= 0)) {
        throw new src/* UserError */.yo(`column "${name}": drift threshold must be a number >= 0, got ${options.threshold}.`);
    }
    if (options.bins !== undefined && !(Number.isInteger(options.bins) && options.bins >= 1)) {
        throw new src/* UserError */.yo(`column "${name}": bins must be a positive integer, got ${options.bins}.`);
    }
}
/** Share of missing values on each side and a two-proportion Z-test on them. */
function nullShare(ref, cur, threshold) {
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
    return driftSides(name, type, ref, cur, options);
}
/**
 * Drift of one column from already-cleaned sides (sorted numeric values or category counts), so
 * that callers holding a profile instead of raw values run the same code.
 */
function driftSides(name, type, ref, cur, options = {}) {
    checkOptions(name, options);
    const base = { name, type, method: null, statistic: null, score: null, threshold: null, drift: false };
    const counts = { reference: { count: ref.count, nulls: ref.nulls }, current: { count: cur.count, nulls: cur.nulls } };
    const ns = nullShare(counts.reference, counts.current, options.nullShareThreshold ?? 0.05);
    const nRef = ref.kind === 'numeric' ? ref.sorted.length : ref.n;
    const nCur = cur.kind === 'numeric' ? cur.sorted.length : cur.n;
    const emptyReason = emptySideReason(ref, cur, nRef, nCur);
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
function emptySideReason(ref, cur, nRef, nCur) {
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


const COLUMN_OPTION_KEYS = [
    'method',
    'threshold',
    'bins',
    'binning',
    'nullShareDrift',
    'nullShareThreshold',
];
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

const sketch_DEFAULT_ALPHA = 0.005;
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
function sketch_buildSketch(values, alpha = sketch_DEFAULT_ALPHA, maxBuckets = DEFAULT_MAX_BUCKETS) {
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
function sketch_mergeSketches(a, b) {
    if (a.alpha !== b.alpha) {
        throw new UserError(`cannot merge sketches with different accuracy (alpha ${a.alpha} and ${b.alpha}); rebuild one.`);
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
function orderedBuckets(sketch) {
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
function sketchQuantile(sketch, q) {
    if (!(q >= 0 && q <= 1))
        throw new src/* UserError */.yo(`quantile must be between 0 and 1, got ${q}.`);
    const n = sketchCount(sketch);
    if (n === 0)
        return Number.NaN;
    const rank = Math.floor(q * (n - 1));
    let seen = 0;
    const buckets = orderedBuckets(sketch);
    for (const b of buckets) {
        seen += b.count;
        if (seen > rank)
            return b.value;
    }
    return buckets[buckets.length - 1].value;
}
/** Whether any bucket was collapsed (the relative-error guarantee then holds only above it). */
function sketchCollapsed(sketch) {
    return sketch.positive.collapsed || sketch.negative.collapsed;
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



const PROFILE_FORMAT = 'cairn-profile-1';
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
function profile_profileNumeric(values, options = {}) {
    const finite = [];
    let nulls = 0;
    let infinite = 0;
    const sum = new Accumulator();
    const abs = new Accumulator();
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
    const m2 = new Accumulator();
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        if (Number.isFinite(x))
            m2.add((x - mean) * (x - mean));
    }
    return finishNumeric({
        format: PROFILE_FORMAT,
        type: 'numeric',
        count: values.length,
        nulls,
        infinite,
        moments: { n, mean, m2: m2.value, meanAbs: n > 0 ? abs.value / n : 0, min: n > 0 ? min : 0, max: n > 0 ? max : 0 },
        sketch: buildSketch(values, options.alpha ?? DEFAULT_ALPHA),
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
function profile_profileCategorical(values, options = {}) {
    const cap = options.categoryCap ?? DEFAULT_CATEGORY_CAP;
    if (!(Number.isInteger(cap) && cap >= 1))
        throw new UserError(`categoryCap must be a positive integer, got ${cap}.`);
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
        format: PROFILE_FORMAT,
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
            return profile_profileNumeric(values, options);
        const copy = new Float64Array(values.length);
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            copy[i] = typeof v === 'number' ? v : Number.NaN;
        }
        return profile_profileNumeric(copy, options);
    }
    return profile_profileCategorical(values, options);
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
function profile_mergeProfiles(a, b) {
    if (a.type !== b.type)
        throw new UserError(`cannot merge a ${a.type} profile with a ${b.type} profile.`);
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
            format: PROFILE_FORMAT,
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
        format: PROFILE_FORMAT,
        type: 'categorical',
        count: ca.count + cb.count,
        nulls: ca.nulls + cb.nulls,
        counts,
        other,
        truncated: ca.truncated || cb.truncated || dropped > 0,
        categoryCap: cap,
    };
}

;// CONCATENATED MODULE: ../../packages/stats/src/sort.ts
/**
 * Ascending in-place sort of a Float64Array without NaN. Integer-valued data with a limited range
 * (counts, codes, minutes, miles: common in tables) is sorted by counting in O(n + range);
 * anything else uses TypedArray.prototype.sort. (-0 becomes +0 on the counting path; the two
 * compare equal everywhere the statistics look.)
 */
const COUNTING_MIN = 4096;
const MAX_RANGE = 1 << 22;
function sortFloat64(values) {
    const n = values.length;
    if (n < COUNTING_MIN)
        return values.sort();
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (!Number.isInteger(v))
            return values.sort();
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    const range = max - min;
    if (range > MAX_RANGE || range > 4 * n)
        return values.sort();
    const counts = new Uint32Array(range + 1);
    for (let i = 0; i < n; i++) {
        const k = values[i] - min;
        counts[k] = counts[k] + 1;
    }
    let at = 0;
    for (let k = 0; k <= range; k++) {
        const c = counts[k];
        if (c > 0) {
            values.fill(k + min, at, at + c);
            at += c;
        }
    }
    return values;
}

;// CONCATENATED MODULE: ../../packages/stats/src/prepare.ts
/**
 * Cleaning a column before testing it (Evidently: +-inf become NaN, then NaN is dropped per side),
 * done once per column: numeric values are copied into one sorted Float64Array that every test
 * reuses; categorical values are counted into a Map.
 */

/** Finite values of a numeric column, sorted ascending. */
function prepare_prepareNumeric(values) {
    const out = new Float64Array(values.length);
    let n = 0;
    let infinite = 0;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === null || v === undefined || Number.isNaN(v))
            continue;
        if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
            infinite++;
            continue;
        }
        out[n++] = v;
    }
    const sorted = sortFloat64(out.subarray(0, n));
    return { kind: 'numeric', sorted, count: values.length, nulls: values.length - n, infinite };
}
/** Counts of each non-missing category; `null` (and undefined) are missing. */
function prepare_prepareCategorical(values) {
    // One hash lookup per row: the map gives a slot, counts live in a typed array.
    const slots = new Map();
    let counts = new Float64Array(64);
    let n = 0;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === null || v === undefined)
            continue;
        const key = typeof v === 'string' ? v : String(v);
        let slot = slots.get(key);
        if (slot === undefined) {
            slot = slots.size;
            slots.set(key, slot);
            if (slot === counts.length) {
                const grown = new Float64Array(counts.length * 2);
                grown.set(counts);
                counts = grown;
            }
        }
        counts[slot] = counts[slot] + 1;
        n++;
    }
    const out = new Map();
    for (const [key, slot] of slots)
        out.set(key, counts[slot]);
    return { kind: 'categorical', counts: out, n, count: values.length, nulls: values.length - n };
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
            throw new src/* UserError */.yo(`column "${name}": the reference profile is numeric but the current values are strings.`);
        }
    }
    const cur = prepare_prepareNumeric(current);
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
    const curSketch = sketch_buildSketch(cur, refSketch.alpha, refSketch.maxBuckets);
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
        const acc = new sums_Accumulator();
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
    const cur = prepare_prepareCategorical(current);
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
    format: schemas/* literal */.euz(PROFILE_FORMAT),
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
    format: schemas/* literal */.euz(PROFILE_FORMAT),
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
        throw new src/* UserError */.yo(`${where}: not a ${PROFILE_FORMAT} column profile (at ${path}: ${issue?.message ?? 'invalid'}); ` +
            'rebuild the reference profile with this version of cairn.');
    }
    return parsed.data;
}
/** The `dataset-profile` record entry for one column (core columnProfileSchema), profile in `sketch`. */
function profile_schema_columnProfileEntry(name, profile) {
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
async function table_profile_profileTables(root, files, logger) {
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
            for await (const batch of readTable(join(root, file.path))) {
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
            if (!(error instanceof UserError))
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
function version_diff_diffVersions(previous, next) {
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
        throw new UserError(`${options.target}: the directory holds no files; there is nothing to version`);
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
    const put = await options.blobs.putAll(manifest.files.map((f) => ({ sha256: f.sha256, size: f.size, path: join(manifest.root, f.path) })), `${name}-${manifest.datasetHash.slice(0, 12)}`);
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
    await mkdir(dir, { recursive: true });
    const path = join(dir, `cairn-dataset-${record.name}-v${record.version}.manifest.json`);
    const body = {
        name: record.name,
        version: record.version,
        datasetHash: record.datasetHash,
        fileCount: record.fileCount,
        totalSize: record.totalSize,
        ...(record.rows !== undefined ? { rows: record.rows } : {}),
        files: record.files,
    };
    await writeFile(path, `${JSON.stringify(body, null, 2)}\n`);
    return path;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
function fitMarkdown(markdown, options) {
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
        used = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        // a missing file is created by appendFileSync
    }
    const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    const fitted = fitMarkdown(text, {
        limit: Math.max(0, JOB_SUMMARY_LIMIT - used),
        measure: 'utf8-bytes',
        moreLabel: 'workflow run artifacts',
        ...(options.moreUrl ? { moreUrl: options.moreUrl } : {}),
    });
    (0,external_node_fs_.appendFileSync)(path, fitted.text);
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
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** Sets a step output (GITHUB_OUTPUT); outside a runner, prints it as the old set-output command. */
function setOutput(name, value) {
    const text = String(value);
    const file = process.env.GITHUB_OUTPUT;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, fileCommandEntry(name, text), 'utf8');
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
    process.stdout.write(`${line}${external_node_os_.EOL}`);
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
function isAmbiguousFailure(error) {
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
            if (!isAmbiguousFailure(error) || attempt >= gh.retries)
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
        throw new src/* UserError */.yo(`repository_dispatch event type must be 1 to 100 characters, got ${options.eventType.length}.`);
    }
    const keys = Object.keys(options.clientPayload ?? {});
    if (keys.length > 10) {
        throw new src/* UserError */.yo(`repository_dispatch client payload may have at most 10 top-level keys, got ${keys.length} (${keys.join(', ')}).`);
    }
    await errors_call(gh, 'repository-dispatch', `send repository_dispatch "${options.eventType}"`, async () => {
        try {
            await gh.octokit.rest.repos.createDispatchEvent({
                owner: gh.owner,
                repo: gh.repo,
                event_type: options.eventType,
                client_payload: options.clientPayload ?? {},
                request: create_once_NO_RETRY,
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
        throw new src/* UserError */.yo(`workflow_dispatch accepts at most 25 inputs, got ${Object.keys(inputs).length}.`);
    }
    const what = `dispatch workflow ${options.workflow} on ${options.ref}`;
    return errors_call(gh, 'workflow-dispatch', what, async () => {
        try {
            const response = await gh.octokit.rest.actions.createWorkflowDispatch({
                owner: gh.owner,
                repo: gh.repo,
                workflow_id: options.workflow,
                ref: options.ref,
                inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
                return_run_details: true,
                request: create_once_NO_RETRY,
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
    return new src/* SystemError */._N(`GitHub did not confirm ${what}: the run may or may not have started. Check ${actions} before dispatching again.`);
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
const COMMENT_BODY_LIMIT = 65_536;
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
    const fitted = fitMarkdown(options.body, {
        limit: COMMENT_BODY_LIMIT - marker.length - 1,
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
    return errors_call(gh, 'issue', what, async () => {
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
        const issue = await create_once_createOnce(gh, {
            what,
            find: () => findIssue(gh, options.key, options.label),
            create: async () => (await gh.octokit.rest.issues.create({
                owner: gh.owner,
                repo: gh.repo,
                title: options.title,
                body,
                labels,
                request: create_once_NO_RETRY,
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
    return errors_call(gh, 'issue', what, async () => {
        const existing = await find();
        if (existing)
            return existing;
        return create_once_createOnce(gh, {
            what,
            find,
            create: async () => (await gh.octokit.rest.issues.createComment({
                owner: gh.owner,
                repo: gh.repo,
                issue_number: issueNumber,
                body: text,
                request: create_once_NO_RETRY,
            })).data,
        });
    });
}
/** Closes the key's open issue (as completed), optionally commenting why; undefined when none is open. */
async function closeIssue(gh, options) {
    const existing = await errors_call(gh, 'issue', `find the issue for ${options.key}`, () => findIssue(gh, options.key, options.label));
    if (!existing)
        return undefined;
    if (options.comment)
        await commentOnIssue(gh, existing.number, `${options.key}:close`, options.comment);
    const { data } = await errors_call(gh, 'issue', `close issue #${existing.number}`, () => gh.octokit.rest.issues.update({
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
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(697), __webpack_require__.e(327)]).then(__webpack_require__.bind(__webpack_require__, 61327));
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
            eventPayload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
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
        temp: get('RUNNER_TEMP') || (0,external_node_os_.tmpdir)(),
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









// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ../../packages/drift/src/read-side.ts
var read_side = __webpack_require__(83442);
// EXTERNAL MODULE: ../../packages/drift/src/read-worker.ts
var read_worker = __webpack_require__(27255);
// EXTERNAL MODULE: ../../packages/drift/src/side-data.ts
var side_data = __webpack_require__(83048);
;// CONCATENATED MODULE: ../../packages/drift/src/parallel-read.ts
/**
 * Reading both sides of a drift check, spread over worker threads when it pays: each file is one
 * task, a pool of at most `workers` threads (default: the machine's available parallelism) takes
 * them in order, and each side's files are merged back in path order. Small inputs, one task, or
 * `workers: 1` read in this thread (a worker has to load the readers before it can start).
 */







async function readSides(plans, options = {}) {
    const tasks = plans.flatMap((plan, p) => plan.files.map((path, index) => ({ plan: p, index, path, columns: plan.columns })));
    const sizes = await Promise.all(tasks.map(async (t) => (await (0,promises_.stat)(t.path).catch(() => ({ size: 0 }))).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    const cores = (0,external_node_os_.availableParallelism)();
    const threads = Math.min(tasks.length, Math.max(1, options.workers ?? (cores > 2 ? cores : 1)));
    const results = plans.map((plan) => new Array(plan.files.length));
    if (threads <= 1 || total < (options.minParallelBytes ?? 8 << 20)) {
        for (const t of tasks)
            results[t.plan][t.index] = await (0,read_side/* readFileSide */.eE)(t.path, t.columns);
        return { sides: results.map((parts, p) => merge(parts, plans[p])), threads: 1 };
    }
    // Biggest files first, so one large file does not start last.
    const queue = tasks.map((t, i) => ({ t, size: sizes[i] })).sort((a, b) => b.size - a.size);
    // Built from parts so that bundlers do not copy the entry file as an asset (bundles pass workerUrl).
    const url = options.workerUrl ?? new URL(['.', 'read-worker-entry.ts'].join('/'), import.meta.url);
    const pool = Array.from({ length: threads }, () => new external_node_worker_threads_.Worker(url, { workerData: { [read_worker/* WORKER_FLAG */.oy]: true } }));
    try {
        await Promise.all(pool.map(async (worker) => {
            for (let next = queue.shift(); next; next = queue.shift()) {
                const { t } = next;
                results[t.plan][t.index] = await request(worker, {
                    id: 0,
                    path: t.path,
                    columns: t.columns,
                });
            }
        }));
    }
    finally {
        await Promise.all(pool.map((w) => w.terminate()));
    }
    return { sides: results.map((parts, p) => merge(parts, plans[p])), threads };
}
function merge(parts, plan) {
    if (parts.length === 1)
        return parts[0];
    const into = (0,read_side/* emptyTableSide */.tq)(plan.files.slice(0, 1));
    into.sources = [];
    for (const part of parts)
        (0,side_data/* mergeTableSide */.As)(into, part);
    return into;
}
function request(worker, message) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
        };
        const onMessage = (reply) => {
            cleanup();
            if (reply.side)
                resolve(reply.side);
            else if (reply.error?.user)
                reject(new src/* UserError */.yo(reply.error.message));
            else
                reject(new src/* SystemError */._N(`reading ${message.path} in a worker thread failed: ${reply.error?.message}`));
        };
        const onError = (error) => {
            cleanup();
            reject(new src/* SystemError */._N(`the worker thread reading ${message.path} crashed`, { cause: error }));
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.postMessage(message);
    });
}

;// CONCATENATED MODULE: ../../packages/drift/src/column-sides.ts

/** Sorts a side's numbers in place (once) and returns them. */
function sortedNumbers(side, sort) {
    return sort((0,side_data/* numbersOf */.cZ)(side));
}
function numericSide(side, sorted) {
    return {
        kind: 'numeric',
        sorted,
        count: side.count,
        nulls: side.missing + side.infinite,
        infinite: side.infinite,
    };
}
/** Category counts of a side; numbers count under their JavaScript text (3, 2.5). */
function categoryMap(side, sorted) {
    if (sorted.length === 0)
        return side.categories;
    const counts = new Map(side.categories);
    for (let i = 0; i < sorted.length;) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        const key = String(sorted[i]);
        counts.set(key, (counts.get(key) ?? 0) + (j - i));
        i = j;
    }
    return counts;
}
function categoricalSide(side, counts) {
    let n = 0;
    counts.forEach((c) => {
        n += c;
    });
    return { kind: 'categorical', counts, n, count: side.count, nulls: side.count - n };
}
/** The side as a value array (for driftFromProfile): numbers with NaN and +-Infinity restored. */
function numericValues(side, sorted) {
    const out = new Float64Array(side.count).fill(Number.NaN);
    out.set(sorted);
    out.fill(Number.POSITIVE_INFINITY, sorted.length, sorted.length + side.infinite);
    return out;
}
function categoricalValues(counts, total) {
    const out = new Array(total).fill(null);
    let i = 0;
    for (const [key, c] of counts) {
        out.fill(key, i, i + c);
        i += c;
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/drift/src/histograms.ts

const HISTOGRAM_BINS = 20;
const HISTOGRAM_CATEGORIES = 12;
function label(lo, hi) {
    const f = (v) => String(Number(v.toPrecision(4)));
    return `${f(lo)} – ${f(hi)}`;
}
function binOf(value, min, width, bins) {
    return width === 0 ? 0 : Math.min(bins - 1, Math.max(0, Math.floor((value - min) / width)));
}
/** Counts of weighted points into equal-width bins over [min, max] (last bin closed). */
function binPoints(points, min, width, bins) {
    const out = new Array(bins).fill(0);
    for (const [value, count] of points) {
        const i = binOf(value, min, width, bins);
        out[i] = out[i] + count;
    }
    return out;
}
/**
 * Counts of sorted values into the bins: binOf is monotone in the value, so each bin's first index
 * is found by binary search instead of placing every value (the same counts as a full pass).
 */
function binSorted(values, min, width, bins) {
    const out = new Array(bins).fill(0);
    let start = 0;
    for (let b = 0; b < bins; b++) {
        // First index at or after `start` whose bin is above b.
        let lo = start;
        let hi = values.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (binOf(values[mid], min, width, bins) > b)
                hi = mid;
            else
                lo = mid + 1;
        }
        out[b] = lo - start;
        start = lo;
    }
    return out;
}
/** Numeric histogram of two sorted sides (or a profile's sketch buckets for the reference). */
function numericHistogram(ref, cur) {
    const refPoints = ref instanceof Float64Array
        ? null
        : ref.values !== null
            ? ref.values.map((v) => [v, 1])
            : orderedBuckets(ref.sketch).map((b) => [b.value, b.count]);
    const refMin = ref instanceof Float64Array ? ref[0] : (ref.min ?? undefined);
    const refMax = ref instanceof Float64Array ? ref[ref.length - 1] : (ref.max ?? undefined);
    const lows = [refMin, cur[0]].filter((v) => v !== undefined);
    const highs = [refMax, cur[cur.length - 1]].filter((v) => v !== undefined);
    if (lows.length === 0)
        return null;
    const min = Math.min(...lows);
    const max = Math.max(...highs);
    const bins = min === max ? 1 : HISTOGRAM_BINS;
    const width = (max - min) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
    return {
        kind: 'numeric',
        labels: edges.slice(0, -1).map((lo, i) => label(lo, edges[i + 1])),
        edges,
        reference: refPoints ? binPoints(refPoints, min, width, bins) : binSorted(ref, min, width, bins),
        current: binSorted(cur, min, width, bins),
    };
}
/**
 * The `k` values with the highest count over both maps (ties: the smaller value first), without
 * sorting every category (a column can hold tens of thousands) and from the join the test itself
 * made (categoryCounts), so no map is probed again.
 */
function topCategories(ref, cur, k) {
    const { keys, ref: r, cur: c } = categoryCounts(ref, cur);
    const before = (i, j) => {
        const ti = r[i] + c[i];
        const tj = r[j] + c[j];
        return ti > tj || (ti === tj && keys[i] < keys[j]);
    };
    // Indices kept best first; a candidate is inserted only when it beats the last kept one.
    const best = [];
    for (let i = 0; i < keys.length; i++) {
        if (best.length === k && !before(i, best[k - 1]))
            continue;
        let at = best.length < k ? best.length : k - 1;
        if (best.length < k)
            best.push(i);
        while (at > 0 && before(i, best[at - 1])) {
            best[at] = best[at - 1];
            at--;
        }
        best[at] = i;
    }
    return best.map((i) => keys[i]);
}
/** Categorical histogram: the most frequent values over both sides, the rest as "(other)". */
function categoricalHistogram(ref, cur) {
    const top = topCategories(ref, cur, HISTOGRAM_CATEGORIES);
    // Everything not in the top values is "(other)": the side's total minus the top counts.
    const count = (m) => {
        const counts = top.map((k) => m.get(k) ?? 0);
        let total = 0;
        m.forEach((n) => {
            total += n;
        });
        return { counts, other: total - counts.reduce((a, b) => a + b, 0) };
    };
    const r = count(ref);
    const c = count(cur);
    const hasOther = r.other + c.other > 0;
    return {
        kind: 'categorical',
        labels: hasOther ? [...top, '(other)'] : top,
        edges: null,
        reference: hasOther ? [...r.counts, r.other] : r.counts,
        current: hasOther ? [...c.counts, c.other] : c.counts,
    };
}

;// CONCATENATED MODULE: ../../packages/drift/src/report-types.ts
/** The dataset line from per-column results: share = drifted / tested, drift when share >= threshold. */
function summarise(columns, threshold) {
    const tested = columns.filter((c) => c.skipped === null);
    const drifted = tested.filter((c) => c.drift).length;
    const share = tested.length === 0 ? 0 : drifted / tested.length;
    return {
        dataset: { columns: tested.length, drifted, share, threshold, drift: tested.length > 0 && share >= threshold },
        columns,
    };
}
/** A column that is not tested, with its reason. */
function skippedColumn(name, type, reference, current, reason) {
    return {
        name,
        type,
        method: null,
        statistic: null,
        score: null,
        threshold: null,
        drift: false,
        reference,
        current,
        skipped: reason,
    };
}

;// CONCATENATED MODULE: ../../packages/drift/src/column-typing.ts
/**
 * The type a column is tested as, the way Evidently 0.7 would type it from what pandas reads
 * (REFERENCE.md §3 item 11): the reference's pandas dtype and its distinct values decide, a user
 * override wins, and a column that is numeric on one side but text on the other is tested as
 * categorical with a note (Evidently crashes on it: evidentlyai/evidently#329).
 */

/** Distinct finite numbers (sorted input), stopping early past `cap`. */
function distinctSortedCapped(sorted, cap = Number.POSITIVE_INFINITY) {
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) {
        if (i === 0 || sorted[i] !== sorted[i - 1]) {
            distinct++;
            if (distinct > cap)
                return distinct;
        }
    }
    return distinct;
}
/** Non-missing, non-infinite values of a side that are text (not numbers). */
function textCount(side) {
    let n = 0;
    side.categories.forEach((c) => {
        n += c;
    });
    return n;
}
/**
 * Evidently's type for a column from both sides. `refSorted` holds the reference's finite numbers,
 * sorted (for the distinct count of integer columns).
 */
function columnTyping(ref, cur, refSorted, refParquet, override) {
    if (override !== undefined)
        return { type: override, note: null };
    const refText = textCount(ref);
    const curText = textCount(cur);
    const dtype = (0,data_src/* pandasDtype */.Gg)(ref.kinds, refParquet);
    const nonNull = ref.numberCount + refText;
    if (refText > 0 || curText > 0) {
        // Text somewhere: strings (and numbers mixed with them) are categories. Leading-zero codes are
        // text to Cairn (a deliberate difference from pandas, documented in ADR 0009).
        if (dtype === 'datetime64[ns]')
            return { type: 'datetime', note: null };
        const distinct = ref.categories.size + distinctSortedCapped(refSorted);
        const type = (0,data_src/* evidentlyColumnType */.tm)('object', distinct, nonNull);
        let note = null;
        if (refText === 0 && ref.numberCount > 0)
            note = 'numbers in the reference but text in the current data';
        else if (curText === 0 && cur.numberCount > 0)
            note = 'text in the reference but numbers in the current data';
        if (note !== null)
            return { type: 'categorical', note: `${note}: tested as categorical` };
        if (ref.kinds.kinds.boolean > 0 && ref.kinds.kinds.boolean === refText)
            return { type: 'categorical', note: null };
        return { type, note: null };
    }
    if (dtype === 'int64') {
        return { type: (0,data_src/* evidentlyColumnType */.tm)('int64', distinctSortedCapped(refSorted, 10), nonNull), note: null };
    }
    return { type: 'numeric', note: null };
}

;// CONCATENATED MODULE: ../../packages/drift/src/test-columns.ts
/**
 * Testing the columns of two read sides: choose each column's type (Evidently's rules, or the
 * user's override), clean it into the sides @cairn/stats tests, run the test with the column's
 * options (column > type > global), and draw its histogram. A column that cannot be tested is
 * reported with the reason; only invalid options abort the check.
 */






/** Which columns to test: the given ones, else every column of either side, minus `exclude`. */
function planColumns(refNames, curNames, columns, exclude) {
    const inRef = new Set(refNames);
    const inCur = new Set(curNames);
    const all = [...refNames, ...curNames.filter((n) => !inRef.has(n))];
    if (columns && columns.length > 0) {
        const missing = columns.filter((c) => !inRef.has(c) && !inCur.has(c));
        if (missing.length > 0) {
            throw new src/* UserError */.yo(`input columns names ${missing.map((m) => JSON.stringify(m)).join(', ')}, which neither side has. ` +
                `The data has: ${all.map((m) => JSON.stringify(m)).join(', ')}.`);
        }
    }
    const excluded = new Set(exclude ?? []);
    const chosen = (columns && columns.length > 0 ? [...new Set(columns)] : all).filter((c) => !excluded.has(c));
    return {
        both: chosen.filter((c) => inRef.has(c) && inCur.has(c)),
        referenceOnly: chosen.filter((c) => inRef.has(c) && !inCur.has(c)),
        currentOnly: chosen.filter((c) => !inRef.has(c) && inCur.has(c)),
    };
}
function counts(side) {
    return side ? { count: side.count, nulls: side.missing + side.infinite } : { count: 0, nulls: 0 };
}
/** Reports for columns present on one side only. */
function oneSidedColumns(plan, ref, cur) {
    const out = new Map();
    for (const name of plan.referenceOnly) {
        const r = ref.columns.get(name);
        out.set(name, skippedColumn(name, 'categorical', counts(r), { count: 0, nulls: 0 }, 'not tested: only in the reference data'));
    }
    for (const name of plan.currentOnly) {
        out.set(name, skippedColumn(name, 'categorical', { count: 0, nulls: 0 }, counts(cur.columns.get(name)), 'not tested: only in the current data'));
    }
    return out;
}
/** Tests one column present on both sides (file mode). */
function testColumn(name, ref, cur, refParquet, types, options) {
    const refSorted = sortedNumbers(ref, sortFloat64);
    const curSorted = sortedNumbers(cur, sortFloat64);
    const typing = columnTyping(ref, cur, refSorted, refParquet, types[name]);
    const type = typing.type;
    const note = typing.note === null ? {} : { note: typing.note };
    const refCats = () => categoryMap(ref, refSorted);
    const curCats = () => categoryMap(cur, curSorted);
    if (type === 'text' || type === 'datetime') {
        const reason = type === 'text'
            ? 'not tested: text column (more distinct values than half its rows)'
            : 'not tested: datetime column';
        return { result: { ...skippedColumn(name, type, counts(ref), counts(cur), reason), ...note }, histogram: null };
    }
    if (type === 'numeric' && (ref.categories.size > 0 || cur.categories.size > 0)) {
        const side = ref.categories.size > 0 ? 'reference' : 'current';
        const example = [...(ref.categories.size > 0 ? ref.categories : cur.categories).keys()][0];
        const reason = `not tested: declared numeric, but the ${side} data holds text such as ${JSON.stringify(example)}`;
        return { result: skippedColumn(name, type, counts(ref), counts(cur), reason), histogram: null };
    }
    const layered = resolveColumnOptions(options, options.perType?.[type], options.perColumn?.[name]);
    try {
        if (type === 'numeric') {
            const result = driftSides(name, 'numeric', numericSide(ref, refSorted), numericSide(cur, curSorted), layered);
            return { result: { ...result, ...note }, histogram: numericHistogram(refSorted, curSorted) };
        }
        const rc = refCats();
        const cc = curCats();
        const result = driftSides(name, 'categorical', categoricalSide(ref, rc), categoricalSide(cur, cc), layered);
        return { result: { ...result, ...note }, histogram: categoricalHistogram(rc, cc) };
    }
    catch (error) {
        const reason = `not tested: ${(0,src/* describeError */.Uc)(error)}`;
        return { result: { ...skippedColumn(name, type, counts(ref), counts(cur), reason), ...note }, histogram: null };
    }
}

;// CONCATENATED MODULE: ../../packages/drift/src/profile-columns.ts
/**
 * Profile mode: the reference is a dataset version's stored profile (no data download). Each
 * column of the current data is tested against its column profile with driftFromProfile, which is
 * exact while the profile holds exact values and reports a guaranteed interval otherwise
 * (docs/adr/0003). Columns the profile lacks, or whose stored sketch is unreadable, are reported.
 */






/** The column profiles of a stored dataset profile, by name; unreadable ones as an error text. */
function columnProfiles(record) {
    const out = new Map();
    for (const entry of record.columns) {
        if (entry.sketch === undefined) {
            out.set(entry.name, 'the stored profile has no sketch for this column; record the version again with version-data');
            continue;
        }
        try {
            out.set(entry.name, parseColumnProfile(entry.sketch, `profile of ${record.name}@${record.version}, column "${entry.name}"`));
        }
        catch (error) {
            out.set(entry.name, (0,src/* describeError */.Uc)(error));
        }
    }
    return out;
}
function profileCounts(profile) {
    return { count: profile.count, nulls: profile.nulls + (profile.type === 'numeric' ? profile.infinite : 0) };
}
/** Tests one current column against the reference's column profile. */
function testColumnAgainstProfile(name, profile, cur, types, options) {
    if (typeof profile === 'string') {
        return {
            result: skippedColumn(name, 'categorical', { count: 0, nulls: 0 }, counts(cur), `not tested: ${profile}`),
            histogram: null,
        };
    }
    const refCounts = profileCounts(profile);
    const override = types[name];
    let type = override ?? profile.type;
    if (override === undefined && profile.type === 'categorical' && !profile.truncated) {
        // Evidently's text rule on the reference: more distinct values than half the non-null rows.
        const nonNull = profile.count - profile.nulls;
        if (profile.counts.length > 0.5 * nonNull)
            type = 'text';
    }
    if (type === 'text' || type === 'datetime') {
        const reason = type === 'text'
            ? 'not tested: text column (more distinct values than half its rows)'
            : 'not tested: datetime column';
        return { result: skippedColumn(name, type, refCounts, counts(cur), reason), histogram: null };
    }
    if (type !== profile.type) {
        const reason = `not tested: the reference profile holds ${profile.type} values, so the column cannot be tested as ${type}`;
        return { result: skippedColumn(name, type, refCounts, counts(cur), reason), histogram: null };
    }
    const curSorted = sortedNumbers(cur, sortFloat64);
    const layered = resolveColumnOptions(options, options.perType?.[type], options.perColumn?.[name]);
    try {
        if (profile.type === 'numeric') {
            if (cur.categories.size > 0) {
                const example = [...cur.categories.keys()][0];
                throw new src/* UserError */.yo(`the reference profile is numeric but the current data holds text such as ${JSON.stringify(example)}`);
            }
            const result = driftFromProfile(name, profile, numericValues(cur, curSorted), layered);
            return { result, histogram: numericHistogram(profile, curSorted) };
        }
        const cc = categoryMap(cur, curSorted);
        const result = driftFromProfile(name, profile, categoricalValues(cc, cur.count), layered);
        const rc = new Map(profile.counts);
        if (profile.other > 0)
            rc.set('(other)', profile.other);
        return { result, histogram: categoricalHistogram(rc, cc) };
    }
    catch (error) {
        return {
            result: skippedColumn(name, type, refCounts, counts(cur), `not tested: ${(0,src/* describeError */.Uc)(error)}`),
            histogram: null,
        };
    }
}

;// CONCATENATED MODULE: ../../packages/drift/src/sources.ts
/**
 * What `reference` and `current` name: a path (file or directory, relative to the workspace), or a
 * dataset version from version-data, `name@3`, `name@v3` or `name@latest`. An existing path wins,
 * so a file whose name contains "@" is still read as a file.
 */



function parseSource(text, input, cwd) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new src/* UserError */.yo(`${input} is required: give a data file, a directory or name@version.`);
    const path = (0,external_node_path_.resolve)(cwd, trimmed);
    if ((0,external_node_fs_.existsSync)(path))
        return { kind: 'path', path, label: trimmed };
    const at = trimmed.lastIndexOf('@');
    if (at > 0 && !trimmed.includes('/')) {
        const name = trimmed.slice(0, at);
        const version = trimmed.slice(at + 1);
        if (!src/* NAME_PATTERN */.Vh.test(name)) {
            throw new src/* UserError */.yo(`${input}: "${name}" is not a dataset name (1-100 letters, digits, ".", "_" or "-") and no file ${trimmed} exists.`);
        }
        if (version === 'latest')
            return { kind: 'dataset', name, version: 'latest', label: trimmed };
        const m = /^v?([1-9]\d*)$/.exec(version);
        if (!m) {
            throw new src/* UserError */.yo(`${input}: "${trimmed}" names dataset ${name} at "${version}", but only version numbers (${name}@3) and ` +
                `${name}@latest are understood, and no file of that name exists.`);
        }
        return { kind: 'dataset', name, version: Number(m[1]), label: `${name}@${m[1]}` };
    }
    return { kind: 'path', path, label: trimmed };
}

;// CONCATENATED MODULE: ../../packages/drift/src/check.ts
/**
 * A drift check end to end: resolve `reference` and `current` (paths or dataset versions), read
 * both sides with the streaming readers (worker threads when it pays), test every column, and
 * return the documented JSON report with histograms for the HTML report.
 */









const COLUMN_TYPES = ['numeric', 'categorical', 'text', 'datetime'];
/** Rejects invalid options before any data is read, naming the column or type they are for. */
function validateOptions(options, columnTypes = {}) {
    const check = (where, o) => {
        if (!o)
            return;
        if (o.method !== undefined && !isDriftMethod(o.method)) {
            throw new src/* UserError */.yo(`${where}: unknown drift method "${String(o.method)}"; use one of ${DRIFT_METHODS.join(', ')}.`);
        }
        if (o.threshold !== undefined && !(Number.isFinite(o.threshold) && o.threshold >= 0)) {
            throw new src/* UserError */.yo(`${where}: threshold must be a number >= 0, got ${o.threshold}.`);
        }
        if (o.bins !== undefined && !(Number.isInteger(o.bins) && o.bins >= 1)) {
            throw new src/* UserError */.yo(`${where}: bins must be a positive whole number, got ${o.bins}.`);
        }
    };
    check('drift options', options);
    for (const [type, o] of Object.entries(options.perType ?? {}))
        check(`options for ${type} columns`, o);
    for (const [name, o] of Object.entries(options.perColumn ?? {}))
        check(`options for column "${name}"`, o);
    const share = options.datasetThreshold ?? 0.5;
    if (!(share >= 0 && share <= 1))
        throw new src/* UserError */.yo(`drift-share must be between 0 and 1, got ${share}.`);
    for (const [name, type] of Object.entries(columnTypes)) {
        if (!COLUMN_TYPES.includes(type)) {
            throw new src/* UserError */.yo(`column-types: "${name}: ${type}" is not a type; use ${COLUMN_TYPES.join(', ')}.`);
        }
    }
}
async function resolveSide(spec, input, side) {
    if (spec.kind === 'path') {
        const files = await (0,read_side/* tableFiles */.Sr)(spec.path, side);
        return { info: { label: spec.label, rows: 0, files, mode: 'data' }, files };
    }
    if (!input.store) {
        throw new src/* UserError */.yo(`${side} "${spec.label}" names a dataset version, but no metadata store was given.`);
    }
    const version = await input.store.getDatasetVersion(spec.name, spec.version);
    if (!version) {
        throw new src/* UserError */.yo(`${side}: dataset ${spec.name} has no version ${spec.version} on the metadata branch; record one with version-data first.`);
    }
    const dataset = { name: version.name, version: version.version };
    const label = `${version.name}@${version.version}`;
    const mode = side === 'current' ? 'data' : (input.referenceMode ?? 'auto');
    const fetchFiles = async () => {
        if (!input.fetchVersionFiles) {
            throw new src/* UserError */.yo(`${side} ${label}: reading a dataset version's files needs its storage (the storage input); ` +
                `or restore them with version-data (pull) and pass their directory${side === 'reference' ? ', or use the stored profile (reference-mode: profile)' : ''}.`);
        }
        const files = await input.fetchVersionFiles(version.name, version.version);
        return { info: { label, rows: 0, files, dataset, mode: 'data' }, files };
    };
    if (mode === 'data')
        return fetchFiles();
    const profile = await input.store.getDatasetProfile(version.name, version.version);
    if (!profile && mode === 'auto' && input.fetchVersionFiles)
        return fetchFiles();
    if (!profile) {
        throw new src/* UserError */.yo(`${side} ${label} has no stored profile; record the version again with version-data (which stores one) or pass the reference files.`);
    }
    return {
        info: { label, rows: profile.rows, files: [], dataset, mode: 'profile' },
        files: [],
        profile: columnProfiles(profile),
    };
}
/** Runs a drift check; throws UserError on bad input (paths, options, names), never on bad data. */
async function checkDrift(input) {
    const logger = input.logger ?? src/* silentLogger */.qq;
    const options = input.options ?? {};
    const types = input.columnTypes ?? {};
    validateOptions(options, types);
    const ref = await resolveSide(parseSource(input.reference, 'reference', input.cwd), input, 'reference');
    const cur = await resolveSide(parseSource(input.current, 'current', input.cwd), input, 'current');
    const projection = input.columns && input.columns.length > 0 ? input.columns : undefined;
    const started = performance.now();
    const plans = ref.profile
        ? [{ files: cur.files, columns: projection }]
        : [ref, cur].map((s) => ({ files: s.files, columns: projection }));
    const read = await readSides(plans, input.parallel);
    const curSide = read.sides.at(-1);
    const refSide = ref.profile ? undefined : read.sides[0];
    const readMs = performance.now() - started;
    logger.debug(`read ${plans.reduce((n, p) => n + p.files.length, 0)} files in ${readMs.toFixed(0)} ms on ${read.threads} thread(s)`);
    const testStarted = performance.now();
    const refNames = ref.profile ? [...ref.profile.keys()] : [...refSide.columns.keys()];
    const plan = planColumns(refNames, [...curSide.columns.keys()], input.columns, input.exclude);
    for (const name of Object.keys(options.perColumn ?? {})) {
        if (!plan.both.includes(name) && !plan.referenceOnly.includes(name) && !plan.currentOnly.includes(name)) {
            throw new src/* UserError */.yo(`drift options name column "${name}", which is not among the columns checked; check the spelling.`);
        }
    }
    const emptySide = { sources: [], parquet: false, rows: 0, columns: new Map() };
    const oneSided = oneSidedColumns(plan, refSide ?? emptySide, curSide);
    if (ref.profile) {
        for (const name of plan.referenceOnly) {
            const p = ref.profile.get(name);
            const r = oneSided.get(name);
            if (r && p && typeof p !== 'string') {
                r.type = p.type;
                r.reference = { count: p.count, nulls: p.nulls + (p.type === 'numeric' ? p.infinite : 0) };
            }
        }
    }
    const tested = new Map();
    for (const name of plan.both) {
        const c = curSide.columns.get(name);
        const r = refSide?.columns.get(name);
        tested.set(name, ref.profile
            ? testColumnAgainstProfile(name, ref.profile.get(name), c, types, options)
            : testColumn(name, r, c, refSide.parquet, types, options));
        (0,side_data/* releaseNumbers */.uE)(c);
        if (r)
            (0,side_data/* releaseNumbers */.uE)(r);
    }
    const order = [...plan.both, ...plan.referenceOnly, ...plan.currentOnly];
    const columns = order.map((name) => (tested.get(name)?.result ?? oneSided.get(name)));
    const histograms = {};
    for (const [name, t] of tested)
        if (t.histogram)
            histograms[name] = t.histogram;
    const report = summarise(columns, options.datasetThreshold ?? 0.5);
    const testMs = performance.now() - testStarted;
    return {
        report,
        reference: { ...ref.info, rows: refSide ? refSide.rows : ref.info.rows },
        current: { ...cur.info, rows: curSide.rows },
        histograms,
        threads: read.threads,
        timings: { readMs, testMs },
    };
}

;// CONCATENATED MODULE: ../../packages/drift/src/inputs-text.ts
/**
 * Parsing the text forms of drift options, shared by the action's inputs and the CLI's flags:
 * lists (one per line or comma-separated), `column: type` overrides, and `method` / `threshold`
 * given once for every column or per line as `column: value` / `numeric: value` (a type name).
 */


const TYPES = ['numeric', 'categorical', 'text', 'datetime'];
/** Items of a list input: one per line or comma-separated, blanks and `#` comments dropped. */
function listItems(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+#.*$/, '').trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** `key: value` lines (the key may itself contain ":"; the last ": " splits). */
function keyValueLines(text, input, example) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((line) => {
        const at = line.lastIndexOf(':');
        if (at <= 0)
            throw new src/* UserError */.yo(`input ${input}: "${line}" is not a \`column: value\` line, e.g. ${example}`);
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}
function parseColumnTypes(text) {
    const out = {};
    for (const [column, type] of keyValueLines(text, 'column-types', 'zip: categorical')) {
        if (!TYPES.includes(type)) {
            throw new src/* UserError */.yo(`input column-types: "${column}: ${type}": the type must be one of ${TYPES.join(', ')}.`);
        }
        out[column] = type;
    }
    return out;
}
function parseMethod(value, where) {
    if (value === 'auto' || value === '')
        return undefined;
    if (!isDriftMethod(value)) {
        throw new src/* UserError */.yo(`input method${where}: "${value}" is not a method; use auto or one of ${DRIFT_METHODS.join(', ')}.`);
    }
    return value;
}
function parseThreshold(value, where) {
    if (value === '')
        return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) {
        throw new src/* UserError */.yo(`input threshold${where}: "${value}" is not a number >= 0 (e.g. 0.05 for p-values, 0.1 for distances).`);
    }
    return n;
}
/** The drift options from the `method`, `threshold` and `drift-share` texts. */
function parseDriftOptions(text) {
    const options = {};
    const perType = {};
    const perColumn = {};
    const layer = (key) => {
        const map = TYPES.includes(key) ? perType : perColumn;
        const existing = map[key];
        if (existing)
            return existing;
        const created = {};
        map[key] = created;
        return created;
    };
    const method = (text.method ?? '').trim();
    if (method.includes(':')) {
        for (const [k, v] of keyValueLines(method, 'method', 'delay: psi')) {
            const m = parseMethod(v, ` for ${k}`);
            if (m !== undefined)
                layer(k).method = m;
        }
    }
    else {
        const m = parseMethod(method, '');
        if (m !== undefined)
            options.method = m;
    }
    const threshold = (text.threshold ?? '').trim();
    if (threshold.includes(':')) {
        for (const [k, v] of keyValueLines(threshold, 'threshold', 'delay: 0.2')) {
            const t = parseThreshold(v, ` for ${k}`);
            if (t !== undefined)
                layer(k).threshold = t;
        }
    }
    else {
        const t = parseThreshold(threshold, '');
        if (t !== undefined)
            options.threshold = t;
    }
    const share = (text.driftShare ?? '').trim();
    if (share !== '') {
        const n = Number(share);
        if (!(n >= 0 && n <= 1))
            throw new src/* UserError */.yo(`input drift-share: "${share}" must be a number between 0 and 1.`);
        options.datasetThreshold = n;
    }
    if (Object.keys(perType).length > 0)
        options.perType = perType;
    if (Object.keys(perColumn).length > 0)
        options.perColumn = perColumn;
    return options;
}

;// CONCATENATED MODULE: ../../packages/drift/src/summary.ts
/**
 * The drift summary recorded on the metadata branch for every check (the full report goes to the
 * artifact), and the trend of the drift share across checks for the issue and the report.
 */

function driftSummary(result, context) {
    const now = context.now ?? Date.now();
    const d = result.report.dataset;
    return {
        schemaVersion: src/* DRIFT_SCHEMA_VERSION */.pc,
        kind: 'drift-summary',
        id: (0,src/* newId */.Si)({ key: context.idempotencyKey, now }),
        dataset: context.dataset,
        createdAt: new Date(now).toISOString(),
        reference: result.reference.label,
        current: result.current.label,
        columns: d.columns,
        drifted: result.report.columns.filter((c) => c.skipped === null && c.drift).map((c) => c.name),
        share: d.share,
        threshold: d.threshold,
        drift: d.drift,
        ...(context.reportUrl ? { reportUrl: context.reportUrl } : {}),
        git: context.git,
    };
}
/** Oldest first, at most `limit` points, from summaries listed newest first. */
function driftTrend(summaries, limit = 30) {
    return summaries
        .slice(0, limit)
        .map((s) => ({ at: s.createdAt, share: s.share, drift: s.drift }))
        .reverse();
}
/** A dataset name from a path or spec when none is given: the file or directory name, cleaned. */
function datasetNameFrom(label) {
    const at = label.lastIndexOf('@');
    if (at > 0 && !label.includes('/'))
        return label.slice(0, at);
    const base = label.replace(/\/+$/, '').split('/').pop() ?? 'data';
    const stem = base.replace(/(\.gz)?$/i, '').replace(/\.[A-Za-z0-9]+$/, '');
    const cleaned = stem
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 100);
    return cleaned || 'data';
}

;// CONCATENATED MODULE: ../../packages/drift/src/version-files.ts
/**
 * A dataset version's files on local disk, for drift checks that need the rows (a `current` given
 * as name@version, or `reference-mode: data`): pulled with @cairn/blobs (sha256-verified) into a
 * directory, then read like any directory of tables.
 */



/** A `fetchVersionFiles` for checkDrift that pulls versions with @cairn/blobs. */
function versionFilesFetcher(options) {
    return async (name, version) => {
        const record = await options.store.getDatasetVersion(name, version);
        const blobsFor = options.blobsFor ??
            ((storage) => {
                if (storage.backend !== 'local') {
                    throw new Error(`dataset ${name}@${version} is stored in ${storage.backend}; only local storage can be read here`);
                }
                return new LocalBlobStore(storage.location, options.logger);
            });
        if (!record)
            throw new Error(`dataset ${name} has no version ${version}`);
        const dir = (0,external_node_path_.join)(options.dir, `${name}@${version}`);
        await pullDataset(options.store, {
            name,
            version: String(version),
            dir,
            blobs: blobsFor(record.storage),
            logger: options.logger,
        });
        return (0,read_side/* tableFiles */.Sr)(dir, `${name}@${version}`);
    };
}

;// CONCATENATED MODULE: ../../packages/drift/src/index.ts










;// CONCATENATED MODULE: ../../packages/report/src/number-format.ts
/**
 * Numbers for people: 5 significant digits as `dvc metrics diff` prints them, signed changes,
 * percentages, and readable forms for huge, tiny and non-finite values.
 */
/** 5 significant digits, trailing zeros dropped; exponent form outside 1e-4..1e9. */
function formatNumber(value, digits = 5) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '-∞';
    if (value === 0)
        return '0';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return String(value);
    const abs = Math.abs(value);
    if (abs >= 1e9 || abs < 1e-4) {
        const [mantissa = '', exponent = ''] = value.toExponential(digits - 1).split('e');
        return `${trimZeros(mantissa)}e${exponent}`;
    }
    return String(Number(value.toPrecision(digits)));
}
/**
 * A whole count with comma thousands separators (1,234,567), as toLocaleString('en') writes it,
 * without loading ICU's locale data (tens of milliseconds at an action's start).
 */
function formatCount(value) {
    if (!Number.isSafeInteger(value))
        return String(value);
    const digits = String(Math.abs(value));
    let out = '';
    for (let end = digits.length; end > 0; end -= 3)
        out = `${digits.slice(Math.max(0, end - 3), end)}${out ? `,${out}` : ''}`;
    return value < 0 ? `-${out}` : out;
}
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
/** A change with its sign: +0.012, -3, 0. */
function number_format_formatSigned(value, digits = 5) {
    const text = formatNumber(value, digits);
    return value > 0 ? `+${text}` : text;
}
/** A relative change as a signed percentage with 3 significant digits: +1.23%. */
function number_format_formatPercent(ratio) {
    if (!Number.isFinite(ratio))
        return Number.isNaN(ratio) ? 'NaN' : ratio > 0 ? '+∞%' : '-∞%';
    const pct = ratio * 100;
    if (pct === 0)
        return '0%';
    const text = Math.abs(pct) >= 1000 ? pct.toFixed(0) : trimZeros(pct.toPrecision(3));
    return `${pct > 0 ? '+' : ''}${text}%`;
}
/** Any metric value: numbers formatted, null as "—" (missing or NaN), strings as given. */
function number_format_formatValue(value) {
    if (value === undefined || value === null)
        return '—';
    return typeof value === 'number' ? formatNumber(value) : value;
}

;// CONCATENATED MODULE: ../../packages/report/src/escape.ts
/**
 * Escaping untrusted text (metric, param and tag names and values) for GitHub-flavoured markdown.
 * In a table cell: `|` would end the cell, a newline the row, backticks open code spans, `<` opens
 * HTML (and the `<!-- cairn:sticky ... -->` marker that identifies a sticky comment), `*_[]~`
 * format. Everything is made literal, so a name can neither break the table nor hijack a comment.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Inline markdown text: HTML entities for `& < >`, backslash before markdown punctuation. */
function escape_escapeInline(text) {
    return text
        .replace(/[&<>]/g, (ch) => ENTITIES[ch])
        .replace(/[\\`*_[\]~|]/g, (ch) => `\\${ch}`)
        .replace(/\r\n|\r|\n/g, ' ');
}
/** A table cell: inline escaping, and no leading/trailing whitespace that would be trimmed anyway. */
function escapeCell(text) {
    return escape_escapeInline(text).trim();
}
/** Text for a mermaid label or title inside a fenced block: only characters that cannot end the fence or the string. */
function mermaidText(text, max = 60) {
    const clean = text
        .replace(/[`"<>\\#;{}[\]]/g, ' ')
        .replace(/[\r\n]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
/** Counts the cells of a rendered table row: unescaped pipes separate them. */
function countCells(row) {
    let cells = 0;
    let escaped = false;
    for (const ch of row
        .trim()
        .replace(/^\|/, '')
        .replace(/(?<!\\)\|$/, '')) {
        if (escaped)
            escaped = false;
        else if (ch === '\\')
            escaped = true;
        else if (ch === '|')
            cells++;
    }
    return cells + 1;
}

;// CONCATENATED MODULE: ../../packages/report/src/mermaid.ts
/**
 * Charts as mermaid `xychart-beta` blocks, which GitHub renders in comments and job summaries
 * (no image hosting). Labels are sanitised so they cannot end the string or the code fence.
 * Syntax: https://mermaid.js.org/syntax/xyChart.html (title, x-axis [categories], y-axis
 * "label" min --> max, line [values]).
 */

/** At most `max` evenly spaced indices of 0..n-1, always keeping the first and last. */
function mermaid_sampleIndices(n, max) {
    if (n <= max)
        return Array.from({ length: n }, (_, i) => i);
    const out = new Set();
    for (let i = 0; i < max; i++)
        out.add(Math.round((i * (n - 1)) / (max - 1)));
    return [...out].sort((a, b) => a - b);
}
/**
 * A number as plain decimal digits, 6 significant: mermaid's xychart grammar reads
 * `[+-]?digits[.digits]` and has no exponent form (its jison NUMBER_WITH_DECIMAL token).
 */
function plainNumber(value) {
    if (!Number.isFinite(value) || value === 0)
        return '0';
    const rounded = Number(value.toPrecision(6));
    const text = String(rounded);
    if (!/e/i.test(text))
        return text;
    if (Math.abs(rounded) >= 1) {
        const [mantissa = '', exponent = '0'] = rounded.toExponential(5).split('e');
        const digits = mantissa.replace('-', '').replace('.', '');
        return `${rounded < 0 ? '-' : ''}${digits.padEnd(Number(exponent) + 1, '0')}`;
    }
    const decimals = Math.min(100, 5 - Math.floor(Math.log10(Math.abs(rounded))));
    return rounded.toFixed(decimals).replace(/\.?0+$/, '');
}
function num(value) {
    return plainNumber(value);
}
/**
 * A fenced ```mermaid block, or undefined when no series has a finite value. xychart-beta cannot draw
 * gaps, so categories where every series is missing are left out, and a missing value among others is
 * drawn at the axis minimum.
 */
function mermaid_lineChart(input) {
    const isValue = (v) => v !== null && v !== undefined && Number.isFinite(v);
    const keep = input.categories.map((_, i) => input.series.some((s) => isValue(s.values[i])));
    const chart = {
        ...input,
        categories: input.categories.filter((_, i) => keep[i]),
        series: input.series.map((s) => ({ ...s, values: s.values.filter((_, i) => keep[i]) })),
    };
    const finite = chart.series.flatMap((s) => s.values).filter((v) => v !== null && Number.isFinite(v));
    if (finite.length === 0 || chart.categories.length === 0)
        return undefined;
    let min = Math.min(...finite);
    let max = Math.max(...finite);
    if (min === max) {
        const pad = Math.abs(min) * 0.05 || 1;
        min -= pad;
        max += pad;
    }
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidText(chart.title)}"`,
        `  x-axis ${chart.xLabel ? `"${mermaidText(chart.xLabel, 30)}" ` : ''}[${chart.categories.map((c) => `"${mermaidText(c, 20)}"`).join(', ')}]`,
        `  y-axis "${mermaidText(chart.yLabel ?? '', 30)}" ${num(min)} --> ${num(max)}`,
    ];
    for (const series of chart.series) {
        lines.push(`  line [${series.values.map((v) => (v === null || !Number.isFinite(v) ? num(min) : num(v))).join(', ')}]`);
    }
    lines.push('```');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ../../packages/report/src/table.ts
/** GitHub-flavoured markdown tables; every cell is escaped unless marked as already-markdown. */

function table_md(markdown) {
    return { markdown };
}
function cellText(cell) {
    if (typeof cell === 'number')
        return String(cell);
    if (typeof cell === 'string')
        return escapeCell(cell);
    return cell.markdown.replace(/\r?\n/g, ' ');
}
const SEPARATOR = { left: ':--', right: '--:', center: ':-:' };
function table_markdownTable(headers, rows, align) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const out = [line(headers.map((h) => escapeCell(h))), line(headers.map((_, i) => SEPARATOR[align?.[i] ?? 'left']))];
    for (const row of rows) {
        const cells = headers.map((_, i) => cellText(row[i] ?? ''));
        out.push(line(cells));
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ../../packages/report/src/drift/sparkline.ts
/** Small text distribution sketches for markdown tables: one block character per bin. */
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** Shares of `counts` drawn relative to `max` (shared by both sides so they compare). */
function sparkline(shares, max) {
    if (shares.length === 0)
        return '';
    return shares
        .map((s) => {
        if (!(max > 0) || s <= 0)
            return ' ';
        const level = Math.min(BLOCKS.length - 1, Math.floor((s / max) * (BLOCKS.length - 1) + 0.5));
        return BLOCKS[level];
    })
        .join('');
}
/** Shares of counts (0 when the total is 0). */
function toShares(counts) {
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => (total > 0 ? c / total : 0));
}
/** "ref → cur" sketches on one scale. */
function distributionSketch(reference, current) {
    const r = toShares(reference);
    const c = toShares(current);
    const max = Math.max(0, ...r, ...c);
    return `${sparkline(r, max)} → ${sparkline(c, max)}`;
}

;// CONCATENATED MODULE: ../../packages/report/src/drift/types.ts
/** "exact score between lo and hi" for an approximate score with known bounds, or undefined. */
function boundsNote(c) {
    if (!c.approximate || !c.bounds)
        return undefined;
    const [lo, hi] = c.bounds.statistic;
    const f = (v) => (Math.abs(v) >= 1e-3 || v === 0 ? v.toPrecision(4) : v.toExponential(2));
    return `exact ${c.statistic === c.score ? 'score' : 'statistic'} between ${f(lo)} and ${f(hi)}`;
}
/** Columns ordered most drifted first: drifted, then tested by how far past the threshold, then skipped. */
function mostDriftedFirst(columns) {
    const severity = (c) => {
        if (c.skipped !== null || c.score === null || c.threshold === null)
            return Number.NEGATIVE_INFINITY;
        const isP = c.method === 'ks' || c.method === 'chisquare' || c.method === 'z';
        // p-values: smaller is worse; distances: larger is worse. Compare on a log ratio to the threshold.
        const t = Math.max(c.threshold, 1e-300);
        const s = Math.max(Math.abs(c.score), 1e-300);
        return isP ? Math.log(t / s) : Math.log(s / t);
    };
    return [...columns].sort((a, b) => Number(b.drift) - Number(a.drift) || severity(b) - severity(a) || (a.name < b.name ? -1 : 1));
}

;// CONCATENATED MODULE: ../../packages/report/src/drift/markdown.ts
/**
 * The drift report in markdown (PR comment, job summary, issue body, `cairn drift --format md`):
 * one summary line, then one table row per column, most drifted first, with counts, nulls and a
 * distribution sketch; columns that were not tested follow with their reasons; the trend of the
 * drift share across checks as a mermaid chart. Kept under GitHub's comment limit by trimming rows.
 */






/** GitHub's comment body limit (REFERENCE.md §2), with room for markers. */
const DRIFT_MARKDOWN_LIMIT = 60_000;
function percent(share) {
    return `${formatNumber(Math.round(share * 1000) / 10)}%`;
}
/** The one summary line. */
function driftHeadline(input) {
    const d = input.report.dataset;
    const name = `\`${escape_escapeInline(input.dataset).replace(/`/g, "'")}\``;
    if (d.columns === 0)
        return `### Drift check ${name} ⚪ no column could be tested`;
    const verdict = d.drift ? '❌ dataset drift' : '✅ no dataset drift';
    return (`### Drift check ${name} ${verdict}: ${d.drifted} of ${d.columns} tested columns drifted ` +
        `(${percent(d.share)}; drift at ≥ ${percent(d.threshold)})`);
}
function markdown_count(side) {
    return side.nulls > 0 ? `${formatCount(side.count)} (${formatCount(side.nulls)} null)` : formatCount(side.count);
}
function score(c) {
    if (c.score === null)
        return '—';
    return `${formatNumber(c.score, 4)}${c.approximate ? ' ≈' : ''}`;
}
function row(c, input) {
    const h = input.histograms?.[c.name];
    const notes = [
        c.note,
        boundsNote(c),
        c.nullShare?.drift ? `null share ${percent(c.nullShare.reference)} → ${percent(c.nullShare.current)}` : undefined,
    ]
        .filter((n) => Boolean(n))
        .join('; ');
    return [
        table_md(`${escapeCell(c.name)}${notes ? ` <sub>${escape_escapeInline(notes)}</sub>` : ''}`),
        c.type,
        c.method ?? '—',
        score(c),
        c.threshold === null ? '—' : formatNumber(c.threshold),
        c.drift ? table_md('**yes**') : 'no',
        markdown_count(c.reference),
        markdown_count(c.current),
        h ? table_md(`\`${distributionSketch(h.reference, h.current)}\``) : '',
    ];
}
const HEADERS = [
    'Column',
    'Type',
    'Method',
    'Score',
    'Threshold',
    'Drifted',
    'Reference rows',
    'Current rows',
    'Distribution (ref → cur)',
];
function renderDriftMarkdown(input, options = {}) {
    const limit = options.limit ?? DRIFT_MARKDOWN_LIMIT;
    const ordered = mostDriftedFirst(input.report.columns);
    const tested = ordered.filter((c) => c.skipped === null);
    const skipped = ordered.filter((c) => c.skipped !== null);
    const source = (s) => `\`${escape_escapeInline(s.label).replace(/`/g, "'")}\`${s.mode === 'profile' ? ' (stored profile)' : ''}, ${formatCount(s.rows)} rows`;
    const head = [
        driftHeadline(input),
        '',
        `Reference ${source(input.reference)} · current ${source(input.current)}.` +
            (input.reference.mode === 'profile'
                ? " Scores marked ≈ come from the profile's sketch (bounded error, see the JSON report)."
                : ''),
    ];
    if (input.reportLink) {
        head.push('', input.reportLink.url
            ? `[Full report](${input.reportLink.url}): ${escape_escapeInline(input.reportLink.note)}`
            : escape_escapeInline(input.reportLink.note));
    }
    const tail = [];
    if (skipped.length > 0) {
        tail.push('', `<details><summary>${skipped.length} column${skipped.length === 1 ? '' : 's'} not tested</summary>`, '');
        tail.push(table_markdownTable(['Column', 'Reason'], skipped.map((c) => [c.name, (c.skipped ?? '').replace(/^not tested: /, '')])));
        tail.push('', '</details>');
    }
    const trend = input.trend ?? [];
    if (trend.length >= 2) {
        const chart = mermaid_lineChart({
            title: 'Share of drifted columns per check',
            categories: trend.map((p) => p.at.slice(5, 10)),
            yLabel: 'share',
            series: [{ name: 'share', values: trend.map((p) => p.share) }],
        });
        if (chart)
            tail.push('', '#### Trend', '', chart);
    }
    let rows = tested.map((c) => row(c, input));
    const build = (shown) => {
        const more = tested.length - shown.length;
        const table = shown.length > 0
            ? [
                '',
                table_markdownTable(HEADERS, shown, ['left', 'left', 'left', 'right', 'right', 'left', 'right', 'right', 'left']),
            ]
            : [];
        const moreLine = more > 0
            ? [
                '',
                `… and ${more} more tested column${more === 1 ? '' : 's'} (${tested.slice(shown.length).filter((c) => c.drift).length} drifted) in the full report.`,
            ]
            : [];
        return `${[...head, ...table, ...moreLine, ...tail].join('\n')}\n`;
    };
    if (options.maxRows !== undefined)
        rows = rows.slice(0, options.maxRows);
    let text = build(rows);
    while (text.length > limit && rows.length > 0) {
        rows = rows.slice(0, Math.floor(rows.length * 0.8));
        text = build(rows);
    }
    return text;
}

;// CONCATENATED MODULE: ../../packages/report/src/drift/html.ts
/**
 * The full drift report as one self-contained HTML file: inline CSS and inline SVG, no scripts,
 * fonts or images from elsewhere, so it opens offline from an artifact download. One card per
 * column, most drifted first, with reference and current histograms overlaid (shares, so samples
 * of different sizes compare).
 */




const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}
const W = 560;
const H = 180;
const PAD = { left: 44, right: 8, top: 10, bottom: 36 };
/** Overlaid bars: reference (blue) and current (orange, translucent) shares per bin. */
function histogramSvg(h, title) {
    const r = toShares(h.reference);
    const c = toShares(h.current);
    const max = Math.max(1e-12, ...r, ...c);
    const n = Math.max(1, h.labels.length);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const bw = plotW / n;
    const y = (s) => PAD.top + plotH - (s / max) * plotH;
    const bars = (shares, cls, inset) => shares
        .map((s, i) => {
        const x = PAD.left + i * bw + inset;
        const top = y(s);
        const label = `${h.labels[i] ?? ''}: ${(s * 100).toFixed(1)}%`;
        return `<rect class="${cls}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${Math.max(0.5, bw - 2 * inset).toFixed(1)}" height="${(PAD.top + plotH - top).toFixed(1)}"><title>${escapeHtml(label)}</title></rect>`;
    })
        .join('');
    const every = Math.ceil(n / 8);
    const ticks = h.labels
        .map((label, i) => i % every === 0
        ? `<text class="tick" x="${(PAD.left + i * bw + bw / 2).toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${escapeHtml(label.length > 14 ? `${label.slice(0, 13)}…` : label)}</text>`
        : '')
        .join('');
    const axis = `<line class="axis" x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}"/>`;
    const yLabels = [0, 0.5, 1]
        .map((f) => `<text class="tick" x="${PAD.left - 4}" y="${(y(max * f) + 4).toFixed(1)}" text-anchor="end">${(max * f * 100).toFixed(0)}%</text>`)
        .join('');
    return (`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}">` +
        `${axis}${bars(r, 'ref', 1)}${bars(c, 'cur', bw * 0.18)}${ticks}${yLabels}</svg>`);
}
function sideText(s) {
    return `${formatCount(s.count)} rows${s.nulls > 0 ? `, ${formatCount(s.nulls)} null` : ''}`;
}
function card(c, h) {
    const status = c.skipped !== null ? 'skipped' : c.drift ? 'drift' : 'ok';
    const verdict = c.skipped !== null ? escapeHtml(c.skipped) : c.drift ? 'drifted' : 'no drift';
    const facts = [
        `type ${escapeHtml(c.type)}`,
        c.method ? `method ${escapeHtml(c.method)}` : '',
        c.score !== null ? `score ${escapeHtml(formatNumber(c.score, 6))}${c.approximate ? ' (approximate)' : ''}` : '',
        c.statistic !== null && c.statistic !== c.score ? `statistic ${escapeHtml(formatNumber(c.statistic, 6))}` : '',
        c.threshold !== null ? `threshold ${escapeHtml(formatNumber(c.threshold))}` : '',
        `reference ${sideText(c.reference)}`,
        `current ${sideText(c.current)}`,
        c.note ? escapeHtml(c.note) : '',
        escapeHtml(boundsNote(c) ?? ''),
    ].filter(Boolean);
    return (`<section class="card ${status}"><h2>${escapeHtml(c.name)} <span class="badge">${verdict}</span></h2>` +
        `<p class="facts">${facts.join(' · ')}</p>` +
        (h ? histogramSvg(h, `${c.name}: reference and current distributions`) : '') +
        '</section>');
}
const CSS = `
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px}h2{font-size:16px;margin:0 0 4px}
.summary{margin-bottom:16px}.legend span{display:inline-block;margin-right:16px}
.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:12px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:12px}
.card.drift{border-color:#cf222e}.card.skipped{opacity:.75}
.badge{font-size:12px;font-weight:normal;padding:1px 6px;border-radius:10px;background:#eaeef2}
.drift .badge{background:#ffebe9;color:#cf222e}.ok .badge{background:#dafbe1;color:#1a7f37}
.facts{color:#59636e;margin:0 0 8px}
svg{width:100%;height:auto}.ref{fill:#0969da;fill-opacity:.55}.cur{fill:#fb8500;fill-opacity:.6}
.axis{stroke:#8c959f}.tick{font-size:10px;fill:#59636e}
`;
/** The whole report as one HTML document. */
function renderDriftHtml(input) {
    const headline = driftHeadline(input).replace(/^### /, '').replace(/`/g, '');
    const cards = mostDriftedFirst(input.report.columns)
        .map((c) => card(c, input.histograms?.[c.name]))
        .join('\n');
    const side = (label, s) => `${label} <b>${escapeHtml(s.label)}</b>${s.mode === 'profile' ? ' (stored profile)' : ''}, ${formatCount(s.rows)} rows`;
    const trend = (input.trend ?? []).map((p) => `${escapeHtml(p.at.slice(0, 10))}: ${(p.share * 100).toFixed(0)}%${p.drift ? ' (drift)' : ''}`);
    return [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        `<title>${escapeHtml(`Drift report: ${input.dataset}`)}</title>`,
        `<style>${CSS}</style></head><body>`,
        `<h1>${escapeHtml(headline)}</h1>`,
        `<p class="summary">${side('Reference', input.reference)} · ${side('current', input.current)}${input.generatedAt ? ` · generated ${escapeHtml(input.generatedAt)}` : ''}</p>`,
        trend.length > 1 ? `<p class="summary">Share of drifted columns per check: ${trend.join(' → ')}</p>` : '',
        '<p class="legend"><span><i style="background:#0969da99"></i>reference</span><span><i style="background:#fb850099"></i>current</span></p>',
        `<div class="grid">\n${cards}\n</div>`,
        '</body></html>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ../../packages/report/src/drift/index.ts





;// CONCATENATED MODULE: ../../packages/report/src/run-report.ts




const MARK = {
    better: '🟢 better',
    worse: '🔴 worse',
    same: '⚪ same',
    changed: '🔵 changed',
    added: '🆕 new',
    removed: '➖ removed',
    'not-compared': '',
};
const ORDER = (/* unused pure expression or super */ null && (['worse', 'better', 'changed', 'added', 'removed', 'not-compared', 'same']));
function arrow(direction) {
    return direction === 'higher' ? '↑ higher' : direction === 'lower' ? '↓ lower' : '';
}
function orderRows(rows, sortAbove) {
    if (rows.length <= sortAbove)
        return [...rows];
    return [...rows].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) ||
        Math.abs(b.relative ?? 0) - Math.abs(a.relative ?? 0) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function gateSection(gates) {
    if (gates.length === 0)
        return [];
    const failed = gates.filter((g) => !g.passed).length;
    const head = failed === 0 ? `✅ All ${gates.length} gates passed.` : `❌ ${failed} of ${gates.length} gates failed.`;
    const table = markdownTable(['Gate', 'This run', 'Bound', 'Result', 'Why'], gates.map((g) => [
        g.rule,
        formatValue(g.actual),
        formatValue(g.expected),
        md(g.passed ? '✅ pass' : '❌ fail'),
        g.reason,
    ]), ['left', 'right', 'right', 'left', 'left']);
    return ['#### Gates', '', head, '', table, ''];
}
function metricSection(rows, hasBaseline, sortAbove) {
    const ordered = orderRows(rows, sortAbove);
    const out = ['#### Metrics', ''];
    if (ordered.length > sortAbove && hasBaseline)
        out.push(`_${ordered.length} metrics: the most changed are listed first._`, '');
    const table = hasBaseline
        ? markdownTable(['Metric', 'Better', 'Baseline', 'This run', 'Change', 'Relative', ''], ordered.map((r) => [
            r.name,
            arrow(r.direction),
            formatValue(r.old),
            formatValue(r.new),
            r.diff === undefined ? '' : formatSigned(r.diff),
            r.relative === undefined ? '' : formatPercent(r.relative),
            md(MARK[r.verdict]),
        ]), ['left', 'left', 'right', 'right', 'right', 'right', 'left'])
        : markdownTable(['Metric', 'Better', 'This run'], ordered.map((r) => [r.name, arrow(r.direction), formatValue(r.new)]), ['left', 'left', 'right']);
    out.push(table, '');
    return out;
}
function paramSection(params) {
    if (params.length === 0)
        return [];
    const table = markdownTable(['Param', 'Baseline', 'This run'], params.map((p) => [p.name, p.old ?? '—', p.new ?? '—']));
    return ['#### Changed params', '', table, ''];
}
function dataSection(run) {
    if (run.datasets.length === 0)
        return [];
    const items = run.datasets.map((d) => `\`${d.name}@${d.version}\``).join(', ');
    return [`**Data versions:** ${items}`, ''];
}
function chartMetricOf(input, options) {
    if (options.chartMetric !== undefined)
        return options.chartMetric;
    const gated = input.gates.find((g) => typeof input.run.metrics[g.metric] === 'number');
    if (gated)
        return gated.metric;
    return Object.entries(input.run.metrics).find(([, v]) => typeof v === 'number')?.[0];
}
function trendSection(input, metric) {
    if (input.trend.length < 2)
        return [];
    const values = input.trend.map((r) => {
        const v = r.metrics[metric];
        return typeof v === 'number' ? v : null;
    });
    const categories = input.trend.map((r, i) => i === input.trend.length - 1 ? 'this run' : `${i + 1} ${(r.git.sha ?? r.id).slice(0, 7)}`);
    const chart = lineChart({
        title: `${metric}: last runs`,
        categories,
        yLabel: metric,
        series: [{ name: metric, values }],
    });
    if (!chart)
        return [];
    return [
        '#### Trend',
        '',
        chart,
        '',
        `_${escapeInline(metric)} over the last ${input.trend.length - 1} runs on the baseline branch, then this run._`,
        '',
    ];
}
function curveSection(run, metric, maxPoints) {
    const history = run.metricHistory ?? {};
    const name = metric !== undefined && history[metric] ? metric : Object.keys(history)[0];
    const points = name === undefined ? undefined : history[name];
    if (name === undefined || !points || points.length < 2)
        return [];
    const picked = sampleIndices(points.length, maxPoints).map((i) => points[i]);
    const chart = lineChart({
        title: `${name} by step`,
        xLabel: 'step',
        categories: picked.map((p) => String(p.step)),
        yLabel: name,
        series: [{ name, values: picked.map((p) => p.value) }],
    });
    if (!chart)
        return [];
    const note = picked.length < points.length ? ` (${picked.length} of ${points.length} steps shown)` : '';
    return ['#### Training curve', '', chart, '', `_${escapeInline(name)} at each step of this run${note}._`, ''];
}
function renderRunReport(input, options = {}) {
    const { run } = input;
    const failed = input.gates.filter((g) => !g.passed).length;
    const status = input.gates.length === 0 ? '' : failed === 0 ? ' ✅' : ' ❌';
    const lines = [`### Experiment ${escapeInline(run.experiment)}${status}`, ''];
    const where = [
        `Run \`${run.id}\``,
        run.git.ref ? `on \`${escapeInline(run.git.ref.replace(/^refs\/heads\//, ''))}\`` : '',
        run.git.sha ? `at ${run.git.sha.slice(0, 7)}` : '',
        run.git.runUrl ? `([workflow run](${run.git.runUrl}))` : '',
    ].filter((s) => s !== '');
    lines.push(`${where.join(' ')}.`, '');
    lines.push(input.baselineLabel
        ? `Compared with ${escapeInline(input.baselineLabel)}.`
        : `**No baseline:** ${escapeInline(input.baselineNote ?? 'nothing to compare with')}. The metrics of this run are below.`, '');
    lines.push(...gateSection(input.gates));
    lines.push(...metricSection(input.rows, input.baselineLabel !== undefined, options.sortAbove ?? 50));
    lines.push(...paramSection(input.params));
    lines.push(...dataSection(run));
    const metric = chartMetricOf(input, options);
    if (metric !== undefined)
        lines.push(...trendSection(input, metric));
    lines.push(...curveSection(run, metric, options.maxCurvePoints ?? 60));
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ../../packages/report/src/index.ts







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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
        const child = (0,external_node_child_process_.spawn)('git', args, {
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
        const dir = (0,external_node_path_.join)(this.ctx.gitDir, 'objects', 'pack');
        if (!(0,external_node_fs_.existsSync)(dir))
            return;
        for (const name of (0,external_node_fs_.readdirSync)(dir)) {
            if (!name.endsWith('.idx') || this.packsSeen.has(name))
                continue;
            this.packsSeen.add(name);
            for (const oid of packIndexOids((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name))))
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
            const dir = (0,external_node_path_.join)(this.ctx.gitDir, 'objects', oid.slice(0, 2));
            const file = (0,external_node_path_.join)(dir, oid.slice(2));
            if (!(0,external_node_fs_.existsSync)(file)) {
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                const temp = `${file}.tmp-${process.pid}`;
                deflated = (0,external_node_zlib_.deflateSync)(full);
                (0,external_node_fs_.writeFileSync)(temp, deflated);
                (0,external_node_fs_.renameSync)(temp, file);
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
        this.child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], {
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
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, '.git')) || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'HEAD')) || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'objects'))) {
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
    const hooksPath = get('core.hookspath').replace(/^~(?=\/|$)/, (0,external_node_os_.homedir)());
    const gcAuto = get('gc.auto') === '' ? 6700 : Number(get('gc.auto'));
    return {
        gitDir: path,
        objectsDir: (0,external_node_path_.join)(path, 'objects'),
        hooksDir: hooksPath === '' ? (0,external_node_path_.join)(path, 'hooks') : (0,external_node_path_.isAbsolute)(hooksPath) ? hooksPath : (0,external_node_path_.join)(path, hooksPath),
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
        const file = (0,external_node_path_.join)(remote.hooksDir, name);
        try {
            if (!(0,external_node_fs_.statSync)(file).isFile())
                continue;
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
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
        const loose = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(remote.gitDir, ref), 'utf8').trim();
        if (/^[0-9a-f]{40}$/.test(loose))
            return loose;
    }
    catch {
        // not a loose ref: git writes packed-refs before deleting a loose ref, so it is there if anywhere
    }
    try {
        for (const line of (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(remote.gitDir, 'packed-refs'), 'utf8').split('\n')) {
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
    const dir = (0,external_node_path_.join)(objectsDir, oid.slice(0, 2));
    const file = (0,external_node_path_.join)(dir, oid.slice(2));
    if ((0,external_node_fs_.existsSync)(file))
        return;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const temp = (0,external_node_path_.join)(dir, `tmp_obj_cairn_${process.pid}_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    (0,external_node_fs_.writeFileSync)(temp, deflated, { flag: 'wx', mode: 0o444 });
    (0,external_node_fs_.renameSync)(temp, file);
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
        loose = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(remote.objectsDir, '17')).filter((n) => /^[0-9a-f]{38}$/.test(n)).length;
    }
    catch {
        return;
    }
    if (loose <= Math.ceil(remote.gcAuto / 256))
        return;
    await runGit(ctx, ['gc', '--auto', '--quiet'], { allowCodes: [1, 128, 255] });
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ../../packages/store/src/remote.ts






function parseRemote(remote, secrets) {
    if (remote.trim() === '')
        throw new src/* UserError */.yo('no metadata remote given: pass a git URL or the path of a repository');
    if (remote.startsWith('file://')) {
        const path = (0,external_node_url_.fileURLToPath)(remote);
        return { url: path, display: path, local: true };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\\]+@[^/\\]+:/.test(remote)) {
        // Credentials written into the URL are removed from everything we print.
        const display = (0,src/* redact */.E$)(remote.replace(/\/\/[^/@]*@/, '//***@'), secrets);
        return { url: remote, display, local: false };
    }
    const path = (0,external_node_path_.isAbsolute)(remote) ? remote : (0,external_node_path_.resolve)(remote);
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
        if (spec.local && !(0,external_node_fs_.existsSync)(spec.url)) {
            throw new src/* SystemError */._N(`cannot reach the metadata remote ${spec.display}: no repository at that path`);
        }
        if (attempt < 3 && isTransientNetworkError(result.stderr)) {
            await new Promise((r) => setTimeout(r, 300 * attempt));
            continue;
        }
        throw unreachable(spec, result.stderr);
    }
    const fetchHead = await (0,promises_.readFile)((0,external_node_path_.join)(ctx.gitDir, 'FETCH_HEAD'), 'utf8');
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
        const parent = options.workDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
        const cacheDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'cairn-store-'));
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
        await (0,promises_.appendFile)((0,external_node_path_.join)(cacheDir, 'config'), config.join('\n'));
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
 * The action's inputs, read once into one typed object; enums and cross-input rules are checked
 * here, before any work, and every message names the input and the fix.
 */



const ON_DRIFT = ['fail', 'issue', 'dispatch'];
/** `on-drift` when left empty: fail on pull requests, keep an issue on schedules and manual runs. */
function defaultOnDrift(eventName) {
    return new Set(eventName === 'schedule' || eventName === 'workflow_dispatch' ? ['issue'] : ['fail']);
}
function parseOnDrift(text, eventName) {
    const items = listItems(text);
    if (items.length === 0)
        return defaultOnDrift(eventName);
    const out = new Set();
    for (const item of items) {
        if (item === 'none')
            continue;
        if (!ON_DRIFT.includes(item)) {
            throw new src/* UserError */.yo(`input on-drift: "${item}" is not understood; use fail, issue, dispatch (combinable) or none.`);
        }
        out.add(item);
    }
    return out;
}
function parseInputs(eventName) {
    const reference = getInput('reference');
    const current = getInput('current');
    if (!reference)
        throw new src/* UserError */.yo('input reference is required: a data file, a directory, or name@version from version-data.');
    if (!current)
        throw new src/* UserError */.yo('input current is required: the data file or directory to check.');
    const dataset = getInput('dataset') || undefined;
    if (dataset !== undefined && !src/* NAME_PATTERN */.Vh.test(dataset)) {
        throw new src/* UserError */.yo(`input dataset: "${dataset}" is not a valid name; use 1-100 letters, digits, ".", "_" or "-".`);
    }
    const referenceMode = getInput('reference-mode') || 'auto';
    if (referenceMode !== 'auto' && referenceMode !== 'profile' && referenceMode !== 'data') {
        throw new src/* UserError */.yo(`input reference-mode must be auto, profile or data, not "${referenceMode}".`);
    }
    const comment = getInput('comment') || 'true';
    if (comment !== 'true' && comment !== 'false')
        throw new src/* UserError */.yo(`input comment must be true or false, not "${comment}".`);
    const onDrift = parseOnDrift(getInput('on-drift'), eventName);
    const threadsText = getInput('threads') || 'auto';
    const threads = threadsText === 'auto' ? undefined : Number(threadsText);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
        throw new src/* UserError */.yo(`input threads must be auto or a whole number from 1 to 64, not "${threadsText}".`);
    }
    const dispatchEvent = getInput('dispatch-event') || 'cairn-drift';
    if (dispatchEvent.length > 100)
        throw new src/* UserError */.yo('input dispatch-event must be at most 100 characters (GitHub limit).');
    return {
        reference,
        current,
        dataset,
        columns: listItems(getInput('columns')),
        exclude: listItems(getInput('exclude')),
        columnTypes: parseColumnTypes(getInput('column-types')),
        options: parseDriftOptions({
            method: getInput('method'),
            threshold: getInput('threshold'),
            driftShare: getInput('drift-share'),
        }),
        referenceMode,
        onDrift,
        dispatchEvent,
        dispatchWorkflow: getInput('dispatch-workflow') || undefined,
        dispatchRef: getInput('dispatch-ref') || undefined,
        comment: comment === 'true',
        threads,
        token: getInput('token'),
        metadataBranch: getInput('metadata-branch') || 'mlops-metadata',
        metadataRemote: getInput('metadata-remote'),
    };
}

;// CONCATENATED MODULE: ./src/on-drift.ts

const DRIFT_LABEL = 'drift';
function issueKey(dataset) {
    return `check-drift:${dataset}`;
}
async function syncIssue(gh, options) {
    const key = issueKey(options.dataset);
    if (options.drift) {
        const { issue, outcome } = await upsertIssue(gh, {
            key,
            label: DRIFT_LABEL,
            title: `Data drift in ${options.dataset}`,
            body: `${options.markdown}\n\nLast checked by [this run](${options.runUrl}). Cairn closes this issue when a check comes back clean.`,
            moreUrl: options.runUrl,
        });
        if (outcome === 'updated') {
            await commentOnIssue(gh, issue.number, options.commentKey, `Drift persists: checked again by [this run](${options.runUrl}).`);
        }
        return { action: outcome === 'created' ? 'opened' : outcome, url: issue.html_url, number: issue.number };
    }
    const closed = await closeIssue(gh, {
        key,
        label: DRIFT_LABEL,
        comment: `No dataset drift any more: [this run](${options.runUrl}) came back clean. Closing.\n\n${options.markdown}`,
    });
    return closed ? { action: 'closed', url: closed.html_url, number: closed.number } : { action: 'none' };
}
/** The retraining trigger: event payload with dataset, version and share (<= 10 keys, GitHub's limit). */
async function dispatchRetraining(gh, inputs, context) {
    const r = context.result;
    const drifted = r.report.columns.filter((c) => c.skipped === null && c.drift).map((c) => c.name);
    const version = r.current.dataset?.version ?? r.reference.dataset?.version;
    const payload = {
        dataset: context.dataset,
        version: version === undefined ? '' : String(version),
        reference: r.reference.label,
        current: r.current.label,
        share: r.report.dataset.share,
        drifted_columns: drifted,
        run_url: context.runUrl,
    };
    if (inputs.dispatchWorkflow) {
        const ref = inputs.dispatchRef ?? context.defaultRef;
        const run = await workflowDispatch(gh, {
            workflow: inputs.dispatchWorkflow,
            ref,
            inputs: {
                dataset: payload.dataset,
                version: payload.version,
                share: String(payload.share),
                drifted_columns: JSON.stringify(drifted).slice(0, 1000),
            },
        });
        return {
            kind: 'workflow_dispatch',
            target: `${inputs.dispatchWorkflow}@${ref}`,
            ...(run.htmlUrl ? { runUrl: run.htmlUrl } : {}),
        };
    }
    await repositoryDispatch(gh, { eventType: inputs.dispatchEvent, clientPayload: payload });
    return { kind: 'repository_dispatch', target: inputs.dispatchEvent };
}

;// CONCATENATED MODULE: ./src/report-files.ts
/**
 * The full report's files: JSON (the documented shape), markdown and the self-contained HTML,
 * written under RUNNER_TEMP and uploaded as one artifact with @actions/artifact when the runner
 * gives the action its runtime token (real runners only). Without it, the files stay where they
 * were written and the summary says so; the step does not fail for it.
 */



function writeReportFiles(dir, texts) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const files = {
        dir,
        json: (0,external_node_path_.join)(dir, 'drift-report.json'),
        markdown: (0,external_node_path_.join)(dir, 'drift-report.md'),
        html: (0,external_node_path_.join)(dir, 'drift-report.html'),
    };
    (0,external_node_fs_.writeFileSync)(files.json, texts.json);
    (0,external_node_fs_.writeFileSync)(files.markdown, texts.markdown);
    (0,external_node_fs_.writeFileSync)(files.html, texts.html);
    return files;
}
async function uploadReport(files, options) {
    if (!options.runtime) {
        return {
            note: `Full HTML report written to ${files.html} (not uploaded: artifact upload needs ACTIONS_RUNTIME_TOKEN and ` +
                'ACTIONS_RESULTS_URL, which only GitHub-hosted and self-hosted runners give to actions).',
        };
    }
    try {
        // Loaded only here: the artifact client (Azure storage SDK and friends) is most of the bundle's
        // bytes, and a run without the runtime token, or a read worker, never needs it.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(566), __webpack_require__.e(918)]).then(__webpack_require__.bind(__webpack_require__, 41918));
        const client = new DefaultArtifactClient();
        const { id } = await client.uploadArtifact(options.name, [files.html, files.json, files.markdown], files.dir, {
            retentionDays: 30,
        });
        const url = id === undefined ? options.runUrl : `${options.runUrl}/artifacts/${id}`;
        return { url, note: `artifact ${options.name} (HTML, opens offline; JSON; markdown)` };
    }
    catch (error) {
        options.logger.warning(`could not upload the drift report artifact: ${(0,src/* describeError */.Uc)(error)}`);
        return { note: `Full HTML report written to ${files.html} (artifact upload failed: ${(0,src/* describeError */.Uc)(error)}).` };
    }
}

;// CONCATENATED MODULE: ./src/main.ts










const ACTION = 'check-drift';
/**
 * The whole action: parse inputs, call the packages, set outputs. Every failure reaches the one
 * core.setFailed in runAction, prefixed with the action name; the token never appears in a message.
 * With `on-drift: fail`, the step fails only after the report, summary, issue and dispatch are done.
 */
function run(entry) {
    return runAction(ACTION, () => execute(entry));
}
/** `entry`: the action's entry script, which read worker threads start (index.ts). */
async function execute(entry) {
    const ctx = readRunnerContext();
    const inputs = parseInputs(ctx.eventName);
    // Loaded on first use: a run with no pull request, issue, dispatch or release storage never
    // loads the GitHub client (see @cairn/github load-client.ts).
    let client;
    const github = () => {
        if (!inputs.token)
            return undefined;
        client ??= loadGitHubClient({ token: inputs.token, repository: ctx.repository, apiUrl: ctx.apiUrl, logger: actionLogger });
        return client;
    };
    const pr = await resolvePullRequest(undefined, {
        eventName: ctx.eventName,
        payload: ctx.eventPayload,
        sha: ctx.sha,
        repository: ctx.repository,
    });
    const readOnly = pr?.readOnlyFork === true;
    const remote = metadataRemote(inputs.metadataRemote, ctx);
    // The metadata branch is fetched by git child processes while this thread reads the data; the
    // check waits for it only when a side names a dataset version.
    const opening = openStore({
        remote,
        branch: inputs.metadataBranch,
        logger: actionLogger,
        ...storeAuth(remote, inputs.token),
    });
    opening.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    const lookup = {
        getDatasetVersion: async (name, version) => (await opening).getDatasetVersion(name, version),
        getDatasetProfile: async (name, version) => (await opening).getDatasetProfile(name, version),
    };
    const tempDir = (0,external_node_path_.join)(ctx.temp, `cairn-drift-${ctx.runId || 'local'}-${process.pid}`);
    let result;
    let trend;
    let dataset;
    let store;
    try {
        result = await checkDrift({
            reference: inputs.reference,
            current: inputs.current,
            cwd: ctx.workspace,
            columns: inputs.columns,
            exclude: inputs.exclude,
            columnTypes: inputs.columnTypes,
            options: inputs.options,
            store: lookup,
            referenceMode: inputs.referenceMode,
            fetchVersionFiles: async (name, version) => {
                const gh = await github();
                return versionFilesFetcher({
                    store: await opening,
                    dir: (0,external_node_path_.join)(tempDir, 'data'),
                    logger: actionLogger,
                    ...(gh
                        ? {
                            blobsFor: (s) => s.backend === 'release' ? new ReleaseBlobStore(gh) : new LocalBlobStore(s.location, actionLogger),
                        }
                        : {}),
                })(name, version);
            },
            // The bundle serves as its own read worker (index.ts).
            parallel: { workerUrl: entry, ...(inputs.threads ? { workers: inputs.threads } : {}) },
            logger: actionLogger,
        });
        store = await opening;
        dataset =
            inputs.dataset ??
                result.reference.dataset?.name ??
                result.current.dataset?.name ??
                datasetNameFrom(result.current.label);
        const summary = driftSummary(result, {
            dataset,
            git: gitContext(ctx, pr),
            idempotencyKey: `${ctx.repository}/${ctx.runId}/${ctx.runAttempt}/${ctx.job}/${dataset}`,
            reportUrl: ctx.runUrl,
        });
        const earlier = (await store.listDriftSummaries(dataset, 30)).filter((s) => s.id !== summary.id);
        trend = driftTrend([summary, ...earlier], 30);
        if (readOnly)
            info(`Drift summary not recorded: pull request #${pr?.number} comes from a fork (read-only token).`);
        else
            await store.putDriftSummary(summary);
    }
    finally {
        await (store ?? (await opening.catch(() => undefined)))?.close();
    }
    const d = result.report.dataset;
    info(`${dataset}: ${d.drifted} of ${d.columns} tested columns drifted (share ${d.share.toFixed(3)}, threshold ${d.threshold}); ` +
        `read on ${result.threads} thread(s) in ${result.timings.readMs.toFixed(0)} ms, tested in ${result.timings.testMs.toFixed(0)} ms.`);
    const view = {
        dataset,
        report: result.report,
        reference: result.reference,
        current: result.current,
        histograms: result.histograms,
        trend,
    };
    const files = writeReportFiles(tempDir, {
        json: `${JSON.stringify(result.report, null, 2)}\n`,
        markdown: renderDriftMarkdown(view),
        html: renderDriftHtml({ ...view, generatedAt: new Date().toISOString() }),
    });
    const upload = await uploadReport(files, {
        name: `drift-report-${dataset}`,
        runtime: ctx.artifactRuntime,
        runUrl: ctx.runUrl,
        logger: actionLogger,
    });
    const markdown = renderDriftMarkdown({ ...view, reportLink: upload });
    const commenting = pr !== undefined && !readOnly && inputs.comment;
    await publishReport(commenting ? await github() : undefined, {
        action: ACTION,
        name: dataset,
        markdown,
        pullRequest: pr,
        ...(ctx.summaryPath ? { summaryPath: ctx.summaryPath } : {}),
        runUrl: ctx.runUrl,
        comment: inputs.comment,
    });
    const gh = !readOnly && (inputs.onDrift.has('issue') || (d.drift && inputs.onDrift.has('dispatch')))
        ? await github()
        : undefined;
    if (gh && inputs.onDrift.has('issue')) {
        const issue = await syncIssue(gh, {
            dataset,
            drift: d.drift,
            markdown,
            runUrl: ctx.runUrl,
            commentKey: `${ctx.runId}/${ctx.runAttempt}/${dataset}`,
        });
        if (issue.action !== 'none')
            info(`Drift issue ${issue.action}: ${issue.url}`);
    }
    if (d.drift && gh && inputs.onDrift.has('dispatch')) {
        const sent = await dispatchRetraining(gh, inputs, {
            dataset,
            result,
            runUrl: ctx.runUrl,
            defaultRef: ctx.ref || 'refs/heads/main',
        });
        info(`Sent ${sent.kind} ${sent.target}${sent.runUrl ? `: ${sent.runUrl}` : ''}`);
    }
    const drifted = result.report.columns.filter((c) => c.skipped === null && c.drift).map((c) => c.name);
    setOutput('drift', String(d.drift));
    setOutput('share', String(d.share));
    setOutput('drifted-columns', JSON.stringify(drifted));
    setOutput('report', files.json);
    setOutput('report-html', files.html);
    setOutput('report-markdown', files.markdown);
    if (d.drift && inputs.onDrift.has('fail')) {
        throw new src/* CheckFailedError */.CO(`dataset drift in ${dataset}: ${d.drifted} of ${d.columns} tested columns drifted (${drifted.slice(0, 10).join(', ')}${drifted.length > 10 ? ', …' : ''}); share ${d.share.toFixed(3)} >= ${d.threshold}.`);
    }
}


/***/ })

};

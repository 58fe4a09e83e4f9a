import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { SystemError } from '@cairn/core';
import { type GitContext, isTransientNetworkError, runGit } from './git-process.ts';

/**
 * The object database of the private cache repository, which is a partial clone of the
 * metadata branch: it starts with the tip commit and its root tree only, and fetches every
 * other object explicitly, by id, with `--filter=tree:0` (so asking for a tree brings that
 * one tree, never its subtrees). git's own lazy fetch is switched off for reads: it would
 * ask for a tree with `--filter=blob:none`, which brings every tree below it, and that
 * grows with the number of records. Objects are read through one long-lived
 * `git cat-file --batch` process; new objects are written in-process as loose objects.
 */
export interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
}

export const TREE_MODE = '40000';
export const BLOB_MODE = '100644';

export interface ObjectStats {
  /** `git fetch` processes started for missing objects. */
  fetches: number;
  /** Objects asked for by those fetches. */
  objectsFetched: number;
}

export class ObjectDatabase {
  readonly stats: ObjectStats = { fetches: 0, objectsFetched: 0 };
  private readonly ctx: GitContext;
  private readonly present = new Set<string>();
  private readonly trees = new Map<string, TreeEntry[]>();
  private pending = new Set<string>();
  private scheduled: Promise<void> | undefined;
  private catFile: CatFileProcess | undefined;
  private readonly packsSeen = new Set<string>();
  private journal: Map<string, Buffer> | undefined;
  /** A bare repository on this machine to read missing objects from directly, instead of fetching. */
  private localSource: GitContext | undefined;
  private localCatFile: CatFileProcess | undefined;

  constructor(ctx: GitContext) {
    this.ctx = ctx;
  }

  /**
   * Reads objects that are not in the cache straight from a bare repository on this machine
   * (through one long-lived `git cat-file --batch` there), each checked against its id. The
   * same objects a fetch by id would bring, without starting git fetch and upload-pack.
   */
  useLocalSource(ctx: GitContext): void {
    this.localSource = ctx;
  }

  /** Records that an object is in the cache (fetched with the tip, or written here). */
  markPresent(oid: string): void {
    this.present.add(oid);
  }

  /** Fetches the objects that are not in the cache yet; concurrent callers share one fetch. */
  async ensure(oids: readonly string[]): Promise<void> {
    const missing = oids.filter((oid) => !this.present.has(oid));
    if (missing.length === 0) return;
    for (const oid of missing) this.pending.add(oid);
    if (!this.scheduled) {
      this.scheduled = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        const batch = [...this.pending];
        this.pending = new Set();
        this.scheduled = undefined;
        return this.fetchNow(batch);
      });
    }
    await this.scheduled;
    // An oid added after the batch started waits for the next batch.
    if (missing.some((oid) => !this.present.has(oid))) await this.ensure(missing);
  }

  private async fetchNow(oids: readonly string[]): Promise<void> {
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
    for (let attempt = 1; ; attempt++) {
      this.stats.fetches++;
      const result = await runGit(this.ctx, args, { input: `${oids.join('\n')}\n`, allowCodes: [1, 128] });
      if (result.code === 0) break;
      if (attempt < 3 && isTransientNetworkError(result.stderr)) {
        await sleep(200 * attempt);
        continue;
      }
      throw new SystemError(`could not fetch ${oids.length} object(s) of the metadata branch: ${result.stderr.trim()}`);
    }
    this.stats.objectsFetched += oids.length;
    this.scanPacks();
    for (const oid of oids) {
      if (!this.present.has(oid)) throw new SystemError(`the metadata remote did not send object ${oid}`);
    }
  }

  /** Marks every object in packs that arrived since the last scan as present (from the pack indexes). */
  scanPacks(): void {
    const dir = join(this.ctx.gitDir, 'objects', 'pack');
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.idx') || this.packsSeen.has(name)) continue;
      this.packsSeen.add(name);
      for (const oid of packIndexOids(readFileSync(join(dir, name)))) this.present.add(oid);
    }
  }

  async read(oid: string): Promise<{ type: string; data: Buffer }> {
    if (this.localSource && !this.present.has(oid)) return this.readLocal(this.localSource, oid);
    await this.ensure([oid]);
    if (!this.catFile || this.catFile.dead) this.catFile = new CatFileProcess(this.ctx);
    const found = await this.catFile.read(oid);
    if (!found) throw new SystemError(`object ${oid} is missing from the metadata cache at ${this.ctx.gitDir}`);
    return found;
  }

  private async readLocal(source: GitContext, oid: string): Promise<{ type: string; data: Buffer }> {
    if (!this.localCatFile || this.localCatFile.dead) this.localCatFile = new CatFileProcess(source);
    const found = await this.localCatFile.read(oid);
    if (!found) throw new SystemError(`object ${oid} is missing from the metadata repository ${source.gitDir}`);
    const hash = createHash('sha1').update(`${found.type} ${found.data.length}\0`).update(found.data).digest('hex');
    if (hash !== oid)
      throw new SystemError(`object ${oid} in ${source.gitDir} is corrupt (its content hashes to ${hash})`);
    return found;
  }

  async readTree(oid: string): Promise<TreeEntry[]> {
    const cached = this.trees.get(oid);
    if (cached) return cached;
    const { type, data } = await this.read(oid);
    if (type !== 'tree') throw new SystemError(`object ${oid} is a ${type}, expected a tree`);
    const entries = parseTree(data);
    this.trees.set(oid, entries);
    return entries;
  }

  async readBlob(oid: string): Promise<Buffer> {
    const { type, data } = await this.read(oid);
    if (type !== 'blob') throw new SystemError(`object ${oid} is a ${type}, expected a blob`);
    return data;
  }

  /**
   * Starts recording every object written (even one already present) with its deflated bytes:
   * the objects a new commit needs that its parent's tree does not already reference.
   */
  startJournal(): void {
    this.journal = new Map();
  }

  /** The objects written since startJournal (oid -> deflated loose object); stops recording. */
  takeJournal(): Map<string, Buffer> {
    const taken = this.journal ?? new Map<string, Buffer>();
    this.journal = undefined;
    return taken;
  }

  /** Writes a loose object (zlib-deflated "<type> <size>\0<body>", named by its sha1). */
  write(type: 'blob' | 'tree' | 'commit', body: Buffer): string {
    const full = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
    const oid = createHash('sha1').update(full).digest('hex');
    let deflated: Buffer | undefined;
    if (!this.present.has(oid)) {
      const dir = join(this.ctx.gitDir, 'objects', oid.slice(0, 2));
      const file = join(dir, oid.slice(2));
      if (!existsSync(file)) {
        mkdirSync(dir, { recursive: true });
        const temp = `${file}.tmp-${process.pid}`;
        deflated = deflateSync(full);
        writeFileSync(temp, deflated);
        renameSync(temp, file);
      }
      this.present.add(oid);
    }
    if (this.journal && !this.journal.has(oid)) this.journal.set(oid, deflated ?? deflateSync(full));
    if (type === 'tree') this.trees.set(oid, parseTree(body));
    return oid;
  }

  writeTree(entries: readonly TreeEntry[]): string {
    return this.write('tree', serializeTree(entries));
  }

  async close(): Promise<void> {
    await Promise.all([this.catFile?.close(), this.localCatFile?.close()]);
    this.catFile = undefined;
    this.localCatFile = undefined;
  }
}

/** Object ids listed in a version 2 pack index: magic, version, 256 fan-out counts, then the sorted ids. */
export function packIndexOids(idx: Buffer): string[] {
  if (idx.length < 8 + 1024 || idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) {
    throw new SystemError('unsupported pack index in the metadata cache (expected version 2)');
  }
  const count = idx.readUInt32BE(8 + 255 * 4);
  const start = 8 + 1024;
  const oids: string[] = [];
  for (let i = 0; i < count; i++) oids.push(idx.toString('hex', start + i * 20, start + i * 20 + 20));
  return oids;
}

export function parseTree(data: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    const nul = data.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > data.length)
      throw new SystemError('corrupt tree object in the metadata cache');
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
export function serializeTree(entries: readonly TreeEntry[]): Buffer {
  const key = (e: TreeEntry) => Buffer.from(e.mode === TREE_MODE ? `${e.name}/` : e.name);
  const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
  const parts: Buffer[] = [];
  for (const e of sorted) {
    parts.push(Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex'));
  }
  return Buffer.concat(parts);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Waiter {
  resolve(value: { type: string; data: Buffer } | undefined): void;
  reject(error: Error): void;
}

/** One `git cat-file --batch` process; requests are answered in order. */
class CatFileProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiters: Waiter[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failed: Error | undefined;
  private stderr = '';

  constructor(ctx: GitContext) {
    // GIT_ALLOW_PROTOCOL with no real protocol: a missing object is an error, never a lazy fetch.
    this.child = spawn('git', ['cat-file', '--batch'], {
      env: { ...ctx.env, GIT_DIR: ctx.gitDir, GIT_ALLOW_PROTOCOL: 'cairn-no-lazy-fetch' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-2000);
    });
    const fail = (error: Error) => {
      this.failed = error;
      for (const waiter of this.waiters.splice(0)) waiter.reject(error);
    };
    this.child.on('error', (error) => fail(new SystemError('could not start git cat-file', { cause: error })));
    this.child.on('close', () => fail(new SystemError(`git cat-file exited: ${this.stderr.trim() || 'no output'}`)));
    this.child.stdin.on('error', () => {});
  }

  get dead(): boolean {
    return this.failed !== undefined;
  }

  read(oid: string): Promise<{ type: string; data: Buffer } | undefined> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.child.stdin.write(`${oid}\n`);
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const newline = this.buffer.indexOf(0x0a);
      if (newline < 0) return;
      const header = this.buffer.toString('latin1', 0, newline).split(' ');
      if (header[1] === 'missing' || header.length < 3) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.waiters.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(header[2]);
      const end = newline + 1 + size;
      if (this.buffer.length < end + 1) return;
      const data = Buffer.from(this.buffer.subarray(newline + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.waiters.shift()?.resolve({ type: header[1] ?? '', data });
    }
  }

  close(): Promise<void> {
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

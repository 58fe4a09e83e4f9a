import { canonicalJson, type Logger } from '@cairn/core';
import { type ListEntry, type Snapshot, splitPath, type TreeReader } from './snapshot.ts';

/**
 * The handle a mutation gets: reads see the branch tip plus the mutation's own writes. A
 * mutation must be a function of what it reads here, because it runs again on the new tip
 * when another writer got in first (so version numbers and aliases are recomputed).
 */
export class Transaction implements TreeReader {
  readonly snapshot: Snapshot;
  /** path -> new content, or null to delete. */
  readonly changes = new Map<string, Buffer | null>();
  private readonly logger: Logger;
  private messageOverride: string | undefined;

  constructor(snapshot: Snapshot, logger: Logger) {
    this.snapshot = snapshot;
    this.logger = logger;
  }

  get changed(): boolean {
    return this.changes.size > 0;
  }

  get message(): string | undefined {
    return this.messageOverride;
  }

  /** Replaces the commit message given to transact (e.g. once a version number is known). */
  setMessage(message: string): void {
    this.messageOverride = message;
  }

  async readBuffer(path: string): Promise<Buffer | undefined> {
    const key = normalize(path);
    if (this.changes.has(key)) return this.changes.get(key) ?? undefined;
    return this.snapshot.readBuffer(key);
  }

  async readText(path: string): Promise<string | undefined> {
    return (await this.readBuffer(path))?.toString('utf8');
  }

  /** Parsed JSON, or undefined when the file is missing or not valid JSON (with a warning naming it). */
  async readJson(path: string): Promise<unknown> {
    return parseJsonFile(await this.readText(path), path, this.logger);
  }

  async names(dir: string): Promise<ListEntry[]> {
    const prefix = normalize(dir);
    const out = new Map<string, ListEntry>();
    for (const entry of await this.snapshot.names(prefix)) out.set(entry.name, entry);
    const base = prefix === '' ? [] : splitPath(prefix);
    for (const [path, data] of this.changes) {
      const parts = splitPath(path);
      if (parts.length <= base.length || base.some((p, i) => parts[i] !== p)) continue;
      const name = parts[base.length] ?? '';
      const isDir = parts.length > base.length + 1;
      if (data === null && !isDir) out.delete(name);
      else if (data !== null) out.set(name, { name, dir: isDir });
    }
    return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Writes a file: strings and buffers as they are, anything else as canonical JSON. */
  write(path: string, value: unknown): void {
    const data =
      typeof value === 'string'
        ? Buffer.from(value, 'utf8')
        : Buffer.isBuffer(value)
          ? value
          : Buffer.from(canonicalJson(value), 'utf8');
    this.changes.set(normalize(path), data);
  }

  remove(path: string): void {
    this.changes.set(normalize(path), null);
  }
}

function normalize(path: string): string {
  return splitPath(path).join('/');
}

export function parseJsonFile(text: string | undefined, path: string, logger: Logger): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    logger.warning(`skipping ${path} on the metadata branch: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

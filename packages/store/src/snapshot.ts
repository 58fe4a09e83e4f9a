import { SystemError } from '@cairn/core';
import { BLOB_MODE, type ObjectDatabase, TREE_MODE, type TreeEntry } from './objects.ts';

/**
 * A read-only view of one commit of the metadata branch. Reading a path walks the trees on
 * that path only (each fetched once, by id); reads started together share their fetches.
 */
export class Snapshot implements TreeReader {
  readonly commit: string | undefined;
  readonly root: string | undefined;
  private readonly db: ObjectDatabase;

  constructor(db: ObjectDatabase, commit: string | undefined, root: string | undefined) {
    this.db = db;
    this.commit = commit;
    this.root = root;
  }

  /** The tree entry at a path ("" is the root), or undefined. */
  async entry(path: string): Promise<TreeEntry | undefined> {
    if (!this.root) return undefined;
    let current: TreeEntry = { mode: TREE_MODE, name: '', oid: this.root };
    for (const segment of splitPath(path)) {
      if (current.mode !== TREE_MODE) return undefined;
      const entries = await this.db.readTree(current.oid);
      const next = entries.find((e) => e.name === segment);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  async readBuffer(path: string): Promise<Buffer | undefined> {
    const found = await this.entry(path);
    if (!found) return undefined;
    if (found.mode === TREE_MODE) throw new SystemError(`${path} on the metadata branch is a directory, not a file`);
    return this.db.readBlob(found.oid);
  }

  /** Entries of a directory; empty when it does not exist. */
  async list(dir: string): Promise<TreeEntry[]> {
    const found = await this.entry(dir);
    if (!found || found.mode !== TREE_MODE) return [];
    return this.db.readTree(found.oid);
  }

  async names(dir: string): Promise<ListEntry[]> {
    return (await this.list(dir)).map((e) => ({ name: e.name, dir: e.mode === TREE_MODE }));
  }
}

export interface ListEntry {
  name: string;
  dir: boolean;
}

/** What queries need from a commit (or from a transaction, which adds its own writes on top). */
export interface TreeReader {
  readBuffer(path: string): Promise<Buffer | undefined>;
  names(dir: string): Promise<ListEntry[]>;
}

export function splitPath(path: string): string[] {
  const parts = path.split('/').filter((p) => p.length > 0);
  for (const part of parts) {
    if (part === '.' || part === '..') throw new SystemError(`invalid metadata path ${JSON.stringify(path)}`);
  }
  return parts;
}

/**
 * Applies file changes (content, or null to delete) to a tree and returns the new root tree id
 * (undefined when nothing is left). Only the trees on changed paths are read and rewritten;
 * every other subtree is referenced by id, so the cost does not depend on the size of the branch.
 */
export async function editTree(
  db: ObjectDatabase,
  root: string | undefined,
  changes: ReadonlyMap<string, Buffer | null>,
): Promise<string | undefined> {
  const list = [...changes].map(([path, data]) => ({ segments: splitPath(path), data }));
  return editLevel(db, root, list, '');
}

interface Change {
  segments: string[];
  data: Buffer | null;
}

async function editLevel(
  db: ObjectDatabase,
  tree: string | undefined,
  changes: readonly Change[],
  where: string,
): Promise<string | undefined> {
  const entries = new Map<string, TreeEntry>();
  if (tree) for (const e of await db.readTree(tree)) entries.set(e.name, e);
  const nested = new Map<string, Change[]>();
  for (const change of changes) {
    const [head, ...rest] = change.segments;
    if (head === undefined) throw new SystemError('cannot write the root of the metadata branch as a file');
    if (rest.length === 0) {
      const existing = entries.get(head);
      if (existing?.mode === TREE_MODE)
        throw new SystemError(`${where}${head} is a directory, cannot write it as a file`);
      if (change.data === null) entries.delete(head);
      else entries.set(head, { mode: BLOB_MODE, name: head, oid: db.write('blob', change.data) });
    } else {
      const group = nested.get(head) ?? [];
      group.push({ segments: rest, data: change.data });
      nested.set(head, group);
    }
  }
  await Promise.all(
    [...nested].map(async ([name, group]) => {
      const existing = entries.get(name);
      if (existing && existing.mode !== TREE_MODE) throw new SystemError(`${where}${name} is a file, not a directory`);
      const child = await editLevel(db, existing?.oid, group, `${where}${name}/`);
      if (child === undefined) entries.delete(name);
      else entries.set(name, { mode: TREE_MODE, name, oid: child });
    }),
  );
  if (entries.size === 0) return undefined;
  return db.writeTree([...entries.values()]);
}

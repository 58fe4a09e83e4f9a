import {
  InvalidRecordError,
  type Logger,
  parseRecord,
  parseRecordText,
  type RecordKind,
  type RecordOf,
  UserError,
} from '@cairn/core';
import { z } from 'zod';
import type { TreeReader } from './snapshot.ts';
import { parseJsonFile } from './transaction.ts';

/**
 * Reads one record. A damaged file (bad JSON, wrong shape) is skipped with a warning naming its
 * path, so one bad file never breaks a query; a record from a newer Cairn raises the "upgrade
 * Cairn" UserError from core.
 */
export async function readRecord<K extends RecordKind>(
  reader: TreeReader,
  kind: K,
  path: string,
  logger: Logger,
): Promise<RecordOf<K> | undefined> {
  const data = await reader.readBuffer(path);
  if (data === undefined) return undefined;
  try {
    return parseRecordText(kind, data.toString('utf8'), path);
  } catch (error) {
    if (error instanceof InvalidRecordError) {
      logger.warning(`skipping damaged record ${error.message}`, { file: path });
      return undefined;
    }
    throw error;
  }
}

/** Reads several records at once (their fetches are batched); damaged ones are left out. */
export async function readRecords<K extends RecordKind>(
  reader: TreeReader,
  kind: K,
  paths: readonly string[],
  logger: Logger,
): Promise<RecordOf<K>[]> {
  const found = await Promise.all(paths.map((path) => readRecord(reader, kind, path, logger)));
  return found.filter((r): r is Awaited<RecordOf<K>> => r !== undefined);
}

/** Validates a record about to be written; a bad one is the caller's mistake (UserError). */
export function checkRecord<K extends RecordKind>(kind: K, value: unknown, what: string): RecordOf<K> {
  try {
    return parseRecord(kind, value, what);
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new UserError(`cannot store ${error.message}`);
    throw error;
  }
}

/** Reads a small index file through a schema; a damaged index is ignored with a warning (it is derived data). */
export async function readIndex<S extends z.ZodType>(
  reader: TreeReader,
  path: string,
  schema: S,
  logger: Logger,
): Promise<z.infer<S> | undefined> {
  const value = parseJsonFile((await reader.readBuffer(path))?.toString('utf8'), path, logger);
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    logger.warning(`ignoring damaged index ${path} on the metadata branch: ${result.error.issues[0]?.message ?? ''}`, {
      file: path,
    });
    return undefined;
  }
  return result.data;
}

export const recentIndexSchema = z.object({
  latest: z.string().nullable(),
  recent: z.array(z.string()),
});
export type RecentIndex = z.infer<typeof recentIndexSchema>;

/** Adds an id to a newest-first list (ids sort by creation time), keeping at most `keep`. */
export function addRecent(index: RecentIndex | undefined, id: string, keep: number): RecentIndex {
  const ids = new Set(index?.recent ?? []);
  ids.add(id);
  const recent = [...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)).slice(0, keep);
  return { latest: recent[0] ?? null, recent };
}

export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * Dataset aliases (`production`, `training`): `datasets/<name>/aliases.json` on the metadata branch,
 * {alias: version}, each move its own commit through the store's transaction (re-applied on the new
 * tip when another writer got in first). Same alias rules as model aliases (no `latest`, nothing
 * that looks like `v3`).
 */
import { aliasSchema, type Logger, NAME_PATTERN, UserError } from '@cairn/core';
import type { MetadataStore } from '@cairn/store';
import { z } from 'zod';

const aliasesSchema = z.record(z.string(), z.number().int().positive());

function aliasesPath(name: string): string {
  if (!NAME_PATTERN.test(name)) throw new UserError(`invalid dataset name ${JSON.stringify(name)}`);
  return `datasets/${name}/aliases.json`;
}

function parseAliases(value: unknown, path: string, logger: Logger): Record<string, number> {
  if (value === undefined) return {};
  const parsed = aliasesSchema.safeParse(value);
  if (!parsed.success) {
    logger.warning(`ignoring damaged ${path} on the metadata branch: ${parsed.error.issues[0]?.message ?? ''}`);
    return {};
  }
  return parsed.data;
}

export async function getDatasetAliases(store: MetadataStore, name: string): Promise<Record<string, number>> {
  const path = aliasesPath(name);
  return parseAliases(await store.readJson(path), path, store.logger);
}

/** Points `alias` at `version` of the dataset (null removes it); returns the previous version or null. */
export async function setDatasetAlias(
  store: MetadataStore,
  name: string,
  alias: string,
  version: number | null,
): Promise<number | null> {
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
    if (previous === version) return previous;
    if (version === null) delete aliases[alias];
    else aliases[alias] = version;
    tx.write(path, Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
    return previous;
  });
}

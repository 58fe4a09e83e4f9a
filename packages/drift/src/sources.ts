/**
 * What `reference` and `current` name: a path (file or directory, relative to the workspace), or a
 * dataset version from version-data, `name@3`, `name@v3` or `name@latest`. An existing path wins,
 * so a file whose name contains "@" is still read as a file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DatasetProfile, type DatasetVersion, NAME_PATTERN, UserError } from '@cairn/core';

export type SourceSpec =
  | { kind: 'path'; path: string; label: string }
  | { kind: 'dataset'; name: string; version: number | 'latest'; label: string };

/** The part of the metadata store a drift check reads (MetadataStore satisfies it). */
export interface DatasetLookup {
  getDatasetVersion(name: string, version: number | 'latest'): Promise<DatasetVersion | undefined>;
  getDatasetProfile(name: string, version: number | 'latest'): Promise<DatasetProfile | undefined>;
}

export function parseSource(text: string, input: string, cwd: string): SourceSpec {
  const trimmed = text.trim();
  if (trimmed === '') throw new UserError(`${input} is required: give a data file, a directory or name@version.`);
  const path = resolve(cwd, trimmed);
  if (existsSync(path)) return { kind: 'path', path, label: trimmed };
  const at = trimmed.lastIndexOf('@');
  if (at > 0 && !trimmed.includes('/')) {
    const name = trimmed.slice(0, at);
    const version = trimmed.slice(at + 1);
    if (!NAME_PATTERN.test(name)) {
      throw new UserError(
        `${input}: "${name}" is not a dataset name (1-100 letters, digits, ".", "_" or "-") and no file ${trimmed} exists.`,
      );
    }
    if (version === 'latest') return { kind: 'dataset', name, version: 'latest', label: trimmed };
    const m = /^v?([1-9]\d*)$/.exec(version);
    if (!m) {
      throw new UserError(
        `${input}: "${trimmed}" names dataset ${name} at "${version}", but only version numbers (${name}@3) and ` +
          `${name}@latest are understood, and no file of that name exists.`,
      );
    }
    return { kind: 'dataset', name, version: Number(m[1]), label: `${name}@${m[1]}` };
  }
  return { kind: 'path', path, label: trimmed };
}

/**
 * The metric and param files named by a `dvc.yaml`: the top-level `metrics:` and `params:` lists,
 * and each stage's `metrics:` outputs and `params:` dependencies (keys of `params.yaml`, or
 * `{file: [keys]}`), resolved relative to the dvc.yaml's directory (DVC's pipeline file format).
 */
import { dirname, join } from 'node:path';
import { UserError } from '@cairn/core';
import { parseDocument } from './metric-files.ts';

export interface ParamsSpec {
  file: string;
  /** Only these keys (dot paths); all when undefined. */
  keys?: string[];
}

export interface DvcFiles {
  metrics: string[];
  params: ParamsSpec[];
}

const DEFAULT_PARAMS = 'params.yaml';

function entryPath(entry: unknown, where: string): string {
  if (typeof entry === 'string') return entry;
  if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
    const keys = Object.keys(entry);
    if (keys.length === 1) return keys[0] as string;
  }
  throw new UserError(`${where}: expected a path or {path: options}, found ${JSON.stringify(entry)}`);
}

function list(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new UserError(`${where}: expected a list`);
  return value;
}

function paramsEntries(value: unknown, where: string, dir: string, out: Map<string, ParamsSpec>): void {
  for (const entry of list(value, where)) {
    if (typeof entry === 'string') {
      // A bare string is a file when it looks like one, else a key of params.yaml.
      if (/\.(ya?ml|json|toml|py)$/i.test(entry)) out.set(join(dir, entry), { file: join(dir, entry) });
      else addKeys(out, join(dir, DEFAULT_PARAMS), [entry]);
    } else if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      for (const [file, keys] of Object.entries(entry)) {
        const path = join(dir, file);
        if (keys === null || (Array.isArray(keys) && keys.length === 0)) out.set(path, { file: path });
        else addKeys(out, path, list(keys, `${where}: ${file}`).map(String));
      }
    } else throw new UserError(`${where}: expected a key, a file or {file: [keys]}, found ${JSON.stringify(entry)}`);
  }
}

function addKeys(out: Map<string, ParamsSpec>, file: string, keys: string[]): void {
  const existing = out.get(file);
  if (existing && existing.keys === undefined) return;
  out.set(file, { file, keys: [...(existing?.keys ?? []), ...keys] });
}

export function parseDvcYaml(text: string, path: string): DvcFiles {
  const doc = parseDocument(text, path, 'yaml');
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UserError(`${path}: expected a mapping with stages, metrics or params`);
  }
  const dir = dirname(path);
  const record = doc as Record<string, unknown>;
  const metrics = new Set<string>();
  const params = new Map<string, ParamsSpec>();
  for (const entry of list(record.metrics, `${path}: metrics`))
    metrics.add(join(dir, entryPath(entry, `${path}: metrics`)));
  paramsEntries(record.params, `${path}: params`, dir, params);
  const stages = record.stages;
  if (stages !== undefined && stages !== null && typeof stages === 'object' && !Array.isArray(stages)) {
    for (const [name, stage] of Object.entries(stages)) {
      if (stage === null || typeof stage !== 'object' || Array.isArray(stage)) continue;
      const s = stage as Record<string, unknown>;
      const wdir = typeof s.wdir === 'string' ? join(dir, s.wdir) : dir;
      for (const entry of list(s.metrics, `${path}: stages.${name}.metrics`)) {
        metrics.add(join(wdir, entryPath(entry, `${path}: stages.${name}.metrics`)));
      }
      paramsEntries(s.params, `${path}: stages.${name}.params`, wdir, params);
    }
  }
  return { metrics: [...metrics], params: [...params.values()] };
}

export function isDvcYaml(path: string): boolean {
  return /(^|[\\/])dvc\.ya?ml$/.test(path);
}

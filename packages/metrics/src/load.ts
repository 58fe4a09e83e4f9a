/**
 * Reading the files behind the `metrics`, `params` and `history` inputs: each line is a path or a
 * glob (relative to `cwd`); a `dvc.yaml` brings in the metric and param files it lists. A missing
 * file names the path and the pattern it came from; the same key from two files names both files.
 */
import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { UserError } from '@cairn/core';
import { isDvcYaml, type ParamsSpec, parseDvcYaml } from './dvc-yaml.ts';
import type { MetricValue } from './flatten.ts';
import { type History, parseHistoryText } from './history.ts';
import { normaliseMetrics, paramsFromValues, parseMetricsText } from './metric-files.ts';

export interface Loaded<T> {
  values: Map<string, T>;
  /** Which file (relative to cwd) each key came from; "inline" for `key=value` lines. */
  sources: Map<string, string>;
  files: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

/** The non-empty, non-comment lines of a multi-line input. */
export function inputLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Files matching one pattern, sorted; throws naming the pattern when nothing matches. */
export async function expandPattern(pattern: string, cwd: string, what: string): Promise<string[]> {
  if (!GLOB_CHARS.test(pattern)) {
    const path = isAbsolute(pattern) ? pattern : join(cwd, pattern);
    if (!existsSync(path)) {
      throw new UserError(
        `${what} file "${pattern}" not found (looked for ${path}); check the path or the step that writes it`,
      );
    }
    return [path];
  }
  const found: string[] = [];
  for await (const entry of glob(pattern, { cwd })) found.push(isAbsolute(entry) ? entry : join(cwd, entry));
  if (found.length === 0) {
    throw new UserError(
      `no ${what} file matches the glob "${pattern}" (in ${cwd}); check the pattern or the step that writes the files`,
    );
  }
  return found.sort();
}

function merge<T>(into: Loaded<T>, values: Map<string, T>, source: string, what: string): void {
  for (const [key, value] of values) {
    const earlier = into.sources.get(key);
    if (earlier !== undefined) {
      throw new UserError(
        `${what} "${key}" is defined in both ${earlier} and ${source}; rename one of them or give only one file`,
      );
    }
    into.values.set(key, value);
    into.sources.set(key, source);
  }
  into.files.push(source);
}

function empty<T>(): Loaded<T> {
  return { values: new Map(), sources: new Map(), files: [] };
}

async function metricsOfFile(path: string): Promise<Map<string, MetricValue>> {
  return normaliseMetrics(parseMetricsText(await readFile(path, 'utf8'), path));
}

/** Metric values from the lines of the `metrics` input. */
export async function loadMetrics(patterns: string[], cwd: string): Promise<Loaded<MetricValue>> {
  const out = empty<MetricValue>();
  for (const pattern of patterns) {
    for (const path of await expandPattern(pattern, cwd, 'metrics')) {
      if (isDvcYaml(path)) {
        const dvc = parseDvcYaml(await readFile(path, 'utf8'), path);
        if (dvc.metrics.length === 0) throw new UserError(`${relative(cwd, path)}: lists no metrics files`);
        for (const file of dvc.metrics) {
          if (!existsSync(file)) {
            throw new UserError(
              `metrics file "${relative(cwd, file)}" listed in ${relative(cwd, path)} not found; run the pipeline first`,
            );
          }
          merge(out, await metricsOfFile(file), relative(cwd, file), 'metric');
        }
      } else merge(out, await metricsOfFile(path), relative(cwd, path), 'metric');
    }
  }
  return out;
}

function pick(values: Map<string, MetricValue>, spec: ParamsSpec, cwd: string): Map<string, MetricValue> {
  if (spec.keys === undefined) return values;
  const out = new Map<string, MetricValue>();
  for (const key of spec.keys) {
    const matching = [...values].filter(([k]) => k === key || k.startsWith(`${key}.`));
    if (matching.length === 0) throw new UserError(`param "${key}" not found in ${relative(cwd, spec.file)}`);
    for (const [k, v] of matching) out.set(k, v);
  }
  return out;
}

/**
 * Params from the lines of the `params` input: `key=value` lines (when no such file exists), param
 * files (JSON, YAML, CSV/TSV) or globs, and dvc.yaml files (their `params:` lists).
 */
export async function loadParams(lines: string[], cwd: string): Promise<Loaded<string>> {
  const out = empty<string>();
  const inline = new Map<string, string>();
  for (const line of lines) {
    const eq = /^([^=\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    if (eq && !existsSync(join(cwd, line))) {
      const key = eq[1] as string;
      if (inline.has(key)) throw new UserError(`param "${key}" is given twice in the params input`);
      inline.set(key, eq[2] as string);
      continue;
    }
    for (const path of await expandPattern(line, cwd, 'params')) {
      const specs: ParamsSpec[] = isDvcYaml(path)
        ? parseDvcYaml(await readFile(path, 'utf8'), path).params
        : [{ file: path }];
      for (const spec of specs) {
        if (!existsSync(spec.file)) throw new UserError(`params file "${relative(cwd, spec.file)}" not found`);
        const values = pick(parseMetricsText(await readFile(spec.file, 'utf8'), spec.file), spec, cwd);
        merge(out, paramsFromValues(values), relative(cwd, spec.file), 'param');
      }
    }
  }
  if (inline.size > 0) merge(out, inline, 'inline', 'param');
  return out;
}

/** Step histories from the lines of the `history` input; the same metric in two files is an error. */
export async function loadHistory(patterns: string[], cwd: string): Promise<{ history: History; files: string[] }> {
  const history: History = {};
  const sources = new Map<string, string>();
  const files: string[] = [];
  for (const pattern of patterns) {
    for (const path of await expandPattern(pattern, cwd, 'history')) {
      const file = relative(cwd, path);
      for (const [name, points] of Object.entries(parseHistoryText(await readFile(path, 'utf8'), path))) {
        const earlier = sources.get(name);
        if (earlier !== undefined) {
          throw new UserError(`history of "${name}" is in both ${earlier} and ${file}; keep it in one file`);
        }
        sources.set(name, file);
        history[name] = points;
      }
      files.push(file);
    }
  }
  return { history, files };
}

/**
 * Parsing one metric or param file by its extension: JSON, YAML, CSV and TSV. Nested keys are
 * dot-flattened as DVC does. CSV/TSV come in two shapes:
 * - long: a header `name,value` (or `metric,value`, `key,value`), one metric per row;
 * - wide (DVC's tabular metrics): a header of metric names and data rows; the LAST row holds the
 *   final values (earlier rows are treated as history and ignored here).
 */
import { UserError } from '@cairn/core';
import { parse as parseYaml } from 'yaml';
import { parseDelimited } from './delimited.ts';
import { flatten, type MetricValue, parseScalar } from './flatten.ts';

export type FileFormat = 'json' | 'yaml' | 'csv' | 'tsv';

export function formatOf(path: string): FileFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.tsv')) return 'tsv';
  throw new UserError(`${path}: unknown metrics file type; use .json, .yaml/.yml, .csv or .tsv (DVC's metric formats)`);
}

/** Parses a JSON or YAML document; errors name the file (and line for YAML). */
export function parseDocument(text: string, path: string, format: 'json' | 'yaml'): unknown {
  try {
    if (format === 'yaml') return parseYaml(text);
    try {
      return JSON.parse(text);
    } catch (error) {
      // Python's json.dump writes NaN and Infinity bare; read them as null (not a number).
      const tolerant = replaceBareNonFinite(text);
      if (tolerant === text) throw error;
      return JSON.parse(tolerant);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`${path}: not valid ${format.toUpperCase()} (${detail}); fix the file`);
  }
}

/** Replaces NaN, Infinity and -Infinity tokens outside JSON strings with null. */
export function replaceBareNonFinite(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inString) {
      out += ch;
      if (ch === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    const rest = text.slice(i, i + 9);
    const token = /^(-?Infinity|NaN)/.exec(rest)?.[0];
    if (token) {
      out += 'null';
      i += token.length - 1;
    } else out += ch;
  }
  return out;
}

/** Metric values written as text "NaN", "inf" or "-Infinity" are not numbers: stored as null. */
export function normaliseMetrics(values: Map<string, MetricValue>): Map<string, MetricValue> {
  for (const [key, value] of values) {
    if (typeof value === 'string' && /^[+-]?(nan|inf|infinity)$/i.test(value.trim())) values.set(key, null);
  }
  return values;
}

const LONG_NAME = new Set(['name', 'metric', 'key', 'param']);

/** Flat metric values of one file's text. */
export function parseMetricsText(text: string, path: string): Map<string, MetricValue> {
  const format = formatOf(path);
  if (format === 'json' || format === 'yaml') {
    const doc = parseDocument(text, path, format);
    if (doc === null || doc === undefined) return new Map();
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      throw new UserError(
        `${path}: expected an object of metric names to values at the top level, found ${describe(doc)}`,
      );
    }
    return flatten(doc);
  }
  const rows = parseDelimited(text, format === 'csv' ? ',' : '\t', path);
  const header = rows[0]?.map((h) => h.trim());
  if (!header || header.length === 0) return new Map();
  const out = new Map<string, MetricValue>();
  if (
    header.length === 2 &&
    LONG_NAME.has((header[0] as string).toLowerCase()) &&
    header[1]?.toLowerCase() === 'value'
  ) {
    rows.slice(1).forEach((row, i) => {
      const name = row[0]?.trim() ?? '';
      if (name === '') throw new UserError(`${path}:${i + 2}: empty metric name in the first column`);
      out.set(name, parseScalar(row[1] ?? ''));
    });
    return out;
  }
  const last = rows.at(-1);
  if (rows.length < 2 || !last) {
    throw new UserError(`${path}: a header row of metric names needs at least one row of values below it`);
  }
  header.forEach((name, i) => {
    if (name === '') throw new UserError(`${path}:1: column ${i + 1} has no name`);
    out.set(name, parseScalar(last[i] ?? ''));
  });
  return out;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}

/** Params as strings (MLflow's rule): numbers and booleans keep their written form. */
export function paramsFromValues(values: Map<string, MetricValue>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of values) out.set(key, value === null ? 'null' : String(value));
  return out;
}

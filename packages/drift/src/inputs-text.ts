/**
 * Parsing the text forms of drift options, shared by the action's inputs and the CLI's flags:
 * lists (one per line or comma-separated), `column: type` overrides, and `method` / `threshold`
 * given once for every column or per line as `column: value` / `numeric: value` (a type name).
 */
import { UserError } from '@cairn/core';
import {
  type ColumnDriftOptions,
  type ColumnType,
  type DatasetDriftOptions,
  DRIFT_METHODS,
  type DriftMethod,
  isDriftMethod,
} from '@cairn/stats';

const TYPES = ['numeric', 'categorical', 'text', 'datetime'] as const;

/** Items of a list input: one per line or comma-separated, blanks and `#` comments dropped. */
export function listItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `key: value` lines (the key may itself contain ":"; the last ": " splits). */
function keyValueLines(text: string, input: string, example: string): [string, string][] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((line) => {
      const at = line.lastIndexOf(':');
      if (at <= 0) throw new UserError(`input ${input}: "${line}" is not a \`column: value\` line, e.g. ${example}`);
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

export function parseColumnTypes(text: string): Record<string, ColumnType> {
  const out: Record<string, ColumnType> = {};
  for (const [column, type] of keyValueLines(text, 'column-types', 'zip: categorical')) {
    if (!(TYPES as readonly string[]).includes(type)) {
      throw new UserError(`input column-types: "${column}: ${type}": the type must be one of ${TYPES.join(', ')}.`);
    }
    out[column] = type as ColumnType;
  }
  return out;
}

function parseMethod(value: string, where: string): DriftMethod | undefined {
  if (value === 'auto' || value === '') return undefined;
  if (!isDriftMethod(value)) {
    throw new UserError(
      `input method${where}: "${value}" is not a method; use auto or one of ${DRIFT_METHODS.join(', ')}.`,
    );
  }
  return value;
}

function parseThreshold(value: string, where: string): number | undefined {
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    throw new UserError(
      `input threshold${where}: "${value}" is not a number >= 0 (e.g. 0.05 for p-values, 0.1 for distances).`,
    );
  }
  return n;
}

/** The drift options from the `method`, `threshold` and `drift-share` texts. */
export function parseDriftOptions(text: {
  method?: string;
  threshold?: string;
  driftShare?: string;
}): DatasetDriftOptions {
  const options: DatasetDriftOptions = {};
  const perType: Partial<Record<ColumnType, ColumnDriftOptions>> = {};
  const perColumn: Record<string, ColumnDriftOptions> = {};
  const layer = (key: string): ColumnDriftOptions => {
    const map: Record<string, ColumnDriftOptions> = (TYPES as readonly string[]).includes(key) ? perType : perColumn;
    const existing = map[key];
    if (existing) return existing;
    const created: ColumnDriftOptions = {};
    map[key] = created;
    return created;
  };
  const method = (text.method ?? '').trim();
  if (method.includes(':')) {
    for (const [k, v] of keyValueLines(method, 'method', 'delay: psi')) {
      const m = parseMethod(v, ` for ${k}`);
      if (m !== undefined) layer(k).method = m;
    }
  } else {
    const m = parseMethod(method, '');
    if (m !== undefined) options.method = m;
  }
  const threshold = (text.threshold ?? '').trim();
  if (threshold.includes(':')) {
    for (const [k, v] of keyValueLines(threshold, 'threshold', 'delay: 0.2')) {
      const t = parseThreshold(v, ` for ${k}`);
      if (t !== undefined) layer(k).threshold = t;
    }
  } else {
    const t = parseThreshold(threshold, '');
    if (t !== undefined) options.threshold = t;
  }
  const share = (text.driftShare ?? '').trim();
  if (share !== '') {
    const n = Number(share);
    if (!(n >= 0 && n <= 1)) throw new UserError(`input drift-share: "${share}" must be a number between 0 and 1.`);
    options.datasetThreshold = n;
  }
  if (Object.keys(perType).length > 0) options.perType = perType;
  if (Object.keys(perColumn).length > 0) options.perColumn = perColumn;
  return options;
}

/**
 * Dot-flattening of nested metric and param documents, as DVC does (`dvc metrics show`, `dvc params
 * diff`): `{"train": {"loss": 0.1}}` becomes `train.loss`; list items are indexed (`layers.0`).
 * Leaves are numbers, strings, booleans or null; booleans are kept as strings ("true"), since only
 * numbers are compared.
 */
export type MetricValue = number | string | null;

export function flatten(
  value: unknown,
  prefix = '',
  out: Map<string, MetricValue> = new Map(),
): Map<string, MetricValue> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0 && prefix !== '') out.set(prefix, Array.isArray(value) ? '[]' : '{}');
    for (const [key, child] of entries) flatten(child, prefix === '' ? key : `${prefix}.${key}`, out);
    return out;
  }
  if (prefix === '') return out;
  if (typeof value === 'number') out.set(prefix, Number.isFinite(value) ? value : null);
  else if (typeof value === 'string') out.set(prefix, value);
  else if (typeof value === 'boolean') out.set(prefix, String(value));
  else if (value === null || value === undefined) out.set(prefix, null);
  else out.set(prefix, String(value));
  return out;
}

/** A metric value from text: a finite number when the whole text is one, else the trimmed text. */
export function parseScalar(text: string): MetricValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^(nan|NaN|NAN)$/.test(trimmed)) return null;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

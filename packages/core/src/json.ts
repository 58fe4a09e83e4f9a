/**
 * Canonical JSON for records on the metadata branch: keys sorted at every level,
 * two-space indent, trailing newline, so that diffs of the branch read well and the
 * same record always has the same bytes (and therefore the same git blob).
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // No prototype: a key named "__proto__" (a metric, a param) stays an own property instead of
    // setting the prototype and vanishing from the output.
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeys(child);
    }
    return out;
  }
  return value;
}

import { countKind, emptyCounts, resolveType } from './column-type.ts';
import type { CellValue, Column } from './types.ts';
import { classifyJsonString, K_BOOLEAN, K_INTEGER, K_NULL, K_NUMBER, K_STRING } from './value-kinds.ts';

/**
 * Turns a batch of JSON records into columns. JSON already types its values: numbers stay
 * numbers (integer when whole), strings stay strings except ISO dates/datetimes, null and
 * missing keys are null, nested objects and arrays become their JSON text (kind string).
 */
export function columnsFromRecords(
  records: readonly Record<string, unknown>[],
  names: readonly string[],
): Map<string, Column> {
  const columns = new Map<string, Column>();
  for (const name of names) columns.set(name, buildColumn(records, name));
  return columns;
}

function kindOf(value: unknown): number {
  if (value === null || value === undefined) return K_NULL;
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? K_INTEGER : K_NUMBER;
    case 'boolean':
      return K_BOOLEAN;
    case 'string':
      return classifyJsonString(value);
    default:
      return K_STRING;
  }
}

function buildColumn(records: readonly Record<string, unknown>[], name: string): Column {
  const rows = records.length;
  const counts = emptyCounts();
  const kinds = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const kind = kindOf(records[r]![name]);
    kinds[r] = kind;
    countKind(counts, kind);
  }
  const type = resolveType(counts, true);
  if (type === 'integer' || type === 'number') {
    const numbers = new Float64Array(rows);
    let nullMask: Uint8Array | undefined;
    for (let r = 0; r < rows; r++) {
      if (kinds[r] === K_NULL) {
        numbers[r] = Number.NaN;
        nullMask ??= new Uint8Array(rows);
        nullMask[r] = 1;
      } else numbers[r] = records[r]![name] as number;
    }
    return { name, type, length: rows, counts, numbers, nullMask };
  }
  const values: CellValue[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const value = records[r]![name];
    if (kinds[r] === K_NULL) values[r] = null;
    else if (typeof value === 'object') values[r] = JSON.stringify(value);
    else if (type === 'string' && typeof value === 'number') values[r] = String(value);
    else values[r] = value as CellValue;
  }
  return { name, type, length: rows, counts, values };
}

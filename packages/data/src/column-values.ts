/**
 * Reading a column's cells whatever its form (numbers, values or dictionary codes), for callers
 * that want one value per row and do not care about speed.
 */
import type { CellValue, Column } from './types.ts';

/** The value of row `i` (null for missing values, NaN included). */
export function cellAt(column: Column, i: number): CellValue {
  if ('numbers' in column) {
    if (column.nullMask?.[i] === 1) return null;
    const v = column.numbers[i] as number;
    return Number.isNaN(v) ? null : v;
  }
  if ('codes' in column) {
    const code = column.codes[i] as number;
    return code < 0 ? null : (column.dictionary[code] as string);
  }
  return column.values[i] ?? null;
}

/** One value per row, as a ValueColumn holds them (numbers as numbers, null for missing). */
export function columnValues(column: Column): CellValue[] {
  if ('values' in column) return column.values;
  const out = new Array<CellValue>(column.length);
  for (let i = 0; i < column.length; i++) out[i] = cellAt(column, i);
  return out;
}

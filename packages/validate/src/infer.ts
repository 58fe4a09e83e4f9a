/**
 * Proposes a contract from data, in the spirit of TFDV's `infer_schema` and Deequ's constraint
 * suggestions (REFERENCE.md §4): the type when the column has one kind (leading-zero codes such as
 * zip codes stay strings), non-nullable when never missing, observed min/max for numbers and
 * dates, allowed values for text columns with at most 100 distinct values (TFDV's string-domain
 * limit), unique when every non-null value is distinct, a digits pattern for fixed-width codes.
 * Mixed columns get no type: their kinds are reported so a person decides.
 *
 * Memory: distinct values are kept per column only while they can still matter (a column that
 * has shown a duplicate and more than 100 distinct values is dropped from tracking).
 */

import type { ColumnType, KindCounts, ReadTableOptions, TableFormat } from '@cairn/data';
import {
  type CellValue,
  type ColumnCounts,
  columnValues,
  detectFormat,
  emptyCounts,
  mergeCounts,
  readTable,
  resolveType,
} from '@cairn/data';
import type { ColumnContract, Contract } from './contract-schema.ts';

export const MAX_DOMAIN = 100;

export interface InferredColumn {
  name: string;
  type: ColumnType;
  rows: number;
  nulls: number;
  kinds: KindCounts;
  /** Distinct non-null values, when still tracked (undefined when above the domain limit with duplicates). */
  distinct: number | undefined;
  leadingZeroNumbers: number;
}

export interface Inference {
  data: string;
  format: TableFormat;
  rows: number;
  contract: Contract;
  columns: InferredColumn[];
}

interface Tracker {
  counts: ColumnCounts;
  rowsSeen: number;
  seen: Set<CellValue> | undefined;
  duplicate: boolean;
  min: number | string | undefined;
  max: number | string | undefined;
  /** Length of every text value when all are digits of one length; -1 when not. */
  digitsWidth: number | undefined;
}

function track(t: Tracker, v: CellValue): void {
  if (t.seen) {
    if (t.seen.has(v)) {
      t.duplicate = true;
      if (t.seen.size > MAX_DOMAIN) t.seen = undefined;
    } else t.seen.add(v);
  }
  if (typeof v === 'number' || typeof v === 'string') {
    if (typeof v === 'number' && Number.isNaN(v)) return;
    if (t.min === undefined || (typeof t.min === typeof v && v < t.min)) t.min = v;
    if (t.max === undefined || (typeof t.max === typeof v && v > t.max)) t.max = v;
  }
  if (typeof v === 'string') {
    if (t.digitsWidth === undefined) t.digitsWidth = /^[0-9]+$/.test(v) ? v.length : -1;
    else if (t.digitsWidth !== v.length || !/^[0-9]+$/.test(v)) t.digitsWidth = -1;
  } else t.digitsWidth = -1;
}

export async function inferContract(path: string, options: Omit<ReadTableOptions, 'columns'> = {}): Promise<Inference> {
  const format = options.format ?? detectFormat(path);
  const trackers = new Map<string, Tracker>();
  let rows = 0;
  for await (const batch of readTable(path, { ...options, format })) {
    for (const [name, column] of batch.columns) {
      let t = trackers.get(name);
      if (!t) {
        t = {
          counts: emptyCounts(),
          rowsSeen: rows,
          seen: new Set(),
          duplicate: false,
          min: undefined,
          max: undefined,
          digitsWidth: undefined,
        };
        t.counts.kinds.null = rows;
        trackers.set(name, t);
      }
      mergeCounts(t.counts, column.counts);
      t.rowsSeen += batch.rowCount;
      if ('numbers' in column) {
        for (let i = 0; i < batch.rowCount; i++) {
          if (column.nullMask?.[i] === 1) continue;
          const v = column.numbers[i]!;
          if (!Number.isNaN(v)) track(t, v);
        }
      } else {
        for (const v of columnValues(column)) if (v !== null) track(t, v);
      }
    }
    rows += batch.rowCount;
  }
  const textSource = format === 'csv' || format === 'tsv';
  const columns: InferredColumn[] = [];
  const contractColumns: Record<string, ColumnContract> = {};
  for (const [name, t] of trackers) {
    t.counts.kinds.null += rows - t.rowsSeen;
    const type = resolveType(t.counts, !textSource);
    const nulls = t.counts.kinds.null;
    const nonNull = rows - nulls;
    const distinct = t.seen?.size;
    columns.push({
      name,
      type,
      rows,
      nulls,
      kinds: { ...t.counts.kinds },
      distinct,
      leadingZeroNumbers: t.counts.leadingZeroNumbers,
    });
    contractColumns[name] = proposeColumn(t, type, nulls, nonNull, distinct);
  }
  return {
    data: path,
    format,
    rows,
    columns,
    contract: { version: 1, table: { rows: { min: rows > 0 ? 1 : 0 }, strict: true }, columns: contractColumns },
  };
}

function describeKinds(kinds: KindCounts): string {
  return Object.entries(kinds)
    .filter(([kind, n]) => kind !== 'null' && n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

function proposeColumn(
  t: Tracker,
  type: ColumnType,
  nulls: number,
  nonNull: number,
  distinct: number | undefined,
): ColumnContract {
  const c: ColumnContract = {};
  if (type === 'mixed') c.description = `mixed types (${describeKinds(t.counts.kinds)}): choose a type`;
  else if (type === 'empty') c.description = 'every value is null';
  else
    c.type =
      type === 'integer' || type === 'number' || type === 'boolean' || type === 'date' || type === 'datetime'
        ? type
        : 'string';
  if (nulls > 0) c.nullable = true;
  if (nonNull === 0) return c;
  const unique = distinct !== undefined && !t.duplicate && nonNull > 1;
  if (unique && type !== 'boolean') c.unique = true;
  if ((type === 'integer' || type === 'number') && typeof t.min === 'number' && typeof t.max === 'number') {
    c.min = t.min;
    c.max = t.max;
  }
  if ((type === 'date' || type === 'datetime') && typeof t.min === 'string' && typeof t.max === 'string') {
    c.min = t.min;
    c.max = t.max;
  }
  if (type === 'string') {
    if (distinct !== undefined && distinct <= MAX_DOMAIN && !unique && distinct * 2 <= nonNull) {
      c.in = [...t.seen!].map((v) => (typeof v === 'string' ? v : String(v))).sort();
    } else if (t.digitsWidth !== undefined && t.digitsWidth > 0) {
      c.regex = `^[0-9]{${t.digitsWidth}}$`;
    }
  }
  return c;
}

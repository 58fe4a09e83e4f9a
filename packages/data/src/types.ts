/**
 * Public shapes of the data layer: columns, batches, per-column counts and inferred schemas.
 * A table is read as an async iterable of column batches, so memory follows the batch size,
 * not the file size.
 */

/** What one cell holds, as seen by type inference. */
export type ValueKind = 'null' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string';

/** The type of a whole column: one kind, `empty` when every value is null, `mixed` otherwise. */
export type ColumnType = 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string' | 'mixed' | 'empty';

export type KindCounts = Record<ValueKind, number>;

/** The dtype pandas would give the column (see pandasDtype in value-kinds.ts). */
export type PandasDtype = 'int64' | 'float64' | 'bool' | 'datetime64[ns]' | 'object';

/** Counts gathered while reading, mergeable across batches and files. */
export interface ColumnCounts {
  /** Values per kind; `null` is the null count. */
  kinds: KindCounts;
  /**
   * Strings that are numbers written with leading zeros (`00501`, `007.5`). Cairn keeps them as
   * strings (codes); pandas would parse them as numbers.
   */
  leadingZeroNumbers: number;
}

export type CellValue = string | number | boolean | null;

interface ColumnBase {
  readonly name: string;
  readonly length: number;
  readonly counts: ColumnCounts;
}

/** integer and number columns: values in a Float64Array, NaN where the value is null. */
export interface NumericColumn extends ColumnBase {
  readonly type: 'integer' | 'number';
  readonly numbers: Float64Array;
  /** 1 where the value is null; undefined when the column has no nulls. */
  readonly nullMask: Uint8Array | undefined;
}

/**
 * Every other column: one JS value per row. `string` columns hold the original text (so a
 * code column such as zip codes keeps `00501` and `12345` as written); `date` and `datetime`
 * hold ISO 8601 text; `mixed` columns hold each value as its own kind.
 */
export interface ValueColumn extends ColumnBase {
  readonly type: 'boolean' | 'date' | 'datetime' | 'string' | 'mixed' | 'empty';
  readonly values: CellValue[];
}

/**
 * string, date and datetime columns when read with `dictionary: true`: per row an index into
 * `dictionary` (-1: null), each distinct value of the batch stored once. Counting, grouping and
 * comparing values then works on small integers instead of one string per row.
 */
export interface DictionaryColumn extends ColumnBase {
  readonly type: 'date' | 'datetime' | 'string';
  readonly codes: Int32Array;
  /** Distinct values of this batch's column (no duplicates, in no particular order). */
  readonly dictionary: readonly string[];
}

export type Column = NumericColumn | ValueColumn | DictionaryColumn;

/**
 * A batch handed out by a reader belongs to its consumer: every typed array in it (numbers,
 * nullMask, codes, lineNumbers) is its own allocation that the reader neither keeps nor reuses, so a
 * consumer may keep it, write to it, or free it at once (check-drift detaches its buffers after
 * counting them). Readers reuse only their internal scratch buffers.
 */
export interface Batch {
  /** Projected columns in the requested order (file order when no projection was given). */
  readonly columns: Map<string, Column>;
  /** Index (0-based) of this batch's first row in the whole table. */
  readonly rowOffset: number;
  readonly rowCount: number;
  /** 1-based line in the file where each row starts (CSV, TSV, JSON, JSONL). */
  readonly lineNumbers?: Uint32Array;
}

export type TableFormat = 'csv' | 'tsv' | 'json' | 'jsonl' | 'parquet';

export interface ReadTableOptions {
  /** Defaults to the file extension (.csv, .tsv, .json, .jsonl/.ndjson, .parquet; `.gz` allowed for text). */
  format?: TableFormat;
  /** Read only these columns, in this order. */
  columns?: readonly string[];
  /** CSV field delimiter (one ASCII character); `,` for csv, tab for tsv. */
  delimiter?: string;
  /** Spellings read as null in CSV/TSV. Defaults to pandas' default NA list (DEFAULT_NULL_VALUES). */
  nullValues?: readonly string[];
  /** Rows per batch; default 65,536. */
  batchRows?: number;
  /**
   * Return string, date and datetime columns as DictionaryColumn (codes into the batch's distinct
   * values) instead of one string per row. Default false. Mixed and boolean columns keep `values`.
   */
  dictionary?: boolean;
}

export interface ColumnSchema {
  name: string;
  type: ColumnType;
  counts: KindCounts;
  nullCount: number;
  leadingZeroNumbers: number;
  /** What pandas would see reading the same file: lets check-drift pick Evidently's column types. */
  pandasDtype: PandasDtype;
}

export interface TableSchema {
  format: TableFormat;
  rows: number;
  columns: ColumnSchema[];
}

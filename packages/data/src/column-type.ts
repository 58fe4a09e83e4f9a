import type { ColumnCounts, ColumnType, PandasDtype, ValueKind } from './types.ts';
import { K_LEADING_ZERO, K_NULL, K_STRING, KIND_NAMES } from './value-kinds.ts';

/**
 * Column-level typing: counts per kind (mergeable across batches and files), the column type
 * they resolve to, and the dtype pandas would give the same column.
 */

export function emptyCounts(): ColumnCounts {
  return {
    kinds: { null: 0, integer: 0, number: 0, boolean: 0, date: 0, datetime: 0, string: 0 },
    leadingZeroNumbers: 0,
  };
}

/** Adds `from` into `into` (counts are mergeable across batches and files). */
export function mergeCounts(into: ColumnCounts, from: ColumnCounts): void {
  for (const kind of KIND_NAMES) into.kinds[kind] += from.kinds[kind];
  into.leadingZeroNumbers += from.leadingZeroNumbers;
}

/** Counts from a tally indexed by kind code (K_NULL..K_LEADING_ZERO). */
export function countsFromTally(tally: Int32Array): ColumnCounts {
  const counts = emptyCounts();
  for (let code = K_NULL; code <= K_STRING; code++) counts.kinds[KIND_NAMES[code]!] = tally[code]!;
  counts.kinds.string += tally[K_LEADING_ZERO]!;
  counts.leadingZeroNumbers = tally[K_LEADING_ZERO]!;
  return counts;
}

/** Adds one value of kind code `code` to counts. */
export function countKind(counts: ColumnCounts, code: number): void {
  if (code === K_LEADING_ZERO) {
    counts.kinds.string++;
    counts.leadingZeroNumbers++;
  } else counts.kinds[KIND_NAMES[code]!]++;
}

/**
 * Column type from counts: one kind wins; integer+number is number; date+datetime is datetime.
 * Strings absorb kinds that are also plain text: numbers mixed only with leading-zero codes make
 * a code column (zip codes), and dates (or, in text files, a `True` among words) inside a text
 * column are text. Anything else (numbers with words, JSON numbers with JSON strings) is mixed.
 * `typed` is true for JSON and Parquet, where a boolean is not text.
 */
export function resolveType(counts: ColumnCounts, typed = false): ColumnType {
  const k = counts.kinds;
  const present = KIND_NAMES.filter((kind) => kind !== 'null' && k[kind] > 0);
  if (present.length === 0) return 'empty';
  if (present.length === 1) return present[0] as ColumnType;
  const only = (allowed: ValueKind[]) => present.every((kind) => allowed.includes(kind));
  if (only(['integer', 'number'])) return 'number';
  if (only(['date', 'datetime'])) return 'datetime';
  if (k.string > 0) {
    const codesOnly = k.string === counts.leadingZeroNumbers;
    if (codesOnly && only(['integer', 'number', 'string'])) return 'string';
    if (only(typed ? ['string', 'date', 'datetime'] : ['string', 'date', 'datetime', 'boolean'])) return 'string';
  }
  return 'mixed';
}

/**
 * The dtype pandas would give this column (REFERENCE.md §3 item 11), so check-drift can choose
 * Evidently's tests: integers with any null become float64, `12.0` is float64, leading-zero codes
 * are numbers to pandas (Cairn keeps them as strings: a deliberate difference), dates in text
 * files stay object (read_csv parses no dates by default). `typedSource` is true for Parquet,
 * whose timestamps pandas reads as datetime64.
 */
export function pandasDtype(counts: ColumnCounts, typedSource = false): PandasDtype {
  const k = counts.kinds;
  const nonNull = k.integer + k.number + k.boolean + k.date + k.datetime + k.string;
  if (nonNull + k.null === 0) return 'object';
  if (nonNull === 0) return 'float64';
  const plainStrings = k.string - counts.leadingZeroNumbers;
  if (plainStrings === 0 && k.boolean === 0 && k.date === 0 && k.datetime === 0) {
    return k.number === 0 && k.null === 0 ? 'int64' : 'float64';
  }
  if (k.boolean === nonNull) return k.null === 0 ? 'bool' : 'object';
  if (typedSource && k.datetime === nonNull) return 'datetime64[ns]';
  return 'object';
}

export type EvidentlyColumnType = 'numeric' | 'categorical' | 'text' | 'datetime';

/**
 * The column type Evidently 0.7 (`infer_column_type`) gives a column pandas typed as `dtype`
 * (REFERENCE.md §3 item 11): float -> numeric; int -> categorical with <= 10 distinct values, else
 * numeric; bool -> categorical; datetime -> datetime; strings -> text when distinct values exceed
 * half the non-null count, else categorical. `distinct` and `nonNull` count non-null values.
 */
export function evidentlyColumnType(dtype: PandasDtype, distinct: number, nonNull: number): EvidentlyColumnType {
  switch (dtype) {
    case 'float64':
      return 'numeric';
    case 'int64':
      return distinct <= 10 ? 'categorical' : 'numeric';
    case 'bool':
      return 'categorical';
    case 'datetime64[ns]':
      return 'datetime';
    default:
      return distinct > 0.5 * nonNull ? 'text' : 'categorical';
  }
}

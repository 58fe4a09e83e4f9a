/**
 * Testing the columns of two read sides: choose each column's type (Evidently's rules, or the
 * user's override), clean it into the sides @cairn/stats tests, run the test with the column's
 * options (column > type > global), and draw its histogram. A column that cannot be tested is
 * reported with the reason; only invalid options abort the check.
 */
import { describeError, UserError } from '@cairn/core';
import { type ColumnType, type DatasetDriftOptions, driftSides, resolveColumnOptions, sortFloat64 } from '@cairn/stats';
import { categoricalSide, categoryMap, numericSide, sortedNumbers } from './column-sides.ts';
import { columnTyping } from './column-typing.ts';
import { categoricalHistogram, type Histogram, numericHistogram } from './histograms.ts';
import { type ColumnTypes, type DriftColumnReport, skippedColumn } from './report-types.ts';
import type { ColumnSide, TableSide } from './side-data.ts';

export interface ColumnPlan {
  /** Columns to test, in report order. */
  both: string[];
  referenceOnly: string[];
  currentOnly: string[];
}

/** Which columns to test: the given ones, else every column of either side, minus `exclude`. */
export function planColumns(
  refNames: readonly string[],
  curNames: readonly string[],
  columns: readonly string[] | undefined,
  exclude: readonly string[] | undefined,
): ColumnPlan {
  const inRef = new Set(refNames);
  const inCur = new Set(curNames);
  const all = [...refNames, ...curNames.filter((n) => !inRef.has(n))];
  if (columns && columns.length > 0) {
    const missing = columns.filter((c) => !inRef.has(c) && !inCur.has(c));
    if (missing.length > 0) {
      throw new UserError(
        `input columns names ${missing.map((m) => JSON.stringify(m)).join(', ')}, which neither side has. ` +
          `The data has: ${all.map((m) => JSON.stringify(m)).join(', ')}.`,
      );
    }
  }
  const excluded = new Set(exclude ?? []);
  const chosen = (columns && columns.length > 0 ? [...new Set(columns)] : all).filter((c) => !excluded.has(c));
  return {
    both: chosen.filter((c) => inRef.has(c) && inCur.has(c)),
    referenceOnly: chosen.filter((c) => inRef.has(c) && !inCur.has(c)),
    currentOnly: chosen.filter((c) => !inRef.has(c) && inCur.has(c)),
  };
}

export function counts(side: ColumnSide | undefined): { count: number; nulls: number } {
  return side ? { count: side.count, nulls: side.missing + side.infinite } : { count: 0, nulls: 0 };
}

/** Reports for columns present on one side only. */
export function oneSidedColumns(plan: ColumnPlan, ref: TableSide, cur: TableSide): Map<string, DriftColumnReport> {
  const out = new Map<string, DriftColumnReport>();
  for (const name of plan.referenceOnly) {
    const r = ref.columns.get(name);
    out.set(
      name,
      skippedColumn(name, 'categorical', counts(r), { count: 0, nulls: 0 }, 'not tested: only in the reference data'),
    );
  }
  for (const name of plan.currentOnly) {
    out.set(
      name,
      skippedColumn(
        name,
        'categorical',
        { count: 0, nulls: 0 },
        counts(cur.columns.get(name)),
        'not tested: only in the current data',
      ),
    );
  }
  return out;
}

export interface TestedColumn {
  result: DriftColumnReport;
  histogram: Histogram | null;
}

/** Tests one column present on both sides (file mode). */
export function testColumn(
  name: string,
  ref: ColumnSide,
  cur: ColumnSide,
  refParquet: boolean,
  types: ColumnTypes,
  options: DatasetDriftOptions,
): TestedColumn {
  const refSorted = sortedNumbers(ref, sortFloat64);
  const curSorted = sortedNumbers(cur, sortFloat64);
  const typing = columnTyping(ref, cur, refSorted, refParquet, types[name]);
  const type: ColumnType = typing.type;
  const note = typing.note === null ? {} : { note: typing.note };
  const refCats = () => categoryMap(ref, refSorted);
  const curCats = () => categoryMap(cur, curSorted);
  if (type === 'text' || type === 'datetime') {
    const reason =
      type === 'text'
        ? 'not tested: text column (more distinct values than half its rows)'
        : 'not tested: datetime column';
    return { result: { ...skippedColumn(name, type, counts(ref), counts(cur), reason), ...note }, histogram: null };
  }
  if (type === 'numeric' && (ref.categories.size > 0 || cur.categories.size > 0)) {
    const side = ref.categories.size > 0 ? 'reference' : 'current';
    const example = [...(ref.categories.size > 0 ? ref.categories : cur.categories).keys()][0];
    const reason = `not tested: declared numeric, but the ${side} data holds text such as ${JSON.stringify(example)}`;
    return { result: skippedColumn(name, type, counts(ref), counts(cur), reason), histogram: null };
  }
  const layered = resolveColumnOptions(options, options.perType?.[type], options.perColumn?.[name]);
  try {
    if (type === 'numeric') {
      const result = driftSides(name, 'numeric', numericSide(ref, refSorted), numericSide(cur, curSorted), layered);
      return { result: { ...result, ...note }, histogram: numericHistogram(refSorted, curSorted) };
    }
    const rc = refCats();
    const cc = curCats();
    const result = driftSides(name, 'categorical', categoricalSide(ref, rc), categoricalSide(cur, cc), layered);
    return { result: { ...result, ...note }, histogram: categoricalHistogram(rc, cc) };
  } catch (error) {
    const reason = `not tested: ${describeError(error)}`;
    return { result: { ...skippedColumn(name, type, counts(ref), counts(cur), reason), ...note }, histogram: null };
  }
}

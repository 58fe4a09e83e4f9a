/**
 * Profile mode: the reference is a dataset version's stored profile (no data download). Each
 * column of the current data is tested against its column profile with driftFromProfile, which is
 * exact while the profile holds exact values and reports a guaranteed interval otherwise
 * (docs/adr/0003). Columns the profile lacks, or whose stored sketch is unreadable, are reported.
 */
import { type DatasetProfile, describeError, UserError } from '@cairn/core';
import {
  type ColumnProfile,
  type DatasetDriftOptions,
  driftFromProfile,
  parseColumnProfile,
  resolveColumnOptions,
  sortFloat64,
} from '@cairn/stats';
import { categoricalValues, categoryMap, numericValues, sortedNumbers } from './column-sides.ts';
import { categoricalHistogram, numericHistogram } from './histograms.ts';
import { type ColumnTypes, skippedColumn } from './report-types.ts';
import type { ColumnSide } from './side-data.ts';
import { counts, type TestedColumn } from './test-columns.ts';

/** The column profiles of a stored dataset profile, by name; unreadable ones as an error text. */
export function columnProfiles(record: DatasetProfile): Map<string, ColumnProfile | string> {
  const out = new Map<string, ColumnProfile | string>();
  for (const entry of record.columns) {
    if (entry.sketch === undefined) {
      out.set(
        entry.name,
        'the stored profile has no sketch for this column; record the version again with version-data',
      );
      continue;
    }
    try {
      out.set(
        entry.name,
        parseColumnProfile(entry.sketch, `profile of ${record.name}@${record.version}, column "${entry.name}"`),
      );
    } catch (error) {
      out.set(entry.name, describeError(error));
    }
  }
  return out;
}

function profileCounts(profile: ColumnProfile): { count: number; nulls: number } {
  return { count: profile.count, nulls: profile.nulls + (profile.type === 'numeric' ? profile.infinite : 0) };
}

/** Tests one current column against the reference's column profile. */
export function testColumnAgainstProfile(
  name: string,
  profile: ColumnProfile | string,
  cur: ColumnSide,
  types: ColumnTypes,
  options: DatasetDriftOptions,
): TestedColumn {
  if (typeof profile === 'string') {
    return {
      result: skippedColumn(name, 'categorical', { count: 0, nulls: 0 }, counts(cur), `not tested: ${profile}`),
      histogram: null,
    };
  }
  const refCounts = profileCounts(profile);
  const override = types[name];
  let type = override ?? profile.type;
  if (override === undefined && profile.type === 'categorical' && !profile.truncated) {
    // Evidently's text rule on the reference: more distinct values than half the non-null rows.
    const nonNull = profile.count - profile.nulls;
    if (profile.counts.length > 0.5 * nonNull) type = 'text';
  }
  if (type === 'text' || type === 'datetime') {
    const reason =
      type === 'text'
        ? 'not tested: text column (more distinct values than half its rows)'
        : 'not tested: datetime column';
    return { result: skippedColumn(name, type, refCounts, counts(cur), reason), histogram: null };
  }
  if (type !== profile.type) {
    const reason = `not tested: the reference profile holds ${profile.type} values, so the column cannot be tested as ${type}`;
    return { result: skippedColumn(name, type, refCounts, counts(cur), reason), histogram: null };
  }
  const curSorted = sortedNumbers(cur, sortFloat64);
  const layered = resolveColumnOptions(options, options.perType?.[type], options.perColumn?.[name]);
  try {
    if (profile.type === 'numeric') {
      if (cur.categories.size > 0) {
        const example = [...cur.categories.keys()][0];
        throw new UserError(
          `the reference profile is numeric but the current data holds text such as ${JSON.stringify(example)}`,
        );
      }
      const result = driftFromProfile(name, profile, numericValues(cur, curSorted), layered);
      return { result, histogram: numericHistogram(profile, curSorted) };
    }
    const cc = categoryMap(cur, curSorted);
    const result = driftFromProfile(name, profile, categoricalValues(cc, cur.count), layered);
    const rc = new Map(profile.counts);
    if (profile.other > 0) rc.set('(other)', profile.other);
    return { result, histogram: categoricalHistogram(rc, cc) };
  } catch (error) {
    return {
      result: skippedColumn(name, type, refCounts, counts(cur), `not tested: ${describeError(error)}`),
      histogram: null,
    };
  }
}

/**
 * A drift check end to end: resolve `reference` and `current` (paths or dataset versions), read
 * both sides with the streaming readers (worker threads when it pays), test every column, and
 * return the documented JSON report with histograms for the HTML report.
 */
import { type Logger, silentLogger, UserError } from '@cairn/core';
import {
  type ColumnDriftOptions,
  type ColumnType,
  type DatasetDriftOptions,
  DRIFT_METHODS,
  isDriftMethod,
} from '@cairn/stats';
import type { Histogram } from './histograms.ts';
import { type ParallelOptions, readSides } from './parallel-read.ts';
import { columnProfiles, testColumnAgainstProfile } from './profile-columns.ts';
import { tableFiles } from './read-side.ts';
import {
  type ColumnTypes,
  type DriftCheckResult,
  type DriftColumnReport,
  type SourceInfo,
  summarise,
} from './report-types.ts';
import { releaseNumbers, type TableSide } from './side-data.ts';
import { type DatasetLookup, parseSource, type SourceSpec } from './sources.ts';
import { oneSidedColumns, planColumns, type TestedColumn, testColumn } from './test-columns.ts';

export interface DriftCheckInput {
  /** A file, a directory, or name@version / name@latest (then `store` is needed). */
  reference: string;
  current: string;
  /** Relative paths are resolved against this directory (the workspace). */
  cwd: string;
  columns?: readonly string[];
  exclude?: readonly string[];
  columnTypes?: ColumnTypes;
  /** Test options (method, threshold, bins, per type, per column) and datasetThreshold. */
  options?: DatasetDriftOptions;
  /** Where dataset versions are looked up. */
  store?: DatasetLookup;
  /**
   * For a dataset-version reference: `profile` uses its stored profile (no download), `data` its
   * files (needs fetchVersionFiles), `auto` (default) the profile when one is stored, else the files.
   */
  referenceMode?: 'auto' | 'profile' | 'data';
  /** Downloads a dataset version's files and returns their local paths (a storage backend). */
  fetchVersionFiles?: (name: string, version: number) => Promise<string[]>;
  parallel?: ParallelOptions;
  logger?: Logger;
}

const COLUMN_TYPES: readonly ColumnType[] = ['numeric', 'categorical', 'text', 'datetime'];

/** Rejects invalid options before any data is read, naming the column or type they are for. */
export function validateOptions(options: DatasetDriftOptions, columnTypes: ColumnTypes = {}): void {
  const check = (where: string, o: ColumnDriftOptions | undefined) => {
    if (!o) return;
    if (o.method !== undefined && !isDriftMethod(o.method)) {
      throw new UserError(
        `${where}: unknown drift method "${String(o.method)}"; use one of ${DRIFT_METHODS.join(', ')}.`,
      );
    }
    if (o.threshold !== undefined && !(Number.isFinite(o.threshold) && o.threshold >= 0)) {
      throw new UserError(`${where}: threshold must be a number >= 0, got ${o.threshold}.`);
    }
    if (o.bins !== undefined && !(Number.isInteger(o.bins) && o.bins >= 1)) {
      throw new UserError(`${where}: bins must be a positive whole number, got ${o.bins}.`);
    }
  };
  check('drift options', options);
  for (const [type, o] of Object.entries(options.perType ?? {})) check(`options for ${type} columns`, o);
  for (const [name, o] of Object.entries(options.perColumn ?? {})) check(`options for column "${name}"`, o);
  const share = options.datasetThreshold ?? 0.5;
  if (!(share >= 0 && share <= 1)) throw new UserError(`drift-share must be between 0 and 1, got ${share}.`);
  for (const [name, type] of Object.entries(columnTypes)) {
    if (!COLUMN_TYPES.includes(type)) {
      throw new UserError(`column-types: "${name}: ${type}" is not a type; use ${COLUMN_TYPES.join(', ')}.`);
    }
  }
}

interface Resolved {
  info: SourceInfo;
  files: string[];
  profile?: ReturnType<typeof columnProfiles>;
}

async function resolveSide(spec: SourceSpec, input: DriftCheckInput, side: 'reference' | 'current'): Promise<Resolved> {
  if (spec.kind === 'path') {
    const files = await tableFiles(spec.path, side);
    return { info: { label: spec.label, rows: 0, files, mode: 'data' }, files };
  }
  if (!input.store) {
    throw new UserError(`${side} "${spec.label}" names a dataset version, but no metadata store was given.`);
  }
  const version = await input.store.getDatasetVersion(spec.name, spec.version);
  if (!version) {
    throw new UserError(
      `${side}: dataset ${spec.name} has no version ${spec.version} on the metadata branch; record one with version-data first.`,
    );
  }
  const dataset = { name: version.name, version: version.version };
  const label = `${version.name}@${version.version}`;
  const mode = side === 'current' ? 'data' : (input.referenceMode ?? 'auto');
  const fetchFiles = async (): Promise<Resolved> => {
    if (!input.fetchVersionFiles) {
      throw new UserError(
        `${side} ${label}: reading a dataset version's files needs its storage (the storage input); ` +
          `or restore them with version-data (pull) and pass their directory${side === 'reference' ? ', or use the stored profile (reference-mode: profile)' : ''}.`,
      );
    }
    const files = await input.fetchVersionFiles(version.name, version.version);
    return { info: { label, rows: 0, files, dataset, mode: 'data' }, files };
  };
  if (mode === 'data') return fetchFiles();
  const profile = await input.store.getDatasetProfile(version.name, version.version);
  if (!profile && mode === 'auto' && input.fetchVersionFiles) return fetchFiles();
  if (!profile) {
    throw new UserError(
      `${side} ${label} has no stored profile; record the version again with version-data (which stores one) or pass the reference files.`,
    );
  }
  return {
    info: { label, rows: profile.rows, files: [], dataset, mode: 'profile' },
    files: [],
    profile: columnProfiles(profile),
  };
}

/** Runs a drift check; throws UserError on bad input (paths, options, names), never on bad data. */
export async function checkDrift(input: DriftCheckInput): Promise<DriftCheckResult> {
  const logger = input.logger ?? silentLogger;
  const options = input.options ?? {};
  const types = input.columnTypes ?? {};
  validateOptions(options, types);
  const ref = await resolveSide(parseSource(input.reference, 'reference', input.cwd), input, 'reference');
  const cur = await resolveSide(parseSource(input.current, 'current', input.cwd), input, 'current');
  const projection = input.columns && input.columns.length > 0 ? input.columns : undefined;

  const started = performance.now();
  const plans = ref.profile
    ? [{ files: cur.files, columns: projection }]
    : [ref, cur].map((s) => ({ files: s.files, columns: projection }));
  const read = await readSides(plans, input.parallel);
  const curSide = read.sides.at(-1) as TableSide;
  const refSide = ref.profile ? undefined : (read.sides[0] as TableSide);
  const readMs = performance.now() - started;
  logger.debug(
    `read ${plans.reduce((n, p) => n + p.files.length, 0)} files in ${readMs.toFixed(0)} ms on ${read.threads} thread(s)`,
  );

  const testStarted = performance.now();
  const refNames = ref.profile ? [...ref.profile.keys()] : [...(refSide as TableSide).columns.keys()];
  const plan = planColumns(refNames, [...curSide.columns.keys()], input.columns, input.exclude);
  for (const name of Object.keys(options.perColumn ?? {})) {
    if (!plan.both.includes(name) && !plan.referenceOnly.includes(name) && !plan.currentOnly.includes(name)) {
      throw new UserError(
        `drift options name column "${name}", which is not among the columns checked; check the spelling.`,
      );
    }
  }
  const emptySide: TableSide = { sources: [], parquet: false, rows: 0, columns: new Map() };
  const oneSided = oneSidedColumns(plan, refSide ?? emptySide, curSide);
  if (ref.profile) {
    for (const name of plan.referenceOnly) {
      const p = ref.profile.get(name);
      const r = oneSided.get(name);
      if (r && p && typeof p !== 'string') {
        r.type = p.type;
        r.reference = { count: p.count, nulls: p.nulls + (p.type === 'numeric' ? p.infinite : 0) };
      }
    }
  }
  const tested = new Map<string, TestedColumn>();
  for (const name of plan.both) {
    const c = curSide.columns.get(name)!;
    const r = refSide?.columns.get(name);
    tested.set(
      name,
      ref.profile
        ? testColumnAgainstProfile(name, ref.profile.get(name)!, c, types, options)
        : testColumn(name, r!, c, refSide!.parquet, types, options),
    );
    releaseNumbers(c);
    if (r) releaseNumbers(r);
  }
  const order = [...plan.both, ...plan.referenceOnly, ...plan.currentOnly];
  const columns: DriftColumnReport[] = order.map((name) => (tested.get(name)?.result ?? oneSided.get(name))!);
  const histograms: Record<string, Histogram> = {};
  for (const [name, t] of tested) if (t.histogram) histograms[name] = t.histogram;
  const report = summarise(columns, options.datasetThreshold ?? 0.5);
  const testMs = performance.now() - testStarted;
  return {
    report,
    reference: { ...ref.info, rows: refSide ? refSide.rows : ref.info.rows },
    current: { ...cur.info, rows: curSide.rows },
    histograms,
    threads: read.threads,
    timings: { readMs, testMs },
  };
}

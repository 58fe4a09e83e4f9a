export { checkDrift, type DriftCheckInput, validateOptions } from './check.ts';
export { categoricalHistogram, type Histogram, numericHistogram } from './histograms.ts';
export * from './inputs-text.ts';
export { type ParallelOptions, type ReadPlan, readSides } from './parallel-read.ts';
export { isReadWorker, serveReadWorker } from './read-worker.ts';
export * from './report-types.ts';
export { type DatasetLookup, parseSource, type SourceSpec } from './sources.ts';
export * from './summary.ts';
export { type VersionFilesOptions, versionFilesFetcher } from './version-files.ts';

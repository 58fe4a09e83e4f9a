export {
  type EvidentlyColumnType,
  emptyCounts,
  evidentlyColumnType,
  mergeCounts,
  pandasDtype,
  resolveType,
} from './column-type.ts';
export { cellAt, columnValues } from './column-values.ts';
export { type CsvStreamOptions, readCsvStream } from './csv-reader.ts';
export {
  buildManifest,
  DEFAULT_HASH_CONCURRENCY,
  datasetHash,
  type FileHash,
  hashFile,
  type Manifest,
  type ManifestOptions,
  mapLimit,
  safeJoin,
  verifyFile,
} from './hashing.ts';
export { keepYoungGenerationSmall } from './heap.ts';
export { type JsonStreamOptions, readJsonStream } from './json-reader.ts';
export { DEFAULT_BATCH_ROWS, detectFormat, inferSchema, readTable } from './read-table.ts';
export * from './types.ts';
export { DEFAULT_NULL_VALUES, KIND_NAMES, kindOfText } from './value-kinds.ts';

export {
  type BlobPlacement,
  type BlobSource,
  type BlobStore,
  type PutResult,
  parseStorageSpec,
  type StorageSpec,
} from './blob-store.ts';
export { getDatasetAliases, setDatasetAlias } from './dataset-aliases.ts';
export { LocalBlobStore } from './local-store.ts';
export { type PullOptions, type PullResult, parseVersionSelector, pullDataset, resolveDatasetVersion } from './pull.ts';
export { type PushOptions, type PushResult, pushDataset, writeManifestFile } from './push.ts';
export {
  DEFAULT_PART_SIZE,
  DEFAULT_TAG_PREFIX,
  MAX_ASSETS_PER_RELEASE,
  ReleaseBlobStore,
  type ReleaseBlobStoreOptions,
} from './release-store.ts';
export { isTabular, mergeType, profileTables, type TableColumn, type TablesProfile } from './table-profile.ts';
export {
  type DiffMarkdownOptions,
  diffVersions,
  type FileChange,
  formatBytes,
  renderDiffMarkdown,
  type VersionDiff,
} from './version-diff.ts';

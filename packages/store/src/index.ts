export type { DatasetProfileInput, DatasetVersionInput } from './datasets.ts';
export type { DeploymentInput, DeploymentPatch } from './deployments.ts';
export { RECENT_DRIFT } from './drift.ts';
export { authConfigEnv } from './git-process.ts';
export {
  ALL_REFS,
  decodeRef,
  encodeRef,
  FORMAT_FILE,
  fanout,
  runIndexPath,
  runPath,
  STORE_FORMAT,
} from './layout.ts';
export type { AliasOptions, ModelVersionInput } from './models.ts';
export type { LatestRunOptions, ListRunsOptions } from './runs.ts';
export { RECENT_PER_EXPERIMENT, RECENT_PER_REF } from './runs.ts';
export type { ListEntry, TreeReader } from './snapshot.ts';
export { MetadataStore, openStore } from './store.ts';
export { DEFAULT_AUTHOR, DEFAULT_BRANCH, type Mutation, type StoreOptions, type StoreStats } from './store-core.ts';
export type { Transaction } from './transaction.ts';

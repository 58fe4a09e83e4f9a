import type {
  AliasMove,
  DatasetProfile,
  DatasetVersion,
  DeploymentRecord,
  DriftSummary,
  ModelVersion,
  RunRecord,
} from '@cairn/core';
import * as datasets from './datasets.ts';
import * as deployments from './deployments.ts';
import * as drift from './drift.ts';
import * as models from './models.ts';
import * as runs from './runs.ts';
import { StoreCore, type StoreOptions } from './store-core.ts';

/**
 * The metadata store on a git branch. Open it with openStore(); queries read the branch tip
 * as of the last write or refresh(); writes are commits pushed without force.
 */
export class MetadataStore extends StoreCore {
  static async open(options: StoreOptions): Promise<MetadataStore> {
    const { cacheDir, ctx, remote } = await StoreCore.prepare(options);
    const store = new MetadataStore(options, cacheDir, ctx, remote);
    try {
      await store.refresh();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  // Runs
  putRun(run: RunRecord): Promise<RunRecord> {
    return runs.putRun(this, run);
  }
  getRun(id: string, experiment?: string): Promise<RunRecord | undefined> {
    return runs.getRun(this, id, experiment);
  }
  latestRun(experiment: string, ref: string, options?: runs.LatestRunOptions): Promise<RunRecord | undefined> {
    return runs.latestRun(this, experiment, ref, options);
  }
  recentRuns(experiment: string, ref: string, limit?: number): Promise<RunRecord[]> {
    return runs.recentRuns(this, experiment, ref, limit);
  }
  listRuns(options?: runs.ListRunsOptions): Promise<RunRecord[]> {
    return runs.listRuns(this, options);
  }
  listExperiments(): Promise<string[]> {
    return runs.listExperiments(this);
  }

  // Datasets
  addDatasetVersion(
    input: datasets.DatasetVersionInput,
    profile?: datasets.DatasetProfileInput,
  ): Promise<{ record: DatasetVersion; created: boolean }> {
    return datasets.addDatasetVersion(this, input, profile);
  }
  getDatasetVersion(name: string, version: number | 'latest'): Promise<DatasetVersion | undefined> {
    return datasets.getDatasetVersion(this, name, version);
  }
  getDatasetProfile(name: string, version: number | 'latest'): Promise<DatasetProfile | undefined> {
    return datasets.getDatasetProfile(this, name, version);
  }
  listDatasets(): Promise<string[]> {
    return datasets.listDatasets(this);
  }
  listDatasetVersions(name: string): Promise<DatasetVersion[]> {
    return datasets.listDatasetVersions(this, name);
  }

  // Models
  registerModelVersion(input: models.ModelVersionInput): Promise<ModelVersion> {
    return models.registerModelVersion(this, input);
  }
  getModelVersion(name: string, version: number): Promise<ModelVersion | undefined> {
    return models.getModelVersion(this, name, version);
  }
  listModels(): Promise<string[]> {
    return models.listModels(this);
  }
  listModelVersions(name: string): Promise<ModelVersion[]> {
    return models.listModelVersions(this, name);
  }
  resolveModel(name: string, versionOrAlias: number | string): Promise<ModelVersion | undefined> {
    return models.resolveModel(this, name, versionOrAlias);
  }
  setAlias(model: string, alias: string, version: number | null, options?: models.AliasOptions): Promise<AliasMove> {
    return models.setAlias(this, model, alias, version, options);
  }
  getAliases(model: string): Promise<Record<string, number>> {
    return models.getAliases(this, model);
  }
  aliasHistory(model: string, alias?: string): Promise<AliasMove[]> {
    return models.aliasHistory(this, model, alias);
  }

  // Deployments
  recordDeployment(input: deployments.DeploymentInput): Promise<DeploymentRecord> {
    return deployments.recordDeployment(this, input);
  }
  updateDeployment(environment: string, seq: number, patch: deployments.DeploymentPatch): Promise<DeploymentRecord> {
    return deployments.updateDeployment(this, environment, seq, patch);
  }
  listDeployments(environment?: string): Promise<DeploymentRecord[]> {
    return deployments.listDeployments(this, environment);
  }
  latestDeployment(environment: string, model?: string): Promise<DeploymentRecord | undefined> {
    return deployments.latestDeployment(this, environment, model);
  }

  // Drift
  putDriftSummary(summary: DriftSummary): Promise<DriftSummary> {
    return drift.putDriftSummary(this, summary);
  }
  listDriftSummaries(dataset: string, limit?: number): Promise<DriftSummary[]> {
    return drift.listDriftSummaries(this, dataset, limit);
  }
}

/** Opens the store on a remote (bare repo path, file:// URL or https URL with a token) and branch. */
export function openStore(options: StoreOptions): Promise<MetadataStore> {
  return MetadataStore.open(options);
}

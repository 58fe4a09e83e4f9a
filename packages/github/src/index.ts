export { actionLogger, runAction } from './action-main.ts';
export type { CairnOctokitInstance, GitHub, GitHubClientOptions } from './client.ts';
export { createOnce } from './create-once.ts';
export {
  type CreateDeploymentOptions,
  createDeployment,
  type DeploymentInfo,
  type DeploymentState,
  type DeploymentStatusOptions,
  getRunApprovals,
  type RunApproval,
  setDeploymentStatus,
} from './deployments.ts';
export {
  type RepositoryDispatchOptions,
  repositoryDispatch,
  type WorkflowDispatchOptions,
  type WorkflowDispatchResult,
  workflowDispatch,
} from './dispatch.ts';
export { clientOptionsFromEnv, type RunnerGitHubEnv, readRunnerGitHubEnv } from './environment.ts';
export { isAmbiguousFailure, isPermissionDenied, toCairnError } from './errors.ts';
export {
  closeIssue,
  commentOnIssue,
  findIssue,
  type IssueInfo,
  issueMarker,
  type UpsertIssueOptions,
  upsertIssue,
} from './issues.ts';
export { loadGitHubClient } from './load-client.ts';
export { type FitOptions, type FitResult, fitMarkdown } from './markdown-budget.ts';
export {
  CAPABILITY_PERMISSIONS,
  type Capability,
  type CapabilityPermission,
  missingPermissionHint,
  permissionsYaml,
  renderPermissionsTable,
  requiredPermissions,
} from './permissions.ts';
export { type EventContext, type PullRequestContext, resolvePullRequest } from './pr-context.ts';
export {
  type AssetInfo,
  downloadReleaseAsset,
  type EnsureReleaseOptions,
  ensureDraftRelease,
  findReleaseByTag,
  listAssets,
  publishRelease,
  type ReleaseInfo,
  sha256,
  type UploadAssetOptions,
  uploadReleaseAsset,
} from './releases.ts';
export { type PublishReportOptions, type PublishReportResult, publishReport } from './report.ts';
export {
  baselineRef,
  defaultBranchRef,
  gitContext,
  metadataRemote,
  type RunnerContext,
  readRunnerContext,
  runnerEnvironment,
  storeAuth,
} from './runner-context.ts';
export * as runner from './runner-io.ts';
export {
  COMMENT_BODY_LIMIT,
  DEFAULT_BOT_LOGIN,
  findStickyComment,
  type StickyCommentOptions,
  type StickyCommentResult,
  stickyBody,
  stickyMarker,
  upsertStickyComment,
} from './sticky-comment.ts';
export {
  type Annotation,
  type AnnotationLevel,
  appendJobSummary,
  emitAnnotations,
  formatAnnotation,
  JOB_SUMMARY_LIMIT,
  type SummaryResult,
} from './summary.ts';

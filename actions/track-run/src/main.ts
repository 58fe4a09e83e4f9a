import { CheckFailedError } from '@cairn/core';
import {
  baselineRef,
  runner as core,
  defaultBranchRef,
  type GitHub,
  gitContext,
  loadGitHubClient,
  actionLogger as logger,
  metadataRemote,
  publishReport,
  readRunnerContext,
  resolvePullRequest,
  runAction,
  runnerEnvironment,
  storeAuth,
} from '@cairn/github';
import {
  describeFailedGates,
  jobAttemptKey,
  loadHistory,
  loadMetrics,
  loadParams,
  type TrackResult,
  trackRun,
} from '@cairn/metrics';
import { renderRunReport } from '@cairn/report';
import { openStore } from '@cairn/store';
import { parseInputs } from './inputs.ts';

const ACTION = 'track-run';

/**
 * The whole action: parse inputs, call the packages, set outputs. Every failure reaches the one
 * core.setFailed in runAction, prefixed with the action name; the token never appears in a message.
 * Gates fail the step only after the run is recorded and the report is written.
 */
export function run(): Promise<void> {
  return runAction(ACTION, execute);
}

async function execute(): Promise<void> {
  const startedAt = new Date().toISOString();
  const ctx = readRunnerContext();
  const inputs = parseInputs(ctx.workflow);
  const metrics = await loadMetrics(inputs.metrics, ctx.workspace);
  const params = await loadParams(inputs.params, ctx.workspace);
  const history = await loadHistory(inputs.history, ctx.workspace);

  const wantsPushComment = inputs.comment === 'always' && ctx.eventName === 'push';
  const gh: GitHub | undefined =
    inputs.comment !== 'never' && inputs.token
      ? await loadGitHubClient({ token: inputs.token, repository: ctx.repository, apiUrl: ctx.apiUrl, logger })
      : undefined;
  const pr = await resolvePullRequest(wantsPushComment ? gh : undefined, {
    eventName: ctx.eventName,
    payload: ctx.eventPayload,
    sha: ctx.sha,
    repository: ctx.repository,
  });
  const paramValues = Object.fromEntries(params.values);
  const remote = metadataRemote(inputs.metadataRemote, ctx);
  const store = await openStore({
    remote,
    branch: inputs.metadataBranch,
    logger,
    ...storeAuth(remote, inputs.token),
  });
  let result: TrackResult;
  try {
    result = await trackRun(store, {
      experiment: inputs.experiment,
      metrics: Object.fromEntries(metrics.values),
      metricSources: Object.fromEntries(metrics.sources),
      params: paramValues,
      history: history.history,
      tags: inputs.tags,
      datasets: inputs.datasets,
      git: gitContext(ctx, pr),
      environment: runnerEnvironment(),
      startTime: inputs.startedAt ?? startedAt,
      baseline: inputs.baseline,
      baselineRef: baselineRef(ctx, pr),
      // A branch's first push compares with the default branch.
      fallbackRef: pr ? undefined : defaultBranchRef(ctx),
      gates: inputs.gates,
      directions: inputs.directions,
      idempotencyKey: jobAttemptKey({ ...ctx, experiment: inputs.experiment, params: paramValues }),
      // A fork's read-only token cannot push: compare and report, but record nothing.
      record: !pr?.readOnlyFork,
    });
  } finally {
    await store.close();
  }
  core.info(
    pr?.readOnlyFork
      ? `Run not recorded: pull request #${pr.number} comes from a fork, whose token is read-only.`
      : `Recorded run ${result.run.id} of ${inputs.experiment} on ${inputs.metadataBranch}.`,
  );

  const markdown = renderRunReport(
    {
      run: result.run,
      baselineLabel: result.baseline?.label,
      baselineNote: result.baselineNote,
      rows: result.rows,
      params: result.params,
      gates: result.gates,
      trend: result.trend,
    },
    inputs.chartMetric !== undefined ? { chartMetric: inputs.chartMetric } : {},
  );
  const published = await publishReport(gh, {
    action: ACTION,
    name: inputs.experiment,
    markdown,
    pullRequest: pr,
    ...(ctx.summaryPath ? { summaryPath: ctx.summaryPath } : {}),
    runUrl: ctx.runUrl,
    comment: inputs.comment !== 'never',
  });
  if (published.comment) core.info(`Comment ${published.comment.outcome}: ${published.comment.url}`);

  core.setOutput('run-id', pr?.readOnlyFork ? '' : result.run.id);
  core.setOutput('metrics', JSON.stringify(result.run.metrics));
  core.setOutput('comparison', JSON.stringify(result.comparison));
  core.setOutput('gates-passed', String(result.gatesPassed));
  if (!result.gatesPassed) throw new CheckFailedError(describeFailedGates(result.gates));
}

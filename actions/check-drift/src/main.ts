import { join } from 'node:path';
import { LocalBlobStore, ReleaseBlobStore } from '@cairn/blobs';
import { CheckFailedError } from '@cairn/core';
import {
  checkDrift,
  type DatasetLookup,
  datasetNameFrom,
  driftSummary,
  driftTrend,
  versionFilesFetcher,
} from '@cairn/drift';
import {
  runner as core,
  type GitHub,
  gitContext,
  loadGitHubClient,
  actionLogger as logger,
  metadataRemote,
  publishReport,
  readRunnerContext,
  resolvePullRequest,
  runAction,
  storeAuth,
} from '@cairn/github';
import { renderDriftHtml, renderDriftMarkdown } from '@cairn/report';
import { type MetadataStore, openStore } from '@cairn/store';
import { parseInputs } from './inputs.ts';
import { dispatchRetraining, syncIssue } from './on-drift.ts';
import { uploadReport, writeReportFiles } from './report-files.ts';

const ACTION = 'check-drift';

/**
 * The whole action: parse inputs, call the packages, set outputs. Every failure reaches the one
 * core.setFailed in runAction, prefixed with the action name; the token never appears in a message.
 * With `on-drift: fail`, the step fails only after the report, summary, issue and dispatch are done.
 */
export function run(entry: URL): Promise<void> {
  return runAction(ACTION, () => execute(entry));
}

/** `entry`: the action's entry script, which read worker threads start (index.ts). */
async function execute(entry: URL): Promise<void> {
  const ctx = readRunnerContext();
  const inputs = parseInputs(ctx.eventName);
  // Loaded on first use: a run with no pull request, issue, dispatch or release storage never
  // loads the GitHub client (see @cairn/github load-client.ts).
  let client: Promise<GitHub> | undefined;
  const github = (): Promise<GitHub> | undefined => {
    if (!inputs.token) return undefined;
    client ??= loadGitHubClient({ token: inputs.token, repository: ctx.repository, apiUrl: ctx.apiUrl, logger });
    return client;
  };
  const pr = await resolvePullRequest(undefined, {
    eventName: ctx.eventName,
    payload: ctx.eventPayload,
    sha: ctx.sha,
    repository: ctx.repository,
  });
  const readOnly = pr?.readOnlyFork === true;
  const remote = metadataRemote(inputs.metadataRemote, ctx);
  // The metadata branch is fetched by git child processes while this thread reads the data; the
  // check waits for it only when a side names a dataset version.
  const opening = openStore({
    remote,
    branch: inputs.metadataBranch,
    logger,
    ...storeAuth(remote, inputs.token),
  });
  opening.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  const lookup: DatasetLookup = {
    getDatasetVersion: async (name, version) => (await opening).getDatasetVersion(name, version),
    getDatasetProfile: async (name, version) => (await opening).getDatasetProfile(name, version),
  };
  const tempDir = join(ctx.temp, `cairn-drift-${ctx.runId || 'local'}-${process.pid}`);
  let result: Awaited<ReturnType<typeof checkDrift>>;
  let trend: ReturnType<typeof driftTrend>;
  let dataset: string;
  let store: MetadataStore | undefined;
  try {
    result = await checkDrift({
      reference: inputs.reference,
      current: inputs.current,
      cwd: ctx.workspace,
      columns: inputs.columns,
      exclude: inputs.exclude,
      columnTypes: inputs.columnTypes,
      options: inputs.options,
      store: lookup,
      referenceMode: inputs.referenceMode,
      fetchVersionFiles: async (name, version) => {
        const gh = await github();
        return versionFilesFetcher({
          store: await opening,
          dir: join(tempDir, 'data'),
          logger,
          ...(gh
            ? {
                blobsFor: (s) =>
                  s.backend === 'release' ? new ReleaseBlobStore(gh) : new LocalBlobStore(s.location, logger),
              }
            : {}),
        })(name, version);
      },
      // The bundle serves as its own read worker (index.ts).
      parallel: { workerUrl: entry, ...(inputs.threads ? { workers: inputs.threads } : {}) },
      logger,
    });
    store = await opening;
    dataset =
      inputs.dataset ??
      result.reference.dataset?.name ??
      result.current.dataset?.name ??
      datasetNameFrom(result.current.label);
    const summary = driftSummary(result, {
      dataset,
      git: gitContext(ctx, pr),
      idempotencyKey: `${ctx.repository}/${ctx.runId}/${ctx.runAttempt}/${ctx.job}/${dataset}`,
      reportUrl: ctx.runUrl,
    });
    const earlier = (await store.listDriftSummaries(dataset, 30)).filter((s) => s.id !== summary.id);
    trend = driftTrend([summary, ...earlier], 30);
    if (readOnly)
      core.info(`Drift summary not recorded: pull request #${pr?.number} comes from a fork (read-only token).`);
    else await store.putDriftSummary(summary);
  } finally {
    await (store ?? (await opening.catch(() => undefined)))?.close();
  }
  const d = result.report.dataset;
  core.info(
    `${dataset}: ${d.drifted} of ${d.columns} tested columns drifted (share ${d.share.toFixed(3)}, threshold ${d.threshold}); ` +
      `read on ${result.threads} thread(s) in ${result.timings.readMs.toFixed(0)} ms, tested in ${result.timings.testMs.toFixed(0)} ms.`,
  );

  const view = {
    dataset,
    report: result.report,
    reference: result.reference,
    current: result.current,
    histograms: result.histograms,
    trend,
  };
  const files = writeReportFiles(tempDir, {
    json: `${JSON.stringify(result.report, null, 2)}\n`,
    markdown: renderDriftMarkdown(view),
    html: renderDriftHtml({ ...view, generatedAt: new Date().toISOString() }),
  });
  const upload = await uploadReport(files, {
    name: `drift-report-${dataset}`,
    runtime: ctx.artifactRuntime,
    runUrl: ctx.runUrl,
    logger,
  });
  const markdown = renderDriftMarkdown({ ...view, reportLink: upload });
  const commenting = pr !== undefined && !readOnly && inputs.comment;
  await publishReport(commenting ? await github() : undefined, {
    action: ACTION,
    name: dataset,
    markdown,
    pullRequest: pr,
    ...(ctx.summaryPath ? { summaryPath: ctx.summaryPath } : {}),
    runUrl: ctx.runUrl,
    comment: inputs.comment,
  });

  const gh =
    !readOnly && (inputs.onDrift.has('issue') || (d.drift && inputs.onDrift.has('dispatch')))
      ? await github()
      : undefined;
  if (gh && inputs.onDrift.has('issue')) {
    const issue = await syncIssue(gh, {
      dataset,
      drift: d.drift,
      markdown,
      runUrl: ctx.runUrl,
      commentKey: `${ctx.runId}/${ctx.runAttempt}/${dataset}`,
    });
    if (issue.action !== 'none') core.info(`Drift issue ${issue.action}: ${issue.url}`);
  }
  if (d.drift && gh && inputs.onDrift.has('dispatch')) {
    const sent = await dispatchRetraining(gh, inputs, {
      dataset,
      result,
      runUrl: ctx.runUrl,
      defaultRef: ctx.ref || 'refs/heads/main',
    });
    core.info(`Sent ${sent.kind} ${sent.target}${sent.runUrl ? `: ${sent.runUrl}` : ''}`);
  }

  const drifted = result.report.columns.filter((c) => c.skipped === null && c.drift).map((c) => c.name);
  core.setOutput('drift', String(d.drift));
  core.setOutput('share', String(d.share));
  core.setOutput('drifted-columns', JSON.stringify(drifted));
  core.setOutput('report', files.json);
  core.setOutput('report-html', files.html);
  core.setOutput('report-markdown', files.markdown);
  if (d.drift && inputs.onDrift.has('fail')) {
    throw new CheckFailedError(
      `dataset drift in ${dataset}: ${d.drifted} of ${d.columns} tested columns drifted (${drifted.slice(0, 10).join(', ')}${drifted.length > 10 ? ', …' : ''}); share ${d.share.toFixed(3)} >= ${d.threshold}.`,
    );
  }
}

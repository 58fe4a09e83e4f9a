import { isAbsolute, resolve } from 'node:path';
import {
  type BlobStore,
  LocalBlobStore,
  pullDataset,
  pushDataset,
  ReleaseBlobStore,
  renderDiffMarkdown,
  setDatasetAlias,
  writeManifestFile,
} from '@cairn/blobs';
import { UserError } from '@cairn/core';
import {
  appendJobSummary,
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
import { openStore } from '@cairn/store';
import { parseInputs } from './inputs.ts';

const ACTION = 'version-data';

/**
 * The whole action: parse inputs, call the packages, set outputs. Every failure reaches the one
 * core.setFailed in runAction, prefixed with the action name; the token never appears in a message.
 */
export function run(): Promise<void> {
  return runAction(ACTION, execute);
}

async function execute(): Promise<void> {
  const ctx = readRunnerContext();
  const inputs = parseInputs();
  const gh: GitHub | undefined = inputs.token
    ? await loadGitHubClient({ token: inputs.token, repository: ctx.repository, apiUrl: ctx.apiUrl, logger })
    : undefined;
  const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(ctx.workspace, p));
  const blobs: BlobStore =
    inputs.storage.backend === 'local'
      ? new LocalBlobStore(inWorkspace(inputs.storage.dir), logger)
      : new ReleaseBlobStore(gh as GitHub);
  const remote = metadataRemote(inputs.metadataRemote, ctx);
  const store = await openStore({
    remote,
    branch: inputs.metadataBranch,
    logger,
    ...storeAuth(remote, inputs.token),
  });
  try {
    if (inputs.mode === 'pull') {
      const pulled = await pullDataset(store, {
        name: inputs.name,
        version: inputs.version,
        dir: inWorkspace(inputs.path),
        blobs,
        logger,
      });
      core.setOutput('version', String(pulled.record.version));
      core.setOutput('dataset-hash', pulled.record.datasetHash);
      core.setOutput('changed', String(pulled.downloaded > 0));
      core.setOutput('manifest', await writeManifestFile(pulled.record, ctx.temp));
      if (ctx.summaryPath) {
        appendJobSummary(
          ctx.summaryPath,
          `### Dataset \`${pulled.record.name}\` v${pulled.record.version} restored\n\n` +
            `${pulled.downloaded} file(s) downloaded and verified, ${pulled.skipped} already present with the right sha256.\n`,
        );
      }
      return;
    }
    const pr = await resolvePullRequest(undefined, {
      eventName: ctx.eventName,
      payload: ctx.eventPayload,
      sha: ctx.sha,
      repository: ctx.repository,
    });
    if (pr?.readOnlyFork) {
      throw new UserError(
        `pull request #${pr.number} comes from a fork, whose token is read-only: a push cannot record a version or upload blobs. ` +
          'Version the data on pushes to the base branch, or use mode: pull here.',
      );
    }
    const pushed = await pushDataset(store, {
      name: inputs.name,
      target: inputs.path,
      cwd: ctx.workspace,
      git: gitContext(ctx, pr),
      blobs,
      logger,
      profile: inputs.profile,
    });
    if (inputs.alias) {
      const previous = await setDatasetAlias(store, inputs.name, inputs.alias, pushed.record.version);
      core.info(
        `Alias ${inputs.alias} of ${inputs.name}: ${previous === null ? 'new' : `v${previous}`} -> v${pushed.record.version}.`,
      );
    }
    core.setOutput('version', String(pushed.record.version));
    core.setOutput('dataset-hash', pushed.record.datasetHash);
    core.setOutput('changed', String(pushed.created));
    core.setOutput('manifest', await writeManifestFile(pushed.record, ctx.temp));
    const aliasLine = inputs.alias ? `\nAlias \`${inputs.alias}\` → v${pushed.record.version}.\n` : '';
    const markdown = renderDiffMarkdown(pushed.diff, { name: inputs.name, unchanged: !pushed.created }) + aliasLine;
    const published = await publishReport(gh, {
      action: ACTION,
      name: inputs.name,
      markdown,
      pullRequest: pr,
      ...(ctx.summaryPath ? { summaryPath: ctx.summaryPath } : {}),
      runUrl: ctx.runUrl,
      comment: inputs.comment !== 'never',
    });
    if (published.comment) core.info(`Comment ${published.comment.outcome}: ${published.comment.url}`);
  } finally {
    await store.close();
  }
}
